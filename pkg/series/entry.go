package series

import (
	"fmt"
	"regexp"
	"strconv"
)

// Entry is one post of a listing with the values the listing shows.
type Entry struct {
	Post      Post
	Title     string // display title (DisplayTitle)
	Tag       string // <key>_tag; empty when untagged
	Weight    int    // series_weight; 0 when absent
	HasWeight bool   // series_weight is set
	Year      int    // year of the post's date; 0 when undated
}

// Entries is a listing's posts in order; its methods return copies.
type Entries []Entry

// DisplayTitle is the title a post is listed under in series key: the first
// non-empty of <key>_title, series_title and Title.
//
// It pairs with the title part of the partial serieskit/funcs/entries.html.
func DisplayTitle(p Post, key string) string {
	if t := p.SeriesTitles[key]; t != "" {
		return t
	}
	if p.SeriesTitle != "" {
		return p.SeriesTitle
	}
	return p.Title
}

// NewEntries makes the entries of posts in series key, keeping their order.
//
// It pairs with the partial serieskit/funcs/entries.html.
func NewEntries(posts Posts, key string) Entries {
	out := make(Entries, 0, len(posts))
	for _, p := range posts {
		e := Entry{
			Post:      p,
			Title:     DisplayTitle(p, key),
			Tag:       p.SeriesTags[key],
			Weight:    p.SeriesWeight,
			HasWeight: p.HasSeriesWeight,
		}
		if !p.Date.IsZero() {
			e.Year = p.Date.Year()
		}
		out = append(out, e)
	}
	return out
}

var intRE = regexp.MustCompile(`^-?[0-9]+$`)

// ParseWeight reads a series_weight front-matter value as a decoder hands it
// over (nil when absent): an integer, a float with no fraction, or a string of
// decimal digits. Anything else is an error naming the value, and weight 0.
//
// It pairs with the partial serieskit/funcs/weight.html.
func ParseWeight(v any) (weight int, set bool, err error) {
	switch x := v.(type) {
	case nil:
		return 0, false, nil
	case int:
		return x, true, nil
	case int64:
		return int(x), true, nil
	case uint64:
		return int(x), true, nil
	case float64:
		if x == float64(int(x)) {
			return int(x), true, nil
		}
	case string:
		if intRE.MatchString(x) {
			if n, err := strconv.Atoi(x); err == nil {
				return n, true, nil
			}
		}
	}
	return 0, false, fmt.Errorf("series_weight %#v is not an integer", v)
}

// ParseString reads a front-matter value that must be a string (a <key>_tag or
// a title), nil when absent. Any other type is an error naming the value, and
// the empty string: the post is treated as untagged or untitled.
func ParseString(name string, v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	}
	return "", fmt.Errorf("%s %#v is not a string", name, v)
}
