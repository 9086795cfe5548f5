package toolkit

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/serieskit/serieskit/pkg/series"
	"github.com/serieskit/serieskit/tests/harness"
)

// The model: what pkg/series says each call, box and orphan check shows,
// as the same labelled lines the parser reads from Hugo's output.

func (p *gPost) path() string      { return "/" + p.Section + "/" + p.Name }
func (p *gPost) permalink() string { return genBaseURL + p.Section + "/" + p.Name + "/" }

// modelPost is the post as pkg/series sees it in a collection whose
// taxonomic weight is taxonomyWeight.
func (p *gPost) modelPost(taxonomyWeight int) series.Post {
	mp := series.Post{
		Path: p.path(), Permalink: p.permalink(), Title: p.Title, FileName: p.Name, Date: harness.ParseDate(p.Date), Weight: p.Weight,
		TaxonomyWeight: taxonomyWeight, SeriesTitle: p.STitle, SeriesTags: map[string]string{},
		SeriesTitles: p.KeyTitles, Tags: p.Tags, Series: p.Series,
		Summary: "<p>Body of " + p.Name + ".</p>",
	}
	if p.SWeight != nil {
		mp.SeriesWeight, mp.HasSeriesWeight = *p.SWeight, true
	}
	for k, v := range p.KeyTags {
		if s, ok := v.(string); ok {
			mp.SeriesTags[k] = s
		}
	}
	if s, ok := p.ShortSummary.(string); ok {
		mp.ShortSummary = s
	}
	return mp
}

// byPath returns the posts in the order Hugo collects them (by path, byte
// order), the order Posts.ByDefault starts from.
func byPath(ps series.Posts) series.Posts {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Path < ps[j].Path })
	return ps
}

// termMembers are the built posts of a series term, weighted by series_weight.
func (s *gSite) termMembers(term string) series.Posts {
	var out series.Posts
	for _, p := range s.Posts {
		if !p.Draft && contains(p.Series, term) {
			w := 0
			if p.SWeight != nil {
				w = *p.SWeight
			}
			out = append(out, p.modelPost(w))
		}
	}
	return byPath(out)
}

// topicMembers are the members of a topic page (.Pages) and its own key.
func (s *gSite) topicMembers(tp *gTopic) (series.Posts, string) {
	switch tp.Kind {
	case "series":
		return s.termMembers(tp.Term), seriesKey(tp.Term)
	}
	var out series.Posts
	for _, p := range s.Posts {
		if p.Draft {
			continue
		}
		if (tp.Kind == "tags" && contains(p.Tags, tp.Term)) || (tp.Kind == "section" && p.Section == "notes") {
			out = append(out, p.modelPost(0))
		}
	}
	return byPath(out), tp.Term
}

// callKey is the series key of a call on a topic page.
func callKey(tp *gTopic, c *harness.Call) string {
	if v, ok := c.Get("series"); ok {
		return seriesKey(v)
	}
	return seriesKey(tp.Term)
}

func entryLine(e series.Entry) string { return e.Post.Permalink + " " + e.Title }

// modelCall returns the lines a call shows (nil: nothing, or not compared).
func (s *gSite) modelCall(tp *gTopic, c *harness.Call, cmp series.Compare) ([]string, error) {
	members, _ := s.topicMembers(tp)
	key := callKey(tp, c)
	var lines []string
	switch c.Name {
	case "series-untagged":
		o, err := series.ParseUntaggedOptions(c.Map())
		if err != nil {
			return nil, err
		}
		groups := series.Untagged(members, key, o, cmp)
		if len(groups) == 0 {
			return nil, nil
		}
		if o.Title != "" {
			lines = append(lines, "h3 "+o.Title)
		}
		for _, g := range groups {
			label := g.Label
			if label == "" {
				label = "Undated"
			}
			lines = append(lines, "dt "+label)
			for _, e := range g.Entries {
				l := "dd " + entryLine(e)
				if o.ShowSeries && len(e.Post.Series) > 0 {
					var links []string
					for _, t := range e.Post.Series {
						links = append(links, genBaseURL+"series/"+seriesKey(t)+"/")
					}
					l += " - " + strings.Join(links, ", ")
				}
				lines = append(lines, l)
			}
		}
	case "series-summary":
		o, err := series.ParseSummaryOptions(c.Map())
		if err != nil {
			return nil, err
		}
		for _, e := range series.Summaries(members, key, o, cmp) {
			l := "dt " + entryLine(e)
			if o.Date && !e.Post.Date.IsZero() {
				l += " " + e.Post.Date.Format("2006-01-02")
			}
			text, short := series.SummaryText(e.Post)
			if !short {
				text = stripTags(text)
			}
			lines = append(lines, l, "dd "+text)
		}
	case "series-tags":
		if _, err := series.ParseTagsOptions(c.Map()); err != nil {
			return nil, err
		}
		for _, t := range series.NewEntries(members.ByDefault(cmp), key).Tags(cmp) {
			lines = append(lines, "tag "+t)
		}
	}
	return lines, nil
}

// modelOrphans returns the orphan warnings of a topic page, one line per
// group: "tag=<tag or none> key=<key>: <files>".
func (s *gSite) modelOrphans(tp *gTopic, cmp series.Compare) []string {
	members, _ := s.topicMembers(tp)
	var calls []series.Call
	lastKey := ""
	for _, c := range tp.Calls {
		key := callKey(tp, c)
		m := c.Map()
		switch c.Name {
		case "series-listing":
			calls = append(calls, series.Call{Kind: series.ListingCall, Key: key, Tag: m["tag"], NoTag: series.Bool(m["notag"]), SiteTag: series.Bool(m["site_tag"])})
		case "series-untagged":
			calls = append(calls, series.Call{Kind: series.UntaggedCall, Key: key, NoSeries: series.Bool(m["noseries"])})
		case "series-summary":
			calls = append(calls, series.Call{Kind: series.SummaryCall, Key: key})
		default:
			continue
		}
		lastKey = key
	}
	var out []string
	hidden := s.Hidden
	if hidden == nil {
		hidden = series.DefaultHiddenTags
	}
	orphans := series.Orphans(members.ByDefault(cmp), calls, tp.Title).NotHidden(lastKey, hidden)
	for _, g := range series.GroupOrphans(orphans, lastKey, cmp) {
		tag := g.Tag
		if tag == "" {
			tag = "none"
		}
		var files []string
		for _, p := range g.Posts {
			files = append(files, strings.TrimPrefix(p.Path, "/")+".md")
		}
		out = append(out, fmt.Sprintf("tag=%s key=%s: %s", tag, lastKey, strings.Join(files, ", ")))
	}
	return out
}

// modelPostPage returns the lines of a post's series shortcode and box.
func (s *gSite) modelPostPage(p *gPost, cmp series.Compare) (shortcode, box []string) {
	term, key := series.FirstSeries(p.modelPost(0))
	if term == "" {
		return nil, nil
	}
	members := s.termMembers(term)
	line := func(q series.Post) string {
		if q.Path == p.path() {
			return "this " + series.PlainTitle(q)
		}
		return q.Permalink + " " + series.PlainTitle(q)
	}
	if p.Call != "" {
		for _, q := range series.InThisSeries(members, cmp) {
			shortcode = append(shortcode, line(q))
		}
	}
	if p.Call == "single" {
		return shortcode, nil
	}
	b := series.NewBox(members, cmp)
	if len(b.Posts) == 0 {
		return shortcode, nil
	}
	box = append(box, map[bool]string{true: "h2 latest", false: "h2 all"}[b.Latest])
	if s.partNumbers(term) {
		if n, total := s.termMembers(term).ReadingOrder(cmp).Part(p.path()); n > 0 {
			box = append(box, fmt.Sprintf("part Part %d of %d", n, total))
		}
	}
	for _, q := range b.Posts {
		box = append(box, line(q))
	}
	if b.Latest {
		box = append(box, "more "+genBaseURL+"series/"+key+"/")
	}
	return shortcode, box
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// topic returns the topic page of a series term, or nil.
func (s *gSite) topic(term string) *gTopic {
	for _, tp := range s.Topics {
		if tp.Kind == "series" && tp.Term == term {
			return tp
		}
	}
	return nil
}

// termTitle is the title of a series term page: its content file's, else
// the term with its first letter upper-cased, as Hugo titles a term page it
// creates itself.
func (s *gSite) termTitle(term string) string {
	if tp := s.topic(term); tp != nil {
		return tp.Title
	}
	return strings.ToUpper(term[:1]) + term[1:]
}

// partNumbers says whether the series of term shows "Part N of M".
func (s *gSite) partNumbers(term string) bool {
	value, set := "", false
	if tp := s.topic(term); tp != nil && tp.PartNumbers != nil {
		value, set = fmt.Sprint(tp.PartNumbers), true
	}
	return series.PartNumbers(s.PartNumbersText, value, set)
}

// modelNav returns the lines of a post's series navigation (see navLines).
func (s *gSite) modelNav(p *gPost, cmp series.Compare) []string {
	var terms []string
	seen := map[string]bool{}
	for _, t := range p.Series {
		if k := seriesKey(t); !seen[k] {
			seen[k] = true
			terms = append(terms, t)
		}
	}
	switch p.Nav {
	case "all":
	case "first":
		terms = terms[:min(1, len(terms))]
	default:
		terms = []string{p.Nav}
	}
	var lines []string
	for _, term := range terms {
		key := seriesKey(term)
		order := s.termMembers(term).ReadingOrder(cmp)
		prev, next, ok := order.Neighbours(p.path())
		if !ok || (prev == nil && next == nil) {
			continue
		}
		lines = append(lines, "nav "+key+" Series navigation: "+s.termTitle(term))
		if s.partNumbers(term) {
			n, total := order.Part(p.path())
			lines = append(lines, fmt.Sprintf("part Part %d of %d", n, total))
		}
		if prev != nil {
			lines = append(lines, "prev "+prev.Permalink+" "+series.DisplayTitle(*prev, key))
		}
		if next != nil {
			lines = append(lines, "next "+next.Permalink+" "+series.DisplayTitle(*next, key))
		}
	}
	return lines
}

// modelNext returns the lines of a post's next-in-series call without page=
// (see nextLines).
func (s *gSite) modelNext(p *gPost, cmp series.Compare) []string {
	if p.Next == "" {
		return nil
	}
	term := p.Next
	if term == "auto" {
		term, _ = series.FirstSeries(p.modelPost(0))
	}
	if term != "" {
		if next, ok := series.NextInSeries(s.termMembers(term), p.path(), cmp); ok && next != nil {
			return []string{"next " + next.Permalink + " " + series.NextTitle(*next)}
		}
	}
	if p.NextInner {
		return []string{"inner Soon."}
	}
	return nil
}

// modelItemList returns the JSON-LD ItemList of a topic page, one line per
// item: "position url name", from the entries its listing, untagged and
// summary calls show, in call order (series.ItemList), the first
// itemlist_limit of them (series.LimitItems). ok is false for a page
// with a site_tag listing, whose members this model does not build.
func (s *gSite) modelItemList(tp *gTopic, cmp series.Compare) (lines []string, ok bool) {
	members, _ := s.topicMembers(tp)
	var shown []series.Entries
	for _, c := range tp.Calls {
		key := callKey(tp, c)
		switch c.Name {
		case "series-listing":
			o, err := series.ParseOptions(c.Map())
			if err != nil || o.SiteTag {
				return nil, false
			}
			es := series.Listing(members, key, o, cmp)
			if o.Group == "year" {
				var flat series.Entries
				for _, g := range series.GroupByYear(es) {
					flat = append(flat, g.Entries...)
				}
				es = flat
			}
			shown = append(shown, es)
		case "series-untagged":
			o, err := series.ParseUntaggedOptions(c.Map())
			if err != nil {
				return nil, false
			}
			var flat series.Entries
			for _, g := range series.Untagged(members, key, o, cmp) {
				flat = append(flat, g.Entries...)
			}
			shown = append(shown, flat)
		case "series-summary":
			o, err := series.ParseSummaryOptions(c.Map())
			if err != nil {
				return nil, false
			}
			shown = append(shown, series.Summaries(members, key, o, cmp))
		}
	}
	limit := s.ItemListLimit
	if limit < 0 {
		limit = series.DefaultItemListLimit
	}
	for _, it := range series.LimitItems(series.ItemList(shown...), limit) {
		lines = append(lines, fmt.Sprintf("%d %s %s", it.Position, it.URL, it.Name))
	}
	return lines, true
}

// itemListLines returns the ItemList of a page's JSON-LD CollectionPage, one
// line per item as modelItemList writes them.
func itemListLines(doc string) []string {
	var lines []string
	for _, m := range ldRE.FindAllStringSubmatch(doc, -1) {
		var v struct {
			Type       string `json:"@type"`
			MainEntity struct {
				Items []struct {
					Position int    `json:"position"`
					URL      string `json:"url"`
					Name     string `json:"name"`
				} `json:"itemListElement"`
			} `json:"mainEntity"`
		}
		if err := json.Unmarshal([]byte(m[1]), &v); err != nil || v.Type != "CollectionPage" {
			continue
		}
		for _, it := range v.MainEntity.Items {
			lines = append(lines, fmt.Sprintf("%d %s %s", it.Position, it.URL, it.Name))
		}
	}
	return lines
}
