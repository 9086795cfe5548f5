package series

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Options are the parameters of one series-listing call, parsed and checked.
type Options struct {
	Tag        string // keep only members whose <key>_tag equals Tag
	NoTag      bool   // keep only members with no <key>_tag (when Tag is empty)
	Series     string // explicit series key
	SiteTag    bool   // members are the site's pages tagged with the page's title
	ByTitle    bool   // order by display title first
	Reverse    bool   // skip the final reversal
	Weight     bool   // order by series_weight, highest first
	Year       bool   // show the year of each post
	Title      string // heading above a non-empty list
	ShowTag    bool   // append T:<tag>
	ShowWeight bool   // append W:<series_weight>
	Links      string // front-matter list of extra {title, link} entries
	Soon       string // front-matter list of {title, page} announced as coming soon
	Group      string // "" or "year"
	Limit      int    // at most this many posts; 0 means no limit
}

// Parameters lists every parameter series-listing accepts, in the order the
// README documents them.
var Parameters = []string{
	"tag", "notag", "series", "site_tag", "bytitle", "reverse", "weight", "year",
	"title", "showtag", "showweight", "links", "soon", "group", "limit",
}

var (
	limitDecimalRE = regexp.MustCompile(`^[0-9][0-9_]*(\.0*)?$`)
	limitPrefixRE  = regexp.MustCompile(`^0([xX][0-9a-fA-F_]+|[bB][01_]+|[oO][0-7_]+)$`)
)

// ParseLimit reads the limit parameter of series-listing: a positive integer
// in any spelling Hugo's int function takes ("2", "02", "+2", "2.0", "1_000",
// "0x10"), except that leading zeros are decimal ("010" is 10, not octal 8).
// A number too large for an int64 means no limit and returns 0. It fails on
// anything else, including 0, negative numbers and fractions, naming the
// value.
//
// It pairs with the partial serieskit/funcs/limit.html.
func ParseLimit(v string) (int, error) {
	bad := fmt.Errorf("parameter \"limit\": %q is not a positive integer", v)
	s := strings.TrimPrefix(v, "+")
	switch {
	case limitDecimalRE.MatchString(s):
		digits := strings.TrimLeft(strings.ReplaceAll(strings.SplitN(s, ".", 2)[0], "_", ""), "0")
		if len(digits) > 18 {
			return 0, nil
		}
		if digits == "" {
			return 0, bad
		}
		n, _ := strconv.Atoi(digits)
		return n, nil
	case limitPrefixRE.MatchString(s):
		n, err := strconv.ParseInt(s, 0, 64)
		if err != nil {
			return 0, nil // too large: no limit
		}
		if n <= 0 {
			return 0, bad
		}
		return int(n), nil
	}
	return 0, bad
}

// ParseOptions checks the named parameters of a series-listing call and
// returns them as Options. Boolean parameters follow Bool. It fails on an
// unknown parameter, on an empty tag, on tag together with a switched-on
// notag, on a limit that ParseLimit refuses and on a group other than "year";
// the error names the parameter and the bad value.
//
// It pairs with the partial serieskit/funcs/parse-options.html.
func ParseOptions(params map[string]string) (Options, error) {
	if err := checkParameters(params, Parameters); err != nil {
		return Options{}, err
	}
	o := Options{
		Tag:        params["tag"],
		NoTag:      Bool(params["notag"]),
		Series:     params["series"],
		SiteTag:    Bool(params["site_tag"]),
		ByTitle:    Bool(params["bytitle"]),
		Reverse:    Bool(params["reverse"]),
		Weight:     Bool(params["weight"]),
		Year:       Bool(params["year"]),
		Title:      params["title"],
		ShowTag:    Bool(params["showtag"]),
		ShowWeight: Bool(params["showweight"]),
		Links:      params["links"],
		Soon:       params["soon"],
		Group:      params["group"],
	}
	if v, ok := params["tag"]; ok && v == "" {
		return Options{}, errors.New("parameter \"tag\" is empty: give the tag to list, or write notag=\"yes\" for the untagged posts")
	}
	if o.Tag != "" && o.NoTag {
		return Options{}, fmt.Errorf("parameter \"notag\" cannot be combined with tag %q", o.Tag)
	}
	if v, ok := params["limit"]; ok {
		n, err := ParseLimit(v)
		if err != nil {
			return Options{}, err
		}
		o.Limit = n
	}
	if o.Group != "" && o.Group != "year" {
		return Options{}, fmt.Errorf("parameter \"group\": %q is not supported (use \"year\")", o.Group)
	}
	return o, nil
}

// Key returns the series key of a listing: the series parameter when given,
// else the term of the page the listing is on with spaces replaced by "-".
// Keys are compared lower-case, as Hugo lower-cases front-matter keys. It fails
// when both are empty (a listing on a page that is not a term page needs
// series=).
//
// It pairs with the partial serieskit/funcs/key.html.
func Key(series, term string) (string, error) {
	k := series
	if k == "" {
		k = strings.ReplaceAll(term, " ", "-")
	}
	if k == "" {
		return "", fmt.Errorf("no series key: this page is not a taxonomy term, so parameter \"series\" is required")
	}
	return strings.ToLower(k), nil
}
