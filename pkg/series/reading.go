package series

// ReadingOrder returns the posts of a series in reading order: Hugo's default
// order of the series term page's pages (ByDefault) reversed. The receiver is
// the term page's members, each with its series_weight as TaxonomyWeight, in
// Hugo's collection order (see ByDefault for why that order matters).
//
// It is the order of the series box when the box shows the whole series, and
// the order that previous / next (Neighbours), "Part N of M" (Part) and
// next-in-series without page= (NextInSeries) follow. Reversing the default
// order means:
//
//   - with no weights, the oldest post first and undated posts before the
//     dated ones (Hugo lists them last);
//   - a higher series_weight first (absent counts as 0, so a negative
//     series_weight comes after the unweighted posts), and among equal
//     weights the oldest first; a series_weight of -1 is, as in Hugo, no
//     taxonomic weight at all, and such a post is placed by the other keys;
//   - a page weight, which Hugo orders ascending with 0 last, puts the
//     posts without one first, then the highest page weight.
//
// It pairs with the partial serieskit/funcs/reading-order.html.
func (ps Posts) ReadingOrder(cmp Compare) Posts {
	return ps.ByDefault(cmp).Reverse()
}

// Reverse returns the posts in reverse order.
func (ps Posts) Reverse() Posts {
	out := make(Posts, len(ps))
	for i, p := range ps {
		out[len(ps)-1-i] = p
	}
	return out
}

// index returns the position of the first post with path in ps, or -1.
func (ps Posts) index(path string) int {
	for i, p := range ps {
		if p.Path == path {
			return i
		}
	}
	return -1
}
