package series

import (
	"strings"
	"testing"
)

func TestDisplayTitle(t *testing.T) {
	p := Post{Title: "Plain", SeriesTitle: "Everywhere", SeriesTitles: map[string]string{"ha": "In HA"}}
	tests := []struct {
		post Post
		key  string
		want string
	}{
		{p, "ha", "In HA"},
		{p, "sdn", "Everywhere"},
		{Post{Title: "Plain"}, "ha", "Plain"},
		{Post{Title: "Plain", SeriesTitles: map[string]string{"ha": ""}}, "ha", "Plain"},
	}
	for _, tt := range tests {
		if got := DisplayTitle(tt.post, tt.key); got != tt.want {
			t.Errorf("DisplayTitle(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

func TestNewEntries(t *testing.T) {
	ps := Posts{
		{Path: "/a", Title: "A", Date: day("2021-05-01"), SeriesTags: map[string]string{"ha": "x"}, SeriesWeight: 3, HasSeriesWeight: true},
		{Path: "/b", Title: "B"},
	}
	es := NewEntries(ps, "ha")
	if len(es) != 2 || es[0].Tag != "x" || es[0].Year != 2021 || es[0].Weight != 3 || !es[0].HasWeight {
		t.Errorf("first entry: %+v", es[0])
	}
	if es[1].Tag != "" || es[1].Year != 0 || es[1].HasWeight {
		t.Errorf("an untagged, undated, unweighted post: %+v", es[1])
	}
}

func TestParseWeight(t *testing.T) {
	tests := []struct {
		in      any
		want    int
		set     bool
		wantErr string
	}{
		{nil, 0, false, ""},
		{1800, 1800, true, ""},
		{int64(-5), -5, true, ""},
		{uint64(7), 7, true, ""},
		{float64(12), 12, true, ""},
		{"012", 12, true, ""},
		{"-3", -3, true, ""},
		{0, 0, true, ""},
		{1.5, 0, false, "1.5"},
		{"heavy", 0, false, `"heavy" is not an integer`},
		{[]any{1}, 0, false, "is not an integer"},
		{true, 0, false, "true"},
	}
	for _, tt := range tests {
		w, set, err := ParseWeight(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseWeight(%#v) error = %v, want %q", tt.in, err, tt.wantErr)
			}
		} else if err != nil {
			t.Errorf("ParseWeight(%#v): %v", tt.in, err)
		}
		if w != tt.want || set != tt.set {
			t.Errorf("ParseWeight(%#v) = %d, %v; want %d, %v", tt.in, w, set, tt.want, tt.set)
		}
	}
}

func TestParseString(t *testing.T) {
	if s, err := ParseString("ha_tag", "sdn"); s != "sdn" || err != nil {
		t.Errorf("a string: %q, %v", s, err)
	}
	if s, err := ParseString("ha_tag", nil); s != "" || err != nil {
		t.Errorf("absent: %q, %v", s, err)
	}
	s, err := ParseString("ha_tag", []any{"sdn"})
	if s != "" || err == nil || !strings.Contains(err.Error(), `ha_tag`) {
		t.Errorf("a list: %q, %v", s, err)
	}
}
