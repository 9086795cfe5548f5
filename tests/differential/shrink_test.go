package differential

import (
	"maps"
	"slices"
	"testing"

	"github.com/serieskit/serieskit/tests/harness"
)

// shrink returns a smaller site that still shows a difference: it drops
// topic pages, calls, posts, front-matter fields and call parameters one at a
// time, keeping each removal after which the built site still differs from
// the model, until no single removal keeps the difference. A candidate that no longer builds or
// that the model rejects (e.g. a section call without its series=) is not kept.
func shrink(t testing.TB, s *site) *site {
	fails := func(c *site) bool {
		diffs, err := check(t, c, nil)
		return err == nil && len(diffs) > 0
	}
	// One pass over the candidates, going on from the last removal (the
	// candidates after it keep their places), then passes from the start
	// until one removes nothing.
	cur, start := s, 0
	for {
		cands := candidates(cur)
		found := false
		for k := start; k < len(cands); k++ {
			if fails(cands[k]) {
				cur, start, found = cands[k], k, true
				break
			}
		}
		if !found {
			if start == 0 {
				return cur
			}
			start = 0
		}
	}
}

// candidates lists the sites with one thing less than s, biggest cuts first:
// a topic page, a call, a post, a topic page's links/soon list, a post's
// front-matter field, a call's parameter.
func candidates(s *site) []*site {
	var out []*site
	for i := range s.Topics {
		c := s.clone()
		c.Topics = slices.Delete(c.Topics, i, i+1)
		out = append(out, c)
	}
	for i, tp := range s.Topics {
		for j := range tp.Calls {
			if len(tp.Calls) == 1 {
				break
			}
			c := s.clone()
			c.Topics[i].Calls = slices.Delete(c.Topics[i].Calls, j, j+1)
			out = append(out, c)
		}
	}
	for i := range s.Posts {
		c := s.clone()
		c.Posts = slices.Delete(c.Posts, i, i+1)
		out = append(out, c)
	}
	for i, tp := range s.Topics {
		if tp.Links != nil {
			c := s.clone()
			c.Topics[i].Links = nil
			out = append(out, c)
		}
		if tp.Soon != nil {
			c := s.clone()
			c.Topics[i].Soon = nil
			out = append(out, c)
		}
	}
	for i, p := range s.Posts {
		for _, strip := range p.strippers() {
			c := s.clone()
			np := p.clone()
			strip(np)
			c.Posts[i] = np
			out = append(out, c)
		}
	}
	for i, tp := range s.Topics {
		for j, call := range tp.Calls {
			for k := range call.Params {
				c := s.clone()
				nc := &harness.Call{Name: call.Name, Params: slices.Delete(slices.Clone(call.Params), k, k+1)}
				c.Topics[i].Calls[j] = nc
				out = append(out, c)
			}
		}
	}
	return out
}

// clone copies the site deeply enough for candidates to edit topics and calls;
// posts are shared until a candidate replaces one with an edited clone.
func (s *site) clone() *site {
	c := *s
	c.Posts = slices.Clone(s.Posts)
	c.Topics = make([]*topic, len(s.Topics))
	for i, tp := range s.Topics {
		t := *tp
		t.Calls = slices.Clone(tp.Calls)
		c.Topics[i] = &t
	}
	return &c
}

// strippers returns one function per front-matter field the post has that
// shrinking may drop, each dropping that field from a clone.
func (p *post) strippers() []func(*post) {
	var out []func(*post)
	add := func(has bool, f func(*post)) {
		if has {
			out = append(out, f)
		}
	}
	add(p.LinkTitle != "", func(p *post) { p.LinkTitle = "" })
	add(p.Date != "" && !p.Future, func(p *post) { p.Date = "" })
	add(p.Weight != nil, func(p *post) { p.Weight = nil })
	add(p.SWeight != nil, func(p *post) { p.SWeight = nil })
	add(p.STitle != nil, func(p *post) { p.STitle = nil })
	add(p.Author != nil, func(p *post) { p.Author = nil })
	add(p.Tags != nil, func(p *post) { p.Tags = nil })
	for _, k := range slices.Sorted(maps.Keys(p.KeyTags)) {
		add(true, func(p *post) { delete(p.KeyTags, k) })
	}
	for _, k := range slices.Sorted(maps.Keys(p.KeyTitles)) {
		add(true, func(p *post) { delete(p.KeyTitles, k) })
	}
	return out
}

func (p *post) clone() *post {
	c := *p
	c.KeyTags = maps.Clone(p.KeyTags)
	c.KeyTitles = maps.Clone(p.KeyTitles)
	return &c
}
