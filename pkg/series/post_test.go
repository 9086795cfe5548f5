package series

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func paths(ps Posts) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Path)
	}
	return strings.Join(s, " ")
}

func TestPostsByDefault(t *testing.T) {
	tests := []struct {
		name  string
		posts Posts
		want  string
	}{
		{"date newest first, undated last", Posts{
			{Path: "/a", Date: day("2019-01-01")},
			{Path: "/b"},
			{Path: "/c", Date: day("2021-01-01")},
		}, "/c /a /b"},
		{"taxonomic weight ascending, negatives first, before date", Posts{
			{Path: "/a", TaxonomyWeight: 5, Date: day("2021-01-01")},
			{Path: "/b", TaxonomyWeight: 0, Date: day("2019-01-01")},
			{Path: "/c", TaxonomyWeight: -3, Date: day("2018-01-01")},
		}, "/c /b /a"},
		{"taxonomic weight -1 is no taxonomic weight, as in Hugo", Posts{
			{Path: "/a", TaxonomyWeight: -1, Date: day("2021-01-01")},
			{Path: "/b", TaxonomyWeight: 0, Date: day("2019-01-01")},
			{Path: "/c", TaxonomyWeight: -3, Date: day("2018-01-01")},
		}, "/a /c /b"},
		{"page weight ascending, 0 last", Posts{
			{Path: "/a", Weight: 0, Date: day("2021-01-01")},
			{Path: "/b", Weight: 2},
			{Path: "/c", Weight: -1},
			{Path: "/d", Weight: 1},
		}, "/c /d /b /a"},
		{"same date: link title, then path", Posts{
			{Path: "/z", Title: "Alpha", Date: day("2020-01-01")},
			{Path: "/y", Title: "beta", LinkTitle: "Aardvark", Date: day("2020-01-01")},
			{Path: "/b", Title: "Same", Date: day("2020-01-01")},
			{Path: "/a", Title: "Same", Date: day("2020-01-01")},
		}, "/y /z /a /b"},
		{"path case-insensitively", Posts{
			{Path: "/b"}, {Path: "/A"}, {Path: "/a"},
		}, "/A /a /b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := paths(tt.posts.ByDefault(nil)); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestPostsByDefaultUsesCompare(t *testing.T) {
	// A case-insensitive comparison, as a collator would: "eBGP" sorts among the E's.
	fold := func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }
	ps := Posts{{Path: "/1", Title: "Zebra"}, {Path: "/2", Title: "eBGP"}, {Path: "/3", Title: "EIGRP"}}
	if got := paths(ps.ByDefault(fold)); got != "/2 /3 /1" {
		t.Errorf("with a folding compare: %s", got)
	}
	if got := paths(ps.ByDefault(nil)); got != "/3 /1 /2" {
		t.Errorf("with the plain default: %s", got)
	}
}

func TestPostsSiteTag(t *testing.T) {
	ps := Posts{
		{Path: "/a", Tags: []string{"BGP", "OSPF"}},
		{Path: "/b", Tags: []string{"bgp"}},
		{Path: "/c"},
		{Path: "/d", Tags: []string{"BGP"}},
	}
	if got := paths(ps.SiteTag("BGP")); got != "/a /d" {
		t.Errorf("SiteTag(BGP) = %s", got)
	}
}

func TestPostsExcept(t *testing.T) {
	ps := Posts{{Path: "/tags/bgp/_index.md"}, {Path: "/a"}, {Path: "/b"}}
	for _, tc := range []struct{ path, want string }{
		{"/tags/bgp/_index.md", "/a /b"},
		{"/b", "/tags/bgp/_index.md /a"},
		{"/none", "/tags/bgp/_index.md /a /b"},
	} {
		if got := paths(ps.Except(tc.path)); got != tc.want {
			t.Errorf("Except(%s) = %s, want %s", tc.path, got, tc.want)
		}
	}
}

func TestParseSeries(t *testing.T) {
	tests := []struct {
		in      any
		want    string
		wantErr bool
	}{
		{nil, "", false},
		{"Route Reflectors", "Route Reflectors", false},
		{[]string{"ds", "ha"}, "ds|ha", false},
		{[]any{2021, "ds", 1.5, true}, "2021|ds|1.5|true", false},
		{[]any{nil, " ", "ha"}, "ha", false},
		{[]any{"ops", map[string]any{"name": "x"}}, "", true},
		{[]any{[]any{"y"}, "ops"}, "", true},
		{map[string]any{}, "", true},
		{2021, "", true},
		{"  ", "", false},
	}
	for _, tt := range tests {
		got, err := ParseSeries(tt.in)
		if strings.Join(got, "|") != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseSeries(%#v) = %q, %v; want %q (error: %v)", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	if _, err := ParseSeries([]any{"ops", []any{"y"}}); err == nil || err.Error() != "series [ops [y]] is neither a name nor a list of names, so Hugo puts the post in no series" {
		t.Errorf("error = %v", err)
	}
}
