package theme

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// buildExample builds the example site's content with serieskit's page
// shell, as exampleSite/hugo.toml does.
func buildExample(t *testing.T) *hugolib.IntegrationTestBuilder {
	t.Helper()
	content, _ := exampleContent(t, false)
	return harness.Build(t, `
-- hugo.toml --
baseURL = "https://example.org/"
title = "Packets and Pagers"
theme = "`+harness.Shell+`"
[taxonomies]
series = "series"
tag = "tags"
`+content, hugolib.TestOptWarn())
}

// Every published part of the example's route reflector series shows "Part
// N of 3" and its previous / next links, and its series in the byline.
func TestExampleSeriesNavigation(t *testing.T) {
	b := buildExample(t)
	titles := []string{"Part 1: Why iBGP Needs Help", "Part 2: Clusters and Loop Prevention", "Part 3: Placement and Redundancy"}
	for i := 1; i <= 3; i++ {
		file := fmt.Sprintf("public/posts/route-reflectors-part-%d/index.html", i)
		want := []string{fmt.Sprintf(`<p class="series-nav-part">Part %d of 3</p>`, i),
			`<p class="series-part-of">Part of: <a href="https://example.org/series/route-reflectors/">BGP Route Reflectors</a></p>`}
		if i > 1 {
			want = append(want, fmt.Sprintf(`<a rel="prev" href="https://example.org/posts/route-reflectors-part-%d/"><span class="series-nav-label">← Previous</span> %s</a>`, i-1, titles[i-2]))
		}
		if i < 3 {
			want = append(want, fmt.Sprintf(`<a rel="next" href="https://example.org/posts/route-reflectors-part-%d/"><span class="series-nav-label">Next →</span> %s</a>`, i+1, titles[i]))
		}
		b.AssertFileContent(file, want...)
	}
	b.AssertFileContent("public/posts/route-reflectors-part-1/index.html", `! rel="prev"`)
	b.AssertFileContent("public/posts/route-reflectors-part-3/index.html", `! rel="next"`, "Part 4, on optimal route reflection, is coming in January 2031.")
	// the topic feed of Network Time, and no other
	b.AssertFileContent("public/series/network-time/feed.xml", "<title>PTP in the Data Center</title>")
	b.AssertFileExists("public/series/route-reflectors/feed.xml", false)
	// Hugo's own feed of the same page is Hugo's
	b.AssertFileContent("public/series/network-time/index.xml", "<description>Recent content in Network Time", "! The posts listed on")
}

var (
	jsonBlockRE = regexp.MustCompile("(?s)```json\n(.*?)```")
	scriptRE    = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)
)

// The JSON-LD the example's reference page documents is what the pages it
// names render (the "url" of each block says which).
func TestExampleReferenceJSONLD(t *testing.T) {
	b := buildExample(t)
	src, err := os.ReadFile(filepath.Join(harness.ModuleRoot, "exampleSite", "content", "reference", "series-navigation.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := jsonBlockRE.FindAllStringSubmatch(string(src), -1)
	if len(blocks) != 2 {
		t.Fatalf("the reference page has %d JSON blocks, want 2", len(blocks))
	}
	for _, m := range blocks {
		var doc map[string]any
		if err := json.Unmarshal([]byte(m[1]), &doc); err != nil {
			t.Fatalf("documented JSON-LD does not parse: %v\n%s", err, m[1])
		}
		url, _ := doc["url"].(string)
		file := "public/" + strings.TrimPrefix(url, "https://example.org/") + "index.html"
		var rendered []string
		for _, s := range scriptRE.FindAllStringSubmatch(b.FileContent(file), -1) {
			var v any
			if err := json.Unmarshal([]byte(s[1]), &v); err != nil {
				t.Fatalf("%s: rendered JSON-LD does not parse: %v", file, err)
			}
			rendered = append(rendered, asJSON(v))
		}
		if want := asJSON(doc); len(rendered) != 1 || rendered[0] != want {
			t.Errorf("%s: the reference page documents\n  %s\nthe page renders\n  %s", file, want, strings.Join(rendered, "\n  "))
		}
	}
}

func asJSON(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(data)
}
