package toolkit

import (
	"strings"
	"testing"

	"github.com/serieskit/serieskit/tests/harness"
)

var parts = post("part-1", `Part one.

{{< next-in-series page="/posts/part-2" />}}`, "date: 2021-01-01", "series: [rr]", "ha_title: Part one in HA") +
	post("part-2", `Part two.

{{< next-in-series page="/posts/part-3" >}}
Part 3 is *coming soon*: [subscribe](https://example.org/rss).
{{< /next-in-series >}}`, "date: 2021-02-01", "series: [rr]", "series_title: 'Part 2: route reflectors & clusters'", "rr_title: Part two in RR") +
	post("part-3", `Part three.

{{< next-in-series page="part-1" series="ha" >}}Unused inner text.{{< /next-in-series >}}`, "date: 2021-03-01", "series: [rr]", "draft: true") +
	post("part-4", `Part four.

{{< next-in-series page="/posts/part-9" >}}{{< /next-in-series >}}`, "date: 2021-04-01", "series: [rr]")

// An existing page: "Next:" and its series_title (never a <key>_title),
// linked, and a Continue button; a page that does not exist (here a draft):
// the inner markdown; neither: a warning with file:line.
func TestNextInSeries(t *testing.T) {
	b := build(t, parts, post("part-5", "{{< next-in-series page=\"/posts/part-2\" />}}", "series: [other, rr]"))
	b.AssertFileContent("public/posts/part-1/index.html", `<div class="series-next">
  <p>Next: <a href="https://example.org/posts/part-2/">Part 2: route reflectors &amp; clusters</a></p>
  <p><a class="series-next-button" href="https://example.org/posts/part-2/">Continue</a></p>
</div>`)
	b.AssertFileContent("public/posts/part-2/index.html", `<div class="series-next">
<p>Part 3 is <em>coming soon</em>: <a href="https://example.org/rss">subscribe</a>.</p>`, "! series-next-button")
	b.AssertLogContains(`WARN  serieskit: next-in-series: parameter "page": "/posts/part-9" is not a page of this site (not written yet, a draft, or a typo) and there is no text between {{< next-in-series >}} and {{< /next-in-series >}} to show instead (/content/posts/part-4.md:8:1)`)
	b.AssertFileContent("public/posts/part-4/index.html", "! series-next")
	if got := nextLines(b.FileContent("public/posts/part-1/index.html")); strings.Join(got, "|") != "next https://example.org/posts/part-2/ Part 2: route reflectors & clusters" {
		t.Errorf("part-1: next-in-series shows %q; want series_title, not rr_title", got)
	}
	// Whatever the post's first series, the title is the same.
	b.AssertFileContent("public/posts/part-5/index.html", `<p>Next: <a href="https://example.org/posts/part-2/">Part 2: route reflectors &amp; clusters</a></p>`)
	assertNoLog(t, b, "part-2.md:")
}

// page= may be relative to the current page; a draft is a page when the build
// includes drafts; with page=, series= changes nothing (no <key>_title).
func TestNextInSeriesSeriesAndRelative(t *testing.T) {
	b := buildWith(t, strings.Replace(site, "[taxonomies]", "buildDrafts = true\n[taxonomies]", 1), parts)
	b.AssertFileContent("public/posts/part-2/index.html", `<p>Next: <a href="https://example.org/posts/part-3/">Part-3</a></p>`, "! coming soon")
	b.AssertFileContent("public/posts/part-3/index.html", `<p>Next: <a href="https://example.org/posts/part-1/">Part-1</a></p>`, "! Unused inner text", "! Part one in HA")
}

func TestNextInSeriesErrors(t *testing.T) {
	tests := []struct{ name, call, want string }{
		{"unknown parameter", `{{< next-in-series page="/posts/a" title="x" />}}`, `ERROR serieskit: next-in-series: unknown parameter "title" (known: page, series) (/content/posts/x.md:5:1)`},
		{"positional", `{{< next-in-series "/posts/a" />}}`, `ERROR serieskit: next-in-series: positional parameters are not supported; write name="value" (/content/posts/x.md:5:1)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := buildE(t, site, post("x", tt.call))
			b.AssertLogContains(tt.want)
		})
	}
	// strict: a missing page with no inner text fails the build.
	b := buildE(t, withParams("strict = true"), post("x", `{{< next-in-series page="/posts/nope" />}}`))
	b.AssertLogContains(`ERROR serieskit: next-in-series: parameter "page": "/posts/nope" is not a page of this site`)
}

// assertNext checks the next-in-series output of a post (see nextLines).
func assertNext(t *testing.T, doc, file string, want ...string) {
	t.Helper()
	if got := nextLines(doc); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s next-in-series:\n%s", file, harness.LineDiff(want, got))
	}
}

// Without page=, next-in-series links the next post in the reading order of
// the post's first series (a higher series_weight first, then undated posts,
// then the oldest), titled with its series_title or title; the last post
// shows the inner text, or nothing and no warning without one.
func TestNextInSeriesAutomatic(t *testing.T) {
	next := "{{< next-in-series >}}More *soon*.{{< /next-in-series >}}"
	b := build(t,
		post("a", next, "date: 2021-01-01", "series: [rr, other]", "series_title: Part A"),
		post("b", next, "date: 2021-02-01", "series: [rr]", "rr_title: B in RR"),
		post("c", next, "date: 2021-03-01", "series: [rr]"),
		post("undated", next, "series: [rr]"),
		post("pinned", next, "date: 2022-01-01", "series: [rr]", "series_weight: 10"),
		post("solo", "{{< next-in-series />}}", "series: [solo]"),
		post("other", "{{< next-in-series />}}", "date: 2020-01-01", "series: [other]"))
	doc := func(name string) string { return b.FileContent("public/posts/" + name + "/index.html") }
	assertNext(t, doc("pinned"), "pinned", "next https://example.org/posts/undated/ Undated")
	assertNext(t, doc("undated"), "undated", "next https://example.org/posts/a/ Part A")
	assertNext(t, doc("a"), "a", "next https://example.org/posts/b/ B")
	assertNext(t, doc("b"), "b", "next https://example.org/posts/c/ C")
	assertNext(t, doc("c"), "c", "inner More soon.")
	b.AssertFileContent("public/posts/c/index.html", "<p>More <em>soon</em>.</p>")
	assertNext(t, doc("solo"), "solo")
	// "other" is a's second series: a is next after "other" there.
	assertNext(t, doc("other"), "other", "next https://example.org/posts/a/ Part A")
	assertNoLog(t, b, "next-in-series")
}

// series= names the series to follow; a post that has no series, a series
// with no term page and a series the post is not in are warnings with
// file:line, and the inner text is shown.
func TestNextInSeriesAutomaticSeries(t *testing.T) {
	b := build(t,
		post("x", `{{< next-in-series series="ops" >}}Inner x.{{< /next-in-series >}}`, "date: 2021-01-01", "series: [rr, ops]"),
		post("y", "", "date: 2021-02-01", "series: [ops]"),
		post("z", "", "date: 2020-02-01", "series: [rr]"),
		post("none", "{{< next-in-series >}}Inner none.{{< /next-in-series >}}"),
		post("nope", `{{< next-in-series series="nope" />}}`, "series: [rr]"),
		post("notin", `{{< next-in-series series="ops" />}}`, "series: [rr]"))
	assertNext(t, b.FileContent("public/posts/x/index.html"), "x", "next https://example.org/posts/y/ Y")
	assertNext(t, b.FileContent("public/posts/none/index.html"), "none", "inner Inner none.")
	b.AssertLogContains(`WARN  serieskit: next-in-series: no parameter "page", and no series to take the next post from: the post has no series in its front matter (name one with series=, or the next post with page=) (/content/posts/none.md:5:1)`)
	b.AssertLogContains(`WARN  serieskit: next-in-series: no parameter "page", and no series to take the next post from: series "nope" has no term page (no post is in it, or the site does not declare the series taxonomy) (/content/posts/nope.md:5:1)`)
	b.AssertLogContains(`WARN  serieskit: next-in-series: no parameter "page", and no series to take the next post from: the post is not in series "ops" (/content/posts/notin.md:5:1)`)
	assertNext(t, b.FileContent("public/posts/notin/index.html"), "notin")
}

// A shortcode escaped in the inner text ({{</* x */>}}) shows literally, in
// a code span and in running text, as it does in the rest of the content:
// it is neither run nor shown with its comment marks.
func TestNextInSeriesEscapedShortcodeInInnerText(t *testing.T) {
	b := build(t, post("x", "{{< next-in-series >}}Write `{{</* series-listing tag=\"sdn\" */>}}` or {{%/* series */%}} *here*.{{< /next-in-series >}}"))
	b.AssertFileContent("public/posts/x/index.html", `<div class="series-next">
<p>Write <code>{{&lt; series-listing tag=&#34;sdn&#34; &gt;}}</code> or {{% series %}} <em>here</em>.</p>
</div>`)
	assertNoLog(t, b, "series-listing")
}

// A listing nested in next-in-series shows nothing, with a warning: the
// inner text shows only when there is no next post, and as Markdown, which
// drops the listing's HTML. The orphan check does not count it, so the
// posts only it would show are named.
func TestNextInSeriesWithAListingInside(t *testing.T) {
	for name, body := range map[string]string{
		"series-listing":  `{{< next-in-series >}}{{< series-listing tag="sdn" >}}{{< /next-in-series >}}`,
		"series-untagged": `{{< next-in-series page="/posts/none" >}}See {{< series-untagged >}}{{< /next-in-series >}}`,
		"series-summary":  "{{< series-listing tag=\"device\" >}}\n\n{{< wrap >}}{{< next-in-series >}}{{< series-summary >}}{{< /next-in-series >}}{{< /wrap >}}",
	} {
		t.Run(name, func(t *testing.T) {
			b := build(t, orphanMembers, "-- layouts/_shortcodes/wrap.html --\n<div>{{ .Inner }}</div>\n", topic(body))
			b.AssertLogContains(`WARN  serieskit: `+name+`: nested in next-in-series, which shows its inner text only when there is no next post, and then as Markdown, which drops a listing's HTML: the listing shows nothing, and the orphan check does not count it; move it out of next-in-series (/content/series/ds/_index.md:`,
				"ignoreLogs = ['serieskit-next']",
				`WARN  serieskit: orphan check: 2 posts with no ds_tag appear in no listing on this page`)
			b.AssertFileContent("public/series/ds/index.html", `! class="series-summary"`, `! class="series-untagged"`, `! href="https://example.org/posts/a/"`)
		})
	}
}

// A series_title that is not a string is ignored by next-in-series with the
// same front-matter warning the listings give, so Hugo prints it once.
func TestNextInSeriesWrongTypedSeriesTitle(t *testing.T) {
	b := build(t, post("a", `{{< next-in-series page="/posts/b" />}}`, "series: [ds]"),
		post("b", "", "series: [ds]", "series_title: [x]"),
		topic(`{{< series-listing >}}`))
	b.AssertFileContent("public/posts/a/index.html", `<p>Next: <a href="https://example.org/posts/b/">B</a></p>`)
	b.AssertLogContains(`WARN  serieskit: front matter: posts/b.md: series_title [x] is not a string; listings ignore it (/content/posts/b.md)`)
	if n := strings.Count(b.LogString(), "[x]"); n != 1 {
		t.Errorf("want the warning once, got %d:\n%s", n, b.LogString())
	}
}
