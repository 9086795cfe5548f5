package differential

import (
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// TestSiteLayoutsWin checks the premise of the differential test: a generated
// site's own layouts render its pages, whatever page layouts the theme has, so
// that only the listings' templates are under test. Besides the module's real
// layouts (baseof, list, custom, ...), the site gets stand-ins for theme
// layouts the module might add, each writing THEME (the harness adds the
// module's files after these, so a real layout replaces its stand-in):
//   - root layouts (baseof, list, single, page, term, ...): the site's own
//     home, page, section, taxonomy and term layouts win on every page kind;
//   - layouts for the site's paths (series/term, notes/list, ...), which would
//     win over the site's root layouts: the topic pages name the site's layout
//     "difftest" in front matter, and that wins.
func TestSiteLayoutsWin(t *testing.T) {
	s := &site{Terms: []string{"big data"}}
	s.Posts = []*post{{Section: "notes", Name: "p00", Title: "A post", Date: "2020-01-02",
		Series: []string{"big data"}, Tags: []string{"design"}}}
	s.Topics = []*topic{
		{Kind: "term", Term: "big data", Title: "Big data", File: "content/series/big-data/_index.md",
			Out: "public/series/big-data/index.html", Calls: []*harness.Call{{Name: "series-listing"}}},
		{Kind: "section", Title: "Notes", File: "content/notes/_index.md", Out: "public/notes/index.html",
			Calls: []*harness.Call{{Name: "series-listing", Params: [][2]string{{"series", "big-data"}}}}},
		{Kind: "page", Title: "design", File: "content/topics/design.md", Out: "public/topics/design/index.html",
			Calls: []*harness.Call{{Name: "series-listing", Params: [][2]string{{"series", "big-data"}, {"site_tag", "yes"}}}}},
	}
	files := s.txtar() + "-- content/_index.md --\n---\ntitle: Home\n---\nHOME\n" +
		"-- content/series/_index.md --\n---\ntitle: Series\n---\nSERIES\n"
	theme := func(layouts ...string) string {
		var b strings.Builder
		for _, l := range layouts {
			b.WriteString("-- themes/serieskit/layouts/" + l + " --\nTHEME {{ .Content }}\n")
		}
		return b.String()
	}
	topicsAlone := func(t *testing.T, files string) *hugolib.IntegrationTestBuilder {
		b := harness.Build(t, files)
		for _, tp := range s.Topics {
			got, err := pageListings(b.FileContent(tp.Out), len(tp.Calls))
			if err != nil {
				t.Fatalf("%s: %v", tp.Out, err)
			}
			if len(got[0]) != 2 || got[0][1] != `- "A post" <https://example.org/notes/p00/>` {
				t.Errorf("%s: the listing is %q, want the one post", tp.Out, got[0])
			}
		}
		return b
	}

	t.Run("root", func(t *testing.T) {
		files := files + theme("baseof.html", "list.html", "single.html", "custom.html", "top.html",
			"home.html", "page.html", "section.html", "taxonomy.html", "term.html")
		b := topicsAlone(t, files)
		for file, want := range map[string]string{
			"public/index.html":           "<p>HOME</p>",
			"public/series/index.html":    "<p>SERIES</p>",
			"public/notes/p00/index.html": "<p>Body of p00.</p>",
		} {
			if got := strings.TrimSpace(b.FileContent(file)); got != want {
				t.Errorf("%s = %q, want the content alone, %q", file, got, want)
			}
		}
	})
	t.Run("paths", func(t *testing.T) {
		topicsAlone(t, files+theme("series/term.html", "series/list.html", "series/big-data/term.html",
			"notes/section.html", "notes/list.html", "topics/page.html", "topics/single.html"))
	})
}
