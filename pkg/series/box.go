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
// Each is shown under its PlainTitle (not its display title); the templates
// show the post being rendered as "(this post)", unlinked.
//
// It pairs with the partial serieskit/render/series-posts.html.
func InThisSeries(members Posts, cmp Compare) Posts {
	return members.ReadingOrder(cmp)
}

// Box is what the series box of a post shows.
type Box struct {
	// Latest is set for a series of more than BoxSize posts: the box is
	// headed "Latest blog posts in <series>" and links to the series page.
	Latest bool
	// Posts are the posts listed, each under its PlainTitle: nil (no box)
	// for a series of one post, all of them in reading order up to
	// BoxSize posts, else the BoxSize first in default order (the newest,
	// when unweighted).
	Posts Posts
}

// NewBox selects what the series box shows for a series whose term page has
// the given members. It needs only the first BoxSize posts in default order
// (the templates take them from the term page's pages, which Hugo keeps
// sorted), so the box costs the same in a series of any size.
//
// It pairs with the partial serieskit/funcs/box.html.
func NewBox(members Posts, cmp Compare) Box {
	ps := members.ByDefault(cmp)
	switch {
	case len(ps) <= 1:
		return Box{}
	case len(ps) <= BoxSize:
		return Box{Posts: members.ReadingOrder(cmp)}
	default:
		return Box{Latest: true, Posts: ps[:BoxSize:BoxSize]}
	}
}
