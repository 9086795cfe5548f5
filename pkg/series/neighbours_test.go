package series_test

import (
	"fmt"
	"testing"

	"github.com/serieskit/serieskit/pkg/series"
)

func pathOf(p *series.Post) string {
	if p == nil {
		return "-"
	}
	return p.Path
}

func TestPostsNeighbours(t *testing.T) {
	three := nPosts(3) // in reading order: /p01 /p02 /p03
	tests := []struct {
		name       string
		order      series.Posts
		path       string
		prev, next string
		ok         bool
	}{
		{"first: no previous", three, "/p01", "-", "/p02", true},
		{"middle", three, "/p02", "/p01", "/p03", true},
		{"last: no next", three, "/p03", "/p02", "-", true},
		{"one-post series: neither", nPosts(1), "/p01", "-", "-", true},
		{"not in the series", three, "/p09", "-", "-", false},
		{"empty series", nil, "/p01", "-", "-", false},
		{"paths match exactly", three, "/P01", "-", "-", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev, next, ok := tt.order.Neighbours(tt.path)
			if pathOf(prev) != tt.prev || pathOf(next) != tt.next || ok != tt.ok {
				t.Errorf("Neighbours(%q) = %s, %s, %v; want %s, %s, %v",
					tt.path, pathOf(prev), pathOf(next), ok, tt.prev, tt.next, tt.ok)
			}
		})
	}
}

func TestPostsNeighboursReturnsCopies(t *testing.T) {
	order := nPosts(3)
	prev, next, _ := order.Neighbours("/p02")
	prev.Title, next.Title = "changed", "changed"
	if order[0].Title != "P1" || order[2].Title != "P3" {
		t.Errorf("Neighbours' results alias the series: %+v", order)
	}
}

func TestNextInSeries(t *testing.T) {
	// Members in Hugo's collection order; the reading order is
	// /high (series_weight 5), then by date /old /mid /new.
	members := series.Posts{
		weighted("/high", "2023-01-01", 5),
		{Path: "/mid", Date: date("2021-01-01")},
		{Path: "/new", Date: date("2022-01-01")},
		{Path: "/old", Date: date("2020-01-01")},
	}
	tests := []struct {
		path, next string
		ok         bool
	}{
		{"/high", "/old", true},
		{"/old", "/mid", true},
		{"/mid", "/new", true},
		{"/new", "-", true},
		{"/elsewhere", "-", false},
	}
	for _, tt := range tests {
		next, ok := series.NextInSeries(members, tt.path, nil)
		if pathOf(next) != tt.next || ok != tt.ok {
			t.Errorf("NextInSeries(%q) = %s, %v; want %s, %v", tt.path, pathOf(next), ok, tt.next, tt.ok)
		}
	}
}

// Previous / next links of part 2 of a series, with the titles the series
// shows (DisplayTitle in its key).
func ExamplePosts_Neighbours() {
	members := series.Posts{
		{Path: "/posts/p1.md", Title: "Basics", SeriesTitles: map[string]string{"rr": "Part 1: basics"}, Date: date("2021-01-01")},
		{Path: "/posts/p2.md", Title: "Clusters", Date: date("2021-02-01")},
		{Path: "/posts/p3.md", Title: "Loops", SeriesTitle: "Avoiding loops", Date: date("2021-03-01")},
	}
	order := members.ReadingOrder(nil)
	prev, next, _ := order.Neighbours("/posts/p2.md")
	fmt.Println("←", series.DisplayTitle(*prev, "rr"))
	fmt.Println("→", series.DisplayTitle(*next, "rr"))
	prev, next, _ = order.Neighbours("/posts/p3.md")
	fmt.Println(prev.Title, next == nil)
	// Output:
	// ← Part 1: basics
	// → Avoiding loops
	// Clusters true
}

// next-in-series without page= on the first part: the next part's
// series_title, not its <key>_title.
func ExampleNextInSeries() {
	members := series.Posts{
		{Path: "/posts/p1.md", Title: "Basics", Date: date("2021-01-01"), Series: []string{"rr"}},
		{Path: "/posts/p2.md", Title: "Clusters", Date: date("2021-02-01"), Series: []string{"rr"},
			SeriesTitle: "Part 2: clusters", SeriesTitles: map[string]string{"rr": "Clusters and loops"}},
	}
	if next, ok := series.NextInSeries(members, "/posts/p1.md", nil); ok && next != nil {
		fmt.Println("Next:", series.NextTitle(*next), next.Path)
	}
	// Output:
	// Next: Part 2: clusters /posts/p2.md
}

func TestNextTitle(t *testing.T) {
	tests := []struct {
		name string
		post series.Post
		want string
	}{
		{"title", series.Post{Title: "Basics"}, "Basics"},
		{"series_title first", series.Post{Title: "Basics", SeriesTitle: "Part 1"}, "Part 1"},
		{"no <key>_title", series.Post{Title: "Basics", SeriesTitles: map[string]string{"rr": "RR 1"}}, "Basics"},
		{"series_title over <key>_title", series.Post{Title: "Basics", SeriesTitle: "Part 1", SeriesTitles: map[string]string{"rr": "RR 1"}}, "Part 1"},
		{"blank series_title", series.Post{Title: "Basics", SeriesTitle: " "}, "Basics"},
		{"no title", series.Post{Title: " ", FileName: "basics"}, "basics"},
	}
	for _, tt := range tests {
		if got := series.NextTitle(tt.post); got != tt.want {
			t.Errorf("%s: NextTitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}
