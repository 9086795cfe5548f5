package sitegen

import (
	"fmt"
	"strings"
)

// renderPost writes one post: front matter, then 300-600 words of markdown
// with a heading or two, a list, sometimes a code block and a link. Its prose
// comes from the post's own random stream, so it does not depend on the
// other posts.
func renderPost(seed uint64, i int, p *post, ser []series) string {
	g := newRNG(seed, streamPost, uint64(i))
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %q\n", p.title)
	fmt.Fprintf(&b, "date: %s\n", p.date.Format("2006-01-02T15:04:05Z"))
	fmt.Fprintf(&b, "tags: [%s]\n", strings.Join(p.tags, ", "))
	if len(p.series) > 0 {
		keys := make([]string, len(p.series))
		for j, s := range p.series {
			keys[j] = ser[s].key
		}
		fmt.Fprintf(&b, "series: [%s]\n", strings.Join(keys, ", "))
		for j, s := range p.series {
			if t := p.seriesTag[j]; t != "" {
				fmt.Fprintf(&b, "%s_tag: %s\n", ser[s].key, t)
			}
		}
	}
	if p.weight != 0 {
		fmt.Fprintf(&b, "series_weight: %d\n", p.weight)
	}
	if p.seriesTitle != "" {
		fmt.Fprintf(&b, "series_title: %q\n", p.seriesTitle)
	}
	if p.author != "" {
		fmt.Fprintf(&b, "author:\n  name: %q\n", p.author)
		if g.chance(0.5) {
			fmt.Fprintf(&b, "  link: https://example.com/guests/%d\n", i+1)
		}
	}
	b.WriteString("---\n")

	target := g.between(300, 600)
	n := 0
	para := func() {
		s, k := paragraph(g, g.between(3, 6))
		b.WriteString(s + "\n\n")
		n += k
	}
	para()
	if g.chance(0.6) {
		para()
	}
	if p.seriesList {
		b.WriteString("{{< series >}}\n\n")
	}
	fmt.Fprintf(&b, "## %s\n\n", g.pick(headings))
	para()
	for range g.between(3, 6) {
		s, k := sentence(g, 4, 12)
		b.WriteString("- " + strings.TrimSuffix(s, ".") + "\n")
		n += k
	}
	b.WriteString("\n")
	para()
	if g.chance(0.4) {
		b.WriteString(codeBlock(g))
	}
	second := false
	for n < target {
		if !second && n > target/2 && g.chance(0.5) {
			fmt.Fprintf(&b, "## %s\n\n", g.pick(headings))
			second = true
		}
		para()
	}
	if p.next != "" {
		fmt.Fprintf(&b, "{{< next-in-series page=%q >}}The next part is on its way.{{< /next-in-series >}}\n", p.next)
	}
	return b.String()
}

// sentence returns a sentence of lo..hi words (with light inline markup)
// and its word count.
func sentence(g *rng, lo, hi int) (string, int) {
	n := g.between(lo, hi)
	ws := make([]string, n)
	for j := range ws {
		w := g.pick(words)
		switch x := g.float(); {
		case x < 0.015:
			w = "**" + w + "**"
		case x < 0.03:
			w = "`" + w + "`"
		case x < 0.035:
			w = fmt.Sprintf("[%s](https://example.com/%s)", w, w)
		case x < 0.08 && j > 2 && j < n-2:
			w += ","
		}
		ws[j] = w
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	end := "."
	if g.chance(0.08) {
		end = "?"
	}
	return strings.Join(ws, " ") + end, n
}

// paragraph returns k sentences and their word count.
func paragraph(g *rng, k int) (string, int) {
	parts := make([]string, k)
	total := 0
	for j := range parts {
		s, n := sentence(g, 8, 22)
		parts[j] = s
		total += n
	}
	return strings.Join(parts, " "), total
}

func codeBlock(g *rng) string {
	var b strings.Builder
	b.WriteString("```text\n")
	as := g.between(64512, 65534)
	fmt.Fprintf(&b, "router bgp %d\n", as)
	for range g.between(2, 6) {
		fmt.Fprintf(&b, " neighbor 10.%d.%d.%d remote-as %d\n", g.intn(256), g.intn(256), g.between(1, 254), g.between(64512, 65534))
	}
	fmt.Fprintf(&b, "interface Ethernet1/%d\n description uplink to %s\n", g.between(1, 48), g.pick(words))
	b.WriteString("```\n\n")
	return b.String()
}

// sentenceTitle returns 4-9 plain words, the first capitalised.
func sentenceTitle(g *rng) string {
	ws := make([]string, g.between(4, 9))
	for j := range ws {
		ws[j] = g.pick(words)
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return strings.Join(ws, " ")
}

func slugWord(g *rng) string {
	for {
		if w := g.pick(words); len(w) > 3 {
			return w
		}
	}
}

var yesWords = []string{"yes", "sure", "true", "yeah"}

// seriesPage writes a series topic page: prose, then one listing per
// intra-series tag its members use, a notag listing (so every member is
// shown and the orphan check stays quiet) and sometimes series-untagged;
// 3-8 calls in all, using year, weight and bytitle.
func seriesPage(seed uint64, i int, s *series, posts []post) string {
	g := newRNG(seed, streamTopic, uint64(i))
	used := usedTags(s, posts)
	untagged := g.chance(0.25) && len(used) <= 6
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %q\n", s.title)
	b.WriteString("layout: custom\n")
	fmt.Fprintf(&b, "sidebar_box: %s\n", boxes[i%len(boxes)][0])
	if g.chance(0.5) {
		fmt.Fprintf(&b, "subtitle: %q\n", sentenceTitle(g)+".")
	}
	b.WriteString("---\n")
	for range g.between(1, 3) {
		p, _ := paragraph(g, g.between(3, 5))
		b.WriteString(p + "\n\n")
	}
	calls := 0
	for j, t := range used {
		opts := fmt.Sprintf("tag=%q", t)
		if g.chance(0.8) {
			opts += fmt.Sprintf(" year=%q", g.pick(yesWords))
		}
		if j == 0 || (j != 1 && g.chance(0.4)) {
			opts += fmt.Sprintf(" weight=%q", g.pick(yesWords))
		}
		if j == 1 || g.chance(0.15) {
			opts += ` bytitle="yes"`
		}
		if g.chance(0.05) {
			opts += ` reverse="yes"`
		}
		if g.chance(0.15) {
			opts += fmt.Sprintf(" title=%q", titleCase(t))
		} else {
			fmt.Fprintf(&b, "## %s\n\n", titleCase(t))
		}
		p, _ := paragraph(g, g.between(1, 3))
		fmt.Fprintf(&b, "%s\n\n{{<series-listing %s>}}\n\n", p, opts)
		calls++
	}
	// Small sites: pad to three calls with listings of every member.
	for calls < 2 {
		opts := `bytitle="yes" title="All posts by title"`
		if calls == 1 {
			opts = `weight="yes" year="yes" title="All posts, most useful first"`
		}
		fmt.Fprintf(&b, "{{<series-listing %s>}}\n\n", opts)
		calls++
	}
	b.WriteString("## Other posts\n\n")
	p, _ := paragraph(g, 2)
	opts := `notag="just in case" year="sure"`
	if g.chance(0.3) {
		opts += ` bytitle="yes"`
	}
	fmt.Fprintf(&b, "%s\n\n{{<series-listing %s>}}\n", p, opts)
	if untagged {
		b.WriteString("\nThe same posts by month:\n\n{{<series-untagged>}}\n")
	}
	return b.String()
}

// usedTags returns the series' intra-series tags that its members carry,
// in the series' own (popularity) order.
func usedTags(s *series, posts []post) []string {
	seen := map[string]bool{}
	for _, m := range s.members {
		p := &posts[m]
		for j, k := range p.series {
			if seriesKeys[k] == s.key && p.seriesTag[j] != "" {
				seen[p.seriesTag[j]] = true
			}
		}
	}
	var out []string
	for _, t := range s.tags {
		if seen[t] {
			out = append(out, t)
		}
	}
	return out
}

// tagPage writes a tag topic page: prose and one listing, either of every
// page tagged with the page's title (site_tag) or of the term's own pages.
func tagPage(seed uint64, i int, tag string) string {
	g := newRNG(seed, streamTopic, uint64(1000+i))
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %q\n", tag)
	b.WriteString("layout: custom\n")
	if i%2 == 0 {
		fmt.Fprintf(&b, "sidebar_box: %s\n", boxes[(i/2)%len(boxes)][0])
	}
	fmt.Fprintf(&b, "subtitle: %q\n", "Everything on this site tagged "+tag+".")
	b.WriteString("---\n")
	for range g.between(1, 2) {
		p, _ := paragraph(g, g.between(2, 4))
		b.WriteString(p + "\n\n")
	}
	if i%2 == 0 {
		b.WriteString(`{{< series-listing site_tag="yes" year="yes" reverse="yes" >}}` + "\n")
	} else {
		b.WriteString(`{{< series-listing year="yes" >}}` + "\n")
	}
	return b.String()
}

// bigPage writes the topic page of BigTag, with or without its one listing.
func bigPage(seed uint64, m int, call bool) string {
	g := newRNG(seed, streamTopic, 2000)
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: Big Topic\nlayout: custom\nsubtitle: %q\n---\n", fmt.Sprintf("One topic with %d posts.", m))
	p, _ := paragraph(g, 4)
	b.WriteString(p + "\n\n")
	if call {
		b.WriteString(`{{< series-listing year="yes" weight="yes" >}}` + "\n")
	}
	return b.String()
}
