package series_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/serieskit/serieskit/pkg/series"
)

// groupsString prints date groups as "label: title title | label: ...".
func groupsString(gs []series.DateGroup) string {
	var parts []string
	for _, g := range gs {
		var ts []string
		for _, e := range g.Entries {
			ts = append(ts, e.Title)
		}
		parts = append(parts, g.Label+": "+strings.Join(ts, " "))
	}
	return strings.Join(parts, " | ")
}

func TestParseUntaggedOptions(t *testing.T) {
	tests := []struct {
		params map[string]string
		want   series.UntaggedOptions
		err    string
	}{
		{nil, series.UntaggedOptions{Title: series.DefaultUntaggedTitle, Format: "2006-01"}, ""},
		{map[string]string{"title": "", "format": "2006", "noseries": "yes", "showseries": "no", "series": "ds"},
			series.UntaggedOptions{Format: "2006", NoSeries: true, Series: "ds"}, ""},
		{map[string]string{"format": ""}, series.UntaggedOptions{Title: series.DefaultUntaggedTitle, Format: "2006-01"}, ""},
		{map[string]string{"tag": "x"}, series.UntaggedOptions{}, `unknown parameter "tag"`},
	}
	for _, tt := range tests {
		got, err := series.ParseUntaggedOptions(tt.params)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseUntaggedOptions(%v) error = %v, want %q", tt.params, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseUntaggedOptions(%v) = %+v, %v; want %+v", tt.params, got, err, tt.want)
		}
	}
}

func TestUntagged(t *testing.T) {
	ds := func(tag string) map[string]string { return map[string]string{"ds": tag} }
	members := series.Posts{
		{Path: "/a", Title: "A", Date: date("2021-03-02"), Series: []string{"ds"}},
		{Path: "/b", Title: "B", Date: date("2021-03-20"), Series: []string{"ds"}, SeriesTags: ds("sdn")},
		{Path: "/c", Title: "C", Date: date("2021-03-20"), Series: []string{"ds"}},
		{Path: "/d", Title: "D", Date: date("2019-12-31")},
		{Path: "/e", Title: "E", Series: []string{"ds", "ha"}},
		{Path: "/f", Title: "F", Date: date("2022-01-01"), SeriesTags: ds("")},
		{Path: "/g", Title: "G", Date: date("2021-03-20"), TaxonomyWeight: -2},
	}
	tests := []struct {
		name string
		o    series.UntaggedOptions
		want string
	}{
		{"newest group first, ties in default order, undated last",
			series.UntaggedOptions{}, "2022-01: F | 2021-03: G C A | 2019-12: D | : E"},
		{"year groups", series.UntaggedOptions{Format: "2006"}, "2022: F | 2021: G C A | 2019: D | : E"},
		{"noseries keeps posts with no series at all",
			series.UntaggedOptions{NoSeries: true}, "2022-01: F | 2021-03: G | 2019-12: D"},
		{"a layout without the year merges months of every year",
			series.UntaggedOptions{Format: "January"}, "January: F | March: G C A | December: D | : E"},
	}
	for _, tt := range tests {
		if got := groupsString(series.Untagged(members, "ds", tt.o, nil)); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := series.Untagged(members[1:2], "ds", series.UntaggedOptions{}, nil); len(got) != 0 {
		t.Errorf("only tagged posts: got %d groups, want none", len(got))
	}
}

func TestEntriesByDateDesc(t *testing.T) {
	noon := time.Date(2021, 3, 2, 12, 0, 0, 0, time.UTC)
	es := series.Entries{
		{Title: "undated"},
		{Title: "noon", Post: series.Post{Date: noon}},
		{Title: "same second", Post: series.Post{Date: noon.Add(500 * time.Millisecond)}},
		{Title: "later", Post: series.Post{Date: noon.Add(time.Second)}},
	}
	var got []string
	for _, e := range es.ByDateDesc() {
		got = append(got, e.Title)
	}
	if want := "later noon same second undated"; strings.Join(got, " ") != want {
		t.Errorf("ByDateDesc = %q, want %q", strings.Join(got, " "), want)
	}
}

// {{<series-untagged>}} on a series page: the posts with no <key>_tag, by month.
func ExampleUntagged() {
	members := series.Posts{
		{Path: "/posts/a.md", Title: "Raft in the control plane", Date: date("2021-06-01"), Series: []string{"ds"}},
		{Path: "/posts/b.md", Title: "Flow tables", Date: date("2021-06-20"), Series: []string{"ds"},
			SeriesTags: map[string]string{"ds": "sdn"}},
		{Path: "/posts/c.md", Title: "Clocks and timeouts", Date: date("2021-06-15"), Series: []string{"ds"}},
		{Path: "/posts/d.md", Title: "Split brain drills", Date: date("2020-11-03"), Series: []string{"ds"}},
	}
	o, err := series.ParseUntaggedOptions(map[string]string{})
	if err != nil {
		panic(err)
	}
	fmt.Println(o.Title)
	for _, g := range series.Untagged(members, "ds", o, nil) {
		fmt.Println(g.Label)
		for _, e := range g.Entries {
			fmt.Println("  " + e.Title)
		}
	}
	// Output:
	// Other Blog Posts in This Category
	// 2021-06
	//   Clocks and timeouts
	//   Raft in the control plane
	// 2020-11
	//   Split brain drills
}
