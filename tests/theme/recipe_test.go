package theme

import (
	"strings"
	"testing"

	"github.com/serieskit/serieskit/tests/harness"
)

// contentBlockTheme is a small theme whose baseof names its block "content"
// instead of "main": the core's custom.html and top.html fill nothing there.
const contentBlockTheme = `
-- themes/content-block/layouts/baseof.html --
<!DOCTYPE html>
<html><head><title>{{ .Title }}</title></head>
<body>
<div id="cb-content">{{ block "content" . }}{{ end }}</div>
</body></html>
-- themes/content-block/layouts/single.html --
{{ define "content" }}<article class="cb-post">{{ .Content }}</article>{{ end }}
-- themes/content-block/layouts/list.html --
{{ define "content" }}<section class="cb-list">{{ range .Pages }}<p>{{ .Title }}</p>{{ end }}</section>{{ end }}
`

// recipe is the site layouts the reference gives a theme whose block is
// named "content": three lines each.
const recipe = `
-- layouts/custom.html --
{{ define "content" }}
  {{ partial "serieskit/topic.html" . }}
{{ end }}
-- layouts/top.html --
{{ define "content" }}
  {{ partial "serieskit/resources.html" . }}
{{ end }}
`

// recipeContent is a topic page, a resources page and a series of two posts.
const recipeContent = `
-- data/sidebar_lookup.yaml --
START: Start here
display: [START]
-- content/series/demo/_index.md --
---
title: Demo
layout: custom
sidebar_box: START
subtitle: Everything about the demo.
---
Oldest first:

{{< series-listing year="yes" >}}
-- content/resources.md --
---
title: Resources
layout: top
---
Every topic.
-- content/posts/one.md --
---
title: One
date: 2024-01-15
series: [demo]
---
One.
-- content/posts/two.md --
---
title: Two
date: 2024-02-15
series: [demo]
---
Two.
`

// recipeSite returns a site with the given theme (a module path under
// themes/) and the core, and extra files.
func recipeSite(theme, extra string) string {
	return `
-- hugo.toml --
baseURL = "https://example.org/"
title = "Recipe"
disableKinds = ["rss", "sitemap", "robotstxt", "404"]
[taxonomies]
series = "series"
tag = "tags"
[module]
[[module.imports]]
path = "` + theme + `"
[[module.imports]]
path = "` + harness.Core + `"
` + recipeContent + extra
}

// article returns the <article> element of a page that starts with start.
func article(page, start string) string {
	return between(page, start, "</article>")
}

// In a theme whose baseof names its block "content", layout: custom and
// layout: top pages are empty without the recipe; with the reference's
// three-line site layouts they show exactly the article the core's own
// layouts show in a theme with a "main" block.
func TestRecipeForAnotherBlockName(t *testing.T) {
	const topic, resources = `<article class="serieskit-content serieskit-topic">`, `<article class="serieskit-content">`
	foreignFiles := harness.DirFiles("themes/"+foreign, harness.ModuleRoot+"/tests/fixtures/foreign-theme", "layouts", "assets", "theme.toml")
	want := harness.Build(t, recipeSite(foreign, foreignFiles))
	wantTopic := article(want.FileContent("public/series/demo/index.html"), topic)
	wantResources := article(want.FileContent("public/resources/index.html"), resources)
	for _, w := range []string{`<p class="serieskit-subtitle">Everything about the demo.</p>`, `<div class="series-listing">`, `<a href="https://example.org/posts/one/">One</a>`} {
		if !strings.Contains(wantTopic, w) {
			t.Fatalf("main-block theme: the topic page's article lacks %q:\n%s", w, wantTopic)
		}
	}
	if !strings.Contains(wantResources, `<h3 id="START">Start here</h3>`) {
		t.Fatalf("main-block theme: the resources page lacks the START group:\n%s", wantResources)
	}

	without := harness.Build(t, recipeSite("content-block", contentBlockTheme))
	for _, page := range []string{"public/series/demo/index.html", "public/resources/index.html"} {
		without.AssertFileContent(page, `<div id="cb-content"></div>`)
	}

	with := harness.Build(t, recipeSite("content-block", contentBlockTheme+recipe))
	gotTopic := article(with.FileContent("public/series/demo/index.html"), topic)
	gotResources := article(with.FileContent("public/resources/index.html"), resources)
	if gotTopic != wantTopic {
		t.Errorf("topic page through the recipe:\n%s\nwant, as custom.html renders it:\n%s", gotTopic, wantTopic)
	}
	if gotResources != wantResources {
		t.Errorf("resources page through the recipe:\n%s\nwant, as top.html renders it:\n%s", gotResources, wantResources)
	}
	// the theme's other pages are untouched by the recipe
	with.AssertFileContent("public/posts/one/index.html", `<div id="cb-content"><article class="cb-post"><p>One.</p>`)
}
