package listing

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// Every mistake in a call is an error naming the shortcode, the parameter
// and the call's file:line (the call is on line 4 of the topic page).
func TestCallErrors(t *testing.T) {
	tests := []struct {
		name, frontMatter, call, want string
	}{
		{"unknown parameter", "", `{{< series-listing tga="sdn" >}}`, `unknown parameter "tga"`},
		{"positional", "", `{{< series-listing "sdn" >}}`, `positional parameters are not supported`},
		{"tag with notag", "", `{{< series-listing tag="sdn" notag="yes" >}}`, `parameter "notag" cannot be combined with tag "sdn"`},
		{"limit zero", "", `{{< series-listing limit="0" >}}`, `parameter "limit": "0" is not a positive integer`},
		{"limit word", "", `{{< series-listing limit="ten" >}}`, `parameter "limit": "ten" is not a positive integer`},
		{"limit negative", "", `{{< series-listing limit=-3 >}}`, `parameter "limit": "-3" is not a positive integer`},
		{"group month", "", `{{< series-listing group="month" >}}`, `parameter "group": "month" is not supported (use "year")`},
		{"empty tag", "", `{{< series-listing tag="" >}}`, `parameter "tag" is empty: give the tag to list, or write notag="yes" for the untagged posts`},
		{"limit fraction", "", `{{< series-listing limit="2.5" >}}`, `parameter "limit": "2.5" is not a positive integer`},
		{"limit exponent", "", `{{< series-listing limit="1e3" >}}`, `parameter "limit": "1e3" is not a positive integer`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm := tt.frontMatter
			b, err := harness.BuildE(t, site+members+"-- content/series/ds/_index.md --\n---\n"+fm+"title: DS\n---\n"+tt.call+"\n")
			if err == nil {
				t.Fatalf("the build succeeded; want an error %q", tt.want)
			}
			line := 4 + strings.Count(fm, "\n")
			b.AssertLogContains("ERROR serieskit: series-listing: "+tt.want, "/content/series/ds/_index.md:"+strconv.Itoa(line)+":1)")
		})
	}
}

// A listing on a page that is not a term page needs series=: each call
// without it is an error at its own line (the key is computed once per page).
func TestMissingSeriesKey(t *testing.T) {
	b, err := harness.BuildE(t, site+"-- content/notes/_index.md --\n---\ntitle: Notes\n---\n{{< series-listing tag=\"x\" >}}\n\n{{< series-listing tag=\"y\" >}}\n")
	if err == nil {
		t.Fatal("the build succeeded; want an error")
	}
	for _, line := range []string{"4", "6"} {
		b.AssertLogContains(`ERROR serieskit: series-listing: no series key: "/notes" is not a taxonomy term page, so parameter "series" is required (/content/notes/_index.md:` + line + `:1)`)
	}
}

// A tag that matches no member hides a whole list: a warning with file:line.
func TestTagMatchingNothingWarns(t *testing.T) {
	b := build(t, members, topic("", `{{< series-listing tag="sdm" >}}`))
	b.AssertLogContains(`WARN  serieskit: series-listing: parameter "tag": no post of series "ds" has ds_tag "sdm", so the listing is empty (/content/series/ds/_index.md:4:1)`)
}

// Front matter of the wrong type is reported naming the post, and read as
// absent: a list tag is untagged, a word weight is 0, a list title falls back.
func TestWrongTypedFrontMatter(t *testing.T) {
	b := build(t,
		post("listtag", "date: 2020-01-01", "series: [ds]", "ds_tag: [sdn]", "series_weight: 7"),
		post("wordweight", "date: 2021-01-01", "series: [ds]", "ds_tag: sdn", "series_weight: heavy"),
		post("listtitle", "date: 2019-01-01", "series: [ds]", "ds_tag: sdn", "ds_title: [A, B]", "series_weight: 2"),
		post("badauthor", "date: 2018-01-01", "series: [ds]", "ds_tag: sdn", "author: [x]"),
		topic("", `{{< series-listing notag="y" showweight="y" >}}
{{< series-listing tag="sdn" weight="y" showweight="y" >}}`))
	assertListings(t, b, "public/series/ds/index.html",
		"- Listtag W:7",
		"- Listtitle W:2 | - Wordweight | - Badauthor",
	)
	b.AssertLogContains(
		`WARN  serieskit: front matter: posts/listtag.md: ds_tag [sdn] is not a string; the post counts as untagged (/content/posts/listtag.md)`,
		`WARN  serieskit: front matter: posts/wordweight.md: series_weight "heavy" is not an integer; listings count it as 0 (/content/posts/wordweight.md)`,
		`WARN  serieskit: front matter: posts/listtitle.md: ds_title [A B] is not a string; listings ignore it (/content/posts/listtitle.md)`,
		`WARN  serieskit: front matter: posts/badauthor.md: "author" must be a name or {name, link}, not [x]; no author is credited (/content/posts/badauthor.md)`,
	)
}

// A javascript: link in links never becomes a live link.
func TestJavascriptLinkIsNeutralised(t *testing.T) {
	b := build(t, members, topic("extra: [{title: \"Click me\", link: \"JavaScript:alert(1)\"}, {title: Mail, link: \"mailto:a@b.example\"}]\n",
		`{{< series-listing tag="device" links="extra" >}}`))
	assertListings(t, b, "public/series/ds/index.html", "- Charlie in DS | - Click me | - Mail")
	b.AssertFileContent("public/series/ds/index.html",
		`<li class="series-listing-extra">Click me</li>`,
		`<a href="mailto:a@b.example">Mail</a>`,
		"! alert(1)")
	b.AssertLogContains(`WARN  serieskit: series-listing: parameter "links": link "JavaScript:alert(1)" of "Click me" is not an http, https, mailto or relative URL; it is shown as text (/content/series/ds/_index.md:5:1)`)
}

// strict = true turns every warning into an error.
func TestStrictTurnsWarningsIntoErrors(t *testing.T) {
	strict := harness.WithParams(site, "strict = true")
	b, err := harness.BuildE(t, strict+members+topic("", `{{< series-listing tag="sdm" >}}`), hugolib.TestOptWarn())
	if err == nil {
		t.Fatal("the build succeeded; want strict mode to fail it")
	}
	b.AssertLogContains(`ERROR serieskit: series-listing: parameter "tag": no post of series "ds" has ds_tag "sdm"`)
	// Without strict, the same site builds (with the warning).
	build(t, members, topic("", `{{< series-listing tag="sdm" >}}`))
}

// An author whose name is not a string (a map, a list, a number) credits no
// one, with a warning naming the file and the field, instead of showing
// Go's printing of the value; a blank name credits no one either. A link
// that is not a string is refused like a dangerous one: the name shows
// unlinked.
func TestAuthorOfTheWrongType(t *testing.T) {
	b := build(t,
		post("mapname", "date: 2021-01-01", "series: [ds]", "author: {name: {first: Jane}, link: 'https://jane.example/'}"),
		post("listname", "date: 2021-02-01", "series: [ds]", "author: {name: [null, null]}"),
		post("blankname", "date: 2021-03-01", "series: [ds]", "author: {name: '  ', link: 'https://x.example/'}"),
		post("blankplain", "date: 2021-04-01", "series: [ds]", "author: ' '"),
		post("maplink", "date: 2021-05-01", "series: [ds]", "author: {name: Jo, link: {href: 'https://jo.example/'}}"),
		topic("", `{{< series-listing >}}`))
	assertListings(t, b, "public/series/ds/index.html", "- Mapname | - Listname | - Blankname | - Blankplain | - Maplink by Jo")
	b.AssertFileContent("public/series/ds/index.html", "! map[", "! &lt;nil&gt;", "! href=\"https://jane.example/", "! jo.example", "! x.example")
	b.AssertLogContains(
		`WARN  serieskit: front matter: posts/mapname.md: "author": name map[first:Jane] is not a string; no author is credited (/content/posts/mapname.md)`,
		`WARN  serieskit: front matter: posts/listname.md: "author": name [<nil> <nil>] is not a string; no author is credited`,
		`WARN  serieskit: front matter: posts/blankname.md: "author" must be a name or {name, link}, not map[link:https://x.example/ name:  ]; no author is credited`,
		`WARN  serieskit: front matter: posts/maplink.md: "author": link "map[href:https://jo.example/]" of "Jo" is not an http, https, mailto or relative URL; the name is shown unlinked`,
		"! blankplain")
}

// An author link that is not safe (javascript:, data:, in any case, behind
// spaces) shows the name unlinked in a listing, with the same warning the
// byline gives, never Hugo's href="#ZgotmplZ".
func TestUnsafeAuthorLinkInListing(t *testing.T) {
	b := build(t,
		post("eve", "date: 2021-01-01", "series: [ds]", `author: {name: Eve, link: " JaVaScRiPt:alert(1)"}`),
		post("joe", "date: 2021-02-01", "series: [ds]", `author: {name: Joe, link: "https://joe.example/"}`),
		topic("", `{{< series-listing >}}`))
	assertListings(t, b, "public/series/ds/index.html", "- Eve by Eve | - Joe by Joe")
	b.AssertFileContent("public/series/ds/index.html", "! ZgotmplZ", "! alert(1)", `by <a href="https://joe.example/">Joe</a>`)
	b.AssertLogContains(`WARN  serieskit: front matter: posts/eve.md: "author": link " JaVaScRiPt:alert(1)" of "Eve" is not an http, https, mailto or relative URL; the name is shown unlinked (/content/posts/eve.md)`,
		"ignoreLogs = ['serieskit-link']")
}

// The parameters of a call are checked once for every call written the same
// way; a mistake is still reported at each call, with its own file:line.
func TestSameMistakeReportedAtEachCall(t *testing.T) {
	b, err := harness.BuildE(t, site+members+
		"-- content/series/ds/_index.md --\n---\ntitle: DS\n---\n{{< series-listing tga=\"sdn\" >}}\n\n{{< series-listing tga=\"sdn\" >}}\n"+
		"-- content/series/other/_index.md --\n---\ntitle: Other\n---\n{{< series-untagged titel=\"x\" >}}\n\n{{< series-untagged titel=\"x\" >}}\n")
	if err == nil {
		t.Fatal("the build succeeded; want errors")
	}
	known := "tag, notag, series, site_tag, bytitle, reverse, weight, year, title, showtag, showweight, links, soon, group, limit"
	b.AssertLogContains(
		`ERROR serieskit: series-listing: unknown parameter "tga" (known: `+known+`) (/content/series/ds/_index.md:4:1)`,
		`ERROR serieskit: series-listing: unknown parameter "tga" (known: `+known+`) (/content/series/ds/_index.md:6:1)`,
		`ERROR serieskit: series-untagged: unknown parameter "titel"`, "/content/series/other/_index.md:4:1)",
		"/content/series/other/_index.md:6:1)",
	)
}
