package listing

import (
	"testing"
)

// members of series ds. Hugo's default order for the term page (series_weight
// ascending, then date newest first, undated last) is:
// bravo(0, 2021) delta(0, undated) echo(3) charlie(10, 2020) alpha(10, 2019).
var members = post("alpha", "date: 2019-03-01", "series: [ds]", "ds_tag: sdn", "series_weight: 10", `other_title: "Alpha elsewhere"`) +
	post("bravo", "date: 2021-06-01", "series: [ds]", "ds_tag: sdn") +
	post("charlie", "date: 2020-01-15", "series: [ds]", "ds_tag: device", `ds_title: "Charlie in DS"`, "series_weight: 10") +
	post("delta", "series: [ds]", `series_title: "Delta everywhere"`) +
	post("echo", "date: 2017-02-01", "series: [ds]", "ds_tag: sdn", "series_weight: 3",
		"author: {name: \"Guest & Co\", link: \"https://guest.example/\"}") +
	post("foxtrot", "date: 2018-01-01", "series: [ds]", "ds_tag: sdn", "draft: true") +
	post("golf", "date: 2099-01-01", "series: [ds]", "ds_tag: sdn")

func TestEveryParameter(t *testing.T) {
	b := build(t, members, topic(`extra:
  - {title: "RFC 7938", link: "https://www.rfc-editor.org/rfc/rfc7938"}
  - {title: "Plain text"}
planned:
  - {title: "Later post", page: "/posts/nope"}
  - {title: "Alpha exists", page: "/posts/alpha"}
`, `
{{< series-listing tag="sdn" >}}
{{< series-listing tag="sdn" weight="yes" year="sure" showtag="1" showweight="1" title="SDN posts" >}}
{{< series-listing notag="just in case" year="yes" >}}
{{< series-listing >}}
{{< series-listing bytitle="y" reverse="y" >}}
{{< series-listing group="year" tag="sdn" >}}
{{< series-listing limit="2" weight="1" >}}
{{< series-listing tag="device" title="Devices" >}}
{{< series-listing series="other" year="1" >}}
{{< series-listing links="extra" soon="planned" tag="device" >}}
`))
	assertListings(t, b, "public/series/ds/index.html",
		// tag alone: the default order reversed.
		"- Alpha | - Echo by Guest & Co | - Bravo",
		// weight: highest first; year, T: and W: (W: only when set); heading with the tag as id.
		"h3#sdn SDN posts | - Alpha (2019) T:sdn W:10 | - Echo (2017) T:sdn W:3 by Guest & Co | - Bravo (2021) T:sdn",
		// notag: the untagged member, by series_title, no year when undated.
		"- Delta everywhere",
		// no parameters: every member, display titles (<key>_title first).
		"- Alpha | - Charlie in DS | - Echo by Guest & Co | - Delta everywhere | - Bravo",
		// bytitle reverse: A to Z.
		"- Alpha | - Bravo | - Charlie in DS | - Delta everywhere | - Echo by Guest & Co",
		// group="year": newest year first, each in the listing's order.
		"h4 2021 | - Bravo | h4 2019 | - Alpha | h4 2017 | - Echo by Guest & Co",
		// limit after ordering.
		"- Charlie in DS | - Alpha",
		"h3#device Devices | - Charlie in DS",
		// series="other": other_title; no ds_title, so series_title or Title.
		"- Alpha elsewhere (2019) | - Charlie (2020) | - Echo (2017) by Guest & Co | - Delta everywhere | - Bravo (2021)",
		// links after the posts, soon after the list: only pages that do not exist.
		"- Charlie in DS | - RFC 7938 | - Plain text | p Coming soon | - Later post",
	)
	b.AssertFileContent("public/series/ds/index.html",
		`<li><a href="https://example.org/posts/alpha/">Alpha</a> (<time datetime="2019-03-01">2019</time>) T:sdn W:10</li>`,
		`<li><a href="https://example.org/posts/echo/">Echo</a> by <a href="https://guest.example/">Guest &amp; Co</a></li>`,
		`<li class="series-listing-extra"><a href="https://www.rfc-editor.org/rfc/rfc7938">RFC 7938</a></li>`,
		`<li class="series-listing-extra">Plain text</li>`,
		`<p class="series-soon">Coming soon</p>`,
	)
	// The draft and the future post are not members.
	b.AssertFileContent("public/series/ds/index.html", "! Foxtrot", "! Golf")
}

func TestTagMatchingNothingRendersNothing(t *testing.T) {
	b := build(t, members, topic("", `{{< series-listing tag="sdm" title="Typo" >}}`))
	assertListings(t, b, "public/series/ds/index.html")
	b.AssertFileContent("public/series/ds/index.html", "! Typo")
}

func TestBooleanRule(t *testing.T) {
	// Real content switches booleans on with any word; false words (any case)
	// switch them off; an unquoted true/false works too.
	b := build(t, members, topic("", `
{{< series-listing tag="device" year="sure" >}}
{{< series-listing tag="device" year="yeah" >}}
{{< series-listing tag="device" year="just in case" >}}
{{< series-listing tag="device" year=true >}}
{{< series-listing tag="device" year="false" >}}
{{< series-listing tag="device" year="No" >}}
{{< series-listing tag="device" year="OFF" >}}
{{< series-listing tag="device" year="0" >}}
{{< series-listing tag="device" year=false >}}
{{< series-listing tag="device" year="" >}}
`))
	on, off := "- Charlie in DS (2020)", "- Charlie in DS"
	assertListings(t, b, "public/series/ds/index.html", on, on, on, on, off, off, off, off, off, off)
}

func TestTermWithSpaceAndHTMLTitles(t *testing.T) {
	b := build(t,
		post("one", "date: 2020-01-01", `series: ["big data"]`, "big-data_tag: x", `title: "Tom & Jerry <b>"`)+
			post("two", "date: 2021-01-01", `series: ["big data"]`, "big-data_tag: x", `big-data_title: "Q&A \"quoted\""`),
		"-- content/series/big-data/_index.md --\n---\ntitle: Big Data\n---\n{{< series-listing tag=\"x\" title=\"<i>Big</i>\" >}}\n",
	)
	// The term "big data" gives the key big-data; titles are escaped, never markup.
	assertListings(t, b, "public/series/big-data/index.html", `h3#x <i>Big</i> | - Tom & Jerry <b> | - Q&A "quoted"`)
	b.AssertFileContent("public/series/big-data/index.html",
		`<h3 id="x">&lt;i&gt;Big&lt;/i&gt;</h3>`,
		`>Tom &amp; Jerry &lt;b&gt;</a>`,
		`>Q&amp;A &#34;quoted&#34;</a>`,
	)
}

func TestSectionAndSiteTag(t *testing.T) {
	b := build(t,
		"-- content/notes/_index.md --\n---\ntitle: Notes\n---\n{{< series-listing series=\"ds\" tag=\"sdn\" year=\"y\" >}}\n",
		"-- content/notes/n1.md --\n---\ntitle: N1\ndate: 2018-01-01\nds_tag: sdn\n---\n",
		"-- content/notes/n2.md --\n---\ntitle: N2\ndate: 2022-01-01\nds_tag: sdn\n---\n",
		"-- content/notes/n3.md --\n---\ntitle: N3\ndate: 2020-01-01\nds_tag: other\n---\n",
		post("p1", "date: 2016-01-01", "tags: [BGP, OSPF]"),
		post("p2", "date: 2023-01-01", "tags: [BGP]"),
		post("p3", "date: 2019-01-01", "tags: [OSPF]"),
		"-- content/bgp.md --\n---\ntitle: BGP\n---\n{{< series-listing site_tag=\"yes\" series=\"bgp\" year=\"y\" >}}\n",
	)
	// A section's members are its pages; series= names the key.
	assertListings(t, b, "public/notes/index.html", "- N1 (2018) | - N2 (2022)")
	// site_tag: every page tagged with this page's title.
	assertListings(t, b, "public/bgp/index.html", "- P1 (2016) | - P2 (2023)")
}
