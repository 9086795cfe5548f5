// Package differential holds serieskit's differential test: the Hugo
// templates of series-listing and the Go reference library pkg/series must
// show the same listings on randomly generated sites.
//
// TestDifferential generates one site per seed (300 by default): posts in
// 1–3 series with intra-series tags, display titles, series weights and page
// weights of every kind serieskit accepts or warns about, equal and missing
// dates, duplicate, case-variant and HTML-special titles, guest authors,
// drafts and future posts; topic pages (series term pages, a section, a page
// titled after a tag with site_tag) with random valid series-listing calls
// between marker paragraphs. It builds each site in-process with the module's
// real files (tests/harness), reads every listing from the HTML, computes the
// same listing with pkg/series from the generated front matter (titles
// compared with the collator Hugo uses), and requires the two to be equal,
// line by line. On a difference it prints the seed, the listing wanted and
// got, and the site shrunk to the fewest posts and calls that still differ,
// as txtar files for harness.Build.
//
// Run it, from the tests/ directory:
//
//	go test ./differential/                                    # seeds 1..300
//	SERIESKIT_DIFF_SEED=42 go test ./differential/ -run TestDifferential  # seed 42 alone
//	SERIESKIT_DIFF_SITES=3000 go test ./differential/           # seeds 1..3000
//	SERIESKIT_DIFF_SEED=5000 SERIESKIT_DIFF_SITES=100 go test ./differential/  # 5000..5099
//
// (about 5 s per 100 sites on two cores, after the test binary is built). A
// failing run shrinks its first three failing seeds; run another seed alone to
// see it shrunk.
//
// The same seed always generates the same site. To check that the test
// catches a template bug, copy the repository's config.toml, layouts/, i18n/,
// assets/ and theme/ (the harness reads the core and the page shell from the
// module root) to a directory, break the copy, and run with
// SERIESKIT_MODULE_ROOT set to it.
package differential
