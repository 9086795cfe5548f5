// Package fuzz builds generated sites full of hostile front matter and
// shortcode calls with serieskit's page shell and checks that no input
// crashes the build with a raw Go or template error, makes it unsafe HTML
// or Go garbage, or hides a post of a topic page without a warning (see
// TestFuzz for the exact invariants).
//
// Run it from the tests/ directory:
//
//	go test ./fuzz/                                  # 300 generated sites
//	SERIESKIT_FUZZ_SEED=42 go test ./fuzz/ -run TestFuzz   # one site, shrunk when it fails
//	SERIESKIT_FUZZ_SITES=3000 go test ./fuzz/ -run TestFuzz -timeout 60m
package fuzz
