package series

import (
	"sort"
	"strings"
	"time"
	"unicode"
)

// Compare orders two strings: negative when a sorts before b, zero when they
// are equal, positive otherwise. Pass a collator's CompareString to order
// titles as Hugo does; nil means PlainCompare.
type Compare func(a, b string) int

// PlainCompare is the default Compare: byte-wise, as strings.Compare.
func PlainCompare(a, b string) int { return strings.Compare(a, b) }

func (c Compare) orDefault() Compare {
	if c == nil {
		return PlainCompare
	}
	return c
}

// Author is a guest author credited in listings.
type Author struct {
	Name string // shown as "by Name"
	Link string // the name links here when set
}

// Post is one page as serieskit sees it: the front matter and page values the
// listings read.
type Post struct {
	Path      string    // Hugo's normalised path ("/posts/bgp.md"), the last tie-break
	Permalink string    // the link target
	Title     string    // .Title
	FileName  string    // .File.ContentBaseName, the title of last resort (PlainTitle)
	LinkTitle string    // .LinkTitle; empty means Title
	Date      time.Time // .Date; the zero time means undated
	Weight    int       // page weight; 0 means unset and sorts last

	// TaxonomyWeight is the <taxonomy>_weight that orders the post in a term
	// page's collection; for the series taxonomy it is series_weight. Zero in
	// a section.
	TaxonomyWeight int

	SeriesWeight    int               // series_weight; 0 when absent
	HasSeriesWeight bool              // series_weight is set
	SeriesTitle     string            // series_title
	SeriesTags      map[string]string // <key>_tag by series key
	SeriesTitles    map[string]string // <key>_title by series key
	Tags            []string          // the ordinary tags front matter (ParseTags)
	Author          Author            // guest author, if any
	Series          []string          // the series front matter: its terms, first series first
	Summary         string            // .Summary as Hugo computed it (HTML)
	ShortSummary    string            // short_summary front matter (markdown); empty when absent
}

func (p Post) linkTitle() string {
	if p.LinkTitle != "" {
		return p.LinkTitle
	}
	return p.Title
}

// Posts is a list of posts; its methods return sorted or filtered copies.
type Posts []Post

// ByDefault returns the posts in Hugo's default order for a collection:
// TaxonomyWeight ascending, then page Weight ascending with 0 last, then date
// newest first (compared in whole seconds, undated last), then link title by
// cmp, then path (case-insensitively, as Hugo compares paths).
//
// As in Hugo, a TaxonomyWeight of -1 counts as no taxonomic weight: a pair in
// which either post has -1 skips the first step, so such a post is placed by
// the other keys alone. That is no consistent order when other taxonomic
// weights differ, and the result then depends on the order the posts come
// in: pass them in Hugo's collection order (a term's pages by path, in byte
// order) to get Hugo's result; like Hugo, ByDefault sorts stably.
func (ps Posts) ByDefault(cmp Compare) Posts {
	cmp = cmp.orDefault()
	out := append(Posts(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool { return defaultLess(out[i], out[j], cmp) })
	return out
}

func defaultLess(a, b Post, cmp Compare) bool {
	if a.TaxonomyWeight != b.TaxonomyWeight && a.TaxonomyWeight != -1 && b.TaxonomyWeight != -1 {
		return a.TaxonomyWeight < b.TaxonomyWeight
	}
	if a.Weight == b.Weight {
		if a.Date.Unix() == b.Date.Unix() {
			if c := cmp(a.linkTitle(), b.linkTitle()); c != 0 {
				return c < 0
			}
			return foldCompare(a.Path, b.Path) < 0
		}
		return a.Date.Unix() > b.Date.Unix()
	}
	if b.Weight == 0 {
		return true
	}
	if a.Weight == 0 {
		return false
	}
	return a.Weight < b.Weight
}

// foldCompare compares case-insensitively, with a byte-wise tie-break so that
// "B" and "b" still differ.
func foldCompare(a, b string) int {
	ar, br := []rune(a), []rune(b)
	for i := 0; i < len(ar) && i < len(br); i++ {
		x, y := unicode.ToLower(ar[i]), unicode.ToLower(br[i])
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	if len(ar) != len(br) {
		if len(ar) < len(br) {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

// SiteTag returns the posts whose Tags contain title, in the receiver's order:
// the members of a site_tag listing on a page with that title, given every
// page of the site of any kind (regular pages, sections, taxonomy and term
// pages) in Hugo's default order.
//
// It pairs with the partial serieskit/funcs/site-tag.html.
func (ps Posts) SiteTag(title string) Posts {
	var out Posts
	for _, p := range ps {
		for _, t := range p.Tags {
			if t == title {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// ParseTags reads a tags front-matter value as a decoder hands it over: a
// list keeps its strings (a site_tag title never matches a number or a map),
// and a single string counts as a one-element list, as Hugo's taxonomies
// read it. Anything else is no tags.
//
// It pairs with the two where clauses of the partial
// serieskit/funcs/site-tag.html.
func ParseTags(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []string:
		return append([]string(nil), x...)
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
