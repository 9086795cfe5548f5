package series_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/serieskit/serieskit/pkg/series"
)

// nPosts makes n posts of series "ds" dated a day apart, the first oldest.
func nPosts(n int) series.Posts {
	var ps series.Posts
	for i := 1; i <= n; i++ {
		ps = append(ps, series.Post{Path: fmt.Sprintf("/p%02d", i), Title: fmt.Sprintf("P%d", i),
			Date: date("2020-01-01").AddDate(0, 0, i), Series: []string{"ds"}})
	}
	return ps
}

func postTitles(ps series.Posts) string {
	var s []string
	for _, p := range ps {
		s = append(s, series.PlainTitle(p))
	}
	return strings.Join(s, " ")
}

func TestNewBox(t *testing.T) {
	tests := []struct {
		n          int
		wantLatest bool
		want       string
	}{
		{0, false, ""},
		{1, false, ""},
		{2, false, "P1 P2"},
		{10, false, "P1 P2 P3 P4 P5 P6 P7 P8 P9 P10"},
		{11, true, "P11 P10 P9 P8 P7 P6 P5 P4 P3 P2"},
		{14, true, "P14 P13 P12 P11 P10 P9 P8 P7 P6 P5"},
	}
	for _, tt := range tests {
		b := series.NewBox(nPosts(tt.n), nil)
		if b.Latest != tt.wantLatest || postTitles(b.Posts) != tt.want {
			t.Errorf("NewBox(%d posts) = latest %v, %q; want %v, %q", tt.n, b.Latest, postTitles(b.Posts), tt.wantLatest, tt.want)
		}
	}
	// Weighted posts lead the default order, so they lead the "Latest" box.
	ps := nPosts(12)
	ps[0].TaxonomyWeight, ps[0].SeriesWeight, ps[0].HasSeriesWeight = -5, -5, true
	if got := postTitles(series.NewBox(ps, nil).Posts); !strings.HasPrefix(got, "P1 P12 P11") {
		t.Errorf("NewBox with a weighted post = %q, want it first", got)
	}
}

// The box and the series shortcode show plain titles, never display titles.
func TestBoxPlainTitles(t *testing.T) {
	ps := nPosts(3)
	ps[1].SeriesTitle = "In the series"
	ps[1].SeriesTitles = map[string]string{"ds": "In ds"}
	ps[2].Title, ps[2].FileName = "", "p03"
	if got := postTitles(series.NewBox(ps, nil).Posts); got != "P1 P2 p03" {
		t.Errorf("NewBox titles = %q", got)
	}
	if got := postTitles(series.InThisSeries(ps, nil)); got != "P1 P2 p03" {
		t.Errorf("InThisSeries titles = %q", got)
	}
}

func TestInThisSeries(t *testing.T) {
	if got := postTitles(series.InThisSeries(nPosts(3), nil)); got != "P1 P2 P3" {
		t.Errorf("InThisSeries = %q, want oldest first", got)
	}
}

func TestFirstSeries(t *testing.T) {
	tests := []struct {
		series    []string
		term, key string
	}{
		{nil, "", ""},
		{[]string{""}, "", ""},
		{[]string{"HA Cluster", "ds"}, "HA Cluster", "ha-cluster"},
		{[]string{"ds"}, "ds", "ds"},
	}
	for _, tt := range tests {
		term, key := series.FirstSeries(series.Post{Series: tt.series})
		if term != tt.term || key != tt.key {
			t.Errorf("FirstSeries(%q) = %q, %q; want %q, %q", tt.series, term, key, tt.term, tt.key)
		}
	}
}

// The series box of a post in a series of 12 unweighted posts: the 10 newest.
func ExampleNewBox() {
	var members series.Posts
	for i := 1; i <= 12; i++ {
		members = append(members, series.Post{Path: fmt.Sprintf("/posts/part-%d.md", i),
			Title: fmt.Sprintf("Part %d", i), Date: time.Date(2021, time.Month(i), 1, 0, 0, 0, 0, time.UTC)})
	}
	box := series.NewBox(members, nil)
	fmt.Println("latest:", box.Latest, "posts:", len(box.Posts))
	fmt.Println(box.Posts[0].Title, "...", box.Posts[len(box.Posts)-1].Title)
	// Output:
	// latest: true posts: 10
	// Part 12 ... Part 3
}
