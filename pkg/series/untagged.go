package series

import "sort"

// UntaggedParameters lists every parameter series-untagged accepts.
var UntaggedParameters = []string{"title", "format", "noseries", "showseries", "series"}

// DefaultUntaggedTitle is series-untagged's heading when title= is absent (in
// English; the templates translate it as serieskit_untagged_title).
const DefaultUntaggedTitle = "Other Blog Posts in This Category"

// DefaultDateFormat is the Go layout series-untagged groups posts by.
const DefaultDateFormat = "2006-01"

// UntaggedOptions are the parameters of one series-untagged call.
type UntaggedOptions struct {
	Title      string // heading; "" shows none
	Format     string // Go layout of the group labels
	NoSeries   bool   // keep only posts with no series at all
	ShowSeries bool   // append " - <series>" to posts that have series
	Series     string // explicit series key
}

// ParseUntaggedOptions checks the named parameters of a series-untagged call.
// An absent title is DefaultUntaggedTitle (title="" shows no heading); an
// absent or empty format is DefaultDateFormat. It fails on an unknown
// parameter.
//
// It pairs with the partial serieskit/funcs/parse-params.html as
// serieskit/render/untagged.html calls it.
func ParseUntaggedOptions(params map[string]string) (UntaggedOptions, error) {
	if err := checkParameters(params, UntaggedParameters); err != nil {
		return UntaggedOptions{}, err
	}
	o := UntaggedOptions{
		Title:      DefaultUntaggedTitle,
		Format:     params["format"],
		NoSeries:   Bool(params["noseries"]),
		ShowSeries: Bool(params["showseries"]),
		Series:     params["series"],
	}
	if t, ok := params["title"]; ok {
		o.Title = t
	}
	if o.Format == "" {
		o.Format = DefaultDateFormat
	}
	return o, nil
}

// DateGroup is the posts of one date group of series-untagged.
type DateGroup struct {
	Label   string // the date in the call's layout; "" for the undated posts
	Entries Entries
}

// SelectUntagged keeps the entries with no tag and, with noSeries, only those
// whose post has no series at all. The order is kept.
func SelectUntagged(es Entries, noSeries bool) Entries {
	out := Entries{}
	for _, e := range es {
		if e.Tag == "" && (!noSeries || len(e.Post.Series) == 0) {
			out = append(out, e)
		}
	}
	return out
}

// ByDateDesc returns the entries stably sorted by date, newest first, compared
// in whole seconds; undated posts come last.
func (es Entries) ByDateDesc() Entries {
	out := append(Entries(nil), es...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Post.Date.Unix() > out[j].Post.Date.Unix() })
	return out
}

// GroupByDate splits entries into groups by their date formatted with the Go
// layout format, in the order each label first appears, every group keeping
// the entries' order; undated posts form a group with the empty label. Called
// on entries sorted ByDateDesc, it lists the newest group first and the
// undated last. Labels use Go's English month and day names; the template
// writes them in the page's language (Hugo's time.Format), which groups the
// same posts together.
func GroupByDate(es Entries, format string) []DateGroup {
	var out []DateGroup
	index := map[string]int{}
	for _, e := range es {
		label := ""
		if !e.Post.Date.IsZero() {
			label = e.Post.Date.Format(format)
		}
		i, ok := index[label]
		if !ok {
			i = len(out)
			index[label] = i
			out = append(out, DateGroup{Label: label})
		}
		out[i].Entries = append(out[i].Entries, e)
	}
	return out
}

// Untagged computes what a series-untagged call shows, in the shortcode's
// steps: the members in Hugo's default order, their entries in series key,
// the untagged ones (SelectUntagged), newest first (ByDateDesc), grouped by
// date (GroupByDate). No group means the call renders nothing at all.
//
// It pairs with the partial serieskit/funcs/untagged.html.
func Untagged(members Posts, key string, o UntaggedOptions, cmp Compare) []DateGroup {
	format := o.Format
	if format == "" {
		format = DefaultDateFormat
	}
	es := SelectUntagged(NewEntries(members.ByDefault(cmp), key), o.NoSeries)
	return GroupByDate(es.ByDateDesc(), format)
}
