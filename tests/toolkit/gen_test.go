package toolkit

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/serieskit/serieskit/tests/harness"
)

// The generated sites of the differential test. Everything the model needs
// is kept as the front matter was written, so the model is computed from the
// generator's values alone, never from what Hugo read.

const genBaseURL = harness.BaseURL

// gSite is one generated site.
type gSite struct {
	Seed   uint64
	Terms  []string // series terms, e.g. "HA Cluster"
	Posts  []*gPost
	Topics []*gTopic
	// Hidden is [params.serieskit] hidden_tags; nil leaves the default.
	Hidden []string
	// PartNumbers is the [params.serieskit] part_numbers line's TOML value
	// ("" when absent), PartNumbersText the value as a template prints it.
	PartNumbers, PartNumbersText string
	// ItemListLimit is [params.serieskit] itemlist_limit; -1 leaves the
	// default (series.DefaultItemListLimit).
	ItemListLimit int
}

// gPost is one regular page.
type gPost struct {
	Section      string // "posts" or "notes"
	Name         string // file name without ".md"
	Title        string
	Date         string // front-matter string; "" when undated
	Weight       int    // page weight; 0 when absent
	Series       []string
	SWeight      *int              // series_weight
	KeyTags      map[string]any    // <key>_tag: a string, or a list (wrong type)
	KeyTitles    map[string]string // <key>_title
	STitle       string            // series_title; "" when absent
	Tags         []string
	ShortSummary any // nil, a string, or a list (wrong type)
	Draft        bool
	Call         string // "", "series" or "single": the series shortcode in the body
	Next         string // "": no next-in-series; "auto": without page=; else series= this term
	NextInner    bool   // next-in-series has inner text ("Soon.")
	Nav          string // the navigation the layout shows: "first", "all", or of this term
}

// gTopic is a page with toolkit calls between marker paragraphs.
type gTopic struct {
	Kind  string // "series", "tags" (a term page) or "section"
	Term  string // the term of a term page
	File  string // content file
	Out   string // published file
	Title string
	Calls []*harness.Call // series-listing, series-untagged, series-summary, series-tags
	// PartNumbers is the part_numbers front matter of a series term page,
	// nil when absent.
	PartNumbers any
}

// seriesKey is the series key of a term: spaces to "-", lower case.
func seriesKey(term string) string { return strings.ToLower(strings.ReplaceAll(term, " ", "-")) }

var (
	termPool   = []string{"ds", "HA Cluster", "ops"}
	termTitles = map[string]string{"ds": "Distributed Systems", "HA Cluster": "High Availability", "ops": "Operations"}
	tagPool    = []string{"sdn", "device", "eBGP", "Fabric", "x"}
	titlePool  = []string{"Alpha", "alpha", "Beta", "eBGP basics", "Fabric", "Q&A <intro>", `Zebra "quoted"`, "Ünicode", "Same", "Same"}
	datePool   = []string{"2021-03-02", "2021-03-20", "2019-12-31", "2022-01-01T10:00:00Z", "2022-01-01T10:00:00+02:00",
		"2021-03-02T23:30:00-05:00", "2021-03-02T00:00:00Z"}
	formatPool = []string{"2006", "Jan 2006", "January", "2006-01-02", "2006-01"}
	wordPool   = []string{"quorum", "fabric", "witness", "timers", "lies", "state", "packets", "drills"}
)

type gen struct{ r *rand.Rand }

func (g gen) chance(p float64) bool { return g.r.Float64() < p }
func (g gen) intn(n int) int        { return g.r.IntN(n) }
func gpick[T any](g gen, xs []T) T  { return xs[g.r.IntN(len(xs))] }

// newGSite generates the site of a seed.
func newGSite(seed uint64) *gSite {
	g := gen{rand.New(rand.NewPCG(seed, seed^0x5eed))}
	s := &gSite{Seed: seed}
	for _, t := range termPool {
		if len(s.Terms) == 0 || g.chance(0.6) {
			s.Terms = append(s.Terms, t)
		}
	}
	n := 2 + g.intn(9)
	if g.chance(0.3) {
		n = 11 + g.intn(5)
	}
	for i := 1; i <= n; i++ {
		s.Posts = append(s.Posts, g.post(s, i))
	}
	for _, t := range s.Terms {
		if g.chance(0.85) {
			tp := &gTopic{Kind: "series", Term: t, File: "content/series/" + seriesKey(t) + "/_index.md",
				Out: "public/series/" + seriesKey(t) + "/index.html", Title: termTitles[t]}
			g.calls(s, tp)
			s.Topics = append(s.Topics, tp)
		}
	}
	if g.chance(0.5) {
		tp := &gTopic{Kind: "tags", Term: "bgp", File: "content/tags/bgp/_index.md", Out: "public/tags/bgp/index.html", Title: "BGP"}
		g.calls(s, tp)
		s.Topics = append(s.Topics, tp)
	}
	if s.hasSection("notes") && g.chance(0.7) {
		tp := &gTopic{Kind: "section", File: "content/notes/_index.md", Out: "public/notes/index.html", Title: "Notes"}
		g.calls(s, tp)
		s.Topics = append(s.Topics, tp)
	}
	g.partNumbers(s)
	s.ItemListLimit = gpick(g, []int{-1, -1, 0, 1, 2, 5})

	// Deliberately unlisted posts and posts without a title, from a stream
	// of their own, so that the draws above (the sites of earlier versions
	// of this generator) stay as they were.
	x := gen{rand.New(rand.NewPCG(seed, seed^0x41dd))}
	if x.chance(0.3) {
		s.Hidden = [][]string{{}, {"ignore", "x"}, {"sdn"}}[x.intn(3)]
	}
	for _, p := range s.Posts {
		for _, k := range slices.Sorted(maps.Keys(p.KeyTags)) {
			if x.chance(0.1) {
				p.KeyTags[k] = "ignore"
			}
		}
		if x.chance(0.05) {
			p.Title = ""
		}
	}
	return s
}

// partNumbers sets part_numbers for the site and for some series term pages,
// as booleans or as words of the boolean rule.
func (g gen) partNumbers(s *gSite) {
	site := [][2]string{{"", ""}, {"true", "true"}, {"false", "false"}, {`"yes"`, "yes"}, {`"no"`, "no"}}
	v := gpick(g, site)
	s.PartNumbers, s.PartNumbersText = v[0], v[1]
	for _, tp := range s.Topics {
		if tp.Kind == "series" && g.chance(0.4) {
			tp.PartNumbers = gpick(g, []any{true, false, "sure", "off", ""})
		}
	}
}

func (g gen) post(s *gSite, i int) *gPost {
	p := &gPost{Section: "posts", Name: fmt.Sprintf("p%02d", i), KeyTags: map[string]any{}, KeyTitles: map[string]string{}}
	if g.chance(0.2) {
		p.Section, p.Name = "notes", fmt.Sprintf("n%02d", i)
	}
	p.Title = fmt.Sprintf("Post %d", i)
	if g.chance(0.5) {
		p.Title = gpick(g, titlePool)
	}
	switch {
	case g.chance(0.1):
	case g.chance(0.5):
		p.Date = gpick(g, datePool)
	default:
		p.Date = fmt.Sprintf("%d-%02d-%02d", 2018+g.intn(5), 1+g.intn(12), 1+g.intn(28))
	}
	if g.chance(0.15) {
		p.Weight = 1 + g.intn(3)
	}
	if !g.chance(0.1) {
		for _, j := range g.r.Perm(len(s.Terms)) {
			if len(p.Series) == 0 || g.chance(0.4) {
				p.Series = append(p.Series, s.Terms[j])
			}
		}
	}
	keys := []string{"bgp"}
	for _, t := range p.Series {
		keys = append(keys, seriesKey(t))
	}
	for _, k := range keys {
		switch {
		case g.chance(0.55):
			p.KeyTags[k] = gpick(g, tagPool)
		case g.chance(0.05):
			p.KeyTags[k] = []string{gpick(g, tagPool)}
		case g.chance(0.05):
			p.KeyTags[k] = ""
		}
		if g.chance(0.2) {
			p.KeyTitles[k] = gpick(g, titlePool) + " in " + k
		}
	}
	if g.chance(0.15) {
		p.STitle = "Series " + gpick(g, titlePool)
	}
	if g.chance(0.2) {
		// -1 included: Hugo's default sort skips the taxonomic weight when
		// one of two posts has -1, and Posts.ByDefault does the same.
		w := gpick(g, []int{-2, -1, 0, 1, 2, 3, 5})
		p.SWeight = &w
	}
	if g.chance(0.3) {
		p.Tags = append(p.Tags, "bgp")
	}
	if g.chance(0.3) {
		p.Tags = append(p.Tags, termTitles[gpick(g, termPool)])
	}
	switch {
	case g.chance(0.4):
		p.ShortSummary = "Short " + gpick(g, wordPool) + " " + gpick(g, wordPool) + "."
	case g.chance(0.03):
		p.ShortSummary = []string{"wrong"}
	}
	p.Draft = g.chance(0.05)
	switch {
	case g.chance(0.3):
		p.Call = "series"
	case len(p.Series) > 0 && g.chance(0.1):
		p.Call = "single"
	}
	switch {
	case g.chance(0.3):
		p.Next = "auto"
	case g.chance(0.1):
		p.Next = gpick(g, s.Terms)
	}
	p.NextInner = g.chance(0.5)
	p.Nav = gpick(g, []string{"first", "first", "all"})
	if len(p.Series) > 0 && g.chance(0.2) {
		p.Nav = gpick(g, p.Series)
	}
	return p
}

// calls gives a topic page 1 to 5 random valid calls; on a section every
// call names its series.
func (g gen) calls(s *gSite, tp *gTopic) {
	n := 1 + g.intn(5)
	for i := 0; i < n; i++ {
		c := &harness.Call{}
		add := func(k, v string) { c.Params = append(c.Params, [2]string{k, v}) }
		switch r := g.intn(10); {
		case r < 4:
			c.Name = "series-listing"
			switch g.intn(6) {
			case 0, 1:
				add("tag", gpick(g, tagPool))
			case 2:
				add("notag", gpick(g, []string{"yes", "just in case"}))
			case 3:
				add("site_tag", "yes")
			case 4:
				add("tag", gpick(g, tagPool))
				add("limit", "1")
			}
		case r < 7:
			c.Name = "series-untagged"
			if g.chance(0.6) {
				add("format", gpick(g, formatPool))
			}
			if g.chance(0.3) {
				add("title", gpick(g, []string{"", "Other posts & <notes>"}))
			}
			if g.chance(0.3) {
				add("noseries", gpick(g, []string{"yes", "no"}))
			}
			if g.chance(0.4) {
				add("showseries", gpick(g, []string{"sure", "off"}))
			}
		case r < 9:
			c.Name = "series-summary"
			if g.chance(0.5) {
				add("date", gpick(g, []string{"yes", "0"}))
			}
			if g.chance(0.5) {
				add("reverse", gpick(g, []string{"yes", "false"}))
			}
		default:
			c.Name = "series-tags"
		}
		if tp.Kind == "section" || g.chance(0.15) {
			keys := []string{"bgp"}
			for _, t := range s.Terms {
				keys = append(keys, seriesKey(t))
			}
			add("series", gpick(g, keys))
		}
		tp.Calls = append(tp.Calls, c)
	}
}

func (s *gSite) hasSection(name string) bool {
	for _, p := range s.Posts {
		if p.Section == name {
			return true
		}
	}
	return false
}

// yamlValue writes a value as YAML (JSON is YAML).
func yamlValue(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func genMarker(i int) string { return fmt.Sprintf("MARK-%d", i) }

func (p *gPost) file() string { return "content/" + p.Section + "/" + p.Name + ".md" }
func (p *gPost) out() string  { return "public/" + p.Section + "/" + p.Name + "/index.html" }

func (p *gPost) source() string {
	var b strings.Builder
	line := func(k string, v any) { fmt.Fprintf(&b, "%s: %s\n", k, yamlValue(v)) }
	b.WriteString("---\n")
	if p.Title != "" {
		line("title", p.Title)
	}
	if p.Date != "" {
		line("date", p.Date)
	}
	if p.Weight != 0 {
		line("weight", p.Weight)
	}
	if len(p.Series) > 0 {
		line("series", p.Series)
	}
	for _, k := range slices.Sorted(maps.Keys(p.KeyTags)) {
		line(k+"_tag", p.KeyTags[k])
	}
	for _, k := range slices.Sorted(maps.Keys(p.KeyTitles)) {
		line(k+"_title", p.KeyTitles[k])
	}
	if p.STitle != "" {
		line("series_title", p.STitle)
	}
	if p.SWeight != nil {
		line("series_weight", *p.SWeight)
	}
	if len(p.Tags) > 0 {
		line("tags", p.Tags)
	}
	if p.ShortSummary != nil {
		line("short_summary", p.ShortSummary)
	}
	if p.Draft {
		line("draft", true)
	}
	switch p.Nav {
	case "first":
	case "all":
		line("nav_all", true)
	default:
		line("nav_series", p.Nav)
	}
	b.WriteString("---\nBody of " + p.Name + ".\n\n<!--more-->\n\nThe rest of " + p.Name + ".\n")
	switch p.Call {
	case "series":
		b.WriteString("\n{{< series >}}\n")
	case "single":
		b.WriteString("\n{{< series single=\"yes\" >}}\n")
	}
	if p.Next != "" {
		call := "{{< next-in-series"
		if p.Next != "auto" {
			call += fmt.Sprintf(" series=%q", p.Next)
		}
		if p.NextInner {
			call += " >}}Soon.{{< /next-in-series >}}"
		} else {
			call += " />}}"
		}
		b.WriteString("\n" + call + "\n")
	}
	return b.String()
}

func (tp *gTopic) source() string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\n", yamlValue(tp.Title))
	if tp.PartNumbers != nil {
		fmt.Fprintf(&b, "part_numbers: %s\n", yamlValue(tp.PartNumbers))
	}
	b.WriteString("---\n")
	for i, c := range tp.Calls {
		fmt.Fprintf(&b, "\n%s\n\n%s\n", genMarker(i), c)
	}
	fmt.Fprintf(&b, "\n%s\n", genMarker(len(tp.Calls)))
	return b.String()
}

// genConfig is the configuration and layouts of every generated site: each
// kind renders just its content; a post, its series box after it, then its
// series navigation: with nav_all of every series, with nav_series of that
// one, else of its first.
var genConfig = withHead(harness.Site(`{{ partial "serieskit/series-box.html" . }}
{{ with .Params.nav_all }}{{ partial "serieskit/nav.html" (dict "page" $ "all_series" .) }}{{ else }}` +
	`{{ with .Params.nav_series }}{{ partial "serieskit/nav.html" (dict "page" $ "series" .) }}` +
	`{{ else }}{{ partial "serieskit/nav.html" $ }}{{ end }}{{ end }}`))

// txtar is the site as harness.Build files.
func (s *gSite) txtar() string {
	var b strings.Builder
	var params []string
	if s.Hidden != nil {
		params = append(params, "hidden_tags = "+yamlValue(s.Hidden))
	}
	if s.PartNumbers != "" {
		params = append(params, "part_numbers = "+s.PartNumbers)
	}
	if s.ItemListLimit >= 0 {
		params = append(params, fmt.Sprintf("itemlist_limit = %d", s.ItemListLimit))
	}
	config := genConfig
	if params != nil {
		config = harness.WithParams(config, strings.Join(params, "\n"))
	}
	b.WriteString(config)
	for _, p := range s.Posts {
		b.WriteString("-- " + p.file() + " --\n" + p.source())
	}
	for _, tp := range s.Topics {
		b.WriteString("-- " + tp.File + " --\n" + tp.source())
	}
	return b.String()
}
