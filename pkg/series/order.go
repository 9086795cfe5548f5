package series

import "sort"

// ByTitle returns the entries stably sorted by display title, ascending by cmp.
func (es Entries) ByTitle(cmp Compare) Entries {
	cmp = cmp.orDefault()
	out := append(Entries(nil), es...)
	sort.SliceStable(out, func(i, j int) bool { return cmp(out[i].Title, out[j].Title) < 0 })
	return out
}

// Reverse returns the entries in reverse order.
func (es Entries) Reverse() Entries {
	out := make(Entries, len(es))
	for i, e := range es {
		out[len(es)-1-i] = e
	}
	return out
}

// ByWeight returns the entries stably sorted by series_weight ascending
// (absent = 0) and then reversed: the highest weight first and, among equal
// weights, the incoming order reversed.
func (es Entries) ByWeight() Entries {
	out := append(Entries(nil), es...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight < out[j].Weight })
	return out.Reverse()
}

// Order applies the ordering steps of the reference's ordering page to entries that arrive in the
// collection's default order:
//
//  1. with o.ByTitle, a stable sort by display title;
//  2. unless o.Reverse, a reversal of the whole sequence;
//  3. with o.Weight, a stable sort by series_weight ascending, then a
//     reversal of the whole sequence.
//
// So with no weights a tag listing shows the oldest post first, equal weights
// list the newest first, and bytitle with reverse lists titles A to Z.
//
// It pairs with the partial serieskit/funcs/order.html.
func Order(es Entries, o Options, cmp Compare) Entries {
	out := append(Entries(nil), es...)
	if o.ByTitle {
		out = out.ByTitle(cmp)
	}
	if !o.Reverse {
		out = out.Reverse()
	}
	if o.Weight {
		out = out.ByWeight()
	}
	return out
}
