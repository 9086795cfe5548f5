package fuzz

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// The generator. Every value is chosen from pools of hostile and ordinary
// values, written as YAML text (front matter) or shortcode source (calls);
// the same seed always gives the same site.

// term is a series term as posts write it, with its term page's path.
type term struct {
	Name string // as written in front matter
	Path string // Hugo's path of the term page, e.g. "/series/ha-cluster"
	Key  string // the series key: lower case, spaces as "-"
}

var (
	termPool = []term{
		{"ds", "/series/ds", "ds"},
		{"HA Cluster", "/series/ha-cluster", "ha-cluster"},
		{"2021", "/series/2021", "2021"},
		{"Ünïcode", "/series/ünïcode", "ünïcode"},
		{"50% Off", "/series/50%-off", "50%-off"},
	}
	// hostile are strings every text field gets now and then.
	hostile = []string{"", " ", "<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`,
		"50% off", "%d %s %v %%", "Ünïcödé ✓ 日本語 🚀", "Q&A <intro>", "it's \"quoted\"", "line one\nline two",
		"javascript:alert(1)", "{{ .Title }}", "a}}b", "*em* _u_ `code`", `back\slash`, "\ttab", "null", "true",
		"9999999999999999999", "99999999999999999999", "-1", "0", "ignore", "skip", "custom", "display"}
	titlePool   = []string{"Alpha", "alpha", "Beta", "eBGP basics", "Same", "Same", "Zebra", "Part 2", "Été"}
	tagPool     = []string{"sdn", "device", "sdn", "Fabric", "ignore", "x y", "ünï"}
	topicTitles = []string{"Distributed Systems", "BGP", "High Availability", "Q&A <topic>", "50% Off"}
	datePool    = []string{"2021-03-02", "2021-03-20", "2019-12-31", "2022-01-01T10:00:00Z", "2020-02-29T23:30:00-05:00",
		"2018-07-04", "2021-03-02", "2099-01-01", "2021"}
	// numbers as YAML reads them: at and beyond the integer ranges
	numberPool = []string{"0", "-1", "1", "42", "-2", "1.5", "-0.5", "1e3", "9223372036854775807", "9223372036854775808",
		"9999999999999999999", "-9999999999999999999", "99999999999999999999", "18446744073709551616", "1e309",
		"0x1F", ".inf", "-.inf", ".nan", "9007199254740993", "-9223372036854775808", "-9223372036854775809"}
	boolPool = []string{"true", "false", "yes", "no", "on", "off", "True"}
	nullPool = []string{"null", "~", ""}
	linkPool = []string{"https://example.com/a", "/posts/p01/", "mailto:a@example.com", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
		" javascript:alert(1)", "\tjavascript:alert(1)", "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>",
		"DATA:text/html;base64,PHNjcmlwdD4=", " data:,x", "vbscript:msgbox(1)", "https://x/50%off", "http://[::1",
		"//evil.example/x", "", "#top", "?q=<script>", "https://example.com/?a=1&b=<2>", "%", "ftp://example.com/"}
	pagePool = []string{"/posts/p01", "/posts/p02", "posts/p03.md", "p04", "/nowhere", "", "javascript:alert(1)",
		"https://example.com/", "../notes/n01", "/posts/p01/", "%", "<b>", "/series/ds", "/", "..", "/posts/p99"}
	formatPool = []string{"2006", "January 2006", "", "%Y", "<b>2006</b>", "Mon Jan 2", "15:04", "2006-01-02", "x", "January"}
	boolWords  = []string{`"yes"`, `"sure"`, `"true"`, `"1"`, `"no"`, `"false"`, `"0"`, `"OFF"`, `""`, `"just in case"`,
		"true", "false", "1", "0", `"No"`, "`yes`"}
	limitOK  = []string{`"1"`, `"2"`, `"02"`, `"+1"`, `"2.0"`, "2", "2.0", `"99999999999999999999"`, "99999999999999999999", `"0x3"`, `"1_0"`, `"3"`}
	limitBad = []string{`"0"`, `"-1"`, `"abc"`, `"1.5"`, `""`, "0", "-3", `"<b>"`, `"1e3"`, `"9999999999999999999999999999.5"`}
	// shortcodes and their known parameters
	known = map[string][]string{
		"series-listing":  {"tag", "notag", "series", "site_tag", "bytitle", "reverse", "weight", "year", "title", "showtag", "showweight", "links", "soon", "group", "limit"},
		"series-untagged": {"title", "format", "noseries", "showseries", "series"},
		"series-summary":  {"date", "reverse", "series"},
		"series-tags":     {"series"},
		"next-in-series":  {"page", "series"},
		"series":          {"single"},
		"sidebar-box":     {"key"},
	}
	boolParams = []string{"notag", "site_tag", "bytitle", "reverse", "weight", "year", "showtag", "showweight",
		"noseries", "showseries", "date", "single"}
	boxPool   = []string{"HA", "NET", "ha", "Q&A <x>", "50%", "ünï", "skip", "", "display", "AUTO"}
	wordsPool = []string{"quorum", "fabric", "50%", "ünïcode", "*stress*", "`code`", "a_b", "&amp;", "witness", "Q&A", "日本"}
)

type gen struct {
	r       *rand.Rand
	s       *site
	errMode bool // may write what the spec makes an error
	terms   []term
	keys    []string // series keys posts tag under
	posts   []string // post paths, e.g. /posts/p01
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }
func (g *gen) intn(n int) int        { return g.r.IntN(n) }
func pick[T any](g *gen, xs []T) T   { return xs[g.r.IntN(len(xs))] }

// yq writes s as a double-quoted YAML string.
func yq(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// str is a string value: an ordinary one from pool, or a hostile one.
func (g *gen) str(pool []string) string {
	if g.chance(0.3) {
		return yq(pick(g, hostile))
	}
	return yq(pick(g, pool))
}

// scalar is any YAML scalar: string, number, bool or null.
func (g *gen) scalar() string {
	switch g.intn(6) {
	case 0, 1:
		return yq(pick(g, hostile))
	case 2, 3:
		return pick(g, numberPool)
	case 4:
		return pick(g, boolPool)
	}
	n := pick(g, nullPool)
	if n == "" {
		return "null"
	}
	return n
}

// value is a YAML value of any type, lists and maps included (flow style).
func (g *gen) value(depth int) string {
	k := g.intn(10)
	switch {
	case k < 6 || depth > 1:
		if g.chance(0.1) {
			return pick(g, nullPool)
		}
		return g.scalar()
	case k < 8:
		var xs []string
		for range g.intn(3) {
			xs = append(xs, g.flow(depth+1))
		}
		return "[" + strings.Join(xs, ", ") + "]"
	}
	var xs []string
	keys := []string{"name", "link", "title", "page", "a", "Name"}
	g.r.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	for _, k := range keys[:g.intn(3)] {
		xs = append(xs, k+": "+g.flow(depth+1))
	}
	return "{" + strings.Join(xs, ", ") + "}"
}

// flow is a value valid inside a flow collection (no empty null).
func (g *gen) flow(depth int) string {
	v := g.value(depth)
	if v == "" {
		return "null"
	}
	return v
}

// typed is mostly a value of the expected kind (from ok), else any value.
func (g *gen) typed(weird float64, ok func() string) string {
	if g.chance(weird) {
		return g.value(0)
	}
	return ok()
}

// newSite generates the site of a seed.
func newSite(seed uint64) *site {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0xf022)), s: &site{Seed: seed}}
	g.errMode = g.chance(0.25)
	s := g.s
	g.config()
	g.lookup()
	for _, t := range termPool {
		if len(g.terms) == 0 || g.chance(0.45) {
			g.terms = append(g.terms, t)
			g.keys = append(g.keys, t.Key)
		}
	}
	g.keys = append(g.keys, "other")
	n := 3 + g.intn(8)
	if g.chance(0.25) {
		n = 11 + g.intn(4)
	}
	for i := 1; i <= n; i++ {
		sec := "posts"
		if g.chance(0.2) {
			sec = "notes"
		}
		g.posts = append(g.posts, fmt.Sprintf("/%s/p%02d", sec, i))
	}
	for _, path := range g.posts {
		s.Pages = append(s.Pages, g.post(path))
	}
	for _, t := range g.terms {
		if g.chance(0.8) {
			s.Pages = append(s.Pages, g.topic("series", "content"+t.Path+"/_index.md"))
		}
	}
	if g.chance(0.4) {
		s.Pages = append(s.Pages, g.topic("tags", "content/tags/bgp/_index.md"))
	}
	if g.chance(0.4) {
		s.Pages = append(s.Pages, g.topic("section", "content/notes/_index.md"))
	}
	if g.chance(0.2) {
		s.Pages = append(s.Pages, g.topic("page", "content/about.md"))
	}
	if g.chance(0.3) {
		s.Pages = append(s.Pages, g.topic("top", "content/resources/_index.md"))
	}
	return s
}

func (g *gen) config() {
	s := g.s
	s.Unsafe = g.chance(0.3)
	if g.chance(0.4) {
		s.PagerSize = 1 + g.intn(4)
	}
	if g.chance(0.05) {
		s.Params = append(s.Params, "strict = "+pick(g, []string{"true", `"yes"`, `"false"`, "false"}))
	}
	if g.chance(0.05) {
		s.Params = append(s.Params, "orphan_check = "+pick(g, []string{"false", `"no"`, `"yes"`, "true"}))
	}
	if g.chance(0.15) {
		s.Params = append(s.Params, "hidden_tags = "+pick(g, []string{`["ignore"]`, `["ignore", "sdn"]`, `[]`, `["Fabric"]`}))
	}
	if g.chance(0.05) {
		s.Params = append(s.Params, "resources_page = "+pick(g, []string{`"/resources"`, `"/nowhere"`, `"javascript:alert(1)"`}))
	}
}

// lookup writes data/sidebar_lookup.yaml: one flow-style entry a line, so
// that the shrinker can drop lines and keep valid YAML.
func (g *gen) lookup() {
	switch k := g.intn(10); {
	case k < 3:
		return
	case k < 9 || !g.errMode:
		var ls []string
		for _, key := range boxPool[:6] {
			if g.chance(0.5) && key != "" {
				ls = append(ls, yq(key)+": "+g.str([]string{"High Availability", "Networks", "Études"}))
			}
		}
		if g.chance(0.8) {
			var d []string
			for range g.intn(5) {
				d = append(d, yq(pick(g, append(slices.Clone(boxPool), "Unknown"))))
			}
			ls = append(ls, "display: ["+strings.Join(d, ", ")+"]")
		}
		g.s.Lookup = ls
	default: // malformed: a label or display of the wrong type, or a list
		switch g.intn(4) {
		case 0:
			g.s.Lookup = []string{"- HA", "- NET"}
		case 1:
			g.s.Lookup = []string{`HA: [1, 2]`, `NET: Networks`}
		case 2:
			g.s.Lookup = []string{`HA: High Availability`, "display: " + pick(g, []string{"HA", "5", "{a: 1}", "[1, [2]]", "null"})}
		default:
			g.s.Lookup = []string{`HA: ` + pick(g, []string{"5", "null", "{a: b}", "true", "9999999999999999999"})}
		}
	}
}

func (g *gen) post(path string) *page {
	p := &page{File: "content" + path + ".md"}
	add := func(prob float64, key string, v func() string) {
		if g.chance(prob) {
			p.Front = append(p.Front, field{key, v()})
		}
	}
	add(0.95, "title", func() string { return g.typed(0.15, func() string { return g.str(titlePool) }) })
	add(0.85, "date", func() string { return pick(g, datePool) })
	add(0.05, "draft", func() string { return pick(g, []string{"true", `"yes"`, "1"}) })
	add(0.03, "publishDate", func() string { return "2099-01-01" })
	add(0.03, "expiryDate", func() string { return "2001-01-01" })
	add(0.1, "weight", func() string { return pick(g, []string{"1", "2", "-1", "10"}) })
	add(0.85, "series", func() string {
		switch k := g.intn(10); {
		case k < 7:
			var xs []string
			for range 1 + g.intn(2) {
				t := pick(g, g.terms).Name
				if g.chance(0.15) {
					t = strings.ToUpper(t)
				}
				xs = append(xs, yq(t))
			}
			if g.chance(0.1) {
				xs = append(xs, g.flow(1))
			}
			return "[" + strings.Join(xs, ", ") + "]"
		case k < 8:
			return yq(pick(g, g.terms).Name)
		}
		return g.value(0)
	})
	add(0.4, "tags", func() string {
		pool := append(slices.Clone(topicTitles), "bgp", "BGP", "ospf")
		if g.chance(0.2) {
			return g.typed(0.5, func() string { return yq(pick(g, pool)) })
		}
		var xs []string
		for range 1 + g.intn(3) {
			xs = append(xs, yq(pick(g, pool)))
		}
		return "[" + strings.Join(xs, ", ") + "]"
	})
	for _, k := range g.keys {
		add(0.55, k+"_tag", func() string { return g.typed(0.25, func() string { return g.str(tagPool) }) })
		add(0.15, k+"_title", func() string { return g.typed(0.3, func() string { return g.str(titlePool) }) })
	}
	add(0.2, "series_title", func() string { return g.typed(0.3, func() string { return g.str(titlePool) }) })
	add(0.35, "series_weight", func() string {
		return g.typed(0.2, func() string {
			if g.chance(0.5) {
				return pick(g, numberPool)
			}
			return pick(g, []string{"10", "20", "1800", "-2", `"0120"`, `"99999999999999999999"`, `"12abc"`, "3.0", `"-5"`})
		})
	})
	add(0.3, "author", func() string { return g.author() })
	add(0.25, "short_summary", func() string {
		if g.chance(0.2) {
			v := g.value(0)
			// with unsafe = true, Hugo passes Markdown's HTML through by design
			for g.s.Unsafe && strings.Contains(v, "<") {
				v = g.value(0)
			}
			return v
		}
		if g.s.Unsafe {
			return yq(pick(g, []string{"A *short* summary.", "50% of it", "Ünïcode", "", "[ok](https://example.com/)"}))
		}
		return g.str([]string{"A *short* summary.", "[link](javascript:alert(1))", "<script>alert(1)</script>"})
	})
	add(0.08, "sidebar_box", func() string { return g.typed(0.3, func() string { return yq(pick(g, boxPool)) }) })
	add(0.08, "page_title", func() string { return g.typed(0.3, func() string { return g.str(titlePool) }) })
	add(0.05, "layout", func() string {
		return g.typed(0.3, func() string { return yq(pick(g, []string{"custom", "top", "nothing"})) })
	})
	add(0.05, "minimal_sidebar", func() string { return g.value(0) })
	p.Body = append(p.Body, &node{Text: g.prose()})
	if g.chance(0.3) {
		p.Body = append(p.Body, &node{Text: "<!--more-->"}, &node{Text: g.prose()})
	}
	for range g.intn(3) {
		name := pick(g, []string{"series", "series", "next-in-series", "next-in-series", "sidebar-box", "series-tags", "series-listing"})
		p.Body = append(p.Body, g.nested(g.call(name, "post"), 0))
	}
	return p
}

// author is an author value: a name, a {name, link} map, or anything.
func (g *gen) author() string {
	switch g.intn(10) {
	case 0, 1, 2:
		return g.str([]string{"Jane Doe", "Ünï Author"})
	case 3, 4, 5, 6:
		var xs []string
		if g.chance(0.85) {
			xs = append(xs, "name: "+g.typed(0.2, func() string { return g.str([]string{"Jane Doe", "Guest & Co"}) }))
		}
		if g.chance(0.8) {
			xs = append(xs, "link: "+g.typed(0.1, func() string { return yq(pick(g, linkPool)) }))
		}
		return "{" + strings.Join(xs, ", ") + "}"
	}
	return g.value(0)
}

// prose is a paragraph of words, hostile ones included.
func (g *gen) prose() string {
	var ws []string
	for range 3 + g.intn(8) {
		ws = append(ws, pick(g, wordsPool))
	}
	if g.chance(0.05) {
		ws = append(ws, "{{</* series-listing tag=\"sdn\" */>}}")
	}
	return strings.Join(ws, " ") + "."
}

// topic writes a page with serieskit calls: a term page, a section, a
// regular page or the resources page.
func (g *gen) topic(kind, file string) *page {
	p := &page{File: file}
	add := func(prob float64, key string, v func() string) {
		if g.chance(prob) {
			p.Front = append(p.Front, field{key, v()})
		}
	}
	add(0.95, "title", func() string { return g.typed(0.1, func() string { return g.str(topicTitles) }) })
	if kind == "top" {
		p.Front = append(p.Front, field{"layout", "top"})
	} else {
		add(0.75, "layout", func() string {
			return g.typed(0.1, func() string { return yq(pick(g, []string{"custom", "custom", "custom", "top", "list"})) })
		})
	}
	add(0.5, "sidebar_box", func() string { return g.typed(0.2, func() string { return yq(pick(g, boxPool)) }) })
	add(0.3, "page_title", func() string { return g.typed(0.2, func() string { return g.str(topicTitles) }) })
	add(0.3, "subtitle", func() string { return g.typed(0.2, func() string { return g.str([]string{"A subtitle"}) }) })
	add(0.2, "minimal_sidebar", func() string { return g.typed(0.3, func() string { return g.yamlBool() }) })
	add(0.2, "part_numbers", func() string { return g.typed(0.3, func() string { return g.yamlBool() }) })
	add(0.5, "extra", func() string { return g.frontList("link") })
	add(0.4, "planned", func() string { return g.frontList("page") })
	add(0.15, "tags", func() string { return "[" + yq(pick(g, topicTitles)) + "]" })
	add(0.05, "series", func() string { return "[" + yq(pick(g, g.terms).Name) + "]" })
	add(0.2, "date", func() string { return pick(g, datePool) })
	p.Body = append(p.Body, &node{Text: g.prose()})
	names := []string{"series-listing", "series-listing", "series-listing", "series-listing", "series-untagged",
		"series-summary", "series-tags", "sidebar-box", "next-in-series", "next-in-series", "series"}
	for range g.intn(5) + map[bool]int{true: 1, false: 0}[kind != "top"] {
		p.Body = append(p.Body, g.nested(g.call(pick(g, names), kind), 0))
		if g.chance(0.5) {
			p.Body = append(p.Body, &node{Text: g.prose()})
		}
	}
	return p
}

// yamlBool is a boolean word as front matter writes it.
func (g *gen) yamlBool() string {
	return strings.ReplaceAll(pick(g, boolWords), "`", `"`)
}

// frontList is a links (item key link) or soon (item key page) list.
func (g *gen) frontList(itemKey string) string {
	if g.chance(0.15) {
		return g.value(0)
	}
	var items []string
	for range g.intn(4) {
		if g.chance(0.1) {
			items = append(items, g.flow(1))
			continue
		}
		var kv []string
		if g.chance(0.9) {
			kv = append(kv, "title: "+g.typed(0.15, func() string { return g.str([]string{"Extra reading", "Later"}) }))
		}
		if g.chance(0.85) {
			pool := linkPool
			if itemKey == "page" {
				pool = pagePool
			}
			kv = append(kv, itemKey+": "+g.typed(0.1, func() string { return yq(pick(g, pool)) }))
		}
		items = append(items, "{"+strings.Join(kv, ", ")+"}")
	}
	return "[" + strings.Join(items, ", ") + "]"
}

// nested puts a call inside the site's wrapper shortcode now and then.
func (g *gen) nested(n *node, depth int) *node {
	if depth > 1 || !g.chance(0.2) {
		return n
	}
	w := &call{Name: wrapper, Closed: true, Markdown: g.chance(0.25), Inner: []*node{n}}
	if g.chance(0.3) {
		w.Inner = append(w.Inner, &node{Text: g.prose()})
	}
	return g.nested(&node{Call: w}, depth+1)
}

// call generates one call of shortcode name on a page of kind.
func (g *gen) call(name, kind string) *node {
	labels, _ := g.s.lookupLabels()
	if name == "sidebar-box" && !g.errMode && len(labels) == 0 {
		name = "series-tags" // no key the spec accepts
	}
	c := &call{Name: name, Markdown: g.chance(0.06), Inline: g.chance(0.05)}
	params := known[name]
	for _, k := range params {
		p := map[string]float64{"limit": 0.1, "site_tag": 0.15, "page": 0.9, "key": 0.95}[k]
		if p == 0 {
			p = 0.35
		}
		if g.chance(p) {
			c.Params = append(c.Params, param{k, g.paramValue(c, k)})
		}
	}
	g.r.Shuffle(len(c.Params), func(i, j int) { c.Params[i], c.Params[j] = c.Params[j], c.Params[i] })
	// off a term page a listing needs series=
	if kind != "series" && kind != "tags" && slices.Contains(params, "series") && name != "next-in-series" {
		if v, ok := c.get("series"); !ok || v == "" {
			if g.errMode && g.chance(0.3) {
				c.MayErr = true
			} else {
				c.Params = slices.DeleteFunc(c.Params, func(p param) bool { return p.Name == "series" })
				c.Params = append(c.Params, param{"series", yq(pick(g, g.terms).Key)})
			}
		}
	}
	if g.errMode && g.chance(0.2) {
		c.MayErr = true
		switch g.intn(3) {
		case 0:
			c.Params = append(c.Params, param{pick(g, []string{"colour", "Tag", "size", "limit2"}), yq(pick(g, hostile))})
		case 1:
			c.Params = []param{{"", yq(pick(g, hostile))}}
		default:
			if name == "series-listing" {
				c.Params = append(c.Params, param{"limit", pick(g, limitBad)})
			} else {
				c.Params = []param{{"", "x"}, {"", yq(pick(g, hostile))}}
			}
		}
	}
	switch name {
	case "next-in-series":
		if v, ok := c.get("page"); !ok || v == "" {
			c.MayErr = true // without page: an error on main; nav gives it a meaning
		}
		switch g.intn(3) {
		case 0:
			c.Self = true
		case 1:
			c.Closed = true
		default:
			c.Closed = true
			c.Inner = []*node{{Text: g.prose()}}
			if g.chance(0.5) { // a listing in the text shown when the page is missing
				c.Inner = append(c.Inner, g.call(pick(g, []string{"series-listing", "series-untagged", "series-summary"}), kind))
			}
		}
	case "sidebar-box":
		if k, ok := c.get("key"); !ok || !slices.Contains(labels, k) {
			c.MayErr = true
		}
	case "series-listing":
		tag, hasTag := c.get("tag")
		notag, hasNotag := c.get("notag")
		if hasTag && tag == "" || hasTag && hasNotag && boolOn(notag) {
			c.MayErr = true
		}
		if grp, ok := c.get("group"); ok && grp != "" && grp != "year" {
			c.MayErr = true
		}
	}
	if !g.errMode && c.MayErr {
		return g.call(name, kind)
	}
	return &node{Call: c}
}

// paramValue writes a value for parameter k of call c.
func (g *gen) paramValue(c *call, k string) string {
	q := func(s string) string {
		if strings.Contains(s, `"`) && !strings.Contains(s, "`") {
			return "`" + s + "`"
		}
		return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
	}
	safe := func(s string) string { // a shortcode value cannot hold a newline or }}
		return strings.NewReplacer("\n", " ", "}}", "} }", "{{", "{ {", "\t", " ").Replace(s)
	}
	if slices.Contains(boolParams, k) {
		return pick(g, boolWords)
	}
	switch k {
	case "tag":
		if g.chance(0.8) {
			return q(pick(g, tagPool))
		}
		return q(safe(pick(g, hostile)))
	case "series":
		if g.chance(0.8) {
			return q(pick(g, g.terms).Key)
		}
		return q(safe(pick(g, append([]string{"HA Cluster", "nothing", "other"}, hostile...))))
	case "title":
		return q(safe(pick(g, append(hostile, "Listing", "Other posts"))))
	case "links", "soon":
		return q(pick(g, []string{"extra", "planned", "missing", "Extra", "title", "series", "", "tags"}))
	case "group":
		if g.errMode && g.chance(0.2) {
			return q(pick(g, []string{"month", "<b>", "Year"}))
		}
		return q(pick(g, []string{"year", "year", ""}))
	case "limit":
		return pick(g, limitOK)
	case "format":
		return q(pick(g, formatPool))
	case "page":
		if g.chance(0.6) {
			return q(strings.TrimPrefix(pick(g, g.posts), ""))
		}
		return q(pick(g, pagePool))
	case "key":
		if labels, ok := g.s.lookupLabels(); ok && len(labels) > 0 && !g.errMode {
			return q(pick(g, labels))
		}
		return q(pick(g, boxPool))
	}
	return q(safe(pick(g, hostile)))
}

// boolOn is the boolean rule of SPEC §2 on a parameter as printed.
func boolOn(s string) bool {
	l := strings.ToLower(s)
	return l != "" && !slices.Contains([]string{"false", "no", "off", "0"}, l)
}
