package sidebar

import (
	"strings"
	"testing"
)

// boxesPage is a page whose body starts on line 4.
func boxesPage(body string) string {
	return "-- content/posts/boxes.md --\n---\ntitle: Boxes\n---\n" + body + "\n"
}

// sidebar-box lists one box's featured pages inline, by display title; a box
// that the lookup names but no page uses renders nothing.
func TestSidebarBoxShortcode(t *testing.T) {
	b := build(t, config, lookupYAML, pages, boxesPage(`BOX-0

{{< sidebar-box key="HA" >}}

BOX-1

{{< sidebar-box key="EMPTY" >}}

BOX-2

{{< sidebar-box key="Routing" >}}

BOX-END`))
	calls := parseCalls(b.FileContent("public/posts/boxes/index.html"), 3)
	assertLines(t, "HA", calls[0],
		"P /series/ha-cluster/ Clusters, Highly Available",
		"P /series/distributed-systems/ Distributed Systems",
		"P /series/ebgp-failover/ eBGP Failover",
		"P /series/fabrics/ Fabrics")
	assertLines(t, "EMPTY", calls[1])
	assertLines(t, "Routing", calls[2], "P /series/ebgp/ eBGP")
	b.AssertFileContent("public/posts/boxes/index.html",
		"<p>BOX-0</p>\n<ul class=\"series-box\">\n  <li><a href=\"/series/ha-cluster/\">",
		"<p>BOX-1</p>\n\n<p>BOX-2</p>")
	b.AssertLogContains("! serieskit")
}

// A wrong sidebar-box call is an error naming the shortcode, the parameter
// and the call's file:line.
func TestSidebarBoxErrors(t *testing.T) {
	tests := []struct{ name, call, want string }{
		{"unknown key", `{{< sidebar-box key="HX" >}}`,
			`parameter "key": unknown sidebar box "HX" (known: Automation, EMPTY, HA, Routing, SDN)`},
		{"skip is no box", `{{< sidebar-box key="skip" >}}`, `parameter "key": unknown sidebar box "skip"`},
		{"missing key", `{{< sidebar-box >}}`, `parameter "key" is required (a sidebar box key)`},
		{"empty key", `{{< sidebar-box key="" >}}`, `parameter "key" is required (a sidebar box key)`},
		{"positional", `{{< sidebar-box HA >}}`, `positional parameters are not supported; write key="BOX"`},
		{"unknown parameter", `{{< sidebar-box key="HA" title="x" >}}`, `unknown parameter "title" (known: key)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := buildFails(t, config, lookupYAML, pages, boxesPage("Text.\n\n"+tt.call))
			b.AssertLogContains("ERROR serieskit: sidebar-box: "+tt.want, "(/content/posts/boxes.md:6:1)")
		})
	}
}

// A lookup file that is not a map, whose display is not a list of strings
// or whose labels are not strings is an error naming the file.
func TestLookupErrors(t *testing.T) {
	tests := []struct{ name, file, want string }{
		{"display a string", "-- data/sidebar_lookup.yaml --\nHA: High Availability\ndisplay: HA, SDN\n",
			`ERROR serieskit: sidebar lookup: "display" must be a list of box keys, got HA, SDN (data/sidebar_lookup.yaml)`},
		{"display a map", "-- data/sidebar_lookup.toml --\n[display]\nHA = 1\n",
			`ERROR serieskit: sidebar lookup: "display" must be a list of box keys, got map[HA:1] (data/sidebar_lookup.toml)`},
		{"display entry a number", "-- data/sidebar_lookup.yaml --\ndisplay: [HA, 42]\n",
			`ERROR serieskit: sidebar lookup: "display" entry 42 is not a string (a box key) (data/sidebar_lookup.yaml)`},
		{"label a list", "-- data/sidebar_lookup.json --\n{\"HA\": [\"High\", \"Availability\"]}\n",
			`ERROR serieskit: sidebar lookup: the label of box "HA" must be a string, got [High Availability] (data/sidebar_lookup.json)`},
		{"label a number", "-- data/sidebar_lookup.yaml --\nIPv6: 6\n",
			`ERROR serieskit: sidebar lookup: the label of box "IPv6" must be a string, got 6 (data/sidebar_lookup.yaml)`},
		{"file a list", "-- data/sidebar_lookup.yaml --\n- HA\n- SDN\n",
			`ERROR serieskit: sidebar lookup: the file must map box keys to labels, got [HA SDN] (data/sidebar_lookup.yaml)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := buildFails(t, config, tt.file, pages)
			b.AssertLogContains(tt.want)
		})
	}
}

// A display entry without pages is skipped: no empty heading or group, in
// the widget or on the resources page (covered for EMPTY by the fixture;
// here for a display listing only empty or unknown boxes).
func TestDisplayEntryWithoutPages(t *testing.T) {
	b := build(t, config, "-- data/sidebar_lookup.yaml --\nNONE: Nothing\ndisplay: [NONE, Unknown, SDN]\n", pages)
	got := parseWidget(b.FileContent("public/index.html"))
	if strings.Contains(strings.Join(got, "\n"), "Nothing") || strings.Contains(strings.Join(got, "\n"), "Unknown") {
		t.Errorf("empty groups shown:\n%s", strings.Join(got, "\n"))
	}
	if got[0] != "G [SDN] SDN" {
		t.Errorf("first group %q, want G [SDN] SDN", got[0])
	}
	b.AssertFileContent("public/resources/index.html", `! id="NONE"`, `! id="Unknown"`, "! Nothing", `<h3 id="SDN">SDN</h3>`)
	b.AssertLogContains("! serieskit")
}

// A sidebar_box that is not a string is a warning naming the page, which then
// counts as having no box (a layout: custom page stays in Other Resources);
// strict = true makes it an error.
func TestSidebarBoxNotAString(t *testing.T) {
	bad := `
-- content/series/listbox/_index.md --
---
title: Listed
layout: custom
sidebar_box: [HA, SDN]
---
-- content/posts/numbered.md --
---
title: Numbered
sidebar_box: 7
---
`
	b := build(t, config, lookupYAML, pages, bad)
	b.AssertLogContains(
		`WARN  serieskit: sidebar_box: page "/series/listbox": sidebar_box must be a string (a box key or "skip"), got [HA SDN]; the page is treated as having no box (/content/series/listbox/_index.md)`,
		`WARN  serieskit: sidebar_box: page "/posts/numbered": sidebar_box must be a string (a box key or "skip"), got 7; the page is treated as having no box (/content/posts/numbered.md)`)
	got := parseWidget(b.FileContent("public/index.html"))
	assertLines(t, "Other Resources", got[len(got)-4:], "G [] Other Resources", "P /series/bgp/ BGP", "P /series/listbox/ Listed", "M /resources/")
	if strings.Contains(strings.Join(got, "\n"), "Numbered") {
		t.Errorf("the page with sidebar_box: 7 is featured")
	}

	b = buildFails(t, config+"[params.serieskit]\nstrict = true\n", lookupYAML, pages, bad)
	b.AssertLogContains(`ERROR serieskit: sidebar_box: page "/series/listbox": sidebar_box must be a string`)
}

// page_title and subtitle that are not strings count as absent, with a
// front-matter warning naming the file and the field: the page shows its
// title (and its breadcrumbs) instead of Go's printing of the value, and a
// number that JSON cannot hold (.inf) does not stop the build in the
// page's JSON-LD. Blank ones count as absent, silently. A featured page with
// a blank title is listed under its file name, with a warning, never as an
// empty link.
func TestWrongTypedOrBlankTitles(t *testing.T) {
	bad := `
-- content/series/mapped/_index.md --
---
title: Mapped
layout: custom
sidebar_box: HA
page_title: {title: "{{ .Title }}"}
subtitle: [a, {b: null}]
---
{{< series-listing >}}
-- content/series/infinite/_index.md --
---
title: Infinite
layout: custom
page_title: .inf
subtitle: "  "
---
{{< series-listing >}}
-- content/series/untitled/_index.md --
---
title: " "
layout: custom
sidebar_box: HA
page_title: ""
---
-- content/posts/member.md --
---
title: Member
series: [mapped, infinite]
---
`
	b := build(t, config, lookupYAML, pages, bad)
	b.AssertLogContains(
		`WARN  serieskit: front matter: series/mapped/_index.md: page_title map[title:{{ .Title }}] is not a string; the page shows its title (/content/series/mapped/_index.md)`,
		`WARN  serieskit: front matter: series/mapped/_index.md: subtitle [a map[b:<nil>]] is not a string; the page shows its breadcrumbs (/content/series/mapped/_index.md)`,
		`WARN  serieskit: front matter: series/infinite/_index.md: page_title +Inf is not a string; the page shows its title`,
		`WARN  serieskit: front matter: series/untitled/_index.md: the post has no title; serieskit lists it under its file name "untitled"`,
		"! subtitle   is not", "ignoreLogs = ['serieskit-frontmatter']")
	b.AssertFileContent("public/series/mapped/index.html", "<h1>Mapped</h1>", `<nav class="serieskit-breadcrumbs"`, "! map[", "! <nil>")
	b.AssertFileContent("public/series/infinite/index.html", "<h1>Infinite</h1>", `<nav class="serieskit-breadcrumbs"`, `"@type":"CollectionPage","mainEntity"`, `"name":"Infinite"`, "! +Inf")
	got := parseWidget(b.FileContent("public/index.html"))
	assertLines(t, "HA", got[2:9],
		"G [HA] High Availability",
		"P /series/ha-cluster/ Clusters, Highly Available",
		"P /series/distributed-systems/ Distributed Systems",
		"P /series/ebgp-failover/ eBGP Failover",
		"P /series/fabrics/ Fabrics",
		"P /series/mapped/ Mapped",
		"P /series/untitled/ untitled")
	b.AssertFileContent("public/resources/index.html", `<a href="/series/untitled/">untitled</a>`, `<a href="/series/mapped/">Mapped</a>`, "! map[")
}
