package sitegen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// StubTemplates are the serieskit templates the stub variant overrides with
// templates that render nothing, relative to a layouts/ directory: every
// shortcode the generated content calls, and every series feature the page
// shell calls: the featured widget, the in-post series box, the series
// navigation, the "Part of" byline line, the head partial (topic feed link
// and JSON-LD) and the topic feed link. What remains is the page shell (with
// the topic page's article, serieskit/topic.html), the bench's baseline.
//
// Keep this list in step with the repository: CheckStubs (and so the stub
// variant and this package's test) fails when one of these no longer exists.
var StubTemplates = []string{
	"_shortcodes/series-listing.html",
	"_shortcodes/series-untagged.html",
	"_shortcodes/series-summary.html",
	"_shortcodes/series-tags.html",
	"_shortcodes/next-in-series.html",
	"_shortcodes/series.html",
	"_shortcodes/sidebar-box.html",
	"_partials/serieskit/featured.html",
	"_partials/serieskit/series-box.html",
	"_partials/serieskit/nav.html",
	"_partials/serieskit/part-of.html",
	"_partials/serieskit/head.html",
	"_partials/serieskit/feed-link.html",
}

// layoutDirs are where a serieskit checkout keeps templates: the core module
// at the root and, once it exists, the page shell module in theme/.
var layoutDirs = []string{"layouts", "theme/layouts"}

// CheckStubs returns an error naming every template of StubTemplates that
// the repository at repo no longer has, so that a renamed template cannot
// silently escape the stub and skew the baseline.
func CheckStubs(repo string) error {
	_, err := stubFiles(repo)
	return err
}

// stubFiles returns the content of each override of StubTemplates, in the
// same order. An override renders nothing; it mentions .Inner exactly when
// the template it replaces does, because Hugo decides from that whether a
// shortcode takes a closing tag.
func stubFiles(repo string) ([]string, error) {
	var missing []string
	out := make([]string, len(StubTemplates))
	for i, t := range StubTemplates {
		var src []byte
		for _, d := range layoutDirs {
			b, err := os.ReadFile(filepath.Join(repo, filepath.FromSlash(d), filepath.FromSlash(t)))
			if err == nil {
				src = b
				break
			}
		}
		if src == nil {
			missing = append(missing, t)
			continue
		}
		out[i] = "{{- /* serieskit bench stub: renders nothing */ -}}\n"
		if strings.Contains(string(src), ".Inner") {
			out[i] += "{{- if false }}{{ .Inner }}{{ end -}}\n"
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("stub templates not found under %s of %q: %s; update StubTemplates in bench/sitegen/stub.go",
			strings.Join(layoutDirs, " or "), repo, strings.Join(missing, ", "))
	}
	return out, nil
}
