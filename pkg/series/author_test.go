package series

import (
	"strings"
	"testing"
)

func TestSafeURL(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"https://example.org/a", "https://example.org/a", true},
		{"  http://example.org/  ", "http://example.org/", true},
		{"mailto:me@example.org", "mailto:me@example.org", true},
		{"/posts/x/", "/posts/x/", true},
		{"//example.org/x", "//example.org/x", true},
		{"javascript:alert(1)", "", false},
		{" javascript:alert(1)", "", false},
		{"JaVaScRiPt:alert(1)", "", false},
		{"data:text/html,hi", "", false},
		{"https://x/50%off", "", false},
		{"http://[::1", "", false},
		{"ftp://example.org/", "", false},
	}
	for _, tt := range tests {
		got, ok := SafeURL(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SafeURL(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseAuthor(t *testing.T) {
	tests := []struct {
		name    string
		in      any
		want    Author
		wantErr string
	}{
		{"absent", nil, Author{}, ""},
		{"plain name", "Jane Doe", Author{Name: "Jane Doe"}, ""},
		{"name and link", map[string]any{"name": "Jane", "link": "https://jane.example/"}, Author{Name: "Jane", Link: "https://jane.example/"}, ""},
		{"name only", map[string]any{"name": "Jane"}, Author{Name: "Jane"}, ""},
		{"dangerous link", map[string]any{"name": "Jane", "link": " JavaScript:alert(1)"}, Author{Name: "Jane"}, `link " JavaScript:alert(1)" of "Jane" is not an http`},
		{"no name", map[string]any{"link": "https://x.example/"}, Author{}, `must be a name or {name, link}`},
		{"list", []any{"x"}, Author{}, `must be a name or {name, link}, not [x]`},
		{"blank plain name", "  ", Author{}, ""},
		{"blank name", map[string]any{"name": " ", "link": "https://x.example/"}, Author{}, `must be a name or {name, link}`},
		{"name not a string", map[string]any{"name": map[string]any{"first": "Jane"}}, Author{}, `"author": name map[first:Jane] is not a string; no author is credited`},
		{"number as name", map[string]any{"name": 42}, Author{}, `"author": name 42 is not a string`},
		{"link not a string", map[string]any{"name": "Jane", "link": []any{"https://x.example/"}}, Author{Name: "Jane"}, `link "[https://x.example/]" of "Jane" is not an http`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAuthor(tt.in)
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("error = %v, want %q", err, tt.wantErr)
			}
		})
	}
}
