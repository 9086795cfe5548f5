package series

// BoxSize is the most posts the series box lists; a longer series shows its
// BoxSize first posts in default order and a link to the series page.
const BoxSize = 10

// SeriesParameters lists every parameter the series shortcode accepts.
var SeriesParameters = []string{"single"}

// NextParameters lists every parameter next-in-series accepts.
var NextParameters = []string{"page", "series"}

// FirstSeries returns the series term of a post that the series shortcode and
// the series box show, its first series as written in front matter, and the
// series key of that term (spaces replaced by "-", lower-cased, as Key). Both
// are empty when the post has no series.
//
// It pairs with the partial serieskit/funcs/first-series.html.
func FirstSeries(p Post) (term, key string) {
	if len(p.Series) == 0 || p.Series[0] == "" {
		return "", ""
	}
	term = p.Series[0]
	key, _ = Key("", term) // a non-empty term always has a key
	return term, key
}

// InThisSeries returns what the series shortcode lists: every post of the
// series, given as its term page's members, in reading order (ReadingOrder).
// The templates show the post being rendered as "(this post)", unlinked.
func InThisSeries(members Posts, key string, cmp Compare) Entries {
	return NewEntries(members.ReadingOrder(cmp), key)
}

// Box is what the series box of a post shows.
type Box struct {
	// Latest is set for a series of more than BoxSize posts: the box is
	// headed "Latest blog posts in <series>" and links to the series page.
	Latest bool
	// Entries are the posts listed: nil (no box) for a series of one post,
	// all of them in reading order up to BoxSize posts, else the
	// BoxSize first in default order (the newest, when unweighted).
	Entries Entries
}

// NewBox selects what the series box shows for a series whose term page has
// the given members.
//
// It pairs with the partial serieskit/funcs/box.html.
func NewBox(members Posts, key string, cmp Compare) Box {
	switch {
	case len(members) <= 1:
		return Box{}
	case len(members) <= BoxSize:
		return Box{Entries: NewEntries(members.ReadingOrder(cmp), key)}
	default:
		return Box{Latest: true, Entries: NewEntries(members.ByDefault(cmp), key).Limit(BoxSize)}
	}
}
