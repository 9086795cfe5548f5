package sidebar

import (
	"strings"
	"testing"

	"github.com/serieskit/serieskit/tests/harness"
)

// Every page of the shell shows the featured widget: boxes in the lookup's
// display order (a display entry without pages has no group), then the
// unlisted boxes by key with the key as label, then "Other Resources" for
// layout: custom pages without a box; sidebar_box: skip opts out; pages by
// display title; each group a <details>, open on the pages of that group;
// "More..." to the resources page.
func TestFeaturedWidget(t *testing.T) {
	b := build(t, config, lookupYAML, pages)
	for _, out := range []string{
		"public/index.html", "public/posts/hello/index.html", "public/series/index.html",
		"public/resources/index.html", "public/posts/index.html", "public/series/quiz/index.html",
	} {
		assertLines(t, out, parseWidget(b.FileContent(out)), fixtureWidget...)
	}
	// a featured page shows its own group open
	for out, key := range map[string]string{
		"public/series/distributed-systems/index.html": "HA",
		"public/series/openflow/index.html":            "SDN",
		"public/series/ebgp/index.html":                "Routing",
		"public/series/bgp/index.html":                 "",
	} {
		assertLines(t, out, parseWidget(b.FileContent(out)), withOpen(fixtureWidget, key)...)
	}
	b.AssertFileContent("public/index.html",
		`<nav class="series-featured" aria-label="Featured">`,
		"<h2>Featured</h2>",
		`<details data-box="HA">`, "<summary>High Availability</summary>",
		"<details>\n          <summary>Other Resources</summary>",
		`<p class="series-featured-more"><a href="/resources/">More...</a></p>`,
		"! Quiz", "! Nobody Here", "! <details open")
}

// The resources page (layout: top): its content, then under <h2>Featured</h2>
// each group of the widget as <h3 id="KEY">Label</h3> and its pages.
func TestResourcesPage(t *testing.T) {
	b := build(t, config, lookupYAML, pages)
	got := b.FileContent("public/resources/index.html")
	assertLines(t, "resources page", parseResources(got),
		"H [SDN] Software-Defined Networking",
		"P /series/openflow/ OpenFlow",
		"H [HA] High Availability",
		"P /series/ha-cluster/ Clusters, Highly Available",
		"P /series/distributed-systems/ Distributed Systems",
		"P /series/ebgp-failover/ eBGP Failover",
		"P /series/fabrics/ Fabrics",
		"H [Automation] Automation",
		"P /series/automation/ Automation",
		"H [Routing] Routing",
		"P /series/ebgp/ eBGP",
		"H [other-resources] Other Resources",
		"P /series/bgp/ BGP",
	)
	b.AssertFileContent("public/resources/index.html",
		"<h1>Resources</h1>\n  <p>Everything we wrote.</p>\n\n  <div class=\"series-resources\">\n    <h2>Featured</h2>\n    <h3 id=\"SDN\">Software-Defined Networking</h3>",
		`! id="EMPTY"`)
}

// "More..." links to the page of [params.serieskit] resources_page, else to
// the page with layout: top, else to /series/; a resources_page that names no
// page is a warning and falls back.
func TestMoreLink(t *testing.T) {
	noTop := strings.Replace(pages, "layout: top", "", 1)
	tests := []struct {
		name, params, pages, want, warn string
	}{
		{"top page", "", pages, "/resources/", ""},
		{"no top page", "", noTop, "/series/", ""},
		{"configured", `resources_page = "/posts/hello"`, pages, "/posts/hello/", ""},
		{"configured missing", `resources_page = "/nowhere"`, pages, "/resources/",
			`WARN  serieskit: featured widget: resources_page "/nowhere" names no page; "More..." links to the default resources page ([params.serieskit] resources_page)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := build(t, config+"[params.serieskit]\n"+tt.params+"\n", lookupYAML, tt.pages)
			got := parseWidget(b.FileContent("public/index.html"))
			if last := got[len(got)-1]; last != "M "+tt.want {
				t.Errorf("More link: %s, want M %s", last, tt.want)
			}
			if tt.warn != "" {
				b.AssertLogContains(tt.warn)
			} else {
				b.AssertLogContains("! serieskit")
			}
		})
	}
}

// The lookup data file's name is [params.serieskit] sidebar_lookup, in any
// data format, also in a subdirectory of data/; without a lookup file every
// box is labelled with its key and ordered by key.
func TestLookupFile(t *testing.T) {
	two := `
-- content/series/a/_index.md --
---
title: A
sidebar_box: SDN
---
-- content/series/b/_index.md --
---
title: B
sidebar_box: HA
---
`
	tests := []struct {
		name, files string
		want        []string
	}{
		{"none", config, []string{"G [HA] HA", "P /series/b/ B", "G [SDN] SDN", "P /series/a/ A", "M /series/"}},
		{"default name", config + lookupYAML, []string{"G [SDN] Software-Defined Networking", "P /series/a/ A", "G [HA] High Availability", "P /series/b/ B", "M /series/"}},
		{"configured toml", config + "[params.serieskit]\nsidebar_lookup = \"boxes\"\n-- data/boxes.toml --\nSDN = \"SDN (toml)\"\ndisplay = [\"SDN\", \"HA\"]\n" + lookupYAML,
			[]string{"G [SDN] SDN (toml)", "P /series/a/ A", "G [HA] HA", "P /series/b/ B", "M /series/"}},
		{"configured json in a subdirectory", config + "[params.serieskit]\nsidebar_lookup = \"site/boxes\"\n-- data/site/boxes.json --\n{\"HA\": \"HA (json)\", \"display\": [\"HA\"]}\n",
			[]string{"G [HA] HA (json)", "P /series/b/ B", "G [SDN] SDN", "P /series/a/ A", "M /series/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := build(t, tt.files, two)
			assertLines(t, "widget", parseWidget(b.FileContent("public/index.html")), tt.want...)
		})
	}
}

// The widget is computed once per site and language: each language shows its
// own pages, and a warning about a page is logged once, not once per page
// that shows the widget.
func TestOncePerLanguage(t *testing.T) {
	files := `
-- hugo.toml --
baseURL = "https://example.org/"
theme = "github.com/serieskit/serieskit/theme"
disableKinds = ["rss", "sitemap", "robotstxt", "404"]
defaultContentLanguage = "en"
[taxonomies]
series = "series"
[languages.en]
weight = 1
title = "English"
[languages.de]
weight = 2
title = "Deutsch"
-- i18n/de.toml --
[serieskit_other_resources]
other = "Weitere Quellen"
-- content/series/ha/_index.md --
---
title: High Availability in English
sidebar_box: HA
---
-- content/series/ha/_index.de.md --
---
title: Hochverfügbarkeit
sidebar_box: HA
---
-- content/series/only-de/_index.de.md --
---
title: Nur Deutsch
layout: custom
---
-- content/series/bad/_index.md --
---
title: Bad
sidebar_box: [HA]
---
-- content/posts/p.md --
---
title: P
---
-- content/posts/q.md --
---
title: Q
---
`
	b := build(t, files)
	assertLines(t, "en", parseWidget(b.FileContent("public/posts/q/index.html")),
		"G [HA] HA", "P /series/ha/ High Availability in English", "M /series/")
	assertLines(t, "de", parseWidget(b.FileContent("public/de/index.html")),
		"G [HA] HA", "P /de/series/ha/ Hochverfügbarkeit", "G [] Weitere Quellen", "P /de/series/only-de/ Nur Deutsch", "M /de/series/")
	warning := `WARN  serieskit: sidebar_box: page "/series/bad": sidebar_box must be a string (a box key or "skip"), got [HA]; the page is treated as having no box (/content/series/bad/_index.md)`
	b.AssertLogContains(warning)
	if n := strings.Count(b.LogString(), warning); n != 1 {
		t.Errorf("the warning is logged %d times, want once", n)
	}
}

// A site with its own theme imports the core alone and calls the widget and
// the shortcode from its own templates: the widget's partial call is all it
// needs, and the core's custom and top layouts render inside the theme's
// baseof.
func TestWidgetInAnotherTheme(t *testing.T) {
	core := strings.Replace(config, harness.Shell, harness.Core, 1)
	files := core + lookupYAML + pages + `
-- layouts/baseof.html --
<!doctype html><html><body><div id="my-content">{{ block "main" . }}{{ end }}</div>
<div id="my-sidebar">{{ partial "serieskit/featured.html" . }}</div></body></html>
-- layouts/page.html --
{{ define "main" }}{{ .Content }}{{ end }}
-- layouts/list.html --
{{ define "main" }}{{ .Title }}{{ end }}
-- layouts/home.html --
{{ define "main" }}Home{{ end }}
-- content/posts/boxes.md --
---
title: Boxes
---
{{< sidebar-box key="SDN" >}}
`
	b := build(t, files)
	for _, out := range []string{"public/index.html", "public/posts/boxes/index.html"} {
		b.AssertFileContent(out, `<div id="my-sidebar">`, "! serieskit-sidebar")
		assertLines(t, out, parseWidget(b.FileContent(out)), fixtureWidget...)
	}
	// layout: custom and layout: top pages fill the theme's "main" block
	b.AssertFileContent("public/series/distributed-systems/index.html",
		"<div id=\"my-content\">\n<article class=\"serieskit-content serieskit-topic\">", "<h1>Distributed Systems</h1>", "Distributed prose.", `<div id="my-sidebar">`)
	b.AssertFileContent("public/resources/index.html", `<div id="my-content">`, `<div class="series-resources">`, `<div id="my-sidebar">`)
	b.AssertFileContent("public/posts/boxes/index.html", "<ul class=\"series-box\">\n  <li><a href=\"/series/openflow/\">OpenFlow</a></li>\n</ul>")
}

// Labels and titles are escaped; every reader-visible string comes from
// i18n and a site can override it.
func TestEscapingAndStrings(t *testing.T) {
	files := config + `
-- data/sidebar_lookup.yaml --
"Q&A": "Questions & <Answers>"
-- content/series/qa/_index.md --
---
title: "Why <script>?"
sidebar_box: "Q&A"
---
-- content/series/other/_index.md --
---
title: Other
layout: custom
---
-- i18n/en.toml --
[serieskit_more]
other = "All resources"
[serieskit_other_resources]
other = "Everything else"
[serieskit_featured]
other = "Start here"
`
	b := build(t, files)
	b.AssertFileContent("public/index.html",
		`<details data-box="Q&amp;A">`,
		"<summary>Questions &amp; &lt;Answers&gt;</summary>",
		`<a href="/series/qa/">Why &lt;script&gt;?</a>`,
		"<summary>Everything else</summary>",
		`<a href="/series/">All resources</a>`,
		`<h2>Start here</h2>`, `aria-label="Start here"`)
}
