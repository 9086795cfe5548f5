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
// a map with a name and an optional link. A link that SafeURL refuses, or
// that is not a string, is dropped, so the name shows unlinked, with an error
// naming the link; a value of another type, a map without a name (or with a
// blank one) or with a name that is not a string, credits no author, with an
// error naming the value. A nil value, or a blank plain name, is no author
// and no error.
//
// It pairs with the partial serieskit/funcs/author.html.
func ParseAuthor(v any) (Author, error) {
	switch a := v.(type) {
	case nil:
		return Author{}, nil
	case string:
		if blank(a) {
			return Author{}, nil
		}
		return Author{Name: a}, nil
	case map[string]any:
		name, isString := a["name"].(string)
		if n := a["name"]; n != nil && !isString {
			return Author{}, fmt.Errorf("\"author\": name %v is not a string; no author is credited", n)
		}
		if blank(name) {
			return Author{}, fmt.Errorf("\"author\" must be a name or {name, link}, not %v; no author is credited", v)
		}
		raw, isString := a["link"].(string)
		if l := a["link"]; l != nil && !isString {
			raw = fmt.Sprint(l)
		}
		link, ok := SafeURL(raw)
		if !ok || (a["link"] != nil && !isString) {
			return Author{Name: name}, fmt.Errorf("\"author\": link %q of %q is not an http, https, mailto or relative URL; the name is shown unlinked", raw, name)
		}
		return Author{Name: name, Link: link}, nil
	}
	return Author{}, fmt.Errorf("\"author\" must be a name or {name, link}, not %v; no author is credited", v)
}

// blank reports whether a name or title is empty or only white space (it
// would make an empty link).
func blank(s string) bool { return strings.TrimSpace(s) == "" }
