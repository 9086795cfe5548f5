package sidebar

import (
	"fmt"
	"sort"
)

// DisplayKey is the lookup file's key that lists box keys in display order.
const DisplayKey = "display"

// Lookup is the sidebar lookup data file (data/sidebar_lookup.yaml by
// default): box keys mapped to labels, and the boxes' display order.
type Lookup struct {
	// Labels maps box keys to labels.
	Labels map[string]string
	// Display lists box keys in display order.
	Display []string
}

// ParseLookup checks and converts a lookup data file as decoded from YAML,
// TOML or JSON (nil when the file does not exist). Every key but "display" is
// a box key whose value must be a string label; "display" must be a list of
// strings. Errors name file. It pairs with the partial
// serieskit/funcs/lookup.html.
func ParseLookup(file string, data any) (Lookup, error) {
	var l Lookup
	if data == nil {
		return l, nil
	}
	m, ok := data.(map[string]any)
	if !ok {
		return l, fmt.Errorf("%s: the file must map box keys to labels, got %v", file, data)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	l.Labels = map[string]string{}
	for _, k := range keys {
		v := m[k]
		if k == DisplayKey {
			list, ok := v.([]any)
			if !ok {
				return Lookup{}, fmt.Errorf("%s: %q must be a list of box keys, got %v", file, DisplayKey, v)
			}
			for _, e := range list {
				s, ok := e.(string)
				if !ok {
					return Lookup{}, fmt.Errorf("%s: %q entry %v is not a string (a box key)", file, DisplayKey, e)
				}
				l.Display = append(l.Display, s)
			}
			continue
		}
		s, ok := v.(string)
		if !ok {
			return Lookup{}, fmt.Errorf("%s: the label of box %q must be a string, got %v", file, k, v)
		}
		l.Labels[k] = s
	}
	return l, nil
}

// Label returns the label of a box: its label in the lookup, or the key
// itself when the lookup has none (or an empty one).
func (l Lookup) Label(key string) string {
	if s := l.Labels[key]; s != "" {
		return s
	}
	return key
}

// Has reports whether the lookup names a box key, as a label or in display.
func (l Lookup) Has(key string) bool {
	if _, ok := l.Labels[key]; ok {
		return true
	}
	for _, k := range l.Display {
		if k == key {
			return true
		}
	}
	return false
}
