package theme

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
	"github.com/spf13/afero"
)

// foreign is the module path under which the foreign-theme fixture is loaded.
const foreign = "example.org/foreign-theme"

// callsSerieskit matches a serieskit shortcode call in content.
var callsSerieskit = regexp.MustCompile(`\{\{[<%]\s*(?:series-listing|series-untagged|series-summary|series-tags|next-in-series|series|sidebar-box)[\s/>%]`)

// translated matches the file name of a content file in a language other
// than the default (posts/x.de.md).
var translated = regexp.MustCompile(`\.[a-z]{2}(?:-[a-z]+)?\.md$`)

// setsLayout matches front matter choosing one of serieskit's layouts.
var setsLayout = regexp.MustCompile(`(?m)^layout:\s*["']?(?:custom|top)["']?\s*$`)

// exampleContent returns the example site's English content and data as
// txtar entries (the German pages need the example's language settings; the
// i18n tests build them). With plain, pages that call a serieskit shortcode are left out
// (a site without serieskit cannot build them); skip gets the output
// directories of the pages that set a serieskit layout (their index.html and
// pager pages are rendered by that layout).
func exampleContent(t *testing.T, plain bool) (files string, skip map[string]bool) {
	t.Helper()
	root := filepath.Join(harness.ModuleRoot, "exampleSite")
	skip = map[string]bool{}
	var b strings.Builder
	err := filepath.WalkDir(filepath.Join(root, "content"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if translated.MatchString(rel) {
			return nil
		}
		if plain && callsSerieskit.Match(data) {
			return nil
		}
		if setsLayout.Match(data) {
			out := strings.TrimSuffix(strings.TrimPrefix(rel, "content/"), ".md")
			out = strings.TrimSuffix(strings.TrimSuffix(out, "_index"), "/")
			skip[strings.TrimPrefix(out+"/", "/")] = true
		}
		b.WriteString("-- " + rel + " --\n" + string(data) + "\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String() + harness.DirFiles("", root, "data"), skip
}

// site returns a site's files: the example content, the foreign theme and,
// in this order, the imports named (module paths).
func site(content string, imports ...string) string {
	var b strings.Builder
	b.WriteString(`
-- hugo.toml --
baseURL = "https://example.org/"
title = "A Themed Blog"
[pagination]
pagerSize = 5
[taxonomies]
series = "series"
tag = "tags"
[module]
`)
	for _, path := range imports {
		b.WriteString("[[module.imports]]\npath = \"" + path + "\"\n")
	}
	b.WriteString(content)
	b.WriteString(harness.DirFiles("themes/"+foreign, filepath.Join(harness.ModuleRoot, "tests", "fixtures", "foreign-theme"), "layouts", "assets", "theme.toml"))
	return b.String()
}

// rendered reports whether the output file p belongs to one of the pages
// whose output directories are in dirs: its index.html or a pager page.
func rendered(dirs map[string]bool, p string) bool {
	for dir := range dirs {
		if p == dir+"index.html" || strings.HasPrefix(p, dir+"page/") {
			return true
		}
	}
	return false
}

// published returns every file of the build's publish directory by path.
func published(t *testing.T, b *hugolib.IntegrationTestBuilder) map[string]string {
	t.Helper()
	files := map[string]string{}
	fs := b.H.Fs.PublishDir
	err := afero.Walk(fs, "", func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		data, err := afero.ReadFile(fs, p)
		files[filepath.ToSlash(strings.TrimPrefix(p, string(filepath.Separator)))] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// Importing the core, before or after the theme, changes no page that does
// not call serieskit and does not set one of its layouts: every other file
// of the site is byte-identical to the site built with the theme alone.
func TestCoreChangesNothingElse(t *testing.T) {
	content, skip := exampleContent(t, true)
	alone := published(t, harness.Build(t, site(content, foreign)))
	if len(alone) < 50 {
		t.Fatalf("the theme alone published %d files; the fixture site looks broken", len(alone))
	}
	for _, order := range [][]string{{foreign, harness.Core}, {harness.Core, foreign}} {
		t.Run(strings.Join(order, "+"), func(t *testing.T) {
			with := published(t, harness.Build(t, site(content, order...)))
			var paths []string
			for p := range alone {
				paths = append(paths, p)
			}
			sort.Strings(paths)
			compared := 0
			for _, p := range paths {
				if rendered(skip, p) {
					continue
				}
				got, ok := with[p]
				if !ok {
					t.Errorf("%s: published by the theme alone, missing with serieskit", p)
					continue
				}
				if got != alone[p] {
					t.Errorf("%s differs with serieskit imported:\n--- theme alone\n%s\n--- with serieskit\n%s", p, alone[p], got)
				}
				compared++
			}
			for p := range with {
				if _, ok := alone[p]; !ok && !rendered(skip, p) {
					t.Errorf("%s: published only with serieskit", p)
				}
			}
			t.Logf("%d files byte-identical, %d pages with a serieskit layout left out", compared, len(skip))
		})
	}
}

// hooks fills the foreign theme's hooks with serieskit's two partial calls,
// as the README tells a themed site to do: the theme caches its sidebar once
// per page kind, so the widget gets site, not the page.
const hooks = `
-- layouts/_partials/hooks/sidebar-end.html --
{{ partial "serieskit/featured.html" site }}
-- layouts/_partials/hooks/after-content.html --
{{ partial "serieskit/series-box.html" . }}
`

// between returns the part of s from the first start to the next end after
// it, or "" when either is missing.
func between(s, start, end string) string {
	i := strings.Index(s, start)
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i:], end)
	if j < 0 {
		return ""
	}
	return s[i : i+j+len(end)]
}

// In a themed site, a topic page shows its listings inside the theme's main
// block, without the theme's own cards for the same posts; the featured
// widget renders in the theme's sidebar hook (which the theme caches once per
// page kind) and the series box in its after-content hook.
func TestThemedSiteShowsSerieskit(t *testing.T) {
	content, _ := exampleContent(t, false)
	b := harness.Build(t, site(content+hooks, foreign, harness.Core))

	topic := b.FileContent("public/series/distributed-systems/index.html")
	main := between(topic, `<main id="ft-main" class="ft-main">`, "</main>")
	for _, want := range []string{`<article class="serieskit-content serieskit-topic">`, "<h1>Distributed Systems</h1>", `<div class="series-listing">`} {
		if !strings.Contains(main, want) {
			t.Errorf("topic page: the theme's main block lacks %q:\n%s", want, main)
		}
	}
	if strings.Contains(main, `class="ft-card"`) {
		t.Errorf("topic page: the theme's cards are shown after the listings:\n%s", main)
	}
	for _, page := range []string{"public/series/distributed-systems/index.html", "public/posts/route-reflectors-part-2/index.html", "public/index.html", "public/tags/index.html"} {
		sidebar := between(b.FileContent(page), `<aside class="ft-sidebar">`, "</aside>")
		if !strings.Contains(sidebar, `<nav class="series-featured"`) || !strings.Contains(sidebar, "<summary>High Availability</summary>") {
			t.Errorf("%s: the theme's sidebar lacks the featured widget:\n%s", page, sidebar)
		}
		if strings.Contains(sidebar, " open>") {
			t.Errorf("%s: called with site, the widget opens a group:\n%s", page, sidebar)
		}
	}

	post := b.FileContent("public/posts/route-reflectors-part-2/index.html")
	article := between(post, `<article class="ft-post">`, `<nav class="ft-prevnext"`)
	box := between(article, `<aside class="series-posts-box" aria-labelledby="series-posts-box-title">`, "</aside>")
	if box == "" || strings.Index(article, `<div class="ft-content">`) > strings.Index(article, box) {
		t.Errorf("post: no series box after the theme's content:\n%s", article)
	}
	if !strings.Contains(box, `<li class="series-this-post" aria-current="page">`) {
		t.Errorf("post: the series box does not mark the current post:\n%s", box)
	}
	// a post in no series gets no box; the theme's page is otherwise intact
	b.AssertFileContent("public/posts/slaac-vs-dhcpv6/index.html", `<article class="ft-post">`, `<p class="ft-meta">`, "! series-posts-box")
}
