package theme

import (
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// shellSite is a site with no theme of its own: serieskit's page shell.
const shellSite = `
-- hugo.toml --
baseURL = "https://example.org/"
title = "Shell"
theme = "github.com/serieskit/serieskit/theme"
disableKinds = ["rss", "sitemap", "robotstxt", "404"]
[taxonomies]
series = "series"
tag = "tags"
`

// The shell alone renders the example site: every kind of page in its
// layout, topic pages with their listings and the featured sidebar, posts
// with their byline and series box.
func TestShellRendersTheExampleSite(t *testing.T) {
	content, _ := exampleContent(t, false)
	b := harness.Build(t, strings.Replace(shellSite, `title = "Shell"`, `title = "Packets and Pagers"`, 1)+content, hugolib.TestOptWarn())
	harness.AssertNoLog(t, b, "WARN")
	for _, page := range []string{"index.html", "posts/index.html", "series/index.html", "series/distributed-systems/index.html", "posts/route-reflectors-part-2/index.html", "resources/index.html"} {
		b.AssertFileContent("public/"+page, `<body class="serieskit">`, `<main class="serieskit-main">`,
			`<aside class="serieskit-sidebar">`, `<nav class="series-featured"`, `<footer class="serieskit-footer">`)
	}
	b.AssertFileContent("public/series/distributed-systems/index.html",
		`<article class="serieskit-content serieskit-topic">`, `<div class="series-listing">`)
	b.AssertFileContent("public/posts/route-reflectors-part-2/index.html",
		`<p class="serieskit-byline"><time datetime=`, `<aside class="series-posts-box" aria-labelledby="series-posts-box-title">`)
	b.AssertFileContent("public/resources/index.html", `<div class="series-resources">`)
}

// The shell's byline credits a guest author as listings do: a plain name
// too, and a name whose link is unsafe unlinked, with the warning links=
// gives.
func TestShellByline(t *testing.T) {
	files := shellSite + harness.Post("plain", "", "date: 2024-01-02", "author: Jane Doe") +
		harness.Post("linked", "", "date: 2024-01-03", `author: {name: "Joe", link: "https://joe.example/"}`) +
		harness.Post("sneaky", "", "date: 2024-01-04", `author: {name: "Mallory", link: " JaVaScRiPt:alert(1)"}`) +
		harness.Post("data", "", "date: 2024-01-05", `author: {name: "Eve", link: "data:text/html,hi"}`)
	b := harness.Build(t, files, hugolib.TestOptWarn())
	b.AssertFileContent("public/posts/plain/index.html", `<time datetime="2024-01-02">January 2, 2024</time> by Jane Doe</p>`)
	b.AssertFileContent("public/posts/linked/index.html", `by <a href="https://joe.example/">Joe</a></p>`)
	b.AssertFileContent("public/posts/sneaky/index.html", `</time> by Mallory</p>`, "! ZgotmplZ", "! alert(1)")
	b.AssertFileContent("public/posts/data/index.html", `</time> by Eve</p>`, "! ZgotmplZ")
	b.AssertLogContains(
		`WARN  serieskit: front matter: posts/sneaky.md: "author": link " JaVaScRiPt:alert(1)" of "Mallory" is not an http, https, mailto or relative URL; the name is shown unlinked (/content/posts/sneaky.md)`,
		`link "data:text/html,hi" of "Eve" is not an http`,
		"ignoreLogs = ['serieskit-link']")
}

// A regular page that asks for the list layout (layout: list) renders as a
// page with no list, instead of stopping the build: Hugo paginates only
// list pages. (Found by the fuzz test.)
func TestShellListLayoutOnARegularPage(t *testing.T) {
	files := shellSite + harness.Post("about", "About us.", "layout: list")
	b := harness.Build(t, files, hugolib.TestOptWarn())
	b.AssertFileContent("public/posts/about/index.html", "<h1>About</h1>", "<p>About us.</p>", `! class="serieskit-list"`)
	harness.AssertNoLog(t, b, "ERROR")
}
