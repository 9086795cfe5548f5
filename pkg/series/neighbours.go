package series

// Neighbours returns the posts before and after the post with path in the
// receiver, a series in reading order (ReadingOrder): prev is nil for the
// first post, next is nil for the last, and a one-post series has neither.
// Posts are identified by Path. ok is false, with no neighbours, when no post
// has that path (the post is not in this series). The returned posts are
// copies.
//
// It pairs with the partials serieskit/funcs/neighbours.html and, for every
// post of a series at once, serieskit/funcs/navs.html.
func (ps Posts) Neighbours(path string) (prev, next *Post, ok bool) {
	i := ps.index(path)
	if i < 0 {
		return nil, nil, false
	}
	if i > 0 {
		p := ps[i-1]
		prev = &p
	}
	if i < len(ps)-1 {
		n := ps[i+1]
		next = &n
	}
	return prev, next, true
}

// NextInSeries returns the post that next-in-series links when it has no
// page= parameter: the post after the one at path in the reading order of
// members, the members of a series term page (of the post's first series,
// FirstSeries, or of the series named by series=). The link shows its
// NextTitle. next is nil when the post is the last of the series; ok is false
// when the post is not in the series at all. In both cases the shortcode
// shows its inner markdown instead.
//
// It pairs with the partial serieskit/funcs/next.html, which calls
// serieskit/funcs/reading-order.html and serieskit/funcs/neighbours.html.
func NextInSeries(members Posts, path string, cmp Compare) (next *Post, ok bool) {
	_, next, ok = members.ReadingOrder(cmp).Neighbours(path)
	return next, ok
}

// NextTitle is the title next-in-series shows for the post it links, with or
// without page=: the post's series_title, else PlainTitle (blank titles are
// skipped, as in DisplayTitle). Unlike DisplayTitle, no <key>_title applies.
//
// It pairs with the partial serieskit/funcs/next-title.html.
func NextTitle(p Post) string {
	if !blank(p.SeriesTitle) {
		return p.SeriesTitle
	}
	return PlainTitle(p)
}
