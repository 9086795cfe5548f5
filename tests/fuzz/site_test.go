package fuzz

import (
	"fmt"
	"slices"
	"strings"

	"github.com/serieskit/serieskit/tests/harness"
)

// The generated site, kept as written: front matter as YAML text, calls as
// their parameters' source text, so that what the shrinker removes is exactly
// what the printed site no longer has.

// site is one generated Hugo site, built with serieskit's page shell.
type site struct {
	Seed      uint64
	Params    []string // lines of [params.serieskit], e.g. `strict = true`
	Unsafe    bool     // markup.goldmark.renderer.unsafe
	PagerSize int      // 0: Hugo's default
	Lookup    []string // lines of data/sidebar_lookup.yaml; nil: no file
	Pages     []*page
}

// page is one content file.
type page struct {
	File  string // e.g. "content/posts/p01.md"
	Front []field
	Body  []*node
}

// field is one front-matter line: key and YAML value text (single line).
type field struct{ Key, Value string }

// node is a paragraph of prose or a shortcode call.
type node struct {
	Text string
	Call *call
}

// call is a shortcode call as written.
type call struct {
	Name     string
	Params   []param
	Markdown bool    // written {{% %}}
	Self     bool    // self-closed: {{< name />}}
	Closed   bool    // has a closing tag; Inner holds what is between
	Inner    []*node // nested calls (wrap) or text (next-in-series)
	Inline   bool    // written inside a sentence rather than on its own line
	MayErr   bool    // the generator chose a value the spec makes an error
}

// param is one parameter as written: Name "" is a positional one; Value is
// the source text, quoted or not.
type param struct{ Name, Value string }

// get returns the unquoted value of a named parameter and whether it is set.
func (c *call) get(name string) (string, bool) {
	for _, p := range c.Params {
		if p.Name == name {
			return unquote(p.Value), true
		}
	}
	return "", false
}

// unquote reads a parameter value as Hugo gives it to a template, printed.
func unquote(v string) string {
	switch {
	case strings.HasPrefix(v, "`"):
		return strings.Trim(v, "`")
	case strings.HasPrefix(v, `"`):
		s := v[1 : len(v)-1]
		return strings.ReplaceAll(s, `\"`, `"`)
	}
	return v
}

func (c *call) String() string {
	var b strings.Builder
	open, close := "{{< ", " >}}"
	if c.Markdown {
		open, close = "{{% ", " %}}"
	}
	b.WriteString(open + c.Name)
	for _, p := range c.Params {
		b.WriteString(" ")
		if p.Name != "" {
			b.WriteString(p.Name + "=")
		}
		b.WriteString(p.Value)
	}
	if c.Self {
		close = " /" + strings.TrimPrefix(close, " ")
	}
	b.WriteString(close)
	if c.Closed {
		sep := "\n"
		if c.Name == "next-in-series" {
			sep = ""
		}
		b.WriteString(sep)
		for i, n := range c.Inner {
			if i > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(n.String())
		}
		b.WriteString(sep + open + "/" + c.Name + close)
	}
	return b.String()
}

func (n *node) String() string {
	if n.Call == nil {
		return n.Text
	}
	if n.Call.Inline {
		return "See " + n.Call.String() + " here."
	}
	return n.Call.String()
}

func (p *page) source() string {
	var b strings.Builder
	b.WriteString("---\n")
	for _, f := range p.Front {
		if f.Value == "" {
			fmt.Fprintf(&b, "%s:\n", f.Key)
		} else {
			fmt.Fprintf(&b, "%s: %s\n", f.Key, f.Value)
		}
	}
	b.WriteString("---\n")
	for i, n := range p.Body {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(n.String() + "\n")
	}
	return b.String()
}

// calls returns every call on the page, nested ones included, outermost
// first, each with whether it is written in (or nested in) {{% %}}.
func (p *page) calls() []*call {
	var out []*call
	var walk func([]*node)
	walk = func(ns []*node) {
		for _, n := range ns {
			if n.Call != nil {
				out = append(out, n.Call)
				walk(n.Call.Inner)
			}
		}
	}
	walk(p.Body)
	return out
}

// markdownCalls reports whether a serieskit call on the page is written
// with {{% %}} or nested in a call written so.
func (p *page) markdownCalls() bool {
	var walk func([]*node, bool) bool
	walk = func(ns []*node, md bool) bool {
		for _, n := range ns {
			c := n.Call
			if c == nil {
				continue
			}
			m := md || c.Markdown
			if m && c.Name != wrapper {
				return true
			}
			if walk(c.Inner, m) {
				return true
			}
		}
		return false
	}
	return walk(p.Body, false)
}

// wrapper is the site's own shortcode that serieskit calls are nested in.
const wrapper = "wrap"

// siteConfig is the start of every generated site's hugo.toml.
func (s *site) config() string {
	var b strings.Builder
	b.WriteString("-- hugo.toml --\n")
	b.WriteString(`baseURL = "` + harness.BaseURL + `"` + "\n")
	b.WriteString(`theme = "` + harness.Shell + `"` + "\n")
	b.WriteString(`title = "Fuzz"` + "\n")
	b.WriteString(`disableKinds = ["rss", "sitemap", "404", "robotstxt"]` + "\n")
	if s.PagerSize > 0 {
		fmt.Fprintf(&b, "[pagination]\npagerSize = %d\n", s.PagerSize)
	}
	if s.Unsafe {
		b.WriteString("[markup.goldmark.renderer]\nunsafe = true\n")
	}
	b.WriteString("[taxonomies]\nseries = \"series\"\ntag = \"tags\"\n")
	if len(s.Params) > 0 {
		b.WriteString("[params.serieskit]\n" + strings.Join(s.Params, "\n") + "\n")
	}
	return b.String()
}

// wrapperLayout is the site's wrapper shortcode: it inserts its inner
// content as is, as Hugo's documentation shows for {{< >}} wrappers.
const wrapperLayout = "-- layouts/_shortcodes/wrap.html --\n<div class=\"wrap\">{{ .Inner }}</div>\n"

// txtar is the site as harness.Build files.
func (s *site) txtar() string {
	var b strings.Builder
	b.WriteString(s.config())
	b.WriteString(wrapperLayout)
	if s.Lookup != nil {
		b.WriteString("-- data/sidebar_lookup.yaml --\n" + strings.Join(s.Lookup, "\n") + "\n")
	}
	for _, p := range s.Pages {
		b.WriteString("-- " + p.File + " --\n" + p.source())
	}
	return b.String()
}

// clone copies the site deeply, so the shrinker can cut the copy.
func (s *site) clone() *site {
	c := *s
	c.Params = slices.Clone(s.Params)
	if s.Lookup != nil {
		c.Lookup = slices.Clone(s.Lookup)
	}
	c.Pages = make([]*page, len(s.Pages))
	for i, p := range s.Pages {
		q := *p
		q.Front = slices.Clone(p.Front)
		q.Body = cloneNodes(p.Body)
		c.Pages[i] = &q
	}
	return &c
}

func cloneNodes(ns []*node) []*node {
	if ns == nil {
		return nil
	}
	out := make([]*node, len(ns))
	for i, n := range ns {
		m := *n
		if n.Call != nil {
			c := *n.Call
			c.Params = slices.Clone(n.Call.Params)
			c.Inner = cloneNodes(n.Call.Inner)
			m.Call = &c
		}
		out[i] = &m
	}
	return out
}
