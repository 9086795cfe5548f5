package sidebar

import (
	"regexp"
	"strings"
	"testing"
)

// hooks fills every hook partial of the shell with a marker.
const hooks = `
-- layouts/_partials/serieskit/hooks/head.html --
<meta name="hook" content="HEAD">
-- layouts/_partials/serieskit/hooks/before-content.html --
<p>HOOK-BEFORE</p>
-- layouts/_partials/serieskit/hooks/after-content.html --
<p>HOOK-AFTER</p>
-- layouts/_partials/serieskit/hooks/sidebar-top.html --
<p>HOOK-SIDEBAR-TOP</p>
-- layouts/_partials/serieskit/hooks/sidebar-bottom.html --
<p>HOOK-SIDEBAR-BOTTOM</p>
`

// inOrder fails unless each part occurs in s after the one before it.
func inOrder(t *testing.T, what, s string, parts ...string) {
	t.Helper()
	at := 0
	for _, p := range parts {
		i := strings.Index(s[at:], p)
		if i < 0 {
			t.Errorf("%s: %q not found after offset %d", what, p, at)
			return
		}
		at += i + len(p)
	}
}

// The shell: header, main, sidebar (after main, so it flows below the
// content on a narrow screen), footer; the hooks are empty until a site
// fills them; the stylesheet is linked unless stylesheet = false.
func TestShell(t *testing.T) {
	b := build(t, config, lookupYAML, pages)
	page := b.FileContent("public/posts/hello/index.html")
	inOrder(t, "shell", page,
		`<meta name="viewport" content="width=device-width, initial-scale=1">`,
		"<title>Hello | Fixture</title>",
		`<link rel="stylesheet" href="/serieskit/serieskit.min.`, "</head>",
		`<header class="serieskit-header">`, `<a href="/">Fixture</a>`,
		`<main class="serieskit-main">`, "<h1>Hello</h1>", `<time datetime="2024-01-02">January 2, 2024</time>`,
		"<p>Hello world.</p>", "</main>",
		`<aside class="serieskit-sidebar">`, `<nav class="series-featured"`, `<h2>Recent posts</h2>`, "</aside>",
		`<footer class="serieskit-footer">`, "Built with Hugo and serieskit", "</footer>")
	if strings.Contains(page, "HOOK") {
		t.Errorf("an empty hook printed something")
	}
	css := b.FileContent("public/serieskit/" + regexp.MustCompile(`serieskit\.min\.[0-9a-f]+\.css`).FindString(page))
	if !strings.Contains(css, "@media(min-width:52rem){.serieskit-page{display:grid") || strings.Count(css, "display:grid") != 1 {
		t.Errorf("the stylesheet does not put the sidebar beside the content only on wide screens:\n%s", css)
	}

	b = build(t, config+"[params.serieskit]\nstylesheet = false\n", lookupYAML, pages, hooks)
	page = b.FileContent("public/posts/hello/index.html")
	inOrder(t, "hooks", page,
		`<meta name="hook" content="HEAD">`, "</head>",
		`<main class="serieskit-main">`, "HOOK-BEFORE", "<p>Hello world.</p>", "HOOK-AFTER", "</main>",
		`<aside class="serieskit-sidebar">`, "HOOK-SIDEBAR-TOP", `<nav class="series-featured"`, "HOOK-SIDEBAR-BOTTOM", "</aside>")
	if strings.Contains(page, "stylesheet") {
		t.Errorf("stylesheet = false still links the stylesheet")
	}
}

// No page of the shell has an inline style or JavaScript: the one script
// element allowed is JSON-LD, data for search engines that never runs.
func TestNoInlineStyleOrScript(t *testing.T) {
	b := build(t, config, lookupYAML, pages, boxesPage("{{< sidebar-box key=\"HA\" >}}"))
	scripts := regexp.MustCompile(`<script[^>]*>`)
	for _, out := range []string{
		"public/index.html", "public/posts/index.html", "public/posts/hello/index.html", "public/posts/boxes/index.html",
		"public/series/index.html", "public/series/distributed-systems/index.html", "public/series/openflow/index.html",
		"public/resources/index.html", "public/tags/index.html",
	} {
		b.AssertFileContent(out, "! style=", "! <style", "! onclick", "<aside")
		for _, tag := range scripts.FindAllString(b.FileContent(out), -1) {
			if tag != `<script type="application/ld+json">` {
				t.Errorf("%s: a script that is not JSON-LD: %s", out, tag)
			}
		}
	}
}

// layout: custom, the topic page: page_title or title as <h1>, then the
// subtitle or, without one, breadcrumbs, then the content; the sidebar with
// the featured widget. It works on a regular page too.
func TestTopicPage(t *testing.T) {
	topics := `
-- content/series/titled/_index.md --
---
title: Plain Title
page_title: The Display Title
subtitle: A subtitle & more
layout: custom
---
Titled prose.
-- content/posts/topic.md --
---
title: A Regular Topic
layout: custom
---
Regular prose.
`
	b := build(t, config, lookupYAML, pages, topics)
	ds := b.FileContent("public/series/distributed-systems/index.html")
	inOrder(t, "term topic page", ds,
		`<main class="serieskit-main">`, "<h1>Distributed Systems</h1>",
		`<nav class="serieskit-breadcrumbs" aria-label="Breadcrumbs">`,
		`<li><a href="/">Fixture</a></li>`, `<li><a href="/series/">Series</a></li>`,
		`<li aria-current="page">Distributed Systems</li>`, "</nav>",
		"<p>Distributed prose.</p>", "</main>",
		`<aside class="serieskit-sidebar">`, `<nav class="series-featured"`, `<h2>Recent posts</h2>`)
	titled := b.FileContent("public/series/titled/index.html")
	inOrder(t, "subtitle", titled,
		"<h1>The Display Title</h1>", `<p class="serieskit-subtitle">A subtitle &amp; more</p>`, "<p>Titled prose.</p>",
		`<nav class="series-featured"`)
	if strings.Contains(titled, "serieskit-breadcrumbs") {
		t.Errorf("a page with a subtitle shows breadcrumbs")
	}
	inOrder(t, "regular topic page", b.FileContent("public/posts/topic/index.html"),
		"<h1>A Regular Topic</h1>", `<li><a href="/posts/">Posts</a></li>`, "<p>Regular prose.</p>", `<nav class="series-featured"`)
	// the layout: custom pages are in Other Resources, by display title; it is
	// open on such a page
	got := parseWidget(titled)
	assertLines(t, "Other Resources", got[len(got)-5:],
		"G [] Other Resources (open)", "P /posts/topic/ A Regular Topic", "P /series/bgp/ BGP", "P /series/titled/ The Display Title", "M /resources/")
}

// minimal_sidebar (any true value) keeps only the featured widget in the
// sidebar: no hooks, no recent posts.
func TestMinimalSidebar(t *testing.T) {
	minimal := `
-- content/series/minimal/_index.md --
---
title: Minimal
layout: custom
minimal_sidebar: true
---
-- content/series/minimal-word/_index.md --
---
title: Minimal Word
layout: custom
minimal_sidebar: "yes please"
---
-- content/series/full/_index.md --
---
title: Full
layout: custom
minimal_sidebar: "no"
---
`
	b := build(t, config, lookupYAML, pages, hooks, minimal)
	for _, out := range []string{"public/series/minimal/index.html", "public/series/minimal-word/index.html"} {
		sb := aside(b, out)
		if !strings.Contains(sb, `<nav class="series-featured"`) {
			t.Errorf("%s: the minimal sidebar has no featured widget", out)
		}
		for _, not := range []string{"HOOK-SIDEBAR-TOP", "HOOK-SIDEBAR-BOTTOM", "Recent posts"} {
			if strings.Contains(sb, not) {
				t.Errorf("%s: the minimal sidebar shows %q", out, not)
			}
		}
	}
	inOrder(t, "full sidebar", aside(b, "public/series/full/index.html"),
		"HOOK-SIDEBAR-TOP", `<nav class="series-featured"`, "Recent posts", "HOOK-SIDEBAR-BOTTOM")
}

// The module's other layouts: a post ends with the in-post series box
// partial after its content; the home page lists the newest posts; sections,
// taxonomies and terms list their pages.
func TestOtherLayouts(t *testing.T) {
	files := `
-- layouts/_partials/serieskit/series-box.html --
<p>SERIES-BOX of {{ .Title }}</p>
-- content/_index.md --
---
title: Welcome
---
Home prose.
-- content/posts/older.md --
---
title: Older
date: 2023-05-06
series: [bgp]
---
Older text.
`
	b := build(t, config, lookupYAML, pages, files)
	inOrder(t, "post", b.FileContent("public/posts/older/index.html"),
		"<h1>Older</h1>", "<p>Older text.</p>", "</article>", "<p>SERIES-BOX of Older</p>", "</main>")
	inOrder(t, "home", b.FileContent("public/index.html"),
		"<h1>Welcome</h1>", "<p>Home prose.</p>", "<h2>Latest posts</h2>",
		`<a href="/posts/hello/">Hello</a>`, `<a href="/posts/older/">Older</a>`)
	inOrder(t, "section", b.FileContent("public/posts/index.html"), "<h1>Posts</h1>", `<a href="/posts/hello/">Hello</a>`, `<a href="/posts/older/">Older</a>`)
	inOrder(t, "taxonomy", b.FileContent("public/series/index.html"), "<h1>Series</h1>", `<a href="/series/automation/">Automation</a>`)
	inOrder(t, "term", b.FileContent("public/series/bgp/index.html"), "<h1>BGP</h1>", `<nav class="series-featured"`)
	inOrder(t, "term list", b.FileContent("public/series/openflow/index.html"), "<h1>OpenFlow</h1>", `<nav class="series-featured"`)
}

// The shell's byline credits an author as listings do: a name that is not a
// string credits no one (a warning says so) rather than showing Go's
// printing of it, and the date stays.
func TestBylineAuthorOfTheWrongType(t *testing.T) {
	b := build(t, config, `
-- content/posts/mapped.md --
---
title: Mapped
date: 2024-01-02
author: {name: {Name: "null", title: .inf}}
---
Body.
`)
	b.AssertFileContent("public/posts/mapped/index.html", `<p class="serieskit-byline"><time datetime="2024-01-02">January 2, 2024</time></p>`, "! map[")
	b.AssertLogContains(`WARN  serieskit: front matter: posts/mapped.md: "author": name map[name:null title:+Inf] is not a string; no author is credited (/content/posts/mapped.md)`)
}
