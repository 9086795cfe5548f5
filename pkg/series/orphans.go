package series

import "sort"

// CallKind is the kind of shortcode call the orphan check counts.
type CallKind int

// The calls that show a topic page's members.
const (
	ListingCall  CallKind = iota // series-listing
	UntaggedCall                 // series-untagged
	SummaryCall                  // series-summary: every member
)

// Call is one call on a topic page as the orphan check sees it.
type Call struct {
	Kind     CallKind
	Key      string // the call's series key
	Tag      string // series-listing tag=
	NoTag    bool   // series-listing notag
	SiteTag  bool   // series-listing site_tag
	NoSeries bool   // series-untagged noseries
}

// Shows reports whether the call shows post p of a topic page titled title.
// A series-listing shows p when p's tag in the call's key passes its tag or
// notag filter (all posts without either) and, with site_tag, when p's tags
// contain title; its limit is not counted, since a limit hides posts on
// purpose. A series-untagged shows p when p has no tag in the call's key and,
// with noseries, no series. A series-summary shows every post.
func (c Call) Shows(p Post, title string) bool {
	tag := p.SeriesTags[c.Key]
	switch c.Kind {
	case SummaryCall:
		return true
	case UntaggedCall:
		return tag == "" && (!c.NoSeries || len(p.Series) == 0)
	}
	if c.SiteTag && !contains(p.Tags, title) {
		return false
	}
	switch {
	case c.Tag != "":
		return tag == c.Tag
	case c.NoTag:
		return tag == ""
	}
	return true
}

// Orphans returns the members of a topic page titled title that none of the
// page's calls shows, in the members' order: posts that are invisible on
// the topic page. No calls, no check: the result is empty.
func Orphans(members Posts, calls []Call, title string) Posts {
	if len(calls) == 0 {
		return nil
	}
	var out Posts
	for _, p := range members {
		shown := false
		for _, c := range calls {
			if c.Shows(p, title) {
				shown = true
				break
			}
		}
		if !shown {
			out = append(out, p)
		}
	}
	return out
}

// DefaultHiddenTags is [params.serieskit] hidden_tags when a site sets none:
// the intra-series tags of posts that are left off topic pages on purpose.
var DefaultHiddenTags = []string{"ignore"}

// NotHidden returns the posts whose tag in series key is not in hidden, in
// order: the orphans the check reports. A post tagged with a hidden tag is
// left off its topic page by design; listings still show it when asked (a
// tag="ignore" listing, or one with no tag filter).
func (ps Posts) NotHidden(key string, hidden []string) Posts {
	var out Posts
	for _, p := range ps {
		if !contains(hidden, p.SeriesTags[key]) {
			out = append(out, p)
		}
	}
	return out
}

// OrphanGroup is the orphans that share a tag, reported in one warning.
type OrphanGroup struct {
	Tag   string // their tag in the series key; "" for untagged posts
	Posts Posts
}

// GroupOrphans groups orphans by their tag in series key: tags sorted by cmp,
// the untagged posts last, each group keeping the orphans' order.
//
// Together with Orphans and NotHidden it pairs with the partial
// serieskit/funcs/orphans.html.
func GroupOrphans(orphans Posts, key string, cmp Compare) []OrphanGroup {
	cmp = cmp.orDefault()
	byTag := map[string]Posts{}
	var tags []string
	for _, p := range orphans {
		t := p.SeriesTags[key]
		if _, ok := byTag[t]; !ok {
			tags = append(tags, t)
		}
		byTag[t] = append(byTag[t], p)
	}
	sort.SliceStable(tags, func(i, j int) bool {
		if tags[i] == "" || tags[j] == "" {
			return tags[j] == "" && tags[i] != ""
		}
		return cmp(tags[i], tags[j]) < 0
	})
	out := make([]OrphanGroup, 0, len(tags))
	for _, t := range tags {
		out = append(out, OrphanGroup{Tag: t, Posts: byTag[t]})
	}
	return out
}
