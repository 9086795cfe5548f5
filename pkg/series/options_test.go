package series

import (
	"strings"
	"testing"
)

func TestParseOptions(t *testing.T) {
	tests := []struct {
		name    string
		params  map[string]string
		want    Options
		wantErr string
	}{
		{"empty", nil, Options{}, ""},
		{"real content booleans", map[string]string{"tag": "sdn", "year": "sure", "weight": "yes"},
			Options{Tag: "sdn", Year: true, Weight: true}, ""},
		{"false words", map[string]string{"year": "No", "weight": "OFF", "bytitle": "0", "reverse": "false"},
			Options{}, ""},
		{"notag just in case", map[string]string{"notag": "just in case"}, Options{NoTag: true}, ""},
		{"tag with switched-off notag", map[string]string{"tag": "a", "notag": "no"}, Options{Tag: "a"}, ""},
		{"strings", map[string]string{"series": "k", "title": "T", "links": "l", "soon": "s", "group": "year", "limit": "3"},
			Options{Series: "k", Title: "T", Links: "l", Soon: "s", Group: "year", Limit: 3}, ""},
		{"unknown", map[string]string{"tags": "a"}, Options{}, `unknown parameter "tags"`},
		{"tag and notag", map[string]string{"tag": "a", "notag": "yes"}, Options{}, `"notag" cannot be combined with tag "a"`},
		{"limit zero", map[string]string{"limit": "0"}, Options{}, `"limit": "0" is not a positive integer`},
		{"limit negative", map[string]string{"limit": "-2"}, Options{}, `"-2" is not a positive integer`},
		{"limit word", map[string]string{"limit": "ten"}, Options{}, `"ten" is not a positive integer`},
		{"limit empty", map[string]string{"limit": ""}, Options{}, `"" is not a positive integer`},
		{"group month", map[string]string{"group": "month"}, Options{}, `"group": "month" is not supported`},
		{"empty tag", map[string]string{"tag": ""}, Options{}, `parameter "tag" is empty`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseOptions(tt.params)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseLimit(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"3", 3, true},
		{"02", 2, true},
		{"010", 10, true}, // decimal, not octal
		{"+5", 5, true},
		{"2.0", 2, true},
		{"2.", 2, true},
		{"1_000", 1000, true},
		{"0x10", 16, true},
		{"0b101", 5, true},
		{"0o17", 15, true},
		{"99999999999999999999", 0, true}, // too large: no limit
		{"0xffffffffffffffffff", 0, true},
		{"0", 0, false},
		{"00", 0, false},
		{"0x0", 0, false},
		{"-3", 0, false},
		{"2.5", 0, false},
		{"1e3", 0, false},
		{" 3", 0, false},
		{"", 0, false},
		{"ten", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseLimit(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseLimit(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		series, term, want, wantErr string
	}{
		{"", "distributed-systems", "distributed-systems", ""},
		{"", "Distributed Systems", "distributed-systems", ""},
		{"ha", "distributed-systems", "ha", ""},
		{"", "", "", `parameter "series" is required`},
	}
	for _, tt := range tests {
		got, err := Key(tt.series, tt.term)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Key(%q, %q) error = %v, want %q", tt.series, tt.term, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Key(%q, %q) = %q, %v; want %q", tt.series, tt.term, got, err, tt.want)
		}
	}
}
