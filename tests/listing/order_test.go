package listing

import "testing"

// The three consequences of the ordering rules, on a series with no weights whose
// members, newest first, are charlie(2021) bravo(2020) alpha(2019).
func TestOrderConsequences(t *testing.T) {
	b := build(t,
		post("alpha", "date: 2019-01-01", "series: [ds]", "ds_tag: x"),
		post("charlie", "date: 2021-01-01", "series: [ds]", "ds_tag: x"),
		post("bravo", "date: 2020-01-01", "series: [ds]", "ds_tag: x"),
		topic("", `
{{< series-listing tag="x" >}}
{{< series-listing tag="x" weight="yes" >}}
{{< series-listing tag="x" bytitle="yes" reverse="yes" >}}
{{< series-listing tag="x" bytitle="yes" >}}
{{< series-listing tag="x" reverse="yes" >}}
`))
	assertListings(t, b, "public/series/ds/index.html",
		"- Alpha | - Bravo | - Charlie", // tag alone: oldest first
		"- Charlie | - Bravo | - Alpha", // weight, all equal: newest first
		"- Alpha | - Bravo | - Charlie", // bytitle reverse: A to Z
		"- Charlie | - Bravo | - Alpha", // bytitle: Z to A
		"- Charlie | - Bravo | - Alpha", // reverse: the default order as it is
	)
}

// series_weight is also the series taxonomy's weight, so it orders the
// members before any step: with weight, highest first and equal weights newest
// first; without weight, the reversal still puts the heaviest first.
func TestOrderSeriesWeight(t *testing.T) {
	b := build(t,
		post("alpha", "date: 2019-01-01", "series: [ds]", "series_weight: 10"),
		post("bravo", "date: 2020-01-01", "series: [ds]", "series_weight: 10"),
		post("charlie", "date: 2021-01-01", "series: [ds]", "series_weight: 5"),
		post("delta", "date: 2022-01-01", "series: [ds]"),
		post("echo", "date: 2018-01-01", "series: [ds]", "series_weight: -4"),
		topic("", `
{{< series-listing weight="yes" >}}
{{< series-listing >}}
{{< series-listing weight="yes" reverse="yes" >}}
`))
	assertListings(t, b, "public/series/ds/index.html",
		"- Bravo | - Alpha | - Charlie | - Delta | - Echo",
		// default order echo(-4) delta(0) charlie(5) bravo(10, 2020) alpha(10, 2019), reversed
		"- Alpha | - Bravo | - Charlie | - Delta | - Echo",
		// no reversal before the weight sort: equal weights oldest first
		"- Alpha | - Bravo | - Charlie | - Delta | - Echo",
	)
}

// The rest of Hugo's default order: page weight (0 last), undated last, the
// link title on equal dates (Gamma has linkTitle Aardvark), then the path.
func TestOrderDefaultTieBreaks(t *testing.T) {
	b := build(t,
		post("heavy", "date: 2015-01-01", "series: [ds]", "weight: 1"),
		post("recent", "date: 2020-01-01", "series: [ds]"),
		post("undated", "series: [ds]"),
		post("same1", "date: 2018-05-05", "series: [ds]", "title: beta"),
		post("same2", "date: 2018-05-05", "series: [ds]", "title: Alpha"),
		post("same3", "date: 2018-05-05", "series: [ds]", "title: Gamma", "linkTitle: Aardvark"),
		post("twin-b", "date: 2017-01-01", "series: [ds]", "title: Twin"),
		post("twin-a", "date: 2017-01-01", "series: [ds]", "title: Twin", "ds_tag: a"),
		topic("", `{{< series-listing reverse="yes" showtag="y" >}}`))
	assertListings(t, b, "public/series/ds/index.html",
		"- Heavy | - Recent | - Gamma | - Alpha | - beta | - Twin T:a | - Twin | - Undated")
}

// Titles are ordered with the site language's collator, not byte order:
// "eBGP" sorts among the E's.
func TestOrderByTitleCollator(t *testing.T) {
	b := build(t,
		post("p1", "series: [ds]", "title: Zebra"),
		post("p2", "series: [ds]", "title: eBGP"),
		post("p3", "series: [ds]", "title: EIGRP"),
		post("p4", "series: [ds]", "title: bgp"),
		post("p5", "series: [ds]", "title: Éclair"),
		topic("", `{{< series-listing bytitle="yes" reverse="yes" >}}`))
	assertListings(t, b, "public/series/ds/index.html", "- bgp | - eBGP | - Éclair | - EIGRP | - Zebra")
}
