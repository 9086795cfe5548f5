package fuzz

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// shrink returns a smaller site that still fails with the same kind and
// signature of failure: it tries the sites with one thing less (candidates), keeps each
// one that still fails, and stops when no single removal does.
func shrink(t testing.TB, s *site, want failure) *site {
	fails := func(c *site) bool {
		return slices.ContainsFunc(check(t, c, shrinkTimeout).Failures, want.same)
	}
	cur := s
	for changed := true; changed; {
		changed = false
		for i := 0; ; i++ {
			cands := candidates(cur)
			if i >= len(cands) {
				break
			}
			if fails(cands[i]) {
				cur, changed = cands[i], true
				i-- // the next candidate of the smaller site has the same index
			}
		}
	}
	return cur
}

// shrinkTimeout is the build timeout while shrinking: a site that hung once
// hangs again within it.
const shrinkTimeout = 20 * time.Second

// candidates lists the sites with one thing less than s, biggest cuts
// first: a page, the lookup file or one of its lines, a setting, then on
// each page a body node, a wrapper (its calls kept), a nested node, a call's
// parameter or notation, and a front-matter field.
func candidates(s *site) []*site {
	var out []*site
	// halves, then quarters... of the pages, then each page
	for size := len(s.Pages) / 2; size > 1; size /= 2 {
		for i := 0; i+size <= len(s.Pages); i += size {
			c := s.clone()
			c.Pages = slices.Delete(c.Pages, i, i+size)
			out = append(out, c)
		}
	}
	for i := range s.Pages {
		c := s.clone()
		c.Pages = slices.Delete(c.Pages, i, i+1)
		out = append(out, c)
	}
	if s.Lookup != nil {
		c := s.clone()
		c.Lookup = nil
		out = append(out, c)
		for i := range s.Lookup {
			c := s.clone()
			c.Lookup = slices.Delete(c.Lookup, i, i+1)
			out = append(out, c)
		}
	}
	for i := range s.Params {
		c := s.clone()
		c.Params = slices.Delete(c.Params, i, i+1)
		out = append(out, c)
	}
	if s.Unsafe {
		c := s.clone()
		c.Unsafe = false
		out = append(out, c)
	}
	if s.PagerSize != 0 {
		c := s.clone()
		c.PagerSize = 0
		out = append(out, c)
	}
	for pi, p := range s.Pages {
		edit := func(f func(q *page)) {
			c := s.clone()
			f(c.Pages[pi])
			out = append(out, c)
		}
		if len(p.Front) > 1 {
			edit(func(q *page) { q.Front = nil })
		}
		if len(p.Body) > 1 {
			edit(func(q *page) { q.Body = nil })
		}
		for _, path := range nodePaths(p.Body, nil) {
			edit(func(q *page) { q.Body = removeNode(q.Body, path) })
			n := nodeAt(p.Body, path)
			if n.Call == nil {
				continue
			}
			if n.Call.Name == wrapper {
				edit(func(q *page) { q.Body = unwrap(q.Body, path) })
			}
			if n.Call.Markdown {
				edit(func(q *page) { nodeAt(q.Body, path).Call.Markdown = false })
			}
			if n.Call.Inline {
				edit(func(q *page) { nodeAt(q.Body, path).Call.Inline = false })
			}
			for k := range n.Call.Params {
				edit(func(q *page) {
					c := nodeAt(q.Body, path).Call
					c.Params = slices.Delete(c.Params, k, k+1)
				})
			}
		}
		for k, f := range p.Front {
			edit(func(q *page) { q.Front = slices.Delete(q.Front, k, k+1) })
			items := flowItems(f.Value)
			for j := range items {
				edit(func(q *page) {
					v := slices.Delete(slices.Clone(items), j, j+1)
					q.Front[k].Value = f.Value[:1] + strings.Join(v, ", ") + f.Value[len(f.Value)-1:]
				})
			}
		}
	}
	return out
}

// nodePaths lists the index paths of every node, nested ones included.
func nodePaths(ns []*node, prefix []int) [][]int {
	var out [][]int
	for i, n := range ns {
		p := append(slices.Clone(prefix), i)
		out = append(out, p)
		if n.Call != nil {
			out = append(out, nodePaths(n.Call.Inner, p)...)
		}
	}
	return out
}

func nodeAt(ns []*node, path []int) *node {
	n := ns[path[0]]
	if len(path) == 1 {
		return n
	}
	return nodeAt(n.Call.Inner, path[1:])
}

// removeNode removes the node at path.
func removeNode(ns []*node, path []int) []*node {
	if len(path) == 1 {
		return slices.Delete(ns, path[0], path[0]+1)
	}
	c := ns[path[0]].Call
	c.Inner = removeNode(c.Inner, path[1:])
	return ns
}

// unwrap replaces the wrapper call at path by the nodes inside it.
func unwrap(ns []*node, path []int) []*node {
	if len(path) == 1 {
		inner := ns[path[0]].Call.Inner
		return slices.Concat(ns[:path[0]], inner, ns[path[0]+1:])
	}
	c := ns[path[0]].Call
	c.Inner = unwrap(c.Inner, path[1:])
	return ns
}

// flowItems splits a YAML flow list or map ("[a, b]", "{k: v, l: w}") into
// its top-level items; nil for any other value.
func flowItems(v string) []string {
	if len(v) < 2 || !(v[0] == '[' && v[len(v)-1] == ']' || v[0] == '{' && v[len(v)-1] == '}') {
		return nil
	}
	var items []string
	depth, start, quoted := 0, 1, false
	for i := 1; i < len(v)-1; i++ {
		switch c := v[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			depth--
		case c == ',' && depth == 0:
			items = append(items, strings.TrimSpace(v[start:i]))
			start = i + 1
		}
	}
	if last := strings.TrimSpace(v[start : len(v)-1]); last != "" {
		items = append(items, last)
	}
	return items
}
