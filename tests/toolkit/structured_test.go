package toolkit

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// withHead returns a test site whose layouts start with serieskit's head
// partial.
func withHead(site string) string {
	for _, kind := range []string{"home", "page", "section", "taxonomy", "term"} {
		site = strings.Replace(site, "-- layouts/"+kind+".html --\n", "-- layouts/"+kind+".html --\n"+`{{ partial "serieskit/head.html" . }}`+"\n", 1)
	}
	return site
}

var ldRE = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// jsonLD parses every JSON-LD element of a built file.
func jsonLD(t *testing.T, b *hugolib.IntegrationTestBuilder, file string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, m := range ldRE.FindAllStringSubmatch(b.FileContent(file), -1) {
		var v map[string]any
		if err := json.Unmarshal([]byte(m[1]), &v); err != nil {
			t.Fatalf("%s: invalid JSON-LD: %v\n%s", file, err, m[1])
		}
		out = append(out, v)
	}
	return out
}

// asJSON prints a parsed value as compact JSON (keys sorted), for comparing.
func asJSON(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(data)
}

// A post in a series: a BlogPosting whose isPartOf names each series (its
// term page's title and URL), with its position in the first series when
// that series shows part numbers; no position otherwise; nothing for a post
// in no series. Values are escaped as JSON, never cut short by a title.
func TestJSONLDPost(t *testing.T) {
	// reading order of rr: undated, o (midnight), p1 (10:00), p2
	b := buildWith(t, withHead(site),
		post("p1", "", "title: '</script><b>One & only</b>'", "date: 2021-01-01T10:00:00Z", "series: [rr, ops]"),
		post("p2", "", "date: 2021-02-01", "series: [rr, ops]"),
		post("undated", "", "series: [rr]"),
		post("o", "", "date: 2021-01-01", "series: [ops, rr]"),
		post("none", "", "date: 2021-01-01"),
		"-- content/series/rr/_index.md --\n---\ntitle: Route Reflectors\npart_numbers: true\n---\n")
	tests := []struct{ file, want string }{
		{"public/posts/p1/index.html", `[{"@context":"https://schema.org","@type":"BlogPosting","datePublished":"2021-01-01T10:00:00Z","headline":"\u003c/script\u003e\u003cb\u003eOne \u0026 only\u003c/b\u003e",` +
			`"isPartOf":[{"@type":"CreativeWorkSeries","name":"Route Reflectors","url":"https://example.org/series/rr/"},{"@type":"CreativeWorkSeries","name":"Ops","url":"https://example.org/series/ops/"}],` +
			`"position":3,"url":"https://example.org/posts/p1/"}]`},
		{"public/posts/undated/index.html", `[{"@context":"https://schema.org","@type":"BlogPosting","headline":"Undated",` +
			`"isPartOf":[{"@type":"CreativeWorkSeries","name":"Route Reflectors","url":"https://example.org/series/rr/"}],"position":1,"url":"https://example.org/posts/undated/"}]`},
		{"public/posts/o/index.html", `[{"@context":"https://schema.org","@type":"BlogPosting","datePublished":"2021-01-01T00:00:00Z","headline":"O",` +
			`"isPartOf":[{"@type":"CreativeWorkSeries","name":"Ops","url":"https://example.org/series/ops/"},{"@type":"CreativeWorkSeries","name":"Route Reflectors","url":"https://example.org/series/rr/"}],` +
			`"url":"https://example.org/posts/o/"}]`},
		{"public/posts/none/index.html", `null`},
	}
	for _, tt := range tests {
		if got := asJSON(jsonLD(t, b, tt.file)); got != tt.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tt.file, got, tt.want)
		}
	}
	b.AssertFileContent("public/posts/p1/index.html", "! </script><b>")
}

// A topic page: a CollectionPage whose ItemList holds the posts its calls
// show, call after call, each post once at its first appearance, under the
// title shown there; a page whose calls show nothing, and a page with no
// calls, have none.
func TestJSONLDTopicPage(t *testing.T) {
	b := buildWith(t, withHead(site),
		post("a", "", "date: 2021-01-01", "series: [ds]", "ds_tag: sdn", "ds_title: A in DS"),
		post("b", "", "date: 2022-01-01", "series: [ds]"),
		post("c", "", "date: 2023-01-01", "series: [ds]", "series_title: C & co"),
		topic("Intro.\n\n{{< series-untagged >}}\n\n{{< series-summary >}}"),
		"-- content/series/empty/_index.md --\n---\ntitle: Empty\n---\n{{< series-untagged series=\"ds\" noseries=\"yes\" >}}\n",
		"-- content/series/plain/_index.md --\n---\ntitle: Plain\n---\nNo calls.\n")
	// untagged: c, b (newest first); then summary: a, b, c (oldest first).
	want := `[{"@context":"https://schema.org","@type":"CollectionPage","mainEntity":{"@type":"ItemList","itemListElement":[` +
		`{"@type":"ListItem","name":"C \u0026 co","position":1,"url":"https://example.org/posts/c/"},` +
		`{"@type":"ListItem","name":"B","position":2,"url":"https://example.org/posts/b/"},` +
		`{"@type":"ListItem","name":"A in DS","position":3,"url":"https://example.org/posts/a/"}],"numberOfItems":3},` +
		`"name":"Distributed Systems","url":"https://example.org/series/ds/"}]`
	if got := asJSON(jsonLD(t, b, "public/series/ds/index.html")); got != want {
		t.Errorf("topic page:\ngot  %s\nwant %s", got, want)
	}
	for _, file := range []string{"public/series/empty/index.html", "public/series/plain/index.html", "public/index.html"} {
		if got := jsonLD(t, b, file); len(got) != 0 {
			t.Errorf("%s: want no JSON-LD, got %s", file, asJSON(got))
		}
	}
}

// The ItemList holds what series-listing calls show too: after the tag
// filter, the ordering and the limit, year groups in the order they appear,
// and never a listing's extra links.
func TestJSONLDListsWhatListingsShow(t *testing.T) {
	b := buildWith(t, withHead(site),
		post("a", "", "date: 2021-01-01", "series: [ds]", "ds_tag: sdn"),
		post("b", "", "date: 2022-01-01", "series: [ds]"),
		post("c", "", "date: 2023-01-01", "series: [ds]"),
		post("d", "", "date: 2024-01-01", "series: [ds]", "ds_tag: sdn"),
		"-- content/series/ds/_index.md --\n---\ntitle: Distributed Systems\nextra: [{title: Elsewhere, link: 'https://example.com/'}]\n---\n"+
			"{{< series-listing tag=\"sdn\" limit=\"1\" >}}\n\n{{< series-listing notag=\"yes\" group=\"year\" links=\"extra\" >}}\n")
	// tag=sdn: a and d, oldest first, limit 1: a; notag by year: 2023 c, 2022 b.
	got := itemListLines(b.FileContent("public/series/ds/index.html"))
	want := []string{"1 https://example.org/posts/a/ A", "2 https://example.org/posts/c/ C", "3 https://example.org/posts/b/ B"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ItemList:\n%s", harness.LineDiff(want, got))
	}
}

// itemlist_limit caps the items the ItemList names, not the count: a page
// listing thousands of posts keeps its <head> small; 0 names them all; a
// value that is not a whole number is an error that names it.
func TestJSONLDItemListLimit(t *testing.T) {
	posts := post("a", "", "date: 2021-01-01", "series: [ds]") +
		post("b", "", "date: 2022-01-01", "series: [ds]") +
		post("c", "", "date: 2023-01-01", "series: [ds]") +
		topic("{{< series-listing >}}")
	count := func(b *hugolib.IntegrationTestBuilder) string {
		return regexp.MustCompile(`"numberOfItems":\d+`).FindString(b.FileContent("public/series/ds/index.html"))
	}
	for _, tt := range []struct{ limit, want string }{
		{"2", "1 https://example.org/posts/a/ A\n2 https://example.org/posts/b/ B"},
		{`"2"`, "1 https://example.org/posts/a/ A\n2 https://example.org/posts/b/ B"},
		{"0", "1 https://example.org/posts/a/ A\n2 https://example.org/posts/b/ B\n3 https://example.org/posts/c/ C"},
	} {
		b := buildWith(t, withHead(harness.WithParams(site, "itemlist_limit = "+tt.limit)), posts)
		if got := strings.Join(itemListLines(b.FileContent("public/series/ds/index.html")), "\n"); got != tt.want {
			t.Errorf("itemlist_limit = %s: items\n%s\nwant\n%s", tt.limit, got, tt.want)
		}
		if got := count(b); got != `"numberOfItems":3` {
			t.Errorf("itemlist_limit = %s: %s, want every post counted", tt.limit, got)
		}
	}
	b, err := harness.BuildE(t, withHead(harness.WithParams(site, "itemlist_limit = -5"))+posts)
	if err == nil {
		t.Fatal("itemlist_limit = -5: the build should fail")
	}
	b.AssertLogContains(`itemlist_limit must be a whole number of items (0: no limit), not "-5"`)
}

// A post that several calls on a topic page show is named once in the
// ItemList, at its first appearance, whatever kinds of call show it: here
// series-untagged shows the untagged posts first, then a series-listing
// shows every post again and another the tagged ones.
func TestJSONLDNamesEachPostOnce(t *testing.T) {
	b := buildWith(t, withHead(site),
		post("a", "", "date: 2021-01-01", "series: [ds]", "ds_tag: sdn"),
		post("b", "", "date: 2022-01-01", "series: [ds]"),
		post("c", "", "date: 2023-01-01", "series: [ds]"),
		topic("{{< series-untagged >}}\n\n{{< series-listing >}}\n\n{{< series-listing tag=\"sdn\" >}}"))
	// untagged, newest month first: c, b; all, oldest first: a, b, c; sdn: a.
	got := itemListLines(b.FileContent("public/series/ds/index.html"))
	want := []string{"1 https://example.org/posts/c/ C", "2 https://example.org/posts/b/ B", "3 https://example.org/posts/a/ A"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ItemList:\n%s", harness.LineDiff(want, got))
	}
}
