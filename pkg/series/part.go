package series

// Part returns the position of the post with path in the receiver, a series
// in reading order (ReadingOrder), counted from 1, and the number of posts in
// the series: "Part n of total". Posts are identified by Path. n is 0 when no
// post has that path. A one-post series gives 1 of 1; whether to show it is
// the caller's choice.
//
// It pairs with the partial serieskit/funcs/part.html.
func (ps Posts) Part(path string) (n, total int) {
	return ps.index(path) + 1, len(ps)
}

// PartNumbers reports whether "Part N of M" is shown for a series: the
// part_numbers front matter of the series term page when it is set
// (seriesSet), else the site's [params.serieskit] part_numbers; each read
// with Bool, as printed (true is "true"). An absent site setting is "", off.
// A series can thus also opt out of a site-wide true.
//
// It pairs with the partial serieskit/funcs/part-numbers.html.
func PartNumbers(site, series string, seriesSet bool) bool {
	if seriesSet {
		return Bool(series)
	}
	return Bool(site)
}
