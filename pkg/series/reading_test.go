package series_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/serieskit/serieskit/pkg/series"
)

// weighted is a member of a series term page with series_weight w.
func weighted(path, day string, w int) series.Post {
	p := series.Post{Path: path, Title: path}
	if day != "" {
		p.Date = date(day)
	}
	p.TaxonomyWeight, p.SeriesWeight, p.HasSeriesWeight = w, w, true
	return p
}

func TestPostsReadingOrder(t *testing.T) {
	tests := []struct {
		name    string
		members series.Posts
		want    string
	}{
		{"empty", nil, ""},
		{"one post", nPosts(1), "/p01"},
		{"unweighted: oldest first", series.Posts{
			{Path: "/b", Date: date("2021-01-01")},
			{Path: "/a", Date: date("2019-01-01")},
			{Path: "/c", Date: date("2023-01-01")},
		}, "/a /b /c"},
		{"undated before dated, as Hugo lists them last", series.Posts{
			{Path: "/a", Date: date("2019-01-01")},
			{Path: "/b"},
		}, "/b /a"},
		{"higher series_weight first, negative after unweighted", series.Posts{
			weighted("/neg", "2019-01-01", -5),
			{Path: "/none", Date: date("2020-01-01")},
			weighted("/low", "2021-01-01", 10),
			weighted("/high", "2022-01-01", 20),
		}, "/high /low /none /neg"},
		{"equal series_weight: oldest first", series.Posts{
			weighted("/new", "2022-01-01", 7),
			weighted("/old", "2018-01-01", 7),
			weighted("/top", "2010-01-01", 9),
		}, "/top /old /new"},
		// -1 is no taxonomic weight in Hugo's order: /m1 is placed by date
		// against /zero, as if unweighted, while -2 puts /m2 last.
		{"series_weight -1 is placed by the other keys", series.Posts{
			weighted("/m1", "2019-01-01", -1),
			{Path: "/zero", Date: date("2021-01-01")},
		}, "/m1 /zero"},
		{"series_weight -2 is not", series.Posts{
			weighted("/m2", "2019-01-01", -2),
			{Path: "/zero", Date: date("2021-01-01")},
		}, "/zero /m2"},
		{"page weight: none first, then the highest", series.Posts{
			{Path: "/w1", Weight: 1},
			{Path: "/w0"},
			{Path: "/w2", Weight: 2},
		}, "/w0 /w2 /w1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := postPaths(tt.members.ReadingOrder(nil)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// The reading order is ByDefault reversed, title collation included.
func TestPostsReadingOrderUsesCompare(t *testing.T) {
	fold := func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }
	ps := series.Posts{{Path: "/1", Title: "Zebra"}, {Path: "/2", Title: "eBGP"}, {Path: "/3", Title: "EIGRP"}}
	if got := postPaths(ps.ReadingOrder(fold)); got != "/1 /3 /2" {
		t.Errorf("with a folding compare: %s", got)
	}
	if got := postPaths(ps.ReadingOrder(nil)); got != "/2 /1 /3" {
		t.Errorf("with the plain default: %s", got)
	}
}

func TestPostsReadingOrderReturnsACopy(t *testing.T) {
	ps := nPosts(3)
	ps.ReadingOrder(nil)[0].Title = "changed"
	if postPaths(ps) != "/p01 /p02 /p03" || ps[0].Title != "P1" || ps[2].Title != "P3" {
		t.Errorf("ReadingOrder changed its receiver: %+v", ps)
	}
}

// The series box lists a whole series in reading order.
func TestReadingOrderIsTheBoxOrder(t *testing.T) {
	ps := nPosts(10)
	ps[4] = weighted(ps[4].Path, "2020-01-05", 3)
	box := series.NewBox(ps, nil)
	var want []string
	for _, p := range ps.ReadingOrder(nil) {
		want = append(want, p.Title)
	}
	var got []string
	for _, p := range box.Posts {
		got = append(got, series.PlainTitle(p))
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("box %q, reading order %q", got, want)
	}
}

func TestPostsReverse(t *testing.T) {
	for _, tt := range []struct{ in, want series.Posts }{
		{nil, series.Posts{}},
		{nPosts(1), nPosts(1)},
		{nPosts(3), series.Posts{nPosts(3)[2], nPosts(3)[1], nPosts(3)[0]}},
	} {
		if got := tt.in.Reverse(); postPaths(got) != postPaths(tt.want) {
			t.Errorf("Reverse(%s) = %s, want %s", postPaths(tt.in), postPaths(got), postPaths(tt.want))
		}
	}
}

// A three-part series whose introduction is pinned first with series_weight.
func ExamplePosts_ReadingOrder() {
	members := series.Posts{
		{Path: "/posts/flooding.md", Title: "Flooding", Date: date("2021-03-01")},
		{Path: "/posts/intro.md", Title: "Why link state", Date: date("2022-06-01"),
			SeriesWeight: 100, HasSeriesWeight: true, TaxonomyWeight: 100},
		{Path: "/posts/lsdb.md", Title: "The database", Date: date("2021-01-01")},
	}
	for i, p := range members.ReadingOrder(nil) {
		fmt.Println(i+1, p.Title)
	}
	// Output:
	// 1 Why link state
	// 2 The database
	// 3 Flooding
}
