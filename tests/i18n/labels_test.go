package i18n

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// plainTRE matches a call of Hugo's own T or i18n in a template: a string
// through it renders empty in a language without a translation.
var plainTRE = regexp.MustCompile(`(\{\{-?|\(|\|)\s*(T|i18n|lang\.Translate)\s`)

// No template calls Hugo's T (or i18n) itself: every reader-visible string
// goes through serieskit/funcs/t.html, which falls back to English.
func TestNoPlainT(t *testing.T) {
	for _, dir := range []string{"layouts", filepath.Join("theme", "layouts")} {
		root := filepath.Join(harness.ModuleRoot, dir)
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(p, filepath.Join("funcs", "t.html")) {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(harness.ModuleRoot, p)
			for n, line := range strings.Split(string(data), "\n") {
				if plainTRE.MatchString(line) {
					t.Errorf("%s:%d: calls Hugo's T directly; use serieskit/funcs/t.html: %s", filepath.ToSlash(rel), n+1, strings.TrimSpace(line))
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// The pattern of TestNoPlainT finds the ways a template calls T.
func TestPlainTPattern(t *testing.T) {
	for _, line := range []string{`{{ T "x" }}`, `{{- T "x" (dict) }}`, `(T "x")`, `{{ "x" | T }}`, `{{ i18n "x" }}`, `{{ lang.Translate "x" }}`} {
		if !plainTRE.MatchString(line) {
			t.Errorf("%s: not found", line)
		}
	}
	for _, line := range []string{`{{ partial "serieskit/funcs/t.html" (dict "id" "x") }}`, `{{ $T := 1 }}`, `<p>T x</p>`} {
		if plainTRE.MatchString(line) {
			t.Errorf("%s: found", line)
		}
	}
}

// everyLabel is a shell site whose pages show every serieskit label: a
// topic page (listing with an author, a year group of undated posts and a
// "Coming soon" list, untagged posts, a topic feed, breadcrumbs), posts in a
// series (byline, navigation with part numbers, next-in-series, series
// shortcode, series box) and the featured widget. lang is the site's only
// language.
func everyLabel(lang string) string {
	files := `-- hugo.toml --
baseURL = "https://example.org/"
title = "Labels"
theme = "` + harness.Shell + `"
defaultContentLanguage = "` + lang + `"
disableKinds = ["sitemap", "robotstxt", "404"]
[params.serieskit]
part_numbers = true
[taxonomies]
series = "series"
-- content/series/bgp/_index.md --
---
title: BGP
layout: custom
outputs: [html, serieskit_topic_feed]
soon: [{title: "Route maps", page: "/posts/route-maps"}]
---
{{< series-listing tag="basics" group="year" soon="soon" >}}
{{< series-untagged format="January 2006" >}}
-- content/posts/one.md --
---
title: One
date: 2024-03-15
series: [bgp]
bgp_tag: basics
author: Jane Doe
---
{{< next-in-series />}}
-- content/posts/two.md --
---
title: Two
date: 2024-05-02
series: [bgp]
---
{{< series >}}
-- content/posts/three.md --
---
title: Three
series: [bgp]
bgp_tag: basics
---
Three.
`
	return files
}

// A site in a language serieskit has no file for (Swedish) shows every
// label in English: none is blank. Dates are Swedish all the same: Hugo
// knows the language's month names.
func TestEveryLabelFallsBack(t *testing.T) {
	b := harness.Build(t, everyLabel("sv"), hugolib.TestOptWarn())
	harness.AssertNoLog(t, b, "WARN")
	b.AssertFileContent("public/series/bgp/index.html",
		`<nav class="serieskit-breadcrumbs" aria-label="Breadcrumbs">`,
		`<h4 class="series-listing-year">Undated</h4>`,
		`<h4 class="series-listing-year">2024</h4>`,
		`<a href="https://example.org/posts/one/">One</a> by Jane Doe</li>`,
		`<p class="series-soon">Coming soon</p>`,
		`<h3>Other Blog Posts in This Category</h3>`,
		`<dt>maj 2024</dt>`,
		`<p class="series-feed"><a href="https://example.org/series/bgp/feed.xml" type="application/rss+xml">Follow the posts of this page (RSS)</a></p>`,
		`title="BGP: the posts of this page (RSS)"`,
		`<nav class="series-featured" aria-label="Featured">`, `<h2>Featured</h2>`, `<summary>Other Resources</summary>`,
		`<a href="/series/">More...</a>`,
		`<h2>Recent posts</h2>`,
		`<p>Built with Hugo and serieskit</p>`)
	b.AssertFileContent("public/series/bgp/feed.xml", `<description>The posts listed on BGP, newest first</description>`)
	// reading order: Three (undated), One, Two
	b.AssertFileContent("public/posts/one/index.html",
		`<time datetime="2024-03-15">15 mars 2024</time> by Jane Doe</p>`,
		`<p class="series-part-of">Part of: <a href="https://example.org/series/bgp/">BGP</a>`,
		`<p>Next: <a href="https://example.org/posts/two/">Two</a></p>`,
		`<a class="series-next-button" href="https://example.org/posts/two/">Continue</a>`,
		`aria-label="Series navigation: BGP"`,
		`<p class="series-nav-part">Part 2 of 3</p>`,
		`<span class="series-nav-label">← Previous</span> Three`,
		`<span class="series-nav-label">Next →</span> Two`,
		`<summary><h2 id="series-posts-box-title">Blog posts in BGP <span class="series-posts-part">(Part 2 of 3)</span></h2></summary>`,
		`<li class="series-this-post" aria-current="page">One (this post)</li>`)
	b.AssertFileContent("public/posts/two/index.html", `<h2>Blog posts in this series</h2>`)
	b.AssertFileContent("public/index.html", `<h2>Latest posts</h2>`)
}

// A German site gets every label in German, and dates in German: the
// byline's long date and the month names of series-untagged's groups.
func TestEveryLabelInGerman(t *testing.T) {
	b := harness.Build(t, everyLabel("de"), hugolib.TestOptWarn())
	harness.AssertNoLog(t, b, "WARN")
	b.AssertFileContent("public/series/bgp/index.html",
		`<h4 class="series-listing-year">Ohne Datum</h4>`,
		`<dt>Mai 2024</dt>`,
		`von Jane Doe</li>`)
	b.AssertFileContent("public/posts/one/index.html",
		`<time datetime="2024-03-15">15. März 2024</time> von Jane Doe</p>`,
		`<p class="series-nav-part">Teil 2 von 3</p>`,
		`<h2 id="series-posts-box-title">Beiträge zu BGP <span class="series-posts-part">(Teil 2 von 3)</span></h2>`)
}
