package differential

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/serieskit/serieskit/pkg/series"
	"github.com/serieskit/serieskit/tests/harness"
)

// The model: what each call should show, computed with pkg/series from the
// generator's front matter, in the lines of parse_test.go.

// path is the post's path as Hugo keys it: "/posts/p03".
func (p *post) path() string { return "/" + p.Section + "/" + p.Name }

// built reports whether Hugo builds the post (drafts and future posts are not).
func (p *post) built() bool { return !p.Draft && !p.Future }

// modelPost is the post as pkg/series sees it. taxonomyWeight is the post's
// weight in a term page's collection (0 elsewhere).
func (p *post) modelPost(taxonomyWeight int) series.Post {
	sp := series.Post{
		Path:           p.path() + ".md",
		Permalink:      baseURL + p.Section + "/" + p.Name + "/",
		Title:          p.Title,
		FileName:       p.Name,
		LinkTitle:      p.LinkTitle,
		Date:           harness.ParseDate(p.Date),
		TaxonomyWeight: taxonomyWeight,
		SeriesTags:     map[string]string{},
		SeriesTitles:   map[string]string{},
		Tags:           series.ParseTags(tagsValue(p.Tags, p.TagsOne)),
	}
	if p.Weight != nil {
		sp.Weight = *p.Weight
	}
	// A value of the wrong type reads as absent (reference: messages); ParseString and
	// ParseWeight say so with an error the templates turn into a warning.
	sp.SeriesWeight, sp.HasSeriesWeight, _ = series.ParseWeight(p.SWeight)
	for k, v := range p.KeyTags {
		sp.SeriesTags[k], _ = series.ParseString(k+"_tag", v)
	}
	for k, v := range p.KeyTitles {
		sp.SeriesTitles[k], _ = series.ParseString(k+"_title", v)
	}
	sp.SeriesTitle, _ = series.ParseString("series_title", p.STitle)
	switch a := p.Author.(type) {
	case map[string]string:
		sp.Author = series.Author{Name: a["name"], Link: a["link"]}
	case string:
		sp.Author = series.Author{Name: a}
	}
	return sp
}

// hugoTaxonomyWeight is the weight Hugo gives a post in a term page's
// collection: its series_weight read as Hugo reads <taxonomy>_weight, an
// integer or a string in Go's integer syntax (so "012" is octal 10 and "08"
// is no number), 0 when absent or unreadable (Hugo warns).
func hugoTaxonomyWeight(v any) int {
	switch x := v.(type) {
	case int:
		return x
	case string:
		n, err := strconv.ParseInt(x, 0, 0)
		if err != nil {
			return 0
		}
		return int(n)
	}
	return 0
}

// members returns the posts a call lists before selection, and the term of
// the page (for the series key), as Hugo's .Pages or site_tag give them. They
// come in Hugo's collection order, by path in byte order: Hugo sorts a term's
// pages from that order, and a series_weight of -1 (no taxonomic weight for
// Hugo) makes the result depend on it (see series.Posts.ByDefault). A
// site_tag call lists pages of any kind: the tagged topic pages too. On a
// regular page (kind "page") a call without site_tag lists the pages of the
// series term its series= names. A page is never its own member.
func members(s *site, tp *topic, o series.Options) (series.Posts, string) {
	posts := slices.Clone(s.Posts)
	slices.SortFunc(posts, func(a, b *post) int { return strings.Compare(a.path(), b.path()) })
	var ps series.Posts
	for _, p := range posts {
		if !p.built() {
			continue
		}
		switch {
		case o.SiteTag:
			ps = append(ps, p.modelPost(0))
		case tp.Kind == "term" && contains(p.Series, tp.Term),
			tp.Kind == "page" && slices.ContainsFunc(p.Series, func(t string) bool { return key(t) == o.Series }):
			ps = append(ps, p.modelPost(hugoTaxonomyWeight(p.SWeight)))
		case tp.Kind == "section" && p.Section == "notes":
			ps = append(ps, p.modelPost(0))
		}
	}
	if o.SiteTag {
		for _, other := range s.Topics {
			if other.Tags != nil {
				ps = append(ps, other.modelPost())
			}
		}
		ps = ps.SiteTag(tp.Title)
	}
	ps = ps.Except("/" + strings.TrimPrefix(tp.File, "content/"))
	term := ""
	if tp.Kind == "term" {
		term = tp.Term
	}
	return ps, term
}

// modelPost is a tagged topic page as pkg/series sees it, a member of
// site_tag listings: Hugo's path of a section or term page is its _index.md.
func (tp *topic) modelPost() series.Post {
	rel := strings.TrimSuffix(strings.TrimPrefix(tp.Out, "public/"), "index.html")
	return series.Post{
		Path:         "/" + strings.TrimPrefix(tp.File, "content/"),
		Permalink:    baseURL + rel,
		Title:        tp.Title,
		Date:         harness.ParseDate(tp.Date),
		SeriesTags:   map[string]string{},
		SeriesTitles: map[string]string{},
		Tags:         series.ParseTags(tagsValue(tp.Tags, tp.TagsOne)),
	}
}

// modelLines is what call c on topic page tp should show.
func modelLines(s *site, tp *topic, c *harness.Call, cmp series.Compare) ([]string, error) {
	o, err := series.ParseOptions(c.Map())
	if err != nil {
		return nil, fmt.Errorf("the generator wrote an invalid call %s: %v", c, err)
	}
	ps, term := members(s, tp, o)
	k, err := series.Key(o.Series, term)
	if err != nil {
		return nil, fmt.Errorf("the generator wrote a call with no series key %s: %v", c, err)
	}
	es := series.Listing(ps, k, o, cmp)

	var links []linkItem
	if o.Links != "" {
		links = tp.Links
	}
	var soon []string
	if o.Soon != "" {
		for _, it := range tp.Soon {
			if !s.pageExists(it.Page) {
				soon = append(soon, it.Title)
			}
		}
	}
	if len(es) == 0 && len(links) == 0 && len(soon) == 0 {
		return nil, nil
	}

	lines := []string{"listing"}
	if o.Title != "" && (len(es) > 0 || len(links) > 0) {
		l := fmt.Sprintf("h3 %q", o.Title)
		if o.Tag != "" {
			l += fmt.Sprintf(" id=%q", o.Tag)
		}
		lines = append(lines, l)
	}
	linkLines := func() {
		for _, l := range links {
			lines = append(lines, fmt.Sprintf("+ %q <%s>", l.Title, l.Link))
		}
	}
	if o.Group == "year" {
		for _, g := range series.GroupByYear(es) {
			y := "Undated"
			if g.Year != 0 {
				y = strconv.Itoa(g.Year)
			}
			lines = append(lines, fmt.Sprintf("h4 %q", y))
			for _, e := range g.Entries {
				lines = append(lines, entryModelLine(e, o))
			}
		}
		if len(links) > 0 {
			lines = append(lines, "[links]")
			linkLines()
		}
	} else {
		for _, e := range es {
			lines = append(lines, entryModelLine(e, o))
		}
		linkLines()
	}
	for _, t := range soon {
		lines = append(lines, fmt.Sprintf("soon: %q", t))
	}
	return lines, nil
}

// entryModelLine is a post's line (see parse_test.go) from its entry.
func entryModelLine(e series.Entry, o series.Options) string {
	l := fmt.Sprintf("- %q <%s>", e.Title, e.Post.Permalink)
	if o.Year && e.Year != 0 {
		l += fmt.Sprintf(" (%d %s)", e.Year, e.Post.Date.Format("2006-01-02"))
	}
	if o.ShowTag && e.Tag != "" {
		l += " T:" + e.Tag
	}
	if o.ShowWeight && e.HasWeight {
		l += fmt.Sprintf(" W:%d", e.Weight)
	}
	if a := e.Post.Author; a.Name != "" {
		if a.Link != "" {
			l += fmt.Sprintf(" by [%s](%s)", a.Name, a.Link)
		} else {
			l += " by " + a.Name
		}
	}
	return strings.Join(strings.Fields(l), " ")
}

// pageExists reports whether a soon= page path names a built page.
func (s *site) pageExists(path string) bool {
	for _, p := range s.Posts {
		if p.built() && p.path() == path {
			return true
		}
	}
	return false
}
