package toolkit

import (
	"fmt"
	"strings"
	"testing"

	"github.com/serieskit/serieskit/tests/harness"
)

// nParts returns n posts p01..pNN titled "Part N" of series "Route
// Reflectors" (key route-reflectors), dated a month apart, p01 the oldest,
// each with display titles (route-reflectors_title, series_title) that the
// box and the series shortcode do not show; the post named in single calls
// {{< series single="yes" >}}, every other one {{< series >}}.
func nParts(n int, single string) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		name := fmt.Sprintf("p%02d", i)
		call := "{{< series >}}"
		if name == single {
			call = `{{< series single="yes" >}}`
		}
		b.WriteString(post(name, "Body.\n\n"+call, fmt.Sprintf("title: Part %d", i), fmt.Sprintf("date: %d-%02d-01", 2020+i/12, i%12+1),
			"series: [Route Reflectors, other]", fmt.Sprintf("route-reflectors_title: RR part %d", i), fmt.Sprintf("series_title: Any part %d", i)))
	}
	return b.String()
}

// The series shortcode: every post of the first series, reversed default
// order (oldest first), plain titles, the current post unlinked.
func TestSeriesShortcode(t *testing.T) {
	b := build(t, nParts(3, ""))
	assertBlocks(t, b, "public/posts/p02/index.html", "div", "series-posts",
		"h2 Blog posts in this series | - Part 1 | - Part 2 (this post) | - Part 3")
	b.AssertFileContent("public/posts/p02/index.html",
		`<li><a href="https://example.org/posts/p01/">Part 1</a></li>`,
		`<li class="series-this-post" aria-current="page">Part 2 (this post)</li>`)
}

// The box: up to 10 posts all of them in reversed default order; the
// current post unlinked; the series' title in the heading.
func TestSeriesBoxUpToTen(t *testing.T) {
	b := build(t, nParts(10, "p04"),
		"-- content/series/route-reflectors/_index.md --\n---\ntitle: Route Reflectors\n---\n{{< series-listing >}}\n")
	assertBlocks(t, b, "public/posts/p03/index.html", "aside", "series-posts-box",
		"h2 Blog posts in Route Reflectors | - Part 1 | - Part 2 | - Part 3 (this post) | - Part 4 | - Part 5 | - Part 6 | - Part 7 | - Part 8 | - Part 9 | - Part 10")
	b.AssertFileContent("public/posts/p03/index.html", "! series-posts-more", "! Latest")
	// single on p04: the shortcode's list, and no box.
	assertBlocks(t, b, "public/posts/p04/index.html", "aside", "series-posts-box")
	b.AssertFileContent("public/posts/p04/index.html", `<li class="series-this-post" aria-current="page">Part 4 (this post)</li>`)
}

// More than 10 posts: the first 10 in default order (the newest), "Latest",
// and a link to the series page.
func TestSeriesBoxLatest(t *testing.T) {
	b := build(t, nParts(12, ""))
	assertBlocks(t, b, "public/posts/p12/index.html", "aside", "series-posts-box",
		"h2 Latest blog posts in Route Reflectors | - Part 12 (this post) | - Part 11 | - Part 10 | - Part 9 | - Part 8 | - Part 7 | - Part 6 | - Part 5 | - Part 4 | - Part 3 | p More blog posts in this series")
	b.AssertFileContent("public/posts/p01/index.html", `<p class="series-posts-more"><a href="https://example.org/series/route-reflectors/">More blog posts in this series</a></p>`)
	// p01 is not among the 10 latest; the shortcode still lists all 12.
	assertBlocks(t, b, "public/posts/p01/index.html", "aside", "series-posts-box",
		"h2 Latest blog posts in Route Reflectors | - Part 12 | - Part 11 | - Part 10 | - Part 9 | - Part 8 | - Part 7 | - Part 6 | - Part 5 | - Part 4 | - Part 3 | p More blog posts in this series")
	assertBlocks(t, b, "public/posts/p01/index.html", "div", "series-posts",
		"h2 Blog posts in this series | - Part 1 (this post) | - Part 2 | - Part 3 | - Part 4 | - Part 5 | - Part 6 | - Part 7 | - Part 8 | - Part 9 | - Part 10 | - Part 11 | - Part 12")
}

// A weighted post leads the default order, so it leads the "Latest" box;
// a series of one post has no box; a post without series neither.
func TestSeriesBoxWeightedAndSmall(t *testing.T) {
	b := build(t, nParts(11, ""),
		post("w", "", "date: 2001-01-01", "series: [Route Reflectors]", "series_weight: -2"),
		post("lonely", "", "series: [solo]"),
		post("none", ""))
	b.AssertFileContent("public/posts/p05/index.html", "<h2 id=\"series-posts-box-title\">Latest blog posts in Route Reflectors</h2>\n  <ul>\n    <li><a href=\"https://example.org/posts/w/\">W</a></li>\n    <li><a href=\"https://example.org/posts/p11/\">Part 11</a></li>")
	b.AssertFileContent("public/posts/lonely/index.html", "! series-posts-box")
	b.AssertFileContent("public/posts/none/index.html", "! series-posts-box")
}

// A post with no series: the shortcode warns and shows nothing.
func TestSeriesShortcodeWithoutSeries(t *testing.T) {
	b := build(t, post("x", "{{< series >}}"))
	b.AssertLogContains(`WARN  serieskit: series: nothing to list: the post has no series in its front matter (/content/posts/x.md:5:1)`)
	b.AssertFileContent("public/posts/x/index.html", "! series-posts")
	b = buildE(t, site, post("x", `{{< series single="yes" title="x" >}}`, "series: [a]"))
	b.AssertLogContains(`ERROR serieskit: series: unknown parameter "title" (known: single) (/content/posts/x.md:5:1)`)
}

// The page shell's single-page layout (no layouts/page.html in the site)
// shows the box after the post.
func TestModuleLayoutShowsTheBox(t *testing.T) {
	own := strings.Replace(site, "-- layouts/page.html --\n{{ .Content }}\n{{ partial \"serieskit/series-box.html\" . }}\n", "", 1)
	own = strings.Replace(own, `theme = "`+harness.Core+`"`, `theme = "`+harness.Shell+`"`, 1)
	if !strings.Contains(own, harness.Shell) || strings.Contains(own, "layouts/page.html") {
		t.Fatal("could not remove the test layout")
	}
	b := buildWith(t, own, nParts(3, ""))
	b.AssertFileContent("public/posts/p01/index.html", `<h2 id="series-posts-box-title">Blog posts in Route Reflectors</h2>`, `<li class="series-this-post" aria-current="page">Part 1 (this post)</li>`)
}

// The box and the series shortcode show each post's plain title, never its
// display title (<key>_title, series_title), which the listings show; a post
// without a title is shown under its file name, with one warning however
// many posts and listings show it.
func TestBoxAndSeriesShowPlainTitles(t *testing.T) {
	b := build(t, nParts(3, ""),
		"-- content/posts/untitled.md --\n---\ndate: 2020-01-15\nseries: [Route Reflectors]\n---\n{{< series >}}\n",
		"-- content/series/route-reflectors/_index.md --\n---\ntitle: Route Reflectors\n---\n{{< series-listing >}}\n")
	assertBlocks(t, b, "public/posts/p02/index.html", "aside", "series-posts-box",
		"h2 Blog posts in Route Reflectors | - untitled | - Part 1 | - Part 2 (this post) | - Part 3")
	assertBlocks(t, b, "public/posts/p02/index.html", "div", "series-posts",
		"h2 Blog posts in this series | - untitled | - Part 1 | - Part 2 (this post) | - Part 3")
	assertBlocks(t, b, "public/posts/untitled/index.html", "div", "series-posts",
		"h2 Blog posts in this series | - untitled (this post) | - Part 1 | - Part 2 | - Part 3")
	assertBlocks(t, b, "public/series/route-reflectors/index.html", "div", "series-listing",
		"- untitled | - RR part 1 | - RR part 2 | - RR part 3")
	const warning = `WARN  serieskit: front matter: posts/untitled.md: the post has no title; serieskit lists it under its file name "untitled" (/content/posts/untitled.md)`
	b.AssertLogContains(warning)
	if n := strings.Count(b.LogString(), "has no title"); n != 1 {
		t.Errorf("want the warning once, got it %d times:\n%s", n, b.LogString())
	}
}

// The box is a <details> open by default, its heading the <summary>;
// [params.serieskit] box_open = false (boolean rule, "no" too) renders it
// closed, the same posts inside.
func TestSeriesBoxOpenOrClosed(t *testing.T) {
	const heading = `<summary><h2 id="series-posts-box-title">Blog posts in Route Reflectors</h2></summary>`
	for _, tt := range []struct{ params, details string }{
		{"", "<details open>"},
		{"box_open = true", "<details open>"},
		{"box_open = false", "<details>"},
		{`box_open = "no"`, "<details>"},
	} {
		t.Run(tt.params, func(t *testing.T) {
			b := buildWith(t, withParams(tt.params), nParts(3, ""))
			assertBlocks(t, b, "public/posts/p02/index.html", "aside", "series-posts-box",
				"h2 Blog posts in Route Reflectors | - Part 1 | - Part 2 (this post) | - Part 3")
			b.AssertFileContent("public/posts/p02/index.html",
				`<aside class="series-posts-box" aria-labelledby="series-posts-box-title">`+"\n"+tt.details+"\n  "+heading)
		})
	}
}

// With part numbers on for the series (site-wide or on its term page), the
// box's heading ends in the post's place in reading order, also in a
// "Latest" box whose ten posts do not include the first parts; off, or
// switched off by the term page, it does not.
func TestSeriesBoxPartNumbers(t *testing.T) {
	term := func(fm string) string {
		return "-- content/series/route-reflectors/_index.md --\n---\ntitle: Route Reflectors\n" + fm + "---\n{{< series-listing >}}\n"
	}
	b := buildWith(t, withParams("part_numbers = true"), nParts(3, ""), term(""))
	b.AssertFileContent("public/posts/p02/index.html",
		`<summary><h2 id="series-posts-box-title">Blog posts in Route Reflectors <span class="series-posts-part">(Part 2 of 3)</span></h2></summary>`)
	b.AssertFileContent("public/posts/p01/index.html", `<span class="series-posts-part">(Part 1 of 3)</span>`)

	b = buildWith(t, withParams("part_numbers = true"), nParts(3, ""), term("part_numbers: off\n"))
	b.AssertFileContent("public/posts/p02/index.html",
		`<summary><h2 id="series-posts-box-title">Blog posts in Route Reflectors</h2></summary>`, "! series-posts-part")

	b = build(t, nParts(12, ""), term("part_numbers: yes\n"))
	b.AssertFileContent("public/posts/p11/index.html",
		`<summary><h2 id="series-posts-box-title">Latest blog posts in Route Reflectors <span class="series-posts-part">(Part 11 of 12)</span></h2></summary>`)

	b = build(t, nParts(3, ""))
	b.AssertFileContent("public/posts/p02/index.html", "! series-posts-part", "! Part 2 of 3")
}
