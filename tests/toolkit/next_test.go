package toolkit

import (
	"strings"
	"testing"
)

var parts = post("part-1", `Part one.

{{< next-in-series page="/posts/part-2" />}}`, "date: 2021-01-01", "series: [rr]", "ha_title: Part one in HA") +
	post("part-2", `Part two.

{{< next-in-series page="/posts/part-3" >}}
Part 3 is *coming soon*: [subscribe](https://example.org/rss).
{{< /next-in-series >}}`, "date: 2021-02-01", "series: [rr]", "rr_title: 'Part 2: route reflectors & clusters'") +
	post("part-3", `Part three.

{{< next-in-series page="part-1" series="ha" >}}Unused inner text.{{< /next-in-series >}}`, "date: 2021-03-01", "series: [rr]", "draft: true") +
	post("part-4", `Part four.

{{< next-in-series page="/posts/part-9" >}}{{< /next-in-series >}}`, "date: 2021-04-01", "series: [rr]")

// An existing page: "Next:" and its display title in the post's first series,
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
	// The first series of part-5 is "other": rr_title does not apply.
	b.AssertFileContent("public/posts/part-5/index.html", `<p>Next: <a href="https://example.org/posts/part-2/">Part-2</a></p>`)
	assertNoLog(t, b, "part-2.md:")
}

// series= picks the key of the display title; page= may be relative to the
// current page; a draft is a page when the build includes drafts.
func TestNextInSeriesSeriesAndRelative(t *testing.T) {
	b := buildWith(t, strings.Replace(site, "[taxonomies]", "buildDrafts = true\n[taxonomies]", 1), parts)
	b.AssertFileContent("public/posts/part-2/index.html", `<p>Next: <a href="https://example.org/posts/part-3/">Part-3</a></p>`, "! coming soon")
	b.AssertFileContent("public/posts/part-3/index.html", `<p>Next: <a href="https://example.org/posts/part-1/">Part one in HA</a></p>`, "! Unused inner text")
}

func TestNextInSeriesErrors(t *testing.T) {
	tests := []struct{ name, call, want string }{
		{"no page", `{{< next-in-series />}}`, `ERROR serieskit: next-in-series: parameter "page" is required: the path of the next part, such as page="/posts/part-2" (/content/posts/x.md:5:1)`},
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
