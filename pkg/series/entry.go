package series

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
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

// DisplayTitle is the title a post is listed under in series key by
// series-listing, series-untagged and series-summary: the first non-empty of
// <key>_title, series_title and PlainTitle.
//
// It pairs with the partial serieskit/funcs/titles.html (<key>_title and
// series_title) and the title fallback of the templates that show titles.
func DisplayTitle(p Post, key string) string {
	if t := p.SeriesTitles[key]; t != "" {
		return t
	}
	if p.SeriesTitle != "" {
		return p.SeriesTitle
	}
	return PlainTitle(p)
}

// PlainTitle is the title the series box and the series shortcode show: the
// post's Title or, for a post with none (which the templates warn about), its
// FileName, so that no post is listed as an empty link.
//
// It pairs with the partial serieskit/funcs/untitled.html.
func PlainTitle(p Post) string {
	if p.Title != "" {
		return p.Title
	}
	return p.FileName
}

// NewEntries makes the entries of posts in series key, keeping their order.
//
// It pairs with the partials serieskit/funcs/titles.html, tagging.html and
// weights.html, which the templates compute once per page and key.
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

// MaxWeight bounds series_weight: a weight outside ±MaxWeight (2^53, the
// largest integer every front-matter format and a float64 hold exactly) is an
// error, and weight 0.
const MaxWeight = 1 << 53

// ParseWeight reads a series_weight front-matter value as a decoder hands it
// over (nil when absent): an integer, a float with no fraction, or a string of
// decimal digits (leading zeros allowed), within ±MaxWeight. Anything else is
// an error naming the value, and weight 0.
//
// It pairs with the partials serieskit/funcs/weight.html and weights.html.
func ParseWeight(v any) (weight int, set bool, err error) {
	digits := ""
	switch x := v.(type) {
	case nil:
		return 0, false, nil
	case int:
		digits = strconv.Itoa(x)
	case int64:
		digits = strconv.FormatInt(x, 10)
	case uint64:
		digits = strconv.FormatUint(x, 10)
	case float64:
		switch {
		case math.IsInf(x, 0) || (x == math.Trunc(x) && math.Abs(x) > MaxWeight):
			return 0, false, fmt.Errorf("series_weight %v is outside ±2^53", x)
		case x == math.Trunc(x):
			return int(x), true, nil
		}
	case string:
		if intRE.MatchString(x) {
			digits = x
		}
	}
	if digits == "" {
		return 0, false, fmt.Errorf("series_weight %s is not an integer", weightValue(v))
	}
	abs := strings.TrimLeft(strings.TrimPrefix(digits, "-"), "0")
	if len(abs) > 16 || (len(abs) == 16 && abs > "9007199254740992") {
		return 0, false, fmt.Errorf("series_weight %s is outside ±2^53", weightValue(v))
	}
	n := 0
	if abs != "" {
		n, _ = strconv.Atoi(abs) // at most 16 digits: no error
	}
	if strings.HasPrefix(digits, "-") {
		n = -n
	}
	return n, true, nil
}

// weightValue writes a front-matter value as the templates' messages do: a
// string quoted, anything else as %v.
func weightValue(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

// ParseString reads a front-matter value that must be a string (a <key>_tag or
// a title), nil when absent. Any other type is an error naming the value, and
// the empty string: the post is treated as untagged or untitled.
//
// It pairs with the type checks of the partials serieskit/funcs/tagging.html
// and titles.html.
func ParseString(name string, v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	}
	return "", fmt.Errorf("%s %#v is not a string", name, v)
}
