package sidebar

import (
	"fmt"
	"sort"
	"strings"

	"github.com/serieskit/serieskit/pkg/series"
)

// Skip is the sidebar_box value that keeps a page out of the sidebar, even a
// page with layout: custom.
const Skip = "skip"

// CustomLayout is the layout whose pages are featured without a sidebar_box,
// in the "Other Resources" group.
const CustomLayout = "custom"

// Compare orders two strings, as in package series: pass a collator's
// CompareString to order as Hugo does; nil means PlainCompare.
type Compare = series.Compare

// PlainCompare is the default Compare: byte-wise, as strings.Compare.
var PlainCompare = series.PlainCompare

func orDefault(c Compare) Compare {
	if c == nil {
		return PlainCompare
	}
	return c
}

// Page is a page of the site as the featured sidebar sees it: the values of
// its Hugo page and front matter.
type Page struct {
	// Path is the page's Hugo path (.Path), unique in the site; it orders
	// pages whose display titles are equal.
	Path string
	// Link is the page's URL (.RelPermalink).
	Link string
	// Title is the page's title (.Title).
	Title string
	// PageTitle is front matter page_title, "" when absent (or not a
	// string: see series.ParseText).
	PageTitle string
	// FileName is the page's content file name without extension (a
	// section's or term's directory name): the title of a page with no
	// title.
	FileName string
	// Layout is front matter layout (.Layout), "" when absent.
	Layout string
	// SidebarBox is front matter sidebar_box as decoded: nil when absent, a
	// string when well-formed, anything else when not.
	SidebarBox any
}

// DisplayTitle is the title the sidebar shows: the first of PageTitle, Title
// and FileName that is not blank (blank: empty or only white space), so that
// no page is listed as an empty link.
//
// It pairs with the partials serieskit/funcs/page-title.html and
// serieskit/funcs/untitled.html.
func (p Page) DisplayTitle() string {
	if strings.TrimSpace(p.PageTitle) != "" {
		return p.PageTitle
	}
	if strings.TrimSpace(p.Title) != "" {
		return p.Title
	}
	return p.FileName
}

// Box returns the page's sidebar box key: SidebarBox when it is a string, ""
// when it is absent. A SidebarBox that is not a string is an error naming the
// page (the templates warn), and the page counts as having no box.
func (p Page) Box() (string, error) {
	switch v := p.SidebarBox.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	default:
		return "", fmt.Errorf("page %q: sidebar_box must be a string (a box key or %q), got %v", p.Path, Skip, v)
	}
}

// Featured reports whether the page is featured, and in which box: a page
// with a box other than Skip is featured in that box; a page with layout:
// custom and no box is featured with box "" (the "Other Resources" group).
func (p Page) Featured() (box string, ok bool) {
	box, _ = p.Box()
	switch {
	case box == Skip:
		return "", false
	case box != "":
		return box, true
	default:
		return "", p.Layout == CustomLayout
	}
}

// Pages is a list of pages.
type Pages []Page

// ByDisplayTitle returns the pages sorted by display title, ascending by cmp;
// pages with equal display titles are ordered by Path.
func (ps Pages) ByDisplayTitle(cmp Compare) Pages {
	cmp = orDefault(cmp)
	out := append(Pages(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool { return cmp(out[i].Path, out[j].Path) < 0 })
	sort.SliceStable(out, func(i, j int) bool { return cmp(out[i].DisplayTitle(), out[j].DisplayTitle()) < 0 })
	return out
}
