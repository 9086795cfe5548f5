package toolkit

import (
	"regexp"
	"testing"

	"github.com/serieskit/serieskit/tests/harness"
)

// emptyLinkRE finds a link whose text is empty or only spaces.
var emptyLinkRE = regexp.MustCompile(`<a [^>]*>\s*</a>`)

// A blank title (only spaces) is no title: a blank <key>_title or
// series_title does not win over the title, and a post whose title is blank
// is shown under its file name, with a warning, wherever a post title is a
// link's text: listing, untagged, summary, the series shortcode and box,
// next-in-series and the previous / next navigation. No link is empty.
func TestBlankTitlesFallBack(t *testing.T) {
	site := harness.Site(`{{ partial "serieskit/nav.html" . }}{{ partial "serieskit/series-box.html" . }}`)
	b := buildWith(t, site,
		post("blank", "", "title: ' '", "date: 2021-01-01", "series: [ds]"),
		post("kept", "", "title: Kept", "series_title: '  '", "ds_title: \"\\t\"", "date: 2021-02-01", "series: [ds]"),
		post("x", "Body of x.\n\n<!--more-->\n\n{{< series >}}\n\n{{< next-in-series page=\"/posts/blank\" />}}", "date: 2021-03-01", "series: [ds]"),
		topic("{{< series-listing >}}\n\n{{< series-untagged >}}\n\n{{< series-summary >}}"))
	assertBlocks(t, b, dsPage, "div", "series-listing", "- blank | - Kept | - X")
	assertBlocks(t, b, dsPage, "div", "series-untagged", "h3 Other Blog Posts in This Category | dt 2021-03 | dd X | dt 2021-02 | dd Kept | dt 2021-01 | dd blank")
	assertBlocks(t, b, dsPage, "dl", "series-summary", "dt blank | dd Body of blank. | dt Kept | dd Body of kept. | dt X | dd Body of x.")
	assertBlocks(t, b, "public/posts/x/index.html", "div", "series-posts", "h2 Blog posts in this series | - blank | - Kept | - X (this post)")
	assertBlocks(t, b, "public/posts/x/index.html", "div", "series-next", "p Next: blank | p Continue")
	assertBlocks(t, b, "public/posts/kept/index.html", "aside", "series-posts-box", "h2 Blog posts in Distributed Systems | - blank | - Kept (this post) | - X")
	b.AssertFileContent("public/posts/kept/index.html", `<a rel="prev" href="https://example.org/posts/blank/"><span class="series-nav-label">← Previous</span> blank</a>`)
	for _, file := range []string{dsPage, "public/posts/x/index.html", "public/posts/kept/index.html", "public/posts/blank/index.html"} {
		if m := emptyLinkRE.FindString(b.FileContent(file)); m != "" {
			t.Errorf("%s has an empty link: %s", file, m)
		}
	}
	b.AssertLogContains(`WARN  serieskit: front matter: posts/blank.md: the post has no title; serieskit lists it under its file name "blank" (/content/posts/blank.md)`,
		"! kept.md")
}

// A title made only of Unicode white space (a no-break space and an
// ideographic space) is as blank as one of spaces: the listing and the
// previous / next navigation show the file name, with the warning.
func TestUnicodeBlankTitleFallsBack(t *testing.T) {
	site := harness.Site(`{{ partial "serieskit/nav.html" . }}`)
	b := buildWith(t, site,
		post("wide", "", `title: "\u00a0\u3000"`, "date: 2021-01-01", "series: [ds]"),
		post("kept", "", "title: Kept", "date: 2021-02-01", "series: [ds]"),
		topic("{{< series-listing >}}"))
	assertBlocks(t, b, dsPage, "div", "series-listing", "- wide | - Kept")
	b.AssertFileContent("public/posts/kept/index.html", `<span class="series-nav-label">← Previous</span> wide</a>`)
	b.AssertLogContains(`WARN  serieskit: front matter: posts/wide.md: the post has no title; serieskit lists it under its file name "wide"`)
}
