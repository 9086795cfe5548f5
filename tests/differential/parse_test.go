package differential

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// A listing is compared as short labelled lines, one per thing a reader sees:
//
//	listing                                  a div.series-listing
//	h3 "Title" id="tag"                      its heading (id only when set)
//	h4 "2021"                                a year-group heading
//	- "Title" <href> (2021 2021-03-04) T:x W:5 by [Name](link)
//	                                         a post: link text and target, then
//	                                         what the <li> shows after the link
//	[links]                                  the ul.series-listing-links of group="year"
//	+ "Title" <href>                         an extra entry of links=
//	soon: "Title"                            a "Coming soon" item
//
// Calls are told apart by the marker paragraphs between them; an empty
// listing renders nothing, so it has no lines.

// pageListings returns the lines of every call on a rendered topic page,
// indexed by call, and an error when the page is not the content alone (the
// site's own layouts were not used) or a marker is missing.
func pageListings(doc string, calls int) ([][]string, error) {
	trimmed := strings.TrimSpace(doc)
	if !strings.HasPrefix(trimmed, "<p>"+marker(0)+"</p>") && calls > 0 || !strings.HasSuffix(trimmed, "<p>"+endMarker+"</p>") {
		return nil, fmt.Errorf("the page is not its content alone (did a theme layout win over the site's?):\n%s", clip(trimmed, 400))
	}
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return nil, err
	}
	out := make([][]string, calls)
	cur := -1
	seen := map[int]bool{}
	var walk func(n *html.Node) error
	walk = func(n *html.Node) error {
		if n.Type == html.ElementNode && n.Data == "p" && !hasClass(n, "series-soon") {
			t := strings.TrimSpace(text(n))
			if strings.HasPrefix(t, "MARK-") {
				if t == endMarker {
					cur = calls
					return nil
				}
				var i int
				if _, err := fmt.Sscanf(t, "MARK-%d", &i); err != nil || i != cur+1 {
					return fmt.Errorf("marker %q out of order after call %d", t, cur)
				}
				cur = i
				seen[i] = true
				return nil
			}
		}
		if n.Type == html.ElementNode && hasClass(n, "series-listing") {
			if cur < 0 || cur >= calls {
				return fmt.Errorf("a series-listing outside the calls (after marker %d)", cur)
			}
			out[cur] = append(out[cur], listingLines(n)...)
			return nil
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if err := walk(c); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(root); err != nil {
		return nil, err
	}
	if len(seen) != calls {
		return nil, fmt.Errorf("found %d of %d markers", len(seen), calls)
	}
	return out, nil
}

// listingLines describes one div.series-listing.
func listingLines(div *html.Node) []string {
	lines := []string{"listing"}
	for c := div.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type != html.ElementNode:
			lines = append(lines, fmt.Sprintf("?? text %q", c.Data))
		case c.Data == "h3":
			l := fmt.Sprintf("h3 %q", text(c))
			if id, ok := attr(c, "id"); ok {
				l += fmt.Sprintf(" id=%q", id)
			}
			lines = append(lines, l)
		case c.Data == "h4" && hasClass(c, "series-listing-year"):
			lines = append(lines, fmt.Sprintf("h4 %q", text(c)))
		case c.Data == "ul" && hasClass(c, "series-listing-links"):
			lines = append(lines, "[links]")
			lines = append(lines, itemLines(c)...)
		case c.Data == "ul" && hasClass(c, "series-soon"):
			for li := c.FirstChild; li != nil; li = li.NextSibling {
				if li.Type == html.ElementNode {
					lines = append(lines, fmt.Sprintf("soon: %q", text(li)))
				}
			}
		case c.Data == "p" && hasClass(c, "series-soon"):
			// The "Coming soon" label; its list follows.
		case c.Data == "ul" && !hasAttr(c, "class"):
			lines = append(lines, itemLines(c)...)
		default:
			lines = append(lines, "?? "+describe(c))
		}
	}
	return lines
}

// itemLines describes the <li> of a list: posts, and the extra entries of links=.
func itemLines(ul *html.Node) []string {
	var lines []string
	for li := ul.FirstChild; li != nil; li = li.NextSibling {
		switch {
		case li.Type == html.TextNode && strings.TrimSpace(li.Data) == "":
		case li.Type == html.ElementNode && li.Data == "li" && hasClass(li, "series-listing-extra"):
			l := "+ "
			if a := li.FirstChild; a != nil && a.Type == html.ElementNode && a.Data == "a" {
				href, _ := attr(a, "href")
				l += fmt.Sprintf("%q <%s>", text(a), href)
			} else {
				l += fmt.Sprintf("%q", text(li))
			}
			lines = append(lines, l)
		case li.Type == html.ElementNode && li.Data == "li":
			lines = append(lines, entryLine(li))
		default:
			lines = append(lines, "?? "+describe(li))
		}
	}
	return lines
}

// entryLine describes a post's <li>: the first link (the post), then the rest
// as shown, with <time> as "(YEAR DATETIME)" and the author link as [name](link).
func entryLine(li *html.Node) string {
	var b strings.Builder
	b.WriteString("-")
	first := true
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && c.Data == "a" && first:
			href, _ := attr(c, "href")
			fmt.Fprintf(&b, " %q <%s>", text(c), href)
		case c.Type == html.ElementNode && c.Data == "a":
			href, _ := attr(c, "href")
			fmt.Fprintf(&b, "[%s](%s)", text(c), href)
		case c.Type == html.ElementNode && c.Data == "time":
			dt, _ := attr(c, "datetime")
			fmt.Fprintf(&b, "%s %s", text(c), dt)
		default:
			fmt.Fprintf(&b, "?? %s", describe(c))
		}
		if c.Type == html.ElementNode {
			first = false
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func attr(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

func hasAttr(n *html.Node, name string) bool {
	_, ok := attr(n, name)
	return ok
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	for _, c := range strings.Fields(v) {
		if c == class {
			return true
		}
	}
	return false
}

func describe(n *html.Node) string {
	var b strings.Builder
	if err := html.Render(&b, n); err != nil {
		return err.Error()
	}
	return clip(b.String(), 200)
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
