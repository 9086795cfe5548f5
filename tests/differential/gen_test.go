package differential

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/serieskit/serieskit/tests/harness"
)

// The generated site. Everything the model needs is kept here as the front
// matter was written (not as Hugo read it), so that the model is computed
// from the generator's values alone.

const baseURL = "https://example.org/"

// site is one generated Hugo site.
type site struct {
	Seed   uint64
	Terms  []string // the series terms of this site, e.g. "big data"
	Posts  []*post
	Topics []*topic
}

// post is one regular page with the front matter serieskit reads.
type post struct {
	Section   string // "posts" or "notes"
	Name      string // file name without ".md"
	Title     string
	LinkTitle string         // "" when absent
	Date      string         // front-matter literal; "" when absent
	Weight    *int           // page weight; nil when absent
	Series    []string       // series terms
	SWeight   any            // series_weight: nil, int or string
	KeyTags   map[string]any // <key>_tag: string, or a list (wrong type)
	KeyTitles map[string]any // <key>_title: string, or a list (wrong type)
	STitle    any            // series_title: nil, string or a list
	Author    any            // nil, map[string]string{name[, link]} or string
	Tags      []string
	TagsOne   bool // the one tag written as a plain string, not a list
	Draft     bool
	Future    bool // dated in the future: not built
}

// topic is a page holding series-listing calls.
type topic struct {
	Kind  string // "term" (a series term page), "section" or "page"
	File  string // content file, e.g. "content/series/big-data/_index.md"
	Out   string // published file, e.g. "public/series/big-data/index.html"
	Title string
	Term  string          // the series term of a term page
	Links []linkItem      // front matter "extra", for links="extra"
	Soon  []soonItem      // front matter "planned", for soon="planned"
	Calls []*harness.Call // series-listing calls, in page order
	// Tags make the page a member of the site_tag listings of the pages
	// titled after one of them (a site_tag member can be of any kind); such
	// a page has a Date ("2006-01-02"), so that Hugo does not date a section
	// or term page from its pages.
	Tags    []string
	TagsOne bool // the one tag written as a plain string
	Date    string
}

type linkItem struct{ Title, Link string }
type soonItem struct{ Title, Page string }

// Pools the generator draws from.
var (
	termPool  = []string{"k8s", "routing", "ha"} // plus "big data", always
	tagPool   = []string{"intro", "deep", "lab", "qa"}
	titlePool = []string{
		"eBGP basics", "BGP basics", "bgp basics", "Éclair", "eclair", "Eclair",
		"Alpha", "alpha", "Zeta", "<script> & co", `Say "hello"`, "A & B",
		"10 things", "2 things", "Ünder", "under", "Same title", "Same title",
	}
	linkTitlePool = []string{"Aardvark", "zz last", "Middle", "Éclair"}
	altTitlePool  = []string{"In series: <b>", "Series & title", "Zulu", "alpha"}
	authorPool    = []map[string]string{
		{"name": "Ann Guest", "link": "https://guest.example/ann"},
		{"name": "Bob & Co", "link": "https://guest.example/bob?x=1&y=2"},
		{"name": "Zoë"},
	}
	siteTagPool = []string{"design", "ospf", "Automation"}
	callTitles  = []string{"Deep dives", "Lab & <notes>", "More", "Start here"}
	boolWords   = []string{"sure", "yes", "true", "1", "false", "no", "0", "OFF", "Off"}
	// series_weight values. Hugo reads the same value as the taxonomic weight
	// of the post's term pages, its own way: -1 is "no weight" to its default
	// sort, "012" is octal 10 and "08" is no number (0, with a warning),
	// where serieskit reads 12 and 8; "heavy" is 0 for both, with warnings.
	swPool = []any{0, 1, 2, 2, 5, 10, 100, -1, -1, -2, -5, "3", "10", "012", "-2", "08", "heavy"}
)

// key is the series key of a term: spaces replaced by "-".
func key(term string) string { return strings.ReplaceAll(term, " ", "-") }

type gen struct{ r *rand.Rand }

func (g gen) chance(p float64) bool { return g.r.Float64() < p }
func (g gen) intn(n int) int        { return g.r.IntN(n) }

func pick[T any](g gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// newSite generates the site of a seed; the same seed always gives the same site.
func newSite(seed uint64) *site {
	g := gen{rand.New(rand.NewPCG(seed, 0x5e71e5))}
	s := &site{Seed: seed}

	// 2-3 series terms, always including one with a space.
	s.Terms = []string{"big data"}
	extra := append([]string(nil), termPool...)
	g.r.Shuffle(len(extra), func(i, j int) { extra[i], extra[j] = extra[j], extra[i] })
	s.Terms = append(s.Terms, extra[:1+g.intn(2)]...)

	hasNotes := g.chance(0.7)
	n := 3 + g.intn(23)
	var dates []string
	for i := 0; i < n; i++ {
		p := &post{Section: "posts", KeyTags: map[string]any{}, KeyTitles: map[string]any{}}
		if hasNotes && g.chance(0.25) {
			p.Section = "notes"
		}
		p.Name = fmt.Sprintf("p%02d", i)
		p.Title = pick(g, titlePool)
		if g.chance(0.15) {
			p.LinkTitle = pick(g, linkTitlePool)
		}
		p.Date = g.date(dates)
		if p.Date != "" {
			dates = append(dates, p.Date)
		}
		if g.chance(0.3) {
			w := pick(g, []int{0, 1, 2, 3, 3, -1, -3})
			p.Weight = &w
		}
		if g.chance(0.85) {
			terms := append([]string(nil), s.Terms...)
			g.r.Shuffle(len(terms), func(i, j int) { terms[i], terms[j] = terms[j], terms[i] })
			p.Series = terms[:1+g.intn(len(terms))]
		}
		for _, t := range s.Terms {
			member := contains(p.Series, t)
			switch {
			case member && g.chance(0.07):
				p.KeyTags[key(t)] = []string{pick(g, tagPool)}
			case member && g.chance(0.65), !member && g.chance(0.05):
				p.KeyTags[key(t)] = pick(g, tagPool)
			}
			switch {
			case member && g.chance(0.03):
				p.KeyTitles[key(t)] = []string{"wrong"}
			case member && g.chance(0.15):
				p.KeyTitles[key(t)] = pick(g, altTitlePool)
			}
		}
		switch {
		case g.chance(0.03):
			p.STitle = []string{"wrong"}
		case g.chance(0.15):
			p.STitle = pick(g, altTitlePool)
		}
		if g.chance(0.6) {
			p.SWeight = pick(g, swPool)
		}
		switch {
		case g.chance(0.15):
			p.Author = pick(g, authorPool)
		case g.chance(0.04):
			p.Author = "Plain Author"
		}
		if g.chance(0.5) {
			tags := append([]string(nil), siteTagPool...)
			g.r.Shuffle(len(tags), func(i, j int) { tags[i], tags[j] = tags[j], tags[i] })
			p.Tags = tags[:1+g.intn(2)]
		}
		switch {
		case g.chance(0.06):
			p.Draft = true
		case g.chance(0.06):
			p.Future = true
			p.Date = fmt.Sprintf("%d-0%d-1%dT10:00:00Z", 2090+g.intn(9), 1+g.intn(9), g.intn(10))
		}
		s.Posts = append(s.Posts, p)
	}

	// Topic pages: one per series term, a section, a page titled after a tag.
	for _, t := range s.Terms {
		if g.chance(0.1) {
			continue
		}
		tp := &topic{Kind: "term", Term: t, Title: strings.ToUpper(t[:1]) + t[1:],
			File: "content/series/" + key(t) + "/_index.md", Out: "public/series/" + key(t) + "/index.html"}
		g.frontLists(tp, s)
		for i, m := 0, 1+g.intn(5); i < m; i++ {
			tp.Calls = append(tp.Calls, g.call(s, tp))
		}
		s.Topics = append(s.Topics, tp)
	}
	if hasNotes {
		tp := &topic{Kind: "section", Title: "Notes", File: "content/notes/_index.md", Out: "public/notes/index.html"}
		g.frontLists(tp, s)
		for i, m := 0, 1+g.intn(3); i < m; i++ {
			tp.Calls = append(tp.Calls, g.call(s, tp))
		}
		s.Topics = append(s.Topics, tp)
	}
	if g.chance(0.7) {
		tag := pick(g, siteTagPool)
		slug := strings.ToLower(tag)
		tp := &topic{Kind: "page", Title: tag, File: "content/topics/" + slug + ".md", Out: "public/topics/" + slug + "/index.html"}
		g.frontLists(tp, s)
		for i, m := 0, 1+g.intn(3); i < m; i++ {
			tp.Calls = append(tp.Calls, g.call(s, tp))
		}
		s.Topics = append(s.Topics, tp)
	}

	// Tags written as one string, posts without a title, and topic pages of
	// every kind tagged like posts: from a stream of their own, so that the draws above (and the
	// sites of earlier seeds) stay as they were.
	x := gen{rand.New(rand.NewPCG(seed, 0x7a95))}
	for _, p := range s.Posts {
		p.TagsOne = len(p.Tags) == 1 && x.chance(0.3)
		if x.chance(0.03) {
			p.Title = "" // listed under its file name, with a warning
		}
	}
	for _, tp := range s.Topics {
		if x.chance(0.4) {
			tp.Tags = []string{pick(x, siteTagPool)}
			tp.TagsOne = x.chance(0.4)
			tp.Date = fmt.Sprintf("%04d-%02d-%02d", 2005+x.intn(20), 1+x.intn(12), 1+x.intn(28))
		}
	}
	return s
}

// date returns a front-matter date: sometimes absent, sometimes equal to an
// earlier one, sometimes the same day at another time, in several notations.
func (g gen) date(earlier []string) string {
	switch {
	case g.chance(0.1):
		return ""
	case len(earlier) > 0 && g.chance(0.2):
		return pick(g, earlier)
	case len(earlier) > 0 && g.chance(0.15):
		d := pick(g, earlier)
		return d[:10] + fmt.Sprintf("T%02d:%02d:00Z", g.intn(24), g.intn(60))
	}
	y, m, d := 2005+g.intn(20), 1+g.intn(12), 1+g.intn(28)
	switch g.intn(4) {
	case 0:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case 1:
		// Late on New Year's Eve with an offset: the year is the local one.
		if g.chance(0.5) {
			return fmt.Sprintf("%04d-12-31T23:30:00-05:00", y)
		}
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:00+02:00", y, m, d, g.intn(24), g.intn(60))
	default:
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, g.intn(24), g.intn(60), g.intn(60))
	}
}

// frontLists gives a topic page, sometimes, the lists links= and soon= name.
func (g gen) frontLists(tp *topic, s *site) {
	if g.chance(0.3) {
		tp.Links = []linkItem{{"RFC & friends", "https://rfc.example/7938"}, {"Local <page>", "/local/"}}[:1+g.intn(2)]
	}
	if g.chance(0.3) {
		tp.Soon = []soonItem{{"Later & more", "/posts/nope"}}
		for _, p := range s.Posts {
			if g.chance(0.15) {
				tp.Soon = append(tp.Soon, soonItem{"About " + p.Name, "/" + p.Section + "/" + p.Name})
			}
		}
	}
}

// call generates one valid series-listing call for a topic page.
func (g gen) call(s *site, tp *topic) *harness.Call {
	c := &harness.Call{Name: "series-listing"}
	add := func(k, v string) { c.Params = append(c.Params, [2]string{k, v}) }
	boolean := func(k string, p float64) {
		if g.chance(p) {
			add(k, pick(g, boolWords))
		}
	}
	hasTag := false
	switch {
	case g.chance(0.45):
		add("tag", pick(g, tagPool))
		hasTag = true
	case g.chance(0.05):
		add("tag", "nosuch")
		hasTag = true
	}
	if hasTag {
		if g.chance(0.05) {
			add("notag", pick(g, []string{"false", "no", "0", "OFF", "Off"}))
		}
	} else {
		boolean("notag", 0.35)
	}
	switch tp.Kind {
	case "term":
		if g.chance(0.1) {
			add("series", key(pick(g, s.Terms)))
		}
	case "section":
		add("series", key(pick(g, s.Terms)))
	case "page":
		add("series", key(pick(g, s.Terms)))
		if g.chance(0.85) {
			add("site_tag", pick(g, []string{"sure", "yes", "true", "1"}))
		} else {
			add("site_tag", pick(g, []string{"false", "no", "0", "OFF", "Off"}))
		}
	}
	boolean("bytitle", 0.3)
	boolean("reverse", 0.3)
	boolean("weight", 0.35)
	boolean("year", 0.5)
	boolean("showtag", 0.25)
	boolean("showweight", 0.25)
	if g.chance(0.4) {
		add("title", pick(g, callTitles))
	}
	if g.chance(0.2) {
		add("group", "year")
	}
	if g.chance(0.2) {
		add("limit", fmt.Sprint(1+g.intn(6)))
	}
	if len(tp.Links) > 0 && g.chance(0.2) {
		add("links", "extra")
	}
	if len(tp.Soon) > 0 && g.chance(0.15) {
		add("soon", "planned")
	}
	g.r.Shuffle(len(c.Params), func(i, j int) { c.Params[i], c.Params[j] = c.Params[j], c.Params[i] })
	return c
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// yamlValue writes v as YAML: JSON is YAML, and quoting every string keeps
// "012", "08" and dates exactly as written.
func yamlValue(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return strings.TrimSpace(b.String())
}

// marker is the paragraph written before call i of a page; "END" closes it.
func marker(i int) string { return fmt.Sprintf("MARK-%d", i) }

const endMarker = "MARK-END"

// txtar renders the site as hugolib test files: hugo.toml, the site's own
// layouts, the posts and the topic pages. The harness appends the module.
// The site's layouts write the page's content alone: one per page kind, and
// "difftest", which the topic pages name in front matter so that it wins
// even over a theme's layouts for their paths (see TestSiteLayoutsWin).
func (s *site) txtar() string {
	var b strings.Builder
	file := func(name string) { fmt.Fprintf(&b, "-- %s --\n", name) }
	file("hugo.toml")
	b.WriteString(`baseURL = "` + baseURL + `"
theme = "github.com/serieskit/serieskit"
disableKinds = ["rss", "sitemap"]
[taxonomies]
series = "series"
tag = "tags"
`)
	for _, l := range []string{"home", "page", "section", "taxonomy", "term", "difftest"} {
		file("layouts/" + l + ".html")
		b.WriteString("{{ .Content }}\n")
	}
	for _, p := range s.Posts {
		file("content/" + p.Section + "/" + p.Name + ".md")
		b.WriteString(p.frontMatter())
	}
	if !s.hasTopic("section") && s.hasSection("notes") {
		// Keep the section's own page, so that it stays a section of its own.
		file("content/notes/_index.md")
		b.WriteString("---\ntitle: Notes\n---\n")
	}
	for _, tp := range s.Topics {
		file(tp.File)
		b.WriteString(tp.source())
	}
	return b.String()
}

func (s *site) hasTopic(kind string) bool {
	for _, tp := range s.Topics {
		if tp.Kind == kind {
			return true
		}
	}
	return false
}

func (s *site) hasSection(name string) bool {
	for _, p := range s.Posts {
		if p.Section == name {
			return true
		}
	}
	return false
}

func (p *post) frontMatter() string {
	var b strings.Builder
	kv := func(k string, v any) { fmt.Fprintf(&b, "%s: %s\n", k, yamlValue(v)) }
	b.WriteString("---\n")
	if p.Title != "" {
		kv("title", p.Title)
	}
	if p.LinkTitle != "" {
		kv("linkTitle", p.LinkTitle)
	}
	if p.Date != "" {
		kv("date", p.Date)
	}
	if p.Weight != nil {
		kv("weight", *p.Weight)
	}
	if p.Series != nil {
		kv("series", p.Series)
	}
	if p.SWeight != nil {
		kv("series_weight", p.SWeight)
	}
	for _, k := range slices.Sorted(maps.Keys(p.KeyTags)) {
		kv(k+"_tag", p.KeyTags[k])
	}
	for _, k := range slices.Sorted(maps.Keys(p.KeyTitles)) {
		kv(k+"_title", p.KeyTitles[k])
	}
	if p.STitle != nil {
		kv("series_title", p.STitle)
	}
	if p.Author != nil {
		kv("author", p.Author)
	}
	if p.Tags != nil {
		kv("tags", tagsValue(p.Tags, p.TagsOne))
	}
	if p.Draft {
		kv("draft", true)
	}
	b.WriteString("---\nBody of " + p.Name + ".\n")
	return b.String()
}

// tagsValue is the tags front matter as written: a list, or with one the
// plain string.
func tagsValue(tags []string, one bool) any {
	if one {
		return tags[0]
	}
	return tags
}

func (tp *topic) source() string {
	var b strings.Builder
	b.WriteString("---\ntitle: " + yamlValue(tp.Title) + "\n")
	b.WriteString("layout: difftest\n")
	if tp.Tags != nil {
		b.WriteString("tags: " + yamlValue(tagsValue(tp.Tags, tp.TagsOne)) + "\ndate: " + tp.Date + "\n")
	}
	if len(tp.Links) > 0 {
		var items []map[string]string
		for _, l := range tp.Links {
			items = append(items, map[string]string{"title": l.Title, "link": l.Link})
		}
		b.WriteString("extra: " + yamlValue(items) + "\n")
	}
	if len(tp.Soon) > 0 {
		var items []map[string]string
		for _, l := range tp.Soon {
			items = append(items, map[string]string{"title": l.Title, "page": l.Page})
		}
		b.WriteString("planned: " + yamlValue(items) + "\n")
	}
	b.WriteString("---\n")
	for i, c := range tp.Calls {
		fmt.Fprintf(&b, "%s\n\n%s\n\n", marker(i), c)
	}
	b.WriteString(endMarker + "\n")
	return b.String()
}
