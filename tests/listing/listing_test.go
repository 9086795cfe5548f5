// Package listing tests the series-listing shortcode through real Hugo builds
// with the module's layouts: every parameter, every ordering rule
// and every bad-input message.
package listing

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// site is the configuration and minimal layouts every test site starts from;
// the layouts render just the content, so only the shortcode's output shows.
var site = harness.Site("")

var (
	listingRE = regexp.MustCompile(`(?s)<div class="series-listing">(.*?)\n</div>`)
	tagRE     = regexp.MustCompile(`<[^>]*>`)
	idRE      = regexp.MustCompile(`^<h3 id="([^"]*)">`)
)

// listings returns each series-listing of a built file as short labelled
// lines: "h3#id Title" for the heading, "h4 2021" for a year group, "- text"
// for a list item, "p text" for a paragraph, with tags stripped and entities
// decoded; the lines of one listing are joined with " | ".
func listings(b *hugolib.IntegrationTestBuilder, file string) []string {
	var out []string
	for _, m := range listingRE.FindAllStringSubmatch(b.FileContent(file), -1) {
		var lines []string
		for _, line := range strings.Split(m[1], "\n") {
			line = strings.TrimSpace(line)
			text := html.UnescapeString(tagRE.ReplaceAllString(line, ""))
			switch {
			case strings.HasPrefix(line, "<h3"):
				id := ""
				if sm := idRE.FindStringSubmatch(line); sm != nil {
					id = "#" + sm[1]
				}
				lines = append(lines, "h3"+id+" "+text)
			case strings.HasPrefix(line, "<h4"):
				lines = append(lines, "h4 "+text)
			case strings.HasPrefix(line, "<li"):
				lines = append(lines, "- "+text)
			case strings.HasPrefix(line, "<p"):
				lines = append(lines, "p "+text)
			}
		}
		out = append(out, strings.Join(lines, " | "))
	}
	return out
}

// assertListings checks every listing of a file, in order.
func assertListings(t *testing.T, b *hugolib.IntegrationTestBuilder, file string, want ...string) {
	t.Helper()
	got := listings(b, file)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s listings:\ngot:\n  %s\nwant:\n  %s", file, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// post returns the txtar entry of content/posts/<name>.md with the given
// front matter lines (see harness.Post).
func post(name string, frontMatter ...string) string {
	return harness.Post(name, "", frontMatter...)
}

// topic returns the txtar entry of the series term page ds with the given
// front matter lines and body.
func topic(frontMatter, body string) string {
	return "-- content/series/ds/_index.md --\n---\ntitle: Distributed Systems\n" + frontMatter + "---\n" + body + "\n"
}

func build(t *testing.T, files ...string) *hugolib.IntegrationTestBuilder {
	t.Helper()
	return harness.Build(t, site+strings.Join(files, ""), hugolib.TestOptWarn())
}
