package toolkit

import (
	"strings"
	"testing"

	"github.com/serieskit/serieskit/tests/harness"
)

// navSite renders a post's content, then its series navigation: with
// nav_all in front matter, one per series; with nav_series, of that series;
// else of its first series.
var navSite = harness.Site(`{{ with .Params.nav_all }}{{ partial "serieskit/nav.html" (dict "page" $ "all_series" .) }}` +
	`{{ else }}{{ with .Params.nav_series }}{{ partial "serieskit/nav.html" (dict "page" $ "series" .) }}` +
	`{{ else }}{{ partial "serieskit/nav.html" $ }}{{ end }}{{ end }}`)

// assertNav checks the navigation lines of a post (see navLines).
func assertNav(t *testing.T, doc, file string, want ...string) {
	t.Helper()
	got := navLines(doc)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s navigation:\n%s", file, harness.LineDiff(want, got))
	}
}

// rr is a series of three dated parts and an undated one, each with a
// display title of a different origin.
var rr = post("a", "", "date: 2021-01-01", "series: [Route Reflectors, ops]", "route-reflectors_title: 'A in RR & co'", "series_title: A everywhere") +
	post("b", "", "date: 2021-02-01", "series: [Route Reflectors]", "series_title: B everywhere") +
	post("c", "", "date: 2021-03-01", "series: [Route Reflectors]") +
	post("undated", "", "series: [Route Reflectors]")

// Previous / next in reading order: undated first (Hugo lists it last), then
// oldest first; no link at the ends; the display title in the series
// (<key>_title, series_title, title), escaped.
func TestNavReadingOrderAndEnds(t *testing.T) {
	b := buildWith(t, navSite, rr)
	nav := func(name string) string { return b.FileContent("public/posts/" + name + "/index.html") }
	const label = "nav route-reflectors Series navigation: Route Reflectors"
	assertNav(t, nav("undated"), "undated", label, "next https://example.org/posts/a/ A in RR & co")
	assertNav(t, nav("a"), "a", label, "prev https://example.org/posts/undated/ Undated", "next https://example.org/posts/b/ B everywhere")
	assertNav(t, nav("b"), "b", label, "prev https://example.org/posts/a/ A in RR & co", "next https://example.org/posts/c/ C")
	assertNav(t, nav("c"), "c", label, "prev https://example.org/posts/b/ B everywhere")
	b.AssertFileContent("public/posts/b/index.html", `<p class="series-nav-prev"><a rel="prev" href="https://example.org/posts/a/"><span class="series-nav-label">← Previous</span> A in RR &amp; co</a></p>`)
	assertNoLog(t, b, "serieskit")
}

// A higher series_weight comes first; a negative one after the unweighted
// posts; equal weights oldest first.
func TestNavWeighted(t *testing.T) {
	b := buildWith(t, navSite,
		post("old", "", "date: 2020-01-01", "series: [w]"),
		post("new", "", "date: 2023-01-01", "series: [w]"),
		post("top", "", "date: 2022-01-01", "series: [w]", "series_weight: 50"),
		post("low", "", "date: 2019-01-01", "series: [w]", "series_weight: -3"))
	// reading order: top, old, new, low
	assertNav(t, b.FileContent("public/posts/top/index.html"), "top", "nav w Series navigation: W", "next https://example.org/posts/old/ Old")
	assertNav(t, b.FileContent("public/posts/new/index.html"), "new", "nav w Series navigation: W", "prev https://example.org/posts/old/ Old", "next https://example.org/posts/low/ Low")
	assertNav(t, b.FileContent("public/posts/low/index.html"), "low", "nav w Series navigation: W", "prev https://example.org/posts/new/ New")
}

// No navigation for a one-post series, a post in no series, or a page that
// is not a post.
func TestNavNothing(t *testing.T) {
	b := buildWith(t, navSite, post("solo", "", "series: [alone]"), post("none", ""),
		"-- content/series/alone/_index.md --\n---\ntitle: Alone\n---\n")
	b.AssertFileContent("public/posts/solo/index.html", "! series-nav")
	b.AssertFileContent("public/posts/none/index.html", "! series-nav")
	assertNoLog(t, b, "serieskit")
}

// all_series: one navigation per series, in front-matter order, each with
// its own order and titles; series: the named one only.
func TestNavSeveralSeries(t *testing.T) {
	b := buildWith(t, navSite, rr,
		post("x", "", "date: 2020-06-01", "series: [ops]", "ops_title: X in ops"),
		post("all", "", "date: 2021-01-15", "series: [Route Reflectors, ops]", "nav_all: yes"),
		post("named", "", "date: 2021-01-20", "series: [Route Reflectors, ops]", "nav_series: ops"),
		post("off", "", "date: 2021-01-25", "series: [Route Reflectors, ops]", "nav_all: 'no'"))
	// route-reflectors: undated a all named off b c; ops: x a all named off
	assertNav(t, b.FileContent("public/posts/all/index.html"), "all",
		"nav route-reflectors Series navigation: Route Reflectors", "prev https://example.org/posts/a/ A in RR & co", "next https://example.org/posts/named/ Named",
		"nav ops Series navigation: Ops", "prev https://example.org/posts/a/ A everywhere", "next https://example.org/posts/named/ Named")
	assertNav(t, b.FileContent("public/posts/named/index.html"), "named",
		"nav ops Series navigation: Ops", "prev https://example.org/posts/all/ All", "next https://example.org/posts/off/ Off")
	assertNav(t, b.FileContent("public/posts/off/index.html"), "off",
		"nav route-reflectors Series navigation: Route Reflectors", "prev https://example.org/posts/named/ Named", "next https://example.org/posts/b/ B everywhere")
	assertNav(t, b.FileContent("public/posts/a/index.html"), "a",
		"nav route-reflectors Series navigation: Route Reflectors", "prev https://example.org/posts/undated/ Undated", "next https://example.org/posts/all/ All")
}

// "Part N of M" is off by default; on for a series whose term page says
// part_numbers (boolean rule), on for every series with the site setting,
// and a series can opt out of that.
func TestNavPartNumbers(t *testing.T) {
	series := func(key, value string) string {
		return "-- content/series/" + key + "/_index.md --\n---\ntitle: " + strings.ToUpper(key) + "\n" + value + "\n---\n"
	}
	posts := post("p1", "", "date: 2021-01-01", "series: [on, off, plain]", "nav_all: true") +
		post("p2", "", "date: 2021-02-01", "series: [on, off, plain]", "nav_all: true") +
		post("p3", "", "date: 2021-03-01", "series: [on, off, plain]", "nav_all: true")
	terms := series("on", "part_numbers: sure") + series("off", "part_numbers: 'off'") + series("plain", "")
	link1, link3 := "prev https://example.org/posts/p1/ P1", "next https://example.org/posts/p3/ P3"
	tests := []struct {
		name, setting string
		want          []string
	}{
		{"site default", "", []string{"nav on Series navigation: ON", "part Part 2 of 3", link1, link3,
			"nav off Series navigation: OFF", link1, link3, "nav plain Series navigation: PLAIN", link1, link3}},
		{"site on", "part_numbers = true", []string{"nav on Series navigation: ON", "part Part 2 of 3", link1, link3,
			"nav off Series navigation: OFF", link1, link3, "nav plain Series navigation: PLAIN", "part Part 2 of 3", link1, link3}},
		{"site off as a string", `part_numbers = "no"`, []string{"nav on Series navigation: ON", "part Part 2 of 3", link1, link3,
			"nav off Series navigation: OFF", link1, link3, "nav plain Series navigation: PLAIN", link1, link3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := buildWith(t, harness.WithParams(navSite, tt.setting), posts, terms)
			assertNav(t, b.FileContent("public/posts/p2/index.html"), "p2", tt.want...)
		})
	}
	b := buildWith(t, harness.WithParams(navSite, "part_numbers = true"), posts, terms)
	assertNav(t, b.FileContent("public/posts/p1/index.html"), "p1", "nav on Series navigation: ON", "part Part 1 of 3", "next https://example.org/posts/p2/ P2",
		"nav off Series navigation: OFF", "next https://example.org/posts/p2/ P2", "nav plain Series navigation: PLAIN", "part Part 1 of 3", "next https://example.org/posts/p2/ P2")
	b.AssertFileContent("public/posts/p3/index.html", `<p class="series-nav-part">Part 3 of 3</p>`)
}

// Options the partial does not know, series with all_series, and no page
// are errors naming the post; a series the post is not in is a warning.
func TestNavBadOptions(t *testing.T) {
	tests := []struct{ name, call, want string }{
		{"unknown option", `(dict "page" . "serie" "ops")`, `ERROR serieskit: serieskit/nav.html: unknown option "serie" (known: page, series, all_series) (/content/posts/x.md)`},
		{"series and all_series", `(dict "page" . "series" "ops" "all_series" true)`, `ERROR serieskit: serieskit/nav.html: option "series" (ops) cannot be combined with all_series (/content/posts/x.md)`},
		{"no page", `(dict "series" "ops")`, `ERROR serieskit: serieskit/nav.html: option "page" is required: (dict "page" . ...) (a layout)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := buildE(t, harness.Site(`{{ partial "serieskit/nav.html" `+tt.call+` }}`), post("x", "", "series: [ops]"))
			b.AssertLogContains(tt.want)
		})
	}
	b := buildWith(t, navSite, post("x", "", "series: [ops]", "nav_series: Route Reflectors"), post("y", "", "series: [Route Reflectors]"))
	b.AssertLogContains(`WARN  serieskit: serieskit/nav.html: option "series": the post is not in series "Route Reflectors" (its series: [ops]); no previous / next links (/content/posts/x.md)`)
	b.AssertFileContent("public/posts/x/index.html", "! series-nav")
}

// "Part of:" links every series of a post, in front-matter order, under the
// term page's title; a series written as one string counts; a post in no
// series shows nothing.
func TestPartOf(t *testing.T) {
	b := buildWith(t, harness.Site(`{{ partial "serieskit/part-of.html" . }}`),
		post("two", "", "series: [Route Reflectors, ops]"),
		post("one", "", "series: ops"),
		post("none", ""),
		"-- content/series/route-reflectors/_index.md --\n---\ntitle: BGP Route Reflectors & More\n---\n")
	b.AssertFileContent("public/posts/two/index.html", `<p class="series-part-of">Part of: <a href="https://example.org/series/route-reflectors/">BGP Route Reflectors &amp; More</a>, <a href="https://example.org/series/ops/">Ops</a>
    </p>`)
	b.AssertFileContent("public/posts/one/index.html", `<p class="series-part-of">Part of: <a href="https://example.org/series/ops/">Ops</a>`)
	b.AssertFileContent("public/posts/none/index.html", "! series-part-of")
}

// The series front matter is read as Hugo's taxonomy reads it: numbers are
// terms, null and blank items name no series; a list or a map in the list
// (or a value that is neither a name nor a list) puts the post in no series
// at all, which "Part of:" says in a front-matter warning instead of
// linking series that do not list the post, or showing Go's printing of
// the value. A term page with a blank title is linked under its term.
func TestSeriesItemsThatNameNoSeries(t *testing.T) {
	b := buildWith(t, harness.Site(`{{ partial "serieskit/part-of.html" . }}{{ partial "serieskit/series-box.html" . }}`),
		post("odd", "{{< series >}}", "date: 2021-01-01", "series: [null, '  ', ops, 2021]"),
		post("other", "", "date: 2021-03-01", "series: [ops, 2021]"),
		post("listed", "", "date: 2021-02-01", "series: [ops, [y]]"),
		post("map", "", "date: 2021-02-02", "series: {name: ops}"),
		"-- content/series/2021/_index.md --\n---\ntitle: '  '\n---\n",
		"-- content/series/ops/_index.md --\n---\ntitle: Ops\n---\n{{< series-untagged showseries=\"yes\" >}}\n")
	b.AssertFileContent("public/posts/odd/index.html",
		`<p class="series-part-of">Part of: <a href="https://example.org/series/ops/">Ops</a>, <a href="https://example.org/series/2021/">2021</a></p>`,
		"! &lt;nil&gt;")
	assertBlocks(t, b, "public/posts/odd/index.html", "div", "series-posts", "h2 Blog posts in this series | - Odd (this post) | - Other")
	assertBlocks(t, b, "public/posts/other/index.html", "aside", "series-posts-box", "h2 Blog posts in Ops | - Odd | - Other (this post)")
	for _, p := range []string{"listed", "map"} {
		b.AssertFileContent("public/posts/"+p+"/index.html", "! series-part-of", "! map[", "! series-posts-box")
	}
	assertBlocks(t, b, "public/series/ops/index.html", "div", "series-untagged", "h3 Other Blog Posts in This Category | dt 2021-03 | dd Other - Ops, 2021 | dt 2021-01 | dd Odd - Ops, 2021")
	b.AssertFileContent("public/series/ops/index.html", `<a href="https://example.org/series/2021/">2021</a>`)
	b.AssertLogContains(
		`WARN  serieskit: front matter: posts/listed.md: series [ops [y]] is neither a name nor a list of names, so Hugo puts the post in no series (/content/posts/listed.md)`,
		`WARN  serieskit: front matter: posts/map.md: series map[name:ops] is neither a name nor a list of names, so Hugo puts the post in no series`,
		"! odd.md", "! other.md")
}

// Hugo reads a list of names as strings; a blank name among them (spaces,
// a no-break space) still names no series, and the others keep their order.
func TestSeriesNamesWithABlankOne(t *testing.T) {
	b := buildWith(t, harness.Site(`{{ partial "serieskit/part-of.html" . }}`),
		post("a", "", "date: 2021-01-01", "series: [ops, ' ', \"\\u00a0\", net]"),
		"-- content/series/ops/_index.md --\n---\ntitle: Ops\n---\n",
		"-- content/series/net/_index.md --\n---\ntitle: Net\n---\n")
	b.AssertFileContent("public/posts/a/index.html",
		`<p class="series-part-of">Part of: <a href="https://example.org/series/ops/">Ops</a>, <a href="https://example.org/series/net/">Net</a></p>`)
}

// The page shell's post layout shows "Part of:" in the header, the
// navigation of the first series after the content, then the series box.
func TestShellPostShowsNavigation(t *testing.T) {
	shell := strings.Replace(site, "-- layouts/page.html --\n{{ .Content }}\n{{ partial \"serieskit/series-box.html\" . }}\n", "", 1)
	shell = strings.Replace(shell, `theme = "`+harness.Core+`"`, `theme = "`+harness.Shell+`"`, 1)
	if !strings.Contains(shell, harness.Shell) || strings.Contains(shell, "layouts/page.html") {
		t.Fatal("could not remove the test layout")
	}
	b := buildWith(t, harness.WithParams(shell, "part_numbers = true"), nParts(3, ""))
	doc := b.FileContent("public/posts/p02/index.html")
	header := between(doc, "<header>", "</header>")
	article := between(doc, `<article class="serieskit-content">`, "</article>")
	if !strings.Contains(header, `<p class="series-part-of">Part of: <a href="https://example.org/series/route-reflectors/">Route Reflectors</a>, <a href="https://example.org/series/other/">Other</a>`) {
		t.Errorf("the post's header lacks Part of:\n%s", header)
	}
	assertNav(t, article, "p02", "nav route-reflectors Series navigation: Route Reflectors", "part Part 2 of 3",
		"prev https://example.org/posts/p01/ RR part 1", "next https://example.org/posts/p03/ RR part 3")
	if strings.Index(doc, `<nav class="series-nav"`) > strings.Index(doc, `<aside class="series-posts-box" aria-labelledby="series-posts-box-title">`) {
		t.Errorf("the navigation comes after the series box:\n%s", doc)
	}
}

// between returns s from the first start to the end of the next end after
// it, or "".
func between(s, start, end string) string {
	i := strings.Index(s, start)
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i:], end)
	if j < 0 {
		return ""
	}
	return s[i : i+j+len(end)]
}
