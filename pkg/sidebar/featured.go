package sidebar

import "sort"

// OtherLabel is the English label of the group of layout: custom pages that
// have no sidebar box; the templates translate it (serieskit_other_resources).
const OtherLabel = "Other Resources"

// Group is one group of the featured widget: a sidebar box, or the "Other
// Resources" group (Key "").
type Group struct {
	// Key is the box key, "" for the "Other Resources" group.
	Key string
	// Label is the box's label from the lookup, the key when unlisted.
	Label string
	// Pages are the box's featured pages, by display title.
	Pages Pages
}

// Groups is the featured widget's list of groups, in display order.
type Groups []Group

// Find returns the group of a box key.
func (gs Groups) Find(key string) (Group, bool) {
	for _, g := range gs {
		if g.Key == key && key != "" {
			return g, true
		}
	}
	return Group{}, false
}

// Featured groups the featured pages of a site (see Page.Featured) into the
// featured widget's groups: one per box that has pages, first the boxes of
// l.Display in that order (a key listed twice counts once, a key with no
// pages is skipped), then the other boxes by key; last the "Other Resources"
// group when a layout: custom page has no box. Labels come from l; pages are
// ordered by display title, then path. Titles and keys compare with cmp (nil:
// PlainCompare). It pairs with the partial serieskit/funcs/featured.html.
func Featured(pages Pages, l Lookup, cmp Compare) Groups {
	cmp = orDefault(cmp)
	byBox := map[string]Pages{}
	var other Pages
	for _, p := range pages {
		box, ok := p.Featured()
		switch {
		case !ok:
		case box == "":
			other = append(other, p)
		default:
			byBox[box] = append(byBox[box], p)
		}
	}

	var order []string
	seen := map[string]bool{}
	for _, k := range l.Display {
		if len(byBox[k]) > 0 && !seen[k] {
			order = append(order, k)
			seen[k] = true
		}
	}
	var rest []string
	for k := range byBox {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.SliceStable(rest, func(i, j int) bool { return rest[i] < rest[j] })
	sort.SliceStable(rest, func(i, j int) bool { return cmp(rest[i], rest[j]) < 0 })
	order = append(order, rest...)

	var gs Groups
	for _, k := range order {
		gs = append(gs, Group{Key: k, Label: l.Label(k), Pages: byBox[k].ByDisplayTitle(cmp)})
	}
	if len(other) > 0 {
		gs = append(gs, Group{Label: OtherLabel, Pages: other.ByDisplayTitle(cmp)})
	}
	return gs
}
