package toolkit

import (
	"strings"
	"testing"
)

// Posts of series ds: two tagged, four untagged over three months and one
// undated; d and e share a date, so the default order (title) breaks the tie.
var untaggedMembers = post("a", "", "date: 2021-03-02", "series: [ds]", "ds_tag: sdn") +
	post("b", "", "date: 2021-03-20", "series: [ds, ha]") +
	post("c", "", "date: 2019-12-31", "series: [ds]") +
	post("d", "", "date: 2021-03-05", "series: [ds]", "ds_title: D in ds") +
	post("e", "", "date: 2021-03-05", "series: [ds]") +
	post("f", "", "series: [ds]") +
	post("g", "", "date: 2022-01-01", "series: [ds]", "ds_tag: device") +
	"-- content/series/ha/_index.md --\n---\ntitle: High Availability\n---\n"

const dsPage = "public/series/ds/index.html"

// The untagged members, by month, newest month and newest post first, undated
// last; display titles; the default heading.
func TestUntaggedDefaults(t *testing.T) {
	b := build(t, untaggedMembers, topic(`{{< series-untagged >}}`))
	assertBlocks(t, b, dsPage, "div", "series-untagged",
		"h3 Other Blog Posts in This Category | dt 2021-03 | dd B | dd D in ds | dd E | dt 2019-12 | dd C | dt Undated | dd F")
	b.AssertFileContent(dsPage, `<dd><a href="https://example.org/posts/b/">B</a></dd>`)
}

// Every parameter: format, title (also empty), showseries, series=.
func TestUntaggedParameters(t *testing.T) {
	b := build(t, untaggedMembers,
		topic(`{{< series-untagged format="2006" title="Everything else" >}}
{{< series-untagged format="Jan 2006" title="" showseries="yes" >}}
{{< series-untagged showseries="no" title="No series shown" format="" >}}`),
		"-- content/notes/_index.md --\n---\ntitle: Notes\n---\n{{< series-untagged series=\"ds\" title=\"Notes\" format=\"2006\" >}}\n",
		"-- content/notes/n1.md --\n---\ntitle: N1\ndate: 2020-05-01\nds_tag: sdn\n---\n",
		"-- content/notes/n2.md --\n---\ntitle: N2\ndate: 2018-05-01\n---\n")
	assertBlocks(t, b, dsPage, "div", "series-untagged",
		"h3 Everything else | dt 2021 | dd B | dd D in ds | dd E | dt 2019 | dd C | dt Undated | dd F",
		"dt Mar 2021 | dd B - Distributed Systems, High Availability | dd D in ds - Distributed Systems | dd E - Distributed Systems | dt Dec 2019 | dd C - Distributed Systems | dt Undated | dd F - Distributed Systems",
		"h3 No series shown | dt 2021-03 | dd B | dd D in ds | dd E | dt 2019-12 | dd C | dt Undated | dd F")
	b.AssertFileContent(dsPage, `<dd><a href="https://example.org/posts/b/">B</a> - <a href="https://example.org/series/ds/">Distributed Systems</a>, <a href="https://example.org/series/ha/">High Availability</a></dd>`)
	assertBlocks(t, b, "public/notes/index.html", "div", "series-untagged", "h3 Notes | dt 2018 | dd N2")
}

// noseries on a tag page: only the untagged posts that are in no series.
func TestUntaggedNoSeries(t *testing.T) {
	b := build(t,
		post("a", "", "date: 2021-01-01", "tags: [bgp]", "series: [ds]"),
		post("b", "", "date: 2021-02-01", "tags: [bgp]"),
		post("c", "", "date: 2021-03-01", "tags: [bgp]", "bgp_tag: basics"),
		post("d", "", "date: 2020-03-01", "tags: [bgp]", "series: []"),
		"-- content/tags/bgp/_index.md --\n---\ntitle: BGP\n---\n{{< series-listing tag=\"basics\" >}}\n{{< series-untagged noseries=\"yes\" >}}\n{{< series-untagged noseries=\"off\" showseries=\"on\" >}}\n")
	assertBlocks(t, b, "public/tags/bgp/index.html", "div", "series-untagged",
		"h3 Other Blog Posts in This Category | dt 2021-02 | dd B | dt 2020-03 | dd D",
		"h3 Other Blog Posts in This Category | dt 2021-02 | dd B | dt 2021-01 | dd A - Ds | dt 2020-03 | dd D")
}

// Nothing at all, not even the heading, when no post qualifies.
func TestUntaggedNothingQualifies(t *testing.T) {
	b := build(t, post("a", "", "series: [ds]", "ds_tag: sdn"),
		topic("before\n\n{{< series-untagged title=\"Other\" >}}\n\nafter"))
	b.AssertFileContent(dsPage, "<p>before</p>\n\n<p>after</p>", "! series-untagged", "! Other")
}

func TestUntaggedErrors(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"unknown parameter", topic(`{{< series-untagged tag="x" >}}`),
			`ERROR serieskit: series-untagged: unknown parameter "tag" (known: title, format, noseries, showseries, series) (/content/series/ds/_index.md:4:1)`},
		{"positional", topic(`{{< series-untagged "2006" >}}`),
			`ERROR serieskit: series-untagged: positional parameters are not supported; write name="value" (/content/series/ds/_index.md:4:1)`},
		{"no series key", "-- content/notes/_index.md --\n---\ntitle: Notes\n---\n{{< series-untagged >}}\n",
			`ERROR serieskit: series-untagged: no series key: "/notes" is not a taxonomy term page, so parameter "series" is required (/content/notes/_index.md:4:1)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := buildE(t, site, untaggedMembers, tt.page)
			b.AssertLogContains(tt.want)
		})
	}
}

// A <key>_tag that is not a string is a warning naming the post, and the
// post counts as untagged.
func TestUntaggedWrongTypedTag(t *testing.T) {
	b := build(t, post("a", "", "date: 2021-01-01", "series: [ds]", "ds_tag: [sdn]"), topic(`{{< series-untagged >}}`))
	assertBlocks(t, b, dsPage, "div", "series-untagged", "h3 Other Blog Posts in This Category | dt 2021-01 | dd A")
	b.AssertLogContains(`WARN  serieskit: front matter: posts/a.md: ds_tag [sdn] is not a string; the post counts as untagged (/content/posts/a.md)`)
	if n := strings.Count(b.LogString(), "WARN  serieskit:"); n != 1 {
		t.Errorf("want exactly one warning, got %d:\n%s", n, b.LogString())
	}
}

// showseries links numeric series terms too (series: [2021]).
func TestShowSeriesNumericTerms(t *testing.T) {
	b := build(t, post("n", "", "date: 2021-05-01", "series: [ds, 2021]"),
		"-- content/series/2021/_index.md --\n---\ntitle: The 2021 Series\n---\n",
		topic(`{{< series-untagged showseries="yes" >}}`))
	b.AssertFileContent(dsPage, `<dd><a href="https://example.org/posts/n/">N</a> - <a href="https://example.org/series/ds/">Distributed Systems</a>, <a href="https://example.org/series/2021/">The 2021 Series</a></dd>`)
}
