// Package sidebar is the Go reference implementation of serieskit's featured
// sidebar (reference: sidebar): which pages are featured, how they are grouped into
// sidebar boxes, the order of the boxes and of the pages in them, and the
// lookup data file that labels and orders the boxes. It works on plain Go
// values with the standard library only.
//
// Each step pairs with a partial under layouts/_partials/serieskit/funcs/:
//
//	ParseLookup    ↔ funcs/lookup.html    the lookup data file, validated
//	Page.Box       ↔ funcs/featured.html  a page's sidebar_box, checked
//	Page.Featured  ↔ funcs/page-box.html  whether and where a page is featured
//	Featured       ↔ funcs/featured.html  featured pages grouped by box
//
// The featured widget, the resources page (layout: top) and the sidebar-box
// shortcode all render the groups that Featured returns.
//
// Titles and box keys are compared with a Compare function. Hugo's sort uses
// the site language's collator (golang.org/x/text/collate); this package
// stays standard-library only, so callers pass that collator's CompareString,
// or nil for the plain default, PlainCompare.
package sidebar
