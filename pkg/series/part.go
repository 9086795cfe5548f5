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
