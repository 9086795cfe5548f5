package series

import (
	"math"
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
		{Post{FileName: "x"}, "ha", "x"},
		{Post{FileName: "x", SeriesTitle: "S"}, "ha", "S"},
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
		{"0009007199254740992", 1 << 53, true, ""},
		{"-9007199254740992", -(1 << 53), true, ""},
		{"9007199254740993", 0, false, `series_weight "9007199254740993" is outside ±2^53`},
		{"99999999999999999999", 0, false, "outside ±2^53"},
		{uint64(9999999999999999999), 0, false, "series_weight 9999999999999999999 is outside ±2^53"},
		{int64(-9007199254740993), 0, false, "outside ±2^53"},
		{1 << 53, 1 << 53, true, ""},
		{1e20, 0, false, "outside ±2^53"},
		{math.Inf(-1), 0, false, "outside ±2^53"},
		{math.NaN(), 0, false, "NaN is not an integer"},
		{"00", 0, true, ""},
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

func TestParseTags(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{nil, ""},
		{"BGP", "BGP"},
		{[]string{"BGP", "OSPF"}, "BGP|OSPF"},
		{[]any{"BGP", 5, map[string]any{"x": 1}, "OSPF"}, "BGP|OSPF"},
		{uint64(5), ""},
	}
	for _, tt := range tests {
		if got := strings.Join(ParseTags(tt.in), "|"); got != tt.want {
			t.Errorf("ParseTags(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
