package harness

import (
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
)

// BaseURL is the baseURL of the sites Site starts.
const BaseURL = "https://example.org/"

// Site returns the start of a test site's files: a hugo.toml with serieskit
// as theme (the core) and the series and tags taxonomies, and the site's own
// layouts for every page kind, each rendering the page's content alone, so
// that only what the shortcodes write shows. pageExtra, when not empty, is a
// line added to layouts/page.html after the content (e.g. the series box).
func Site(pageExtra string) string {
	page := "{{ .Content }}\n"
	if pageExtra != "" {
		page += pageExtra + "\n"
	}
	return `
-- hugo.toml --
baseURL = "` + BaseURL + `"
theme = "github.com/serieskit/serieskit"
disableKinds = ["rss", "sitemap", "404"]
[taxonomies]
series = "series"
tag = "tags"
-- layouts/home.html --
{{ .Content }}
-- layouts/page.html --
` + page + `-- layouts/section.html --
{{ .Content }}
-- layouts/taxonomy.html --
{{ .Content }}
-- layouts/term.html --
{{ .Content }}
`
}

// WithParams returns site with lines added to its [params.serieskit] table.
func WithParams(site, lines string) string {
	return strings.Replace(site, "[taxonomies]", "[params.serieskit]\n"+lines+"\n[taxonomies]", 1)
}

// Post returns the txtar entry of content/posts/<name>.md with the given
// front matter lines and body ("Body of <name>." when empty); its title is
// its capitalised name unless a line sets one.
func Post(name, body string, frontMatter ...string) string {
	fm := strings.Join(frontMatter, "\n") + "\n"
	if !strings.HasPrefix(fm, "title:") && !strings.Contains(fm, "\ntitle:") {
		fm = "title: " + strings.ToUpper(name[:1]) + name[1:] + "\n" + fm
	}
	if body == "" {
		body = "Body of " + name + "."
	}
	return "-- content/posts/" + name + ".md --\n---\n" + fm + "---\n" + body + "\n"
}

// AssertNoLog checks that the build's log does not contain s.
func AssertNoLog(t testing.TB, b *hugolib.IntegrationTestBuilder, s string) {
	t.Helper()
	if strings.Contains(b.LogString(), s) {
		t.Errorf("the log contains %q:\n%s", s, b.LogString())
	}
}
