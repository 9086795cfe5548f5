package sidebar

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/serieskit/serieskit/pkg/sidebar"
)

// The generated site. Everything the model needs is kept as the generator
// wrote it (not as Hugo read it), so the model is computed from the
// generator's values alone.

// site is one generated Hugo site.
type site struct {
	Seed       uint64
	Pages      []*page
	Lookup     *lookup // nil: no lookup file
	LookupName string  // [params.serieskit] sidebar_lookup; "" leaves the default
	Resources  string  // [params.serieskit] resources_page; "" leaves it unset
	TopPage    *page   // the page with layout: top, or nil
	Calls      []string
}

// page is a content page with the front matter the sidebar reads.
type page struct {
	File      string // content file, e.g. "content/series/bgp-3/_index.md"
	Path      string // Hugo's .Path, e.g. "/series/bgp-3"
	Link      string // .RelPermalink
	Title     string
	PageTitle string // "" when absent
	Layout    string // "" when absent
	Box       any    // sidebar_box as written: nil (absent), string, []any or int
	Draft     bool
}

// lookup is the lookup data file.
type lookup struct {
	Format  string      // "yaml", "toml" or "json"
	Labels  [][2]string // box key and label, in written order
	Display []string    // nil: no display key
}

var (
	titlePool = []string{"Distributed Systems", "BGP", "bgp", "eBGP", "EVPN", "Éclair", "Zebra", "alpha", "Alpha",
		"10 Things", "2 Things", "Data Center", "data center", "Q&A <basics>", `"Quoted"`, "It's here", "Ünicode",
		"SDN", "MPLS", "zeta", "Network Automation", "network automation"}
	keyPool   = []string{"HA", "ha", "SDN", "DC", "Cloud", "Data Center", "Q&A", "ipv6", "IPv6", "Zeta", "alpha", "10"}
	labelPool = []string{"High Availability", "Software-Defined Networking", "Data Center & <Cloud>", "Études",
		"IPv6", "zeta", "Zeta", "Automation", `"Quoted" label`, ""}
	wordPool = []string{"bgp", "ospf", "evpn", "vxlan", "sdn", "ha", "cloud", "dc", "ipv6", "mpls", "e", "z"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// newSite generates the site of a seed: the same seed, the same site.
func newSite(seed uint64) *site {
	r := rand.New(rand.NewPCG(seed, 0x5eed51deba2))
	s := &site{Seed: seed}
	n := 3 + r.IntN(18)
	for i := range n {
		p := &page{Title: pick(r, titlePool)}
		slug := fmt.Sprintf("%s-%d", pick(r, wordPool), i)
		switch k := r.IntN(10); {
		case k < 5:
			p.File, p.Path = "content/series/"+slug+"/_index.md", "/series/"+slug
		case k < 7:
			p.File, p.Path = "content/"+slug+"/_index.md", "/"+slug
		default:
			p.File, p.Path = "content/posts/"+slug+".md", "/posts/"+slug
		}
		p.Link = p.Path + "/"
		if r.IntN(4) == 0 {
			p.PageTitle = pick(r, titlePool)
		}
		switch k := r.IntN(20); {
		case k < 7:
			p.Layout = "custom"
		case k < 8:
			p.Layout = "fancy"
		}
		switch k := r.IntN(20); {
		case k < 8:
			p.Box = pick(r, keyPool)
		case k < 10:
			p.Box = sidebar.Skip
		case k < 11:
			p.Box = ""
		case k < 12:
			p.Box = []any{pick(r, keyPool)}
		case k < 13:
			p.Box = 7
		case k < 14:
			p.Box = "display"
		}
		p.Draft = r.IntN(15) == 0
		s.Pages = append(s.Pages, p)
	}
	if r.IntN(7) != 0 {
		l := &lookup{Format: pick(r, []string{"yaml", "toml", "json"})}
		for _, k := range keyPool {
			if r.IntN(2) == 0 {
				l.Labels = append(l.Labels, [2]string{k, pick(r, labelPool)})
			}
		}
		if r.IntN(10) != 0 {
			l.Display = []string{}
			for range r.IntN(len(keyPool) + 2) {
				l.Display = append(l.Display, pick(r, append(slices.Clone(keyPool), "Unknown", "nothing")))
			}
		}
		s.Lookup = l
		switch r.IntN(10) {
		case 0, 1:
			s.LookupName = "boxes"
		case 2:
			s.LookupName = "serieskit/boxes"
		}
	}
	if r.IntN(5) < 2 {
		s.TopPage = &page{File: "content/resources/_index.md", Path: "/resources", Link: "/resources/",
			Title: "Resources", Layout: "top"}
		if r.IntN(4) == 0 {
			s.TopPage.Box = pick(r, keyPool)
		}
		s.Pages = append(s.Pages, s.TopPage)
	}
	switch r.IntN(10) {
	case 0:
		s.Resources = pick(r, s.Pages).Path
	case 1:
		s.Resources = "/nowhere"
	}
	known := s.knownKeys()
	for range r.IntN(4) {
		if len(known) > 0 {
			s.Calls = append(s.Calls, pick(r, known))
		}
	}
	return s
}

// sidebarPages is the site's pages as pkg/sidebar sees them: drafts are not
// built, so they are not pages of the site.
func (s *site) sidebarPages() sidebar.Pages {
	var ps sidebar.Pages
	for _, p := range s.Pages {
		if !p.Draft {
			ps = append(ps, sidebar.Page{Path: p.Path, Link: p.Link, Title: p.Title, PageTitle: p.PageTitle,
				Layout: p.Layout, SidebarBox: p.Box})
		}
	}
	return ps
}

// sidebarLookup is the lookup file as pkg/sidebar reads it.
func (s *site) sidebarLookup() sidebar.Lookup {
	if s.Lookup == nil {
		return sidebar.Lookup{}
	}
	m := map[string]any{}
	for _, kv := range s.Lookup.Labels {
		m[kv[0]] = kv[1]
	}
	if s.Lookup.Display != nil {
		var d []any
		for _, k := range s.Lookup.Display {
			d = append(d, k)
		}
		m[sidebar.DisplayKey] = d
	}
	l, err := sidebar.ParseLookup("lookup", m)
	if err != nil {
		panic(err)
	}
	return l
}

// knownKeys are the box keys a sidebar-box call may name: those of featured
// pages and those of the lookup file.
func (s *site) knownKeys() []string {
	var ks []string
	for _, p := range s.sidebarPages() {
		if box, ok := p.Featured(); ok && box != "" {
			ks = append(ks, box)
		}
	}
	l := s.sidebarLookup()
	for k := range l.Labels {
		ks = append(ks, k)
	}
	ks = append(ks, l.Display...)
	slices.Sort(ks)
	return slices.Compact(ks)
}

// quote writes s as a double-quoted string valid in YAML, TOML and JSON.
func quote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return strings.TrimSpace(b.String())
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = quote(x)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// txtar returns the site as txtar files for harness.Build.
func (s *site) txtar() string {
	var b strings.Builder
	b.WriteString("-- hugo.toml --\n")
	b.WriteString("baseURL = \"https://example.org/\"\ntitle = \"Generated\"\ntheme = \"github.com/serieskit/serieskit/theme\"\n")
	b.WriteString("disableKinds = [\"rss\", \"sitemap\", \"robotstxt\", \"404\"]\n")
	b.WriteString("[taxonomies]\nseries = \"series\"\n")
	if s.LookupName != "" || s.Resources != "" {
		b.WriteString("[params.serieskit]\n")
		if s.LookupName != "" {
			fmt.Fprintf(&b, "sidebar_lookup = %s\n", quote(s.LookupName))
		}
		if s.Resources != "" {
			fmt.Fprintf(&b, "resources_page = %s\n", quote(s.Resources))
		}
	}
	if l := s.Lookup; l != nil {
		name := s.LookupName
		if name == "" {
			name = "sidebar_lookup"
		}
		fmt.Fprintf(&b, "-- data/%s.%s --\n", name, l.Format)
		var lines []string
		switch l.Format {
		case "json":
			for _, kv := range l.Labels {
				lines = append(lines, quote(kv[0])+": "+quote(kv[1]))
			}
			if l.Display != nil {
				lines = append(lines, quote(sidebar.DisplayKey)+": "+quoteList(l.Display))
			}
			b.WriteString("{\n" + strings.Join(lines, ",\n") + "\n}\n")
		default:
			sep := ": "
			if l.Format == "toml" {
				sep = " = "
			}
			if l.Display != nil {
				lines = append(lines, sidebar.DisplayKey+sep+quoteList(l.Display))
			}
			for _, kv := range l.Labels {
				lines = append(lines, quote(kv[0])+sep+quote(kv[1]))
			}
			b.WriteString(strings.Join(lines, "\n") + "\n")
		}
	}
	for _, p := range s.Pages {
		fmt.Fprintf(&b, "-- %s --\n---\ntitle: %s\n", p.File, quote(p.Title))
		if p.PageTitle != "" {
			fmt.Fprintf(&b, "page_title: %s\n", quote(p.PageTitle))
		}
		if p.Layout != "" {
			fmt.Fprintf(&b, "layout: %s\n", p.Layout)
		}
		switch v := p.Box.(type) {
		case nil:
		case string:
			fmt.Fprintf(&b, "sidebar_box: %s\n", quote(v))
		case []any:
			fmt.Fprintf(&b, "sidebar_box: [%s]\n", quote(v[0].(string)))
		default:
			fmt.Fprintf(&b, "sidebar_box: %v\n", v)
		}
		if p.Draft {
			b.WriteString("draft: true\n")
		}
		fmt.Fprintf(&b, "---\nThe page %s.\n", p.Path)
	}
	b.WriteString("-- content/boxes.md --\n---\ntitle: Boxes\n---\n")
	for i, k := range s.Calls {
		fmt.Fprintf(&b, "\nBOX-%d\n\n{{< sidebar-box key=%s >}}\n", i, quote(k))
	}
	b.WriteString("\nBOX-END\n")
	return b.String()
}
