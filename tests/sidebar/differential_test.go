package sidebar

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/serieskit/serieskit/pkg/sidebar"
	"github.com/serieskit/serieskit/tests/harness"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// TestDifferential builds generated sites with the module's templates and
// requires the featured widget, the resources page and every sidebar-box
// call to show what pkg/sidebar computes.
func TestDifferential(t *testing.T) {
	for _, seed := range harness.Seeds(t) {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			t.Parallel()
			s := newSite(seed)
			diffs, err := check(t, s)
			if err != nil {
				t.Fatalf("seed %d: %v\nsite:\n%s", seed, err, s.txtar())
			}
			if len(diffs) == 0 {
				return
			}
			small := shrink(t, s)
			smallDiffs, _ := check(t, small)
			var b strings.Builder
			fmt.Fprintf(&b, "seed %d: %d output(s) differ between the templates (got) and pkg/sidebar (want).\n", seed, len(diffs))
			fmt.Fprintf(&b, "Reproduce: SERIESKIT_DIFF_SEED=%d go test ./sidebar/ -run TestDifferential\n", seed)
			fmt.Fprintf(&b, "Shrunk to %d page(s):\n", len(small.Pages))
			for _, d := range smallDiffs {
				b.WriteString(d.String())
			}
			fmt.Fprintf(&b, "Minimal site (harness.Build files):\n%s", small.txtar())
			t.Error(b.String())
		})
	}
}

// A diff is one output whose lines differ from the model's.
type diff struct {
	what      string
	want, got []string
}

func (d diff) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:\n", d.what)
	b.WriteString(harness.LineDiff(d.want, d.got))
	return b.String()
}

// check builds the site and compares its outputs with the model. An error
// means the site could not be checked.
func check(t testing.TB, s *site) ([]diff, error) {
	b, err := harness.BuildE(t, s.txtar())
	if err != nil {
		return nil, fmt.Errorf("build: %v", err)
	}
	cmp := sidebar.Compare(collate.New(language.English).CompareString)
	groups := sidebar.Featured(s.sidebarPages(), s.sidebarLookup(), cmp)
	var diffs []diff
	compare := func(what string, want, got []string) {
		if !slices.Equal(want, got) {
			diffs = append(diffs, diff{what: what, want: want, got: got})
		}
	}
	wantWidget := widgetLines(groups, s.moreLink())
	for _, out := range []string{"public/index.html", "public/boxes/index.html"} {
		compare("featured widget in "+out, wantWidget, parseWidget(b.FileContent(out)))
	}
	// on a featured page, the widget shows that page's group open
	for _, p := range s.sidebarPages() {
		if box, ok := p.Featured(); ok {
			out := "public" + p.Link + "index.html"
			compare("featured widget in "+out, withOpen(wantWidget, box), parseWidget(b.FileContent(out)))
			break
		}
	}
	if s.TopPage != nil {
		compare("resources page", resourcesLines(groups), parseResources(b.FileContent("public/resources/index.html")))
	}
	calls := parseCalls(b.FileContent("public/boxes/index.html"), len(s.Calls))
	for i, key := range s.Calls {
		var want []string
		if g, ok := groups.Find(key); ok {
			want = pageLines(g.Pages)
		}
		compare(fmt.Sprintf("sidebar-box call %d key=%q", i, key), want, calls[i])
	}
	return diffs, nil
}

// moreLink is where the model's "More..." link points.
func (s *site) moreLink() string {
	if s.Resources != "" {
		for _, p := range s.Pages {
			if p.Path == s.Resources && !p.Draft {
				return p.Link
			}
		}
	}
	if s.TopPage != nil {
		return s.TopPage.Link
	}
	return "/series/"
}

func pageLines(ps sidebar.Pages) []string {
	var out []string
	for _, p := range ps {
		out = append(out, "P "+p.Link+" "+p.DisplayTitle())
	}
	return out
}

func widgetLines(gs sidebar.Groups, more string) []string {
	if len(gs) == 0 {
		return nil
	}
	var out []string
	for _, g := range gs {
		out = append(out, fmt.Sprintf("G [%s] %s", g.Key, g.Label))
		out = append(out, pageLines(g.Pages)...)
	}
	return append(out, "M "+more)
}

// withOpen marks the group of box key as open in widget lines.
func withOpen(lines []string, key string) []string {
	out := slices.Clone(lines)
	for i, l := range out {
		if strings.HasPrefix(l, "G ["+key+"] ") {
			out[i] += " (open)"
		}
	}
	return out
}

func resourcesLines(gs sidebar.Groups) []string {
	var out []string
	for _, g := range gs {
		id := g.Key
		if id == "" {
			id = "other-resources"
		}
		out = append(out, fmt.Sprintf("H [%s] %s", id, g.Label))
		out = append(out, pageLines(g.Pages)...)
	}
	return out
}

var (
	widgetRE    = regexp.MustCompile(`(?s)<nav class="series-featured"[^>]*>.*?</nav>`)
	resourcesRE = regexp.MustCompile(`(?s)<div class="series-resources">.*?</div>`)
	itemRE      = regexp.MustCompile(`<details(?: data-box="([^"]*)")?( open)?>\s*<summary>(.*?)</summary>` +
		`|<li><a href="([^"]*)">(.*?)</a></li>` +
		`|<p class="series-featured-more"><a href="([^"]*)">` +
		`|<h3 id="([^"]*)">(.*?)</h3>`)
	boxRE = regexp.MustCompile(`(?s)<ul class="series-box">.*?</ul>`)
)

// items turns the groups, links and headings of an HTML fragment into lines
// like the model's; an open group's line ends in " (open)".
func items(fragment string) []string {
	var out []string
	u := html.UnescapeString
	for _, m := range itemRE.FindAllStringSubmatch(fragment, -1) {
		switch {
		case strings.HasPrefix(m[0], "<details"):
			out = append(out, fmt.Sprintf("G [%s] %s%s", u(m[1]), u(m[3]), strings.Replace(m[2], " open", " (open)", 1)))
		case strings.HasPrefix(m[0], "<li"):
			out = append(out, "P "+u(m[4])+" "+u(m[5]))
		case strings.HasPrefix(m[0], "<p"):
			out = append(out, "M "+u(m[6]))
		default:
			out = append(out, fmt.Sprintf("H [%s] %s", u(m[7]), u(m[8])))
		}
	}
	return out
}

func parseWidget(page string) []string { return items(widgetRE.FindString(page)) }

func parseResources(page string) []string { return items(resourcesRE.FindString(page)) }

// parseCalls returns the list items of each sidebar-box call on the boxes
// page, found between the BOX-i marker paragraphs.
func parseCalls(page string, n int) [][]string {
	out := make([][]string, n)
	for i := range n {
		start := strings.Index(page, fmt.Sprintf("<p>BOX-%d</p>", i))
		next := fmt.Sprintf("<p>BOX-%d</p>", i+1)
		if i == n-1 {
			next = "<p>BOX-END</p>"
		}
		end := strings.Index(page, next)
		if start < 0 || end < start {
			out[i] = []string{"(markers not found)"}
			continue
		}
		for _, ul := range boxRE.FindAllString(page[start:end], -1) {
			out[i] = append(out[i], items(ul)...)
		}
	}
	return out
}

// shrink returns a smaller site that still differs: it drops pages, calls,
// the lookup file, its labels and display entries and the resources_page
// setting one at a time, keeping each removal
// after which the site still differs, until no single removal does.
func shrink(t testing.TB, s *site) *site {
	fails := func(c *site) bool {
		diffs, err := check(t, c)
		return err == nil && len(diffs) > 0
	}
	cur := s
	for changed := true; changed; {
		changed = false
		for _, cand := range candidates(cur) {
			if fails(cand) {
				cur, changed = cand, true
				break
			}
		}
	}
	return cur
}

// candidates lists the sites with one thing less than s.
func candidates(s *site) []*site {
	var out []*site
	for i, p := range s.Pages {
		c := s.clone()
		c.Pages = slices.Delete(c.Pages, i, i+1)
		if p == s.TopPage {
			c.TopPage = nil
		}
		out = append(out, c)
	}
	for i := range s.Calls {
		c := s.clone()
		c.Calls = slices.Delete(c.Calls, i, i+1)
		out = append(out, c)
	}
	if s.Lookup != nil {
		c := s.clone()
		c.Lookup, c.LookupName = nil, ""
		out = append(out, c)
		for i := range s.Lookup.Labels {
			c := s.clone()
			c.Lookup.Labels = slices.Delete(c.Lookup.Labels, i, i+1)
			out = append(out, c)
		}
		for i := range s.Lookup.Display {
			c := s.clone()
			c.Lookup.Display = slices.Delete(c.Lookup.Display, i, i+1)
			out = append(out, c)
		}
	}
	if s.Resources != "" {
		c := s.clone()
		c.Resources = ""
		out = append(out, c)
	}
	// a call must name a known key: drop candidates where it no longer does
	var ok []*site
	for _, c := range out {
		if known := c.knownKeys(); !slices.ContainsFunc(c.Calls, func(k string) bool { return !slices.Contains(known, k) }) {
			ok = append(ok, c)
		}
	}
	return ok
}

// clone copies the site deeply enough for candidates to cut it.
func (s *site) clone() *site {
	c := *s
	c.Pages = slices.Clone(s.Pages)
	c.Calls = slices.Clone(s.Calls)
	if s.Lookup != nil {
		l := *s.Lookup
		l.Labels = slices.Clone(s.Lookup.Labels)
		if s.Lookup.Display != nil {
			l.Display = slices.Clone(s.Lookup.Display)
		}
		c.Lookup = &l
	}
	return &c
}
