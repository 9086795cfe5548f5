package i18n

import (
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// labels is a home layout printing one labelled line per t.html call: a
// plain string (also through partialCached keyed by id and language, the
// cheaper way to call it without data), one with a placeholder (its value needing escaping), and a
// counted one (the test's serieskit_test_posts, see withCounted) for 1 and 3.
const labels = `-- layouts/home.html --
{{- $t := "serieskit/funcs/t.html" -}}
by: {{ partial $t (dict "id" "serieskit_by") }}
more: {{ partial $t (dict "id" "serieskit_more") }}
cached: {{ partialCached $t (dict "id" "serieskit_coming_soon") "serieskit_coming_soon" site.Language.Lang }}
box: {{ partial $t (dict "id" "serieskit_box_title" "data" (dict "Series" "BGP & <OSPF>")) }}
posts1: {{ partial $t (dict "id" "serieskit_test_posts" "count" 1 "data" (dict "Series" "BGP")) }}
posts3: {{ partial $t (dict "id" "serieskit_test_posts" "count" 3 "data" (dict "Series" "BGP")) }}
`

// withCounted returns the module's files with a counted message
// serieskit_test_posts added to its en.toml and de.toml, as a string that
// shows a number would be written (no shipped string shows one yet).
func withCounted() string {
	files := harness.ModuleFiles()
	for _, add := range []struct{ file, text string }{
		{"en", "[serieskit_test_posts]\none = \"{{ .Count }} post in {{ .Series }}\"\nother = \"{{ .Count }} posts in {{ .Series }}\"\n"},
		{"de", "[serieskit_test_posts]\none = \"{{ .Count }} Beitrag zu {{ .Series }}\"\nother = \"{{ .Count }} Beiträge zu {{ .Series }}\"\n"},
	} {
		header := "-- themes/" + harness.Core + "/i18n/" + add.file + ".toml --\n"
		if !strings.Contains(files, header) {
			panic("no " + header)
		}
		files = strings.Replace(files, header, header+add.text, 1)
	}
	return files
}

// config is a one-language site in lang, with the home page only.
func config(lang string) string {
	return `-- hugo.toml --
baseURL = "https://example.org/"
theme = "` + harness.Core + `"
defaultContentLanguage = "` + lang + `"
disableKinds = ["rss", "sitemap", "404", "taxonomy", "term", "page", "section"]
`
}

func build(t *testing.T, files string) *hugolib.IntegrationTestBuilder {
	t.Helper()
	return hugolib.Test(t, files+"\n"+withCounted(), hugolib.TestOptWarn())
}

// A site in a language serieskit has no file for (Swedish) gets the English
// text, placeholders filled and escaped, plural form by count; Hugo's own T
// gives nothing there.
func TestFallbackToEnglish(t *testing.T) {
	b := build(t, config("sv")+labels)
	b.AssertFileContent("public/index.html",
		"by: by\n",
		"more: More...\n",
		"cached: Coming soon\n",
		"box: Blog posts in BGP &amp; &lt;OSPF&gt;\n",
		"posts1: 1 post in BGP\n",
		"posts3: 3 posts in BGP\n")
	if strings.Contains(b.LogString(), "WARN") {
		t.Errorf("the build warned:\n%s", b.LogString())
	}
}

// A German site gets serieskit's German strings through Hugo's T, with the
// count passed on for the plural form.
func TestGermanSite(t *testing.T) {
	b := build(t, config("de")+labels)
	b.AssertFileContent("public/index.html",
		"by: von\n",
		"more: Mehr …\n",
		"cached: Demnächst\n",
		"box: Beiträge zu BGP &amp; &lt;OSPF&gt;\n",
		"posts1: 1 Beitrag zu BGP\n",
		"posts3: 3 Beiträge zu BGP\n")
}

// A site's own translation for its language wins over the English text.
func TestSiteTranslationWins(t *testing.T) {
	b := build(t, config("sv")+labels+"-- i18n/sv.toml --\n[serieskit_by]\nother = \"av\"\n")
	b.AssertFileContent("public/index.html", "by: av\n", "more: More...\n")
}

// Two languages in one build, the default one (Swedish) without a file:
// each home page in its own language, neither label empty.
func TestTwoLanguages(t *testing.T) {
	b := build(t, `-- hugo.toml --
baseURL = "https://example.org/"
theme = "`+harness.Core+`"
defaultContentLanguage = "sv"
disableKinds = ["rss", "sitemap", "404", "taxonomy", "term", "page", "section"]
[languages.sv]
weight = 1
[languages.de]
weight = 2
`+labels)
	b.AssertFileContent("public/index.html", "by: by\n", "box: Blog posts in BGP &amp; &lt;OSPF&gt;\n", "posts3: 3 posts in BGP\n")
	b.AssertFileContent("public/de/index.html", "by: von\n", "box: Beiträge zu BGP &amp; &lt;OSPF&gt;\n", "posts1: 1 Beitrag zu BGP\n")
}

// An id that en.toml lacks fails the build with a serieskit message rather
// than rendering an empty label.
func TestUnknownID(t *testing.T) {
	b, err := hugolib.TestE(t, config("sv")+`-- layouts/home.html --
[{{ partial "serieskit/funcs/t.html" (dict "id" "serieskit_nope") }}]
`+"\n"+harness.ModuleFiles())
	if err == nil {
		t.Fatal("the build succeeded; want it to fail")
	}
	b.AssertLogContains(`ERROR serieskit: t: no English text for id "serieskit_nope" (i18n/en.toml)`)
}
