package series

// ListItem is one element of the schema.org ItemList that describes the posts
// a topic page lists.
type ListItem struct {
	Position int    // 1 for the first item, then 2, 3 ...
	URL      string // the post's Permalink
	Name     string // the display title the listing shows (Entry.Title)
}

// ItemList returns the items of a topic page's ItemList: the posts its
// listings show, given as each listing's entries in the order the calls
// appear on the page and each listing in the order it shows them (as Listing
// or Summaries return them; for group="year" and series-untagged, group after
// group), numbered from 1. A post shown by several listings appears once, at
// its first appearance and under the title shown there; posts are identified
// by Path. Entries a listing adds that are not posts (links=, soon=) are not
// in the list. No entries give an empty, non-nil list.
//
// It pairs with the partial serieskit/funcs/itemlist.html.
func ItemList(listings ...Entries) []ListItem {
	out := []ListItem{}
	seen := map[string]bool{}
	for _, es := range listings {
		for _, e := range es {
			if seen[e.Post.Path] {
				continue
			}
			seen[e.Post.Path] = true
			out = append(out, ListItem{Position: len(out) + 1, URL: e.Post.Permalink, Name: e.Title})
		}
	}
	return out
}

// DefaultItemListLimit is how many items a topic page's JSON-LD ItemList
// names when [params.serieskit] itemlist_limit is not set.
const DefaultItemListLimit = 1000

// LimitItems returns the items a topic page's JSON-LD names: the first limit
// of items, all of them when limit is 0 or at least len(items). The
// ItemList's numberOfItems stays len(items), the whole list.
//
// It pairs with the itemlist_limit step of the partial
// serieskit/funcs/structured-data.html.
func LimitItems(items []ListItem, limit int) []ListItem {
	if limit <= 0 || limit >= len(items) {
		return items
	}
	return items[:limit]
}
