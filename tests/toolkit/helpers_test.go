package toolkit

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// site is the configuration and minimal layouts every test site starts from:
// every kind renders just its content, and a post its series box after it.
var site = harness.Site(`{{ partial "serieskit/series-box.html" . }}`)

// withParams returns site with lines added to [params.serieskit].
func withParams(lines string) string { return harness.WithParams(site, lines) }

// post returns the txtar entry of content/posts/<name>.md (see harness.Post).
var post = harness.Post

// topic returns the txtar entry of the series term page ds (title
// "Distributed Systems") with the given body; its first body line is line 4.
func topic(body string) string {
	return "-- content/series/ds/_index.md --\n---\ntitle: Distributed Systems\n---\n" + body + "\n"
}

func build(t *testing.T, files ...string) *hugolib.IntegrationTestBuilder {
	t.Helper()
	return harness.Build(t, site+strings.Join(files, ""), hugolib.TestOptWarn())
}

func buildWith(t *testing.T, config string, files ...string) *hugolib.IntegrationTestBuilder {
	t.Helper()
	return harness.Build(t, config+strings.Join(files, ""), hugolib.TestOptWarn())
}

// buildE builds a site that must fail and returns the builder for its log.
func buildE(t *testing.T, config string, files ...string) *hugolib.IntegrationTestBuilder {
	t.Helper()
	b, err := harness.BuildE(t, config+strings.Join(files, ""), hugolib.TestOptWarn())
	if err == nil {
		t.Fatal("the build succeeded; want it to fail")
	}
	return b
}

var (
	tagsRE   = regexp.MustCompile(`<[^>]*>`)
	spacesRE = regexp.MustCompile(`\s+`)
	hrefRE   = regexp.MustCompile(`href="([^"]*)"`)
)

// blocks returns every element of a built file that starts a line with
// <tag class="class" ...> and ends with a line "</tag>".
func blocks(b *hugolib.IntegrationTestBuilder, file, tag, class string) []string {
	re := regexp.MustCompile(`(?s)\n<` + tag + ` class="` + regexp.QuoteMeta(class) + `"(?: [^>]*)?>(.*?)\n</` + tag + `>`)
	var out []string
	for _, m := range re.FindAllStringSubmatch("\n"+b.FileContent(file), -1) {
		out = append(out, m[1])
	}
	return out
}

// outline turns HTML into short labelled lines joined with " | ": the name
// of each element that starts a line, or follows a <summary> that does (h2,
// h3, dt, dd, li, p), and its text, tags stripped, entities decoded and
// spaces collapsed; li is "-".
func outline(s string) string {
	var lines []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimPrefix(strings.TrimSpace(line), "<summary>") // the box's heading
		for _, el := range []string{"h2", "h3", "dt", "dd", "li", "p"} {
			if strings.HasPrefix(line, "<"+el+">") || strings.HasPrefix(line, "<"+el+" ") {
				text := strings.TrimSpace(spacesRE.ReplaceAllString(html.UnescapeString(tagsRE.ReplaceAllString(line, "")), " "))
				if el == "li" {
					el = "-"
				}
				lines = append(lines, el+" "+text)
				break
			}
		}
	}
	return strings.Join(lines, " | ")
}

// assertBlocks checks the outline of every element of a file with the class.
func assertBlocks(t *testing.T, b *hugolib.IntegrationTestBuilder, file, tag, class string, want ...string) {
	t.Helper()
	var got []string
	for _, s := range blocks(b, file, tag, class) {
		got = append(got, outline(s))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s %s.%s:\ngot:\n  %s\nwant:\n  %s", file, tag, class, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// assertNoLog checks that the build's log does not contain s.
var assertNoLog = harness.AssertNoLog
