package series_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/serieskit/serieskit/pkg/series"
)

func postPaths(ps series.Posts) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Path)
	}
	return strings.Join(s, " ")
}

func TestOrphans(t *testing.T) {
	tag := func(k, v string) map[string]string { return map[string]string{k: v} }
	members := series.Posts{
		{Path: "/sdn", SeriesTags: tag("ds", "sdn"), Series: []string{"ds"}},
		{Path: "/dev", SeriesTags: tag("ds", "device"), Series: []string{"ds"}, Tags: []string{"Distributed Systems"}},
		{Path: "/none", Series: []string{"ds"}},
		{Path: "/loose"},
		{Path: "/other", SeriesTags: tag("ha", "x"), Series: []string{"ds"}},
	}
	listing := func(tag string) series.Call { return series.Call{Kind: series.ListingCall, Key: "ds", Tag: tag} }
	tests := []struct {
		name  string
		calls []series.Call
		want  string
	}{
		{"no calls, no check", nil, ""},
		{"one tag listing", []series.Call{listing("sdn")}, "/dev /none /loose /other"},
		{"two tags", []series.Call{listing("sdn"), listing("device")}, "/none /loose /other"},
		{"notag covers the untagged", []series.Call{listing("sdn"), listing("device"), {Kind: series.ListingCall, Key: "ds", NoTag: true}}, ""},
		{"series-untagged covers the untagged", []series.Call{listing("sdn"), listing("device"), {Kind: series.UntaggedCall, Key: "ds"}}, ""},
		{"noseries covers only posts with no series", []series.Call{listing("sdn"), listing("device"), {Kind: series.UntaggedCall, Key: "ds", NoSeries: true}}, "/none /other"},
		{"a listing without tag or notag shows all", []series.Call{{Kind: series.ListingCall, Key: "ds"}}, ""},
		{"series-summary shows all", []series.Call{listing("sdn"), {Kind: series.SummaryCall, Key: "ds"}}, ""},
		{"another key reads other tags", []series.Call{{Kind: series.ListingCall, Key: "ha", Tag: "x"}}, "/sdn /dev /none /loose"},
		{"site_tag shows only posts tagged with the title", []series.Call{{Kind: series.ListingCall, Key: "ds", SiteTag: true}}, "/sdn /none /loose /other"},
	}
	for _, tt := range tests {
		if got := postPaths(series.Orphans(members, tt.calls, "Distributed Systems")); got != tt.want {
			t.Errorf("%s: Orphans = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNotHidden(t *testing.T) {
	tag := func(v string) map[string]string { return map[string]string{"ds": v} }
	ps := series.Posts{{Path: "/i", SeriesTags: tag("ignore")}, {Path: "/s", SeriesTags: tag("sdn")}, {Path: "/u"},
		{Path: "/o", SeriesTags: map[string]string{"ha": "ignore"}}, {Path: "/d", SeriesTags: tag("draft")}}
	tests := []struct {
		hidden []string
		want   string
	}{
		{series.DefaultHiddenTags, "/s /u /o /d"},
		{[]string{"ignore", "draft"}, "/s /u /o"},
		{nil, "/i /s /u /o /d"},
	}
	for _, tt := range tests {
		if got := postPaths(ps.NotHidden("ds", tt.hidden)); got != tt.want {
			t.Errorf("NotHidden(%q) = %q, want %q", tt.hidden, got, tt.want)
		}
	}
}

func TestGroupOrphans(t *testing.T) {
	tag := func(v string) map[string]string { return map[string]string{"ds": v} }
	orphans := series.Posts{
		{Path: "/u1"}, {Path: "/z", SeriesTags: tag("zeta")}, {Path: "/a1", SeriesTags: tag("alpha")},
		{Path: "/u2", SeriesTags: tag("")}, {Path: "/a2", SeriesTags: tag("alpha")},
	}
	var got []string
	for _, g := range series.GroupOrphans(orphans, "ds", nil) {
		got = append(got, g.Tag+"="+postPaths(g.Posts))
	}
	if want := "alpha=/a1 /a2|zeta=/z|=/u1 /u2"; strings.Join(got, "|") != want {
		t.Errorf("GroupOrphans = %q, want %q", strings.Join(got, "|"), want)
	}
}

// A topic page with listings for "sdn" and "device" but no notag listing
// and no series-untagged: its untagged post and its "ha" post are invisible.
func ExampleOrphans() {
	members := series.Posts{
		{Path: "/posts/a.md", SeriesTags: map[string]string{"ds": "sdn"}},
		{Path: "/posts/b.md", SeriesTags: map[string]string{"ds": "ha"}},
		{Path: "/posts/c.md"},
		{Path: "/posts/d.md", SeriesTags: map[string]string{"ds": "device"}},
	}
	calls := []series.Call{
		{Kind: series.ListingCall, Key: "ds", Tag: "sdn"},
		{Kind: series.ListingCall, Key: "ds", Tag: "device"},
	}
	for _, g := range series.GroupOrphans(series.Orphans(members, calls, "Distributed Systems"), "ds", nil) {
		fmt.Printf("tag %q: %s\n", g.Tag, g.Posts[0].Path)
	}
	// Output:
	// tag "ha": /posts/b.md
	// tag "": /posts/c.md
}
