package series_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/serieskit/serieskit/pkg/series"
)

func TestSummaryText(t *testing.T) {
	tests := []struct {
		post      series.Post
		want      string
		wantShort bool
	}{
		{series.Post{Summary: "<p>Long.</p>", ShortSummary: "Short *one*"}, "Short *one*", true},
		{series.Post{Summary: "<p>Long.</p>"}, "<p>Long.</p>", false},
		{series.Post{}, "", false},
	}
	for _, tt := range tests {
		got, short := series.SummaryText(tt.post)
		if got != tt.want || short != tt.wantShort {
			t.Errorf("SummaryText(%+v) = %q, %v; want %q, %v", tt.post, got, short, tt.want, tt.wantShort)
		}
	}
}

func TestSummaries(t *testing.T) {
	members := series.Posts{
		{Path: "/a", Title: "A", Date: date("2019-01-01")},
		{Path: "/b", Title: "B", Date: date("2021-01-01"), SeriesTitles: map[string]string{"ds": "B in ds"}},
		{Path: "/c", Title: "C", Date: date("2020-01-01"), TaxonomyWeight: 1},
	}
	tests := []struct {
		params map[string]string
		want   string
	}{
		{nil, "C A B in ds"},
		{map[string]string{"reverse": "yes"}, "B in ds A C"},
		{map[string]string{"reverse": "no", "date": "yes"}, "C A B in ds"},
	}
	for _, tt := range tests {
		o, err := series.ParseSummaryOptions(tt.params)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range series.Summaries(members, "ds", o, nil) {
			got = append(got, e.Title)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Summaries(%v) = %q, want %q", tt.params, strings.Join(got, " "), tt.want)
		}
	}
	if _, err := series.ParseSummaryOptions(map[string]string{"tag": "x"}); err == nil || !strings.Contains(err.Error(), `unknown parameter "tag"`) {
		t.Errorf("ParseSummaryOptions(tag) error = %v, want unknown parameter", err)
	}
}

// {{<series-summary>}}: every member, oldest first when unweighted, with its
// short_summary or its summary.
func ExampleSummaries() {
	members := series.Posts{
		{Path: "/posts/a.md", Title: "Why quorum", Date: date("2020-02-01"), ShortSummary: "What a *quorum* buys you."},
		{Path: "/posts/b.md", Title: "Witness placement", Date: date("2021-05-01"), Summary: "<p>Where to put the witness.</p>"},
	}
	for _, e := range series.Summaries(members, "ha", series.SummaryOptions{}, nil) {
		text, short := series.SummaryText(e.Post)
		fmt.Printf("%s: %s (short_summary: %v)\n", e.Title, text, short)
	}
	// Output:
	// Why quorum: What a *quorum* buys you. (short_summary: true)
	// Witness placement: <p>Where to put the witness.</p> (short_summary: false)
}
