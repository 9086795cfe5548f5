package toolkit

import (
	"html"
	"regexp"
	"strings"
)

// The parser: the labelled lines of the toolkit's HTML (the documented classes),
// read with patterns that follow the templates' one-element-per-line output.

var (
	markerRE    = regexp.MustCompile(`<p>MARK-\d+</p>`)
	untaggedRE  = regexp.MustCompile(`(?s)<div class="series-untagged">(.*?)\n</div>`)
	summaryRE   = regexp.MustCompile(`(?s)<dl class="series-summary">(.*?)\n</dl>`)
	tagListRE   = regexp.MustCompile(`(?s)<ul class="series-tags">(.*?)\n</ul>`)
	postsRE     = regexp.MustCompile(`(?s)<div class="series-posts">(.*?)\n</div>`)
	boxRE       = regexp.MustCompile(`(?s)<aside class="series-posts-box"[^>]*>(.*?)\n</aside>`)
	boxHeadRE   = regexp.MustCompile(`^<summary><h2 id="series-posts-box-title">(.*?)(?: <span class="series-posts-part">\((.*)\)</span>)?</h2></summary>$`)
	linkRE      = regexp.MustCompile(`^<a href="([^"]*)">(.*?)</a>`)
	anyTagRE    = regexp.MustCompile(`<[^>]*>`)
	whiteRE     = regexp.MustCompile(`\s+`)
	orphanLogRE = regexp.MustCompile(`orphan check: \d+ posts? with (?:no (\S+)_tag|(\S+)_tag "(.*?)") appears? in no listing on this page, so readers cannot find (?:it|them): (.*?); add .* \(/(content/.*?):\d+:\d+\)`)
)

func stripTags(s string) string {
	return strings.TrimSpace(whiteRE.ReplaceAllString(html.UnescapeString(anyTagRE.ReplaceAllString(s, "")), " "))
}

// segments splits a topic page's HTML at the marker paragraphs: segment i is
// the output of call i.
func segments(doc string) []string {
	locs := markerRE.FindAllStringIndex(doc, -1)
	var out []string
	for i := 0; i+1 < len(locs); i++ {
		out = append(out, doc[locs[i][1]:locs[i+1][0]])
	}
	return out
}

// link reads `<a href="P">T</a>` at the start of s: "P T" and the rest.
func link(s string) (string, string, bool) {
	m := linkRE.FindStringSubmatchIndex(s)
	if m == nil {
		return "", s, false
	}
	return s[m[2]:m[3]] + " " + html.UnescapeString(s[m[4]:m[5]]), s[m[1]:], true
}

// callLines reads the output of one call.
func callLines(name, seg string) []string {
	var lines []string
	switch name {
	case "series-untagged":
		m := untaggedRE.FindStringSubmatch(seg)
		if m == nil {
			return nil
		}
		for _, l := range strings.Split(m[1], "\n") {
			l = strings.TrimSpace(l)
			switch {
			case strings.HasPrefix(l, "<h3>"), strings.HasPrefix(l, "<dt>"):
				lines = append(lines, l[1:3]+" "+stripTags(l))
			case strings.HasPrefix(l, "<dd>"):
				first, rest, _ := link(strings.TrimSuffix(strings.TrimPrefix(l, "<dd>"), "</dd>"))
				if after, ok := strings.CutPrefix(rest, " - "); ok {
					var hrefs []string
					for _, h := range hrefRE.FindAllStringSubmatch(after, -1) {
						hrefs = append(hrefs, h[1])
					}
					first += " - " + strings.Join(hrefs, ", ")
				} else if rest != "" {
					first += " unexpected: " + rest
				}
				lines = append(lines, "dd "+first)
			}
		}
	case "series-summary":
		m := summaryRE.FindStringSubmatch(seg)
		if m == nil {
			return nil
		}
		for _, item := range strings.Split(m[1], "<dt>")[1:] {
			dt, dd, _ := strings.Cut(item, "</dt>")
			l, rest, _ := link(dt)
			if t := regexp.MustCompile(`<time datetime="([^"]*)">`).FindStringSubmatch(rest); t != nil {
				l += " " + t[1]
			}
			lines = append(lines, "dt "+l)
			if dd = strings.TrimSpace(dd); dd != "" {
				lines = append(lines, "dd "+stripTags(dd))
			}
		}
	case "series-tags":
		m := tagListRE.FindStringSubmatch(seg)
		if m == nil {
			return nil
		}
		for _, l := range strings.Split(m[1], "\n") {
			if l = strings.TrimSpace(l); strings.HasPrefix(l, "<li>") {
				lines = append(lines, "tag "+stripTags(l))
			}
		}
	}
	return lines
}

// listLines reads the <li> lines of the series shortcode or box: "this T"
// for the current post, else "P T"; the box adds its heading ("h2 latest" or
// "h2 all", then "part Part N of M" when it shows one) and More link.
func listLines(block string) []string {
	var lines []string
	for _, l := range strings.Split(block, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "<summary>"):
			m := boxHeadRE.FindStringSubmatch(l)
			switch {
			case m == nil:
				lines = append(lines, "bad "+l)
			case strings.HasPrefix(m[1], "Latest"):
				lines = append(lines, "h2 latest")
			default:
				lines = append(lines, "h2 all")
			}
			if m != nil && m[2] != "" {
				lines = append(lines, "part "+m[2])
			}
		case strings.HasPrefix(l, `<li class="series-this-post" aria-current="page">`):
			lines = append(lines, "this "+strings.TrimSuffix(stripTags(l), " (this post)"))
		case strings.HasPrefix(l, "<li>"):
			e, _, _ := link(strings.TrimPrefix(l, "<li>"))
			lines = append(lines, e)
		case strings.HasPrefix(l, `<p class="series-posts-more">`):
			lines = append(lines, "more "+hrefRE.FindStringSubmatch(l)[1])
		}
	}
	return lines
}

// postLines reads a post page's series shortcode and box.
func postLines(doc string) (shortcode, box []string) {
	if m := postsRE.FindStringSubmatch(doc); m != nil {
		shortcode = listLines(m[1])
	}
	if m := boxRE.FindStringSubmatch(doc); m != nil {
		box = listLines(m[1])
	}
	return shortcode, box
}

// orphanLines reads the orphan warnings of a build log by topic file:
// "tag=<tag or none> key=<key>: <files>".
func orphanLines(log string) map[string][]string {
	out := map[string][]string{}
	for _, m := range orphanLogRE.FindAllStringSubmatch(log, -1) {
		tag, key := m[3], m[2]
		if m[1] != "" {
			tag, key = "none", m[1]
		}
		files := strings.ReplaceAll(m[4], `"`, "")
		out[m[5]] = append(out[m[5]], "tag="+tag+" key="+key+": "+files)
	}
	return out
}

var (
	navRE     = regexp.MustCompile(`(?s)<nav class="series-nav" data-series="([^"]*)" aria-label="([^"]*)">(.*?)\n</nav>`)
	navLinkRE = regexp.MustCompile(`^<p class="series-nav-(prev|next)"><a rel="(prev|next)" href="([^"]*)"><span class="series-nav-label">([^<]*)</span> (.*)</a></p>$`)
	navPartRE = regexp.MustCompile(`^<p class="series-nav-part">(.*)</p>$`)
	nextRE    = regexp.MustCompile(`(?s)<div class="series-next">\n(.*?)\n</div>`)
	nextRefRE = regexp.MustCompile(`^<p>Next: <a href="([^"]*)">(.*)</a></p>\n<p><a class="series-next-button" href="([^"]*)">Continue</a></p>$`)
)

// navLabels are the link labels of the navigation, by rel.
var navLabels = map[string]string{"prev": "← Previous", "next": "Next →"}

// navLines reads every series navigation of a page: "nav <series key>
// <aria-label>", then "part <text>" and "prev <href> <title>" / "next <href>
// <title>". A line whose class, rel and label disagree, or that is not one of
// these, is printed as "bad <line>" so that a comparison fails on it.
func navLines(doc string) []string {
	var lines []string
	for _, m := range navRE.FindAllStringSubmatch(doc, -1) {
		lines = append(lines, "nav "+m[1]+" "+html.UnescapeString(m[2]))
		for _, l := range strings.Split(strings.TrimSpace(m[3]), "\n") {
			l = strings.TrimSpace(l)
			if p := navPartRE.FindStringSubmatch(l); p != nil {
				lines = append(lines, "part "+html.UnescapeString(p[1]))
			} else if a := navLinkRE.FindStringSubmatch(l); a != nil && a[1] == a[2] && html.UnescapeString(a[4]) == navLabels[a[1]] {
				lines = append(lines, a[1]+" "+a[3]+" "+html.UnescapeString(a[5]))
			} else {
				lines = append(lines, "bad "+l)
			}
		}
	}
	return lines
}

// nextLines reads every next-in-series output of a page: "next <href>
// <title>" for a link (its two links must agree), else "inner <text>".
func nextLines(doc string) []string {
	var lines []string
	for _, m := range nextRE.FindAllStringSubmatch(doc, -1) {
		var ls []string
		for _, l := range strings.Split(m[1], "\n") {
			ls = append(ls, strings.TrimSpace(l))
		}
		body := strings.TrimSpace(strings.Join(ls, "\n"))
		if a := nextRefRE.FindStringSubmatch(body); a != nil && a[1] == a[3] {
			lines = append(lines, "next "+a[1]+" "+html.UnescapeString(a[2]))
		} else {
			lines = append(lines, "inner "+stripTags(body))
		}
	}
	return lines
}
