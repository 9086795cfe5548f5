package listing

import (
	"fmt"
	"strings"
	"testing"
)

// site_tag lists every page of the site, of any kind (regular pages, a
// section, a series term page), whose tags contain the page's title; tags
// written as one string count as a one-element list; the match is exact.
func TestSiteTagEveryKind(t *testing.T) {
	b := build(t,
		post("a", "date: 2021-01-01", "tags: [HA, BGP]"),
		post("b", "date: 2022-01-01", "tags: HA"),
		post("c", "date: 2020-01-01", "tags: [BGP]"),
		post("d", "date: 2017-01-01", "tags: [ha]", "series: [HA Cluster]"),
		"-- content/notes/_index.md --\n---\ntitle: HA notes\ndate: 2019-06-01\ntags: [HA]\n---\n",
		"-- content/notes/n1.md --\n---\ntitle: N1\ndate: 2019-07-01\n---\n",
		"-- content/series/ha-cluster/_index.md --\n---\ntitle: HA Cluster\ndate: 2018-01-01\ntags: HA\n---\n",
		"-- content/topics/ha.md --\n---\ntitle: HA\n---\n{{< series-listing site_tag=\"yes\" series=\"ha\" year=\"yes\" >}}\n")
	assertListings(t, b, "public/topics/ha/index.html", "- HA Cluster (2018) | - HA notes (2019) | - A (2021) | - B (2022)")
	b.AssertFileContent("public/topics/ha/index.html",
		`<a href="https://example.org/series/ha-cluster/">HA Cluster</a>`, `<a href="https://example.org/notes/">HA notes</a>`)
}

// site_tag matches the title exactly, however the site's posts spell the
// term: posts tagged "route-reflectors" and "Route Reflectors" share one tags
// term (Hugo makes its path from either), and a page titled "Route
// Reflectors" lists only the posts that wrote its title, whichever of the
// two spellings Hugo met last.
func TestSiteTagTermSpelledTwoWays(t *testing.T) {
	for _, other := range []string{"a0", "z9"} {
		t.Run(other, func(t *testing.T) {
			b := build(t,
				post("m", "date: 2021-01-01", "tags: [Route Reflectors]"),
				post(other, "date: 2022-01-01", "tags: [route-reflectors]"),
				post("n", "date: 2020-01-01", "tags: [route reflectors, Route Reflectors]"),
				"-- content/topics/rr.md --\n---\ntitle: Route Reflectors\n---\n{{< series-listing site_tag=\"yes\" series=\"rr\" year=\"yes\" >}}\n")
			assertListings(t, b, "public/topics/rr/index.html", "- N (2020) | - M (2021)")
		})
	}
}

// With no series= parameter, the key is the term of the page the call is
// on, spaces replaced by "-" and lower-cased, for any term Hugo accepts:
// letters beyond ASCII, punctuation, a "/" (a nested path), and a term
// written in another case or with other spaces than its page's folder.
func TestKeyFromAnyTerm(t *testing.T) {
	terms := []struct{ written, folder, key, url string }{
		{"Route Reflectors", "route-reflectors", "route-reflectors", "route-reflectors"},
		{"Über Straße", "über-straße", "über-straße", "über-straße"},
		{"C# and F#", "C# and F#", "c#-and-f#", "c#-and-f#"},
		{"Q&A: what's new?", "q&a:-what's-new?", "q&a:-what's-new?", "qa-whats-new"},
		{"a/b", "a/b", "a/b", "a/b"},
	}
	var files []string
	for i, tm := range terms {
		files = append(files,
			post(fmt.Sprintf("p%d", i), "date: 2021-01-01", fmt.Sprintf("series: [%q]", tm.written), fmt.Sprintf("%q: x", tm.key+"_tag")),
			post(fmt.Sprintf("q%d", i), "date: 2020-01-01", fmt.Sprintf("series: [%q]", tm.written)),
			fmt.Sprintf("-- content/series/%s/_index.md --\n---\ntitle: T%d\n---\n{{< series-listing tag=\"x\" >}}{{< series-listing notag=\"yes\" >}}\n", tm.folder, i))
	}
	b := build(t, files...)
	for i, tm := range terms {
		assertListings(t, b, "public/series/"+tm.url+"/index.html", fmt.Sprintf("- P%d", i), fmt.Sprintf("- Q%d", i))
	}
}

// A series_weight beyond ±2^53, as a number or as digits, is a warning and
// counts as 0: it neither crashes the build nor wraps around to a negative
// weight. 2^53 itself is a weight.
func TestHugeSeriesWeight(t *testing.T) {
	b := build(t,
		post("digits", "date: 2020-01-01", "series: [ds]", `series_weight: "99999999999999999999"`),
		post("wrap", "date: 2021-01-01", "series: [ds]", "series_weight: 9999999999999999999"),
		post("float", "date: 2022-01-01", "series: [ds]", "series_weight: 1.0e+20"),
		post("edge", "date: 2019-01-01", "series: [ds]", "series_weight: 9007199254740992"),
		post("small", "date: 2018-01-01", "series: [ds]", "series_weight: 5"),
		topic("", `{{< series-listing weight="yes" showweight="yes" >}}{{< series-listing tag="none" showweight="yes" >}}`))
	got := listings(b, "public/series/ds/index.html")
	if len(got) != 1 || !strings.HasPrefix(got[0], "- Edge W:9007199254740992 | - Small W:5 | ") ||
		strings.Count(got[0], "W:") != 2 || strings.Count(got[0], " | ") != 4 {
		t.Errorf("want Edge and Small first with their weights, the others unweighted; got %q", got)
	}
	b.AssertLogContains(
		`WARN  serieskit: front matter: posts/digits.md: series_weight "99999999999999999999" is outside ±2^53; listings count it as 0 (/content/posts/digits.md)`,
		`WARN  serieskit: front matter: posts/wrap.md: series_weight 9999999999999999999 is outside ±2^53; listings count it as 0 (/content/posts/wrap.md)`,
		`WARN  serieskit: front matter: posts/float.md: series_weight 1e+20 is outside ±2^53; listings count it as 0 (/content/posts/float.md)`,
	)
	if strings.Contains(b.LogString(), "posts/edge.md") || strings.Contains(b.LogString(), "posts/small.md") {
		t.Errorf("a weight within ±2^53 is no mistake:\n%s", b.LogString())
	}
}

// On a regular page (which has no pages of its own), series="K" lists the
// pages of the series term K; a term that does not exist is a warning that
// says so, not a false "no post has K_tag", at each call that names it
// (the members are computed once per page and key).
func TestSeriesOnRegularPage(t *testing.T) {
	calls := `{{< series-listing series="ds" tag="sdn" year="yes" >}}{{< series-listing series="ds" notag="yes" >}}`
	b := build(t, members, topic("", calls),
		"-- content/posts/overview.md --\n---\ntitle: Overview\n---\n"+calls+"\n\n{{< series-listing series=\"nosuch\" tag=\"t\" >}}\n\n{{< series-listing series=\"nosuch\" >}}\n")
	onTerm := listings(b, "public/series/ds/index.html")
	if len(onTerm) != 2 || !strings.HasPrefix(onTerm[0], "- Alpha (2019) | - Echo") {
		t.Fatalf("the term page's listings: %q", onTerm)
	}
	assertListings(t, b, "public/posts/overview/index.html", onTerm...)
	for _, line := range []string{"6", "8"} {
		b.AssertLogContains(`WARN  serieskit: series-listing: no series term "nosuch": on a regular page a call lists the posts of the series term its key names, and the site has no page /series/nosuch (no post has that series, or the series taxonomy is not declared) (/content/posts/overview.md:` + line + `:1)`)
	}
	if strings.Contains(b.LogString(), "no post of series") {
		t.Errorf("want no tag warning for a missing term:\n%s", b.LogString())
	}
}
