package series

import (
	"fmt"
	"net/url"
	"strings"
)

// SafeURL checks a link written in front matter (a links= entry, an author's
// link) before it becomes an href: once spaces around it are trimmed, it must
// parse as a URL whose scheme is http, https, mailto or none (a relative
// link). It returns the trimmed link and true, or "" and false for anything
// else (javascript:, data:, in any case, or text that is not a URL, such as a
// stray %). An empty link is safe and stays empty.
//
// It pairs with the partial serieskit/funcs/safe-url.html.
func SafeURL(link string) (string, bool) {
	link = strings.TrimSpace(link)
	if link == "" {
		return "", true
	}
	u, err := url.Parse(link)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https", "mailto":
		return link, true
	}
	return "", false
}

// ParseAuthor reads a post's author front matter: a plain name (a string) or
// a map with a name and an optional link. A link that SafeURL refuses is
// dropped, so the name shows unlinked, with an error naming the link; a value
// of another type, or a map without a name, credits no author, with an error
// naming the value. A nil value is no author and no error.
//
// It pairs with the partial serieskit/funcs/author.html.
func ParseAuthor(v any) (Author, error) {
	switch a := v.(type) {
	case nil:
		return Author{}, nil
	case string:
		return Author{Name: a}, nil
	case map[string]any:
		name := ""
		if n, ok := a["name"]; ok && n != nil {
			name = fmt.Sprint(n)
		}
		if name == "" {
			return Author{}, fmt.Errorf("\"author\" must be a name or {name, link}, not %v; no author is credited", v)
		}
		raw := ""
		if l, ok := a["link"]; ok && l != nil {
			raw = fmt.Sprint(l)
		}
		link, ok := SafeURL(raw)
		if !ok {
			return Author{Name: name}, fmt.Errorf("\"author\": link %q of %q is not an http, https, mailto or relative URL; the name is shown unlinked", raw, name)
		}
		return Author{Name: name, Link: link}, nil
	}
	return Author{}, fmt.Errorf("\"author\" must be a name or {name, link}, not %v; no author is credited", v)
}
