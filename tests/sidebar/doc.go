// Package sidebar holds serieskit's tests of the page shell, the topic-page
// and resources-page layouts, the featured widget and the sidebar-box
// shortcode (reference: sidebar, layouts, messages, series-listing): integration tests that build small sites
// with the module's real files (tests/harness), and a differential test.
//
// TestDifferential generates one site per seed (300 by default): topic pages,
// sections and posts with random sidebar_box values (box keys, case variants,
// "skip", empty, wrong types), layout: custom, page_title, drafts, duplicate,
// case-variant and HTML-special titles; a lookup data file (YAML, TOML or
// JSON, under the default or a configured name, or none) with random labels
// and display order (unknown, empty and repeated entries); sometimes a
// resources page (layout: top) or a configured resources_page; and a page of
// sidebar-box calls. It builds each site, reads the featured widget, the
// resources page and every sidebar-box list from the HTML, computes the same
// groups with pkg/sidebar from the generated front matter (titles and keys
// compared with the collator Hugo uses), and requires the two to be equal.
// On a difference it prints the seed, the lines wanted and got, and the site
// shrunk to the fewest pages that still differ, as txtar files for
// harness.Build.
//
// Run it, from the tests/ directory:
//
//	go test ./sidebar/                                                  # seeds 1..300
//	SERIESKIT_DIFF_SEED=42 go test ./sidebar/ -run TestDifferential     # one seed
//	SERIESKIT_DIFF_SITES=2000 go test ./sidebar/ -run TestDifferential -timeout 30m
//	SERIESKIT_DIFF_SEED=5000 SERIESKIT_DIFF_SITES=100 go test ./sidebar/ # seeds 5000..5099
package sidebar
