package series_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/serieskit/serieskit/pkg/series"
)

func TestEntriesTags(t *testing.T) {
	foldFirst := func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }
	es := series.Entries{{Tag: "sdn"}, {}, {Tag: "BGP"}, {Tag: "device"}, {Tag: "sdn"}, {Tag: "ha"}}
	tests := []struct {
		cmp  series.Compare
		want string
	}{
		{nil, "BGP device ha sdn"},
		{foldFirst, "BGP device ha sdn"},
		{func(a, b string) int { return -strings.Compare(a, b) }, "sdn ha device BGP"},
	}
	for _, tt := range tests {
		if got := strings.Join(es.Tags(tt.cmp), " "); got != tt.want {
			t.Errorf("Tags = %q, want %q", got, tt.want)
		}
	}
	if got := (series.Entries{{}, {}}).Tags(nil); len(got) != 0 {
		t.Errorf("Tags of untagged entries = %q, want none", got)
	}
	if _, err := series.ParseTagsOptions(map[string]string{"tag": "x"}); err == nil {
		t.Error("ParseTagsOptions(tag): no error")
	}
	if s, err := series.ParseTagsOptions(map[string]string{"series": "ds"}); s != "ds" || err != nil {
		t.Errorf("ParseTagsOptions(series) = %q, %v", s, err)
	}
}

// {{<series-tags>}}: the tags a topic page's posts use, an authoring aid.
func ExampleEntries_Tags() {
	members := series.Posts{
		{Path: "/a", Title: "A", SeriesTags: map[string]string{"ds": "sdn"}},
		{Path: "/b", Title: "B", SeriesTags: map[string]string{"ds": "device"}},
		{Path: "/c", Title: "C"},
		{Path: "/d", Title: "D", SeriesTags: map[string]string{"ds": "sdn"}},
	}
	fmt.Println(series.NewEntries(members, "ds").Tags(nil))
	// Output:
	// [device sdn]
}
