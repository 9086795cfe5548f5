package toolkit

import (
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// A post whose <key>_tag is a hidden tag (default "ignore") is left off the
// topic page on purpose: the orphan check does not report it. A listing that
// asks for it still shows it. [params.serieskit] hidden_tags replaces the
// list.
func TestHiddenTagsAreNotOrphans(t *testing.T) {
	members := orphanMembers + post("i", "", "date: 2021-06-01", "series: [ds]", "ds_tag: ignore")
	calls := `{{< series-listing tag="sdn" >}}{{< series-untagged >}}`
	b := build(t, members, topic(calls))
	b.AssertLogContains(orphanDevice)
	assertNoLog(t, b, `ds_tag "ignore"`)
	if n := strings.Count(b.LogString(), "orphan check"); n != 1 {
		t.Errorf("want 1 orphan warning, got %d:\n%s", n, b.LogString())
	}
	b = build(t, members, topic(calls+`{{< series-listing tag="ignore" title="Not in the index" >}}`))
	assertBlocks(t, b, dsPage, "div", "series-listing", "- A | - B", "h3 Not in the index | - I")
	b = buildWith(t, withParams(`hidden_tags = ["ignore", "device"]`), members, topic(calls))
	assertNoLog(t, b, "orphan check")
	b = buildWith(t, withParams(`hidden_tags = []`), members, topic(calls))
	b.AssertLogContains(`1 post with ds_tag "ignore" appears in no listing on this page, so readers cannot find it: "posts/i.md"`)
}

// Listings nested in another shortcode (Hugo reports them at line 1:1)
// count for the orphan check like any other, and a warning names the
// position of the outermost call.
func TestOrphanCheckNestedCalls(t *testing.T) {
	details := "-- layouts/_shortcodes/details.html --\n<details><summary>{{ .Get 0 }}</summary>{{ .Inner }}</details>\n"
	b := build(t, details, orphanMembers, topic("Intro.\n\n"+
		`{{< details "SDN" >}}{{< series-listing tag="sdn" >}}{{< series-listing tag="device" >}}{{< /details >}}`+"\n\n"+
		`{{< details "More" >}}{{< series-listing tag="sdn" year="yes" >}}{{< /details >}}`))
	b.AssertLogContains(orphanUntagged + " (/content/series/ds/_index.md:8:1)")
	if n := strings.Count(b.LogString(), "orphan check"); n != 1 {
		t.Errorf("want 1 orphan warning, got %d:\n%s", n, b.LogString())
	}
	b = build(t, details, orphanMembers, topic(
		`{{< details "All" >}}{{< series-listing tag="sdn" >}}{{< series-listing tag="device" >}}{{< series-untagged >}}{{< /details >}}`))
	assertNoLog(t, b, "orphan check")
}

// Under hugo server the orphan check runs again on every rebuild that
// renders the topic page: retagging a post or adding one that no listing
// shows warns at once, without touching the topic page.
func TestOrphanCheckRerunsOnRebuild(t *testing.T) {
	b := harness.Build(t, site+orphanMembers+topic(`{{< series-listing tag="sdn" >}}{{< series-listing tag="device" >}}{{< series-untagged >}}`),
		hugolib.TestOptWarn(), hugolib.TestOptRunning())
	assertNoLog(t, b, "orphan check")
	b.EditFileReplaceAll("content/posts/c.md", "ds_tag: device", "ds_tag: lab").Build()
	b.AssertLogContains(`1 post with ds_tag "lab" appears in no listing on this page, so readers cannot find it: "posts/c.md"`)
	b.AddFiles("content/posts/f.md", "---\ntitle: F\nseries: [ds]\nds_tag: qa\n---\nBody of f.\n").Build()
	b.AssertLogContains(`1 post with ds_tag "qa" appears in no listing on this page, so readers cannot find it: "posts/f.md"`,
		`1 post with ds_tag "lab" appears in no listing`)
	b.EditFileReplaceAll("content/posts/c.md", "ds_tag: lab", "ds_tag: device").Build()
	assertNoLog(t, b, `"lab"`)
}

// Under hugo server a topic page's listings follow the posts: a retitled
// or retagged post shows up changed at the next rebuild (nothing is served
// from a cache of the build before).
func TestListingsFollowEditedPosts(t *testing.T) {
	b := harness.Build(t, site+orphanMembers+topic(`{{< series-listing tag="sdn" >}}{{< series-listing notag="yes" >}}{{< series-summary >}}`),
		hugolib.TestOptWarn(), hugolib.TestOptRunning())
	assertBlocks(t, b, dsPage, "div", "series-listing", "- A | - B", "- D | - E")
	b.EditFileReplaceAll("content/posts/a.md", "title: A", "title: A renamed").Build()
	assertBlocks(t, b, dsPage, "div", "series-listing", "- A renamed | - B", "- D | - E")
	b.EditFileReplaceAll("content/posts/d.md", "series: [ds]", "series: [ds]\nds_tag: sdn").Build()
	assertBlocks(t, b, dsPage, "div", "series-listing", "- A renamed | - B | - D", "- E")
	b.AssertFileContent(dsPage, `<dt><a href="https://example.org/posts/a/">A renamed</a>`)
}

// A post's front-matter mistake is one warning per build, however many
// calls, shortcode kinds and series boxes read the field, and it says what
// serieskit does instead.
func TestFrontMatterWarningOnce(t *testing.T) {
	b := build(t,
		post("a", "", "date: 2021-01-01", "series: [ds]", "series_weight: heavy", "ds_tag: [x]", "series_title: [y]"),
		post("b", "{{< series >}}", "date: 2021-02-01", "series: [ds]", "ds_tag: sdn"),
		topic(`{{< series-listing tag="sdn" weight="yes" >}}{{< series-listing notag="1" showweight="1" >}}{{< series-untagged >}}{{< series-summary >}}{{< series-tags >}}`),
		"-- content/notes/_index.md --\n---\ntitle: Notes\n---\n{{< series-listing series=\"ds\" weight=\"yes\" >}}\n")
	for _, w := range []string{
		`WARN  serieskit: front matter: posts/a.md: series_weight "heavy" is not an integer; listings count it as 0 (/content/posts/a.md)`,
		`WARN  serieskit: front matter: posts/a.md: ds_tag [x] is not a string; the post counts as untagged (/content/posts/a.md)`,
		`WARN  serieskit: front matter: posts/a.md: series_title [y] is not a string; listings ignore it (/content/posts/a.md)`,
	} {
		b.AssertLogContains(w)
		if n := strings.Count(b.LogString(), w); n != 1 {
			t.Errorf("want once, got %d times: %s\n%s", n, w, b.LogString())
		}
	}
	if n := strings.Count(b.LogString(), "WARN  serieskit:"); n != 3 {
		t.Errorf("want 3 serieskit warnings, got %d:\n%s", n, b.LogString())
	}
	assertNoLog(t, b, "series-box")
}

// Under hugo server a post's series box, navigation and "Part of" line
// follow the posts of its series, though the box is rendered once per
// series and a post's series is cached per post: after a rebuild a
// retitled post shows its new title in the box of the others and in its
// own, and a post that leaves the series is gone from the box, and its
// "Part of" line with it.
func TestSeriesBoxFollowsEditedPosts(t *testing.T) {
	config := harness.Site(`{{ partial "serieskit/part-of.html" . }}{{ partial "serieskit/nav.html" . }}{{ partial "serieskit/series-box.html" . }}`)
	b := harness.Build(t, config+
		post("a", "", "title: A", "date: 2021-01-01", "series: [ds]")+
		post("b", "", "title: B", "date: 2021-02-01", "series: [ds]")+
		post("c", "", "title: C", "date: 2021-03-01", "series: [ds]")+
		topic(""),
		hugolib.TestOptWarn(), hugolib.TestOptRunning())
	box := func(file, want string) {
		t.Helper()
		assertBlocks(t, b, file, "aside", "series-posts-box", "h2 Blog posts in Distributed Systems | "+want)
	}
	box("public/posts/a/index.html", "- A (this post) | - B | - C")
	b.EditFileReplaceAll("content/posts/b.md", "title: B", "title: B renamed").Build()
	box("public/posts/a/index.html", "- A (this post) | - B renamed | - C")
	box("public/posts/b/index.html", "- A | - B renamed (this post) | - C")
	b.AssertFileContent("public/posts/a/index.html", `<a rel="next" href="https://example.org/posts/b/"><span class="series-nav-label">Next →</span> B renamed</a>`)
	b.AssertFileContent("public/posts/c/index.html", `<p class="series-part-of">`)
	b.EditFileReplaceAll("content/posts/c.md", "series: [ds]", "series: []").Build()
	box("public/posts/a/index.html", "- A (this post) | - B renamed")
	b.AssertFileContent("public/posts/c/index.html", `! series-part-of`, `! series-posts-box`)
}

// Under hugo server the series shortcode's list follows the posts of its
// series, though it is rendered once per series: after a rebuild a retitled
// post shows its new title in the list of another post, and in its own,
// still marked "(this post)". (The pages have no series box, so every list
// item is the shortcode's.)
func TestSeriesShortcodeFollowsEditedPosts(t *testing.T) {
	b := harness.Build(t, harness.Site("")+
		post("a", "{{< series >}}", "title: A", "date: 2021-01-01", "series: [ds]")+
		post("b", "{{< series >}}", "title: B", "date: 2021-02-01", "series: [ds]")+
		post("c", "", "title: C", "date: 2021-03-01", "series: [ds]")+
		topic(""),
		hugolib.TestOptWarn(), hugolib.TestOptRunning())
	this := func(title string) string {
		return `<li class="series-this-post" aria-current="page">` + title + ` (this post)</li>`
	}
	link := func(name, title string) string {
		return `<li><a href="https://example.org/posts/` + name + `/">` + title + `</a></li>`
	}
	b.AssertFileContent("public/posts/a/index.html", this("A"), link("b", "B"), link("c", "C"))
	b.AssertFileContent("public/posts/b/index.html", link("a", "A"), this("B"), link("c", "C"))
	b.EditFileReplaceAll("content/posts/b.md", "title: B", "title: B renamed").Build()
	b.AssertFileContent("public/posts/a/index.html", this("A"), link("b", "B renamed"), link("c", "C"))
	b.AssertFileContent("public/posts/b/index.html", link("a", "A"), this("B renamed"), link("c", "C"), "! "+link("b", "B renamed"))
}
