package theme

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

var headingRE = regexp.MustCompile(`<h([1-6])[\s>]`)

// outlineProblems returns what is wrong with a page's heading outline for a
// screen reader's user: not exactly one <h1>, a heading before it, or a
// heading more than one level below the one before it (h1 then h3).
func outlineProblems(page string) []string {
	var problems []string
	prev, ones := 0, 0
	for _, m := range headingRE.FindAllStringSubmatch(page, -1) {
		level := int(m[1][0] - '0')
		if level == 1 {
			ones++
		}
		if prev == 0 && level != 1 {
			problems = append(problems, fmt.Sprintf("h%d before the h1", level))
		}
		if prev > 0 && level > prev+1 {
			problems = append(problems, fmt.Sprintf("h%d right after h%d", level, prev))
		}
		prev = level
	}
	if ones != 1 {
		problems = append(problems, fmt.Sprintf("%d h1 headings", ones))
	}
	return problems
}

// The outline check catches what it is for.
func TestOutlineProblems(t *testing.T) {
	tests := []struct{ page, want string }{
		{"<h1>a</h1><h2>b</h2><h3 id=x>c</h3><h2>d</h2>", ""},
		{"<h1>a</h1><h3>c</h3>", "h3 right after h1"},
		{"<h2>b</h2><h1>a</h1>", "h2 before the h1"},
		{"<h2>b</h2>", "h2 before the h1; 0 h1 headings"},
		{"<h1>a</h1><h1>b</h1>", "2 h1 headings"},
		{"<header>x</header><h1>a</h1>", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(outlineProblems(tt.page), "; "); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.page, got, tt.want)
		}
	}
}

// The pages serieskit shapes have headings in order, in the page shell and
// in a theme of one's own (the foreign-theme fixture, with the featured
// widget and the series box in its hooks): the home page, a list, a post
// with the series shortcode, a post with the series box, the resources page
// and a topic page.
func TestHeadingsInOrder(t *testing.T) {
	content, _ := exampleContent(t, false)
	pages := []string{"index.html", "posts/index.html", "posts/route-reflectors-part-1/index.html",
		"posts/route-reflectors-part-2/index.html", "resources/index.html", "series/distributed-systems/index.html"}
	for _, s := range []struct{ name, files string }{
		{"shell", shellSite + content},
		{"foreign theme", site(content+hooks, foreign, harness.Core)},
	} {
		b := harness.Build(t, s.files, hugolib.TestOptWarn())
		for _, page := range pages {
			for _, p := range outlineProblems(b.FileContent("public/" + page)) {
				t.Errorf("%s: %s: %s", s.name, page, p)
			}
		}
	}
}
