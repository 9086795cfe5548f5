// Package toolkit tests the rest of serieskit's series toolkit (reference: series toolkit):
// series-untagged, series-summary, series-tags, next-in-series, the series
// shortcode, the in-post series box, the series navigation (previous / next,
// "Part N of M", the "Part of:" byline) and the orphan check of topic pages,
// through real Hugo builds with the module's layouts; and, in
// differential_test.go, that the templates and pkg/series agree on randomly
// generated sites.
//
// Run it from the tests/ directory:
//
//	go test ./toolkit/                                            # integration tests and 300 generated sites
//	SERIESKIT_DIFF_SEED=42 go test ./toolkit/ -run TestDifferential   # one generated site
//	SERIESKIT_DIFF_SITES=2000 go test ./toolkit/ -run TestDifferential -timeout 30m
package toolkit
