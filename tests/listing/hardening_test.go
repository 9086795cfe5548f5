package listing

import (
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

var assertNoLog = harness.AssertNoLog

// links= and soon= naming a front-matter key the page does not have (or has
// with every item commented out) show nothing and say nothing: authors keep
// the call while nothing is pending. The other listings still render.
func TestLinksAndSoonWithoutTheirList(t *testing.T) {
	for name, fm := range map[string]string{
		"absent":      "",
		"commented":   "extra:\n#  - {title: Later, link: \"https://later.example/\"}\nplanned:\n#  - {title: Soon, page: /posts/soon}\n",
		"empty lists": "extra: []\nplanned: []\n",
	} {
		t.Run(name, func(t *testing.T) {
			b := build(t, members, topic(fm, `{{< series-listing tag="device" links="extra" soon="planned" >}}`))
			assertListings(t, b, "public/series/ds/index.html", "- Charlie in DS")
			assertNoLog(t, b, "serieskit: series-listing")
		})
	}
}

// A links/soon value that is not a list of {title, ...} items is a warning
// that says so; that part shows nothing and the rest of the listing renders.
// An item without a title is left out with a warning naming it.
func TestLinksAndSoonOfTheWrongShape(t *testing.T) {
	b := build(t, members, topic("extra: hello\nplanned: [{title: A, page: /a}, {page: /b}, just a word]\n",
		`{{< series-listing tag="device" links="extra" soon="planned" >}}`))
	assertListings(t, b, "public/series/ds/index.html", "- Charlie in DS | p Coming soon | - A")
	b.AssertLogContains(
		`WARN  serieskit: series-listing: parameter "links": front matter "extra" is not a list of {title, ...} items (it is hello), so it shows nothing (/content/series/ds/_index.md:6:1)`,
		`WARN  serieskit: series-listing: parameter "soon": item 2 of front matter "planned" has no title, so it is left out (/content/series/ds/_index.md:6:1)`,
		`WARN  serieskit: series-listing: parameter "soon": item 3 of front matter "planned" has no title, so it is left out`,
		"ignoreLogs = ['serieskit-frontmatter']")
}

// A links entry whose link does not parse as a URL, or hides a scheme behind
// spaces, is shown as text with a warning instead of stopping the build.
func TestUnparsableLinksAreText(t *testing.T) {
	b := build(t, members, topic(`extra:
  - {title: "Half price", link: "https://x/50%off"}
  - {title: "Broken host", link: "http://[::1"}
  - {title: "Sneaky", link: " javascript:alert(1)"}
  - {title: "Spaced", link: "  https://ok.example/  "}
`, `{{< series-listing tag="device" links="extra" >}}`))
	assertListings(t, b, "public/series/ds/index.html", "- Charlie in DS | - Half price | - Broken host | - Sneaky | - Spaced")
	b.AssertFileContent("public/series/ds/index.html",
		`<li class="series-listing-extra">Half price</li>`,
		`<li class="series-listing-extra">Broken host</li>`,
		`<li class="series-listing-extra">Sneaky</li>`,
		`<li class="series-listing-extra"><a href="https://ok.example/">Spaced</a></li>`,
		"! javascript:", "! #ZgotmplZ")
	for _, link := range []string{`"https://x/50%off" of "Half price"`, `"http://[::1" of "Broken host"`, `" javascript:alert(1)" of "Sneaky"`} {
		b.AssertLogContains(`WARN  serieskit: series-listing: parameter "links": link ` + link + ` is not an http, https, mailto or relative URL; it is shown as text`)
	}
	b.AssertLogContains("ignoreLogs = ['serieskit-link']")
}

// limit takes a positive integer in any spelling Hugo's int takes, leading
// zeros read as decimal; a number too large for an integer means no limit.
func TestLimitSpellings(t *testing.T) {
	b := build(t, members, topic("", `{{< series-listing tag="sdn" limit="02" >}}
{{< series-listing tag="sdn" limit=2.0 >}}
{{< series-listing tag="sdn" limit="+1" >}}
{{< series-listing tag="sdn" limit="0x2" >}}
{{< series-listing tag="sdn" limit="010" >}}
{{< series-listing tag="sdn" limit="99999999999999999999" >}}`))
	// sdn in reversed default order: Alpha (series_weight 10), Echo (3), Bravo
	assertListings(t, b, "public/series/ds/index.html",
		"- Alpha | - Echo by Guest & Co",
		"- Alpha | - Echo by Guest & Co",
		"- Alpha",
		"- Alpha | - Echo by Guest & Co",
		"- Alpha | - Echo by Guest & Co | - Bravo",
		"- Alpha | - Echo by Guest & Co | - Bravo",
	)
}

// Boolean settings read the false words, as strings too: strict = "false"
// (and HUGO_PARAMS_SERIESKIT_STRICT=false, which always arrives as a string)
// keeps warnings warnings; orphan_check = "no" silences the orphan check.
func TestBooleanSettingsAsStrings(t *testing.T) {
	page := members + topic("", `{{< series-listing tag="sdm" >}}`)
	b := harness.Build(t, harness.WithParams(site, `strict = "false"`)+page, hugolib.TestOptWarn())
	b.AssertLogContains(`WARN  serieskit: series-listing: parameter "tag": no post of series "ds" has ds_tag "sdm"`)

	env := hugolib.TestOptWithConfig(func(c *hugolib.IntegrationTestConfig) {
		c.Environ = []string{"HUGO_PARAMS_SERIESKIT_STRICT=false"}
	})
	b = harness.Build(t, harness.WithParams(site, "strict = true")+page, hugolib.TestOptWarn(), env)
	b.AssertLogContains(`WARN  serieskit: series-listing: parameter "tag"`)

	b = harness.Build(t, harness.WithParams(site, `orphan_check = "no"`)+page, hugolib.TestOptWarn())
	assertNoLog(t, b, "orphan check")
	b, err := harness.BuildE(t, harness.WithParams(site, `strict = "yes"`)+page, hugolib.TestOptWarn())
	if err == nil {
		t.Fatal(`strict = "yes": the build succeeded; want the warning to fail it`)
	}
	b.AssertLogContains(`ERROR serieskit: series-listing: parameter "tag"`)
}

// Every warning carries a stable ID that Hugo's ignoreLogs silences.
func TestIgnoreLogsSilencesOneKind(t *testing.T) {
	page := members + topic("extra: [{title: X, link: \"javascript:x\"}]\n", `{{< series-listing tag="sdm" links="extra" >}}`)
	b := build(t, page)
	b.AssertLogContains("ignoreLogs = ['serieskit-tag']", "ignoreLogs = ['serieskit-link']")
	quiet := strings.Replace(site, "[taxonomies]", "ignoreLogs = ['serieskit-tag']\n[taxonomies]", 1)
	b = harness.Build(t, quiet+page, hugolib.TestOptWarn())
	assertNoLog(t, b, "serieskit-tag")
	b.AssertLogContains("ignoreLogs = ['serieskit-link']")
}

// A serieskit shortcode written with {{% %}}, or nested in a call written so,
// is a warning naming the call: Hugo would render its HTML as Markdown.
func TestMarkdownNotationWarns(t *testing.T) {
	files := members + topic("", "Intro.\n\n{{% series-listing tag=\"device\" %}}\n\n{{< series-listing tag=\"sdn\" >}}\n") +
		"-- layouts/_shortcodes/box.html --\n<div class=\"box\">{{ .Inner }}</div>\n" +
		"-- content/notes/_index.md --\n---\ntitle: Notes\n---\n{{% box %}}\n{{< series-listing series=\"ds\" tag=\"device\" >}}\n{{% /box %}}\n"
	b := build(t, files)
	b.AssertLogContains(
		`WARN  serieskit: series-listing: called with {{% %}} (or inside a call written so), so Hugo renders its HTML as Markdown and, with the default settings, drops it as raw HTML; write {{< series-listing ... >}} instead (/content/series/ds/_index.md:6:1)`,
		`(/content/notes/_index.md:4:1)`)
	if n := strings.Count(b.LogString(), "called with {{% %}}"); n != 2 {
		t.Errorf("want 2 notation warnings (the {{%% %%}} call and the nested one), got %d:\n%s", n, b.LogString())
	}
}

// The {{% %}} warning follows the nesting wherever the {{% %}} call is: a
// call nested in a {{< >}} call nested in a {{% %}} call is warned about;
// a call beside a {{% %}} call (not in it), after an escaped one or after a
// {{% %}} call that takes no inner text, is not.
func TestMarkdownNotationNestedDeeper(t *testing.T) {
	wrap := "-- layouts/_shortcodes/wrap.html --\n<div>{{ .Inner }}</div>\n-- layouts/_shortcodes/leaf.html --\n<hr>\n"
	for name, tc := range map[string]struct {
		body string
		warn bool
	}{
		"in {{< >}} in {{% %}} in {{< >}}":               {"{{< wrap >}}\n{{% wrap %}}\n{{< wrap >}}\n{{< series-listing tag=\"sdn\" >}}\n{{< /wrap >}}\n{{% /wrap %}}\n{{< /wrap >}}", true},
		"after a {{% %}} block, inside the same {{< >}}": {"{{< wrap >}}\n{{% wrap %}}x{{% /wrap %}}\n{{< series-listing tag=\"sdn\" >}}\n{{< /wrap >}}", false},
		"after a {{% %}} leaf":                           {"{{% leaf %}}\n{{< wrap >}}{{< series-listing tag=\"sdn\" >}}{{< /wrap >}}", false},
		"after an escaped {{% %}} call":                  {"{{%/* wrap */%}}\n{{< wrap >}}{{< series-listing tag=\"sdn\" >}}{{< /wrap >}}", false},
	} {
		t.Run(name, func(t *testing.T) {
			b := build(t, members, wrap, topic("", tc.body+"\n{{< series-listing notag=\"yes\" >}}{{< series-listing tag=\"device\" >}}"))
			if tc.warn {
				b.AssertLogContains(`WARN  serieskit: series-listing: called with {{% %}} (or inside a call written so)`, "(/content/series/ds/_index.md:4:1)")
			} else {
				assertNoLog(t, b, "{{% %}}")
			}
			if n := strings.Count(b.LogString(), "called with {{% %}}"); tc.warn && n != 1 {
				t.Errorf("want 1 notation warning, got %d:\n%s", n, b.LogString())
			}
		})
	}
}

// A links= or soon= item whose title is not a string (a map, a list, a
// number) or is blank is left out with a warning naming the item, never
// shown as Go's printing of the value or as an empty link.
func TestLinksAndSoonTitlesOfTheWrongType(t *testing.T) {
	b := build(t, members, topic(`extra:
  - {title: {name: x}, link: "https://a.example/"}
  - {title: "  ", link: "https://b.example/"}
  - {title: [null], link: "https://c.example/"}
  - {title: Kept, link: "https://d.example/"}
planned:
  - {title: 2021, page: /nowhere}
  - {title: Later, page: /nowhere}
`, `{{< series-listing tag="device" links="extra" soon="planned" >}}`))
	assertListings(t, b, "public/series/ds/index.html", "- Charlie in DS | - Kept | p Coming soon | - Later")
	b.AssertFileContent("public/series/ds/index.html", "! map[", "! &lt;nil&gt;", "! a.example", "! b.example", "! c.example")
	b.AssertLogContains(
		`WARN  serieskit: series-listing: parameter "links": item 1 of front matter "extra": title map[name:x] is not a string, so it is left out (/content/series/ds/_index.md:12:1)`,
		`WARN  serieskit: series-listing: parameter "links": item 2 of front matter "extra" has no title, so it is left out`,
		`WARN  serieskit: series-listing: parameter "links": item 3 of front matter "extra": title [<nil>] is not a string, so it is left out`,
		`WARN  serieskit: series-listing: parameter "soon": item 1 of front matter "planned": title 2021 is not a string, so it is left out`)
}
