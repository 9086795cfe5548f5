package series_test

import (
	"fmt"
	"testing"

	"github.com/serieskit/serieskit/pkg/series"
)

func TestPostsPart(t *testing.T) {
	tests := []struct {
		name     string
		order    series.Posts
		path     string
		n, total int
	}{
		{"first", nPosts(7), "/p01", 1, 7},
		{"third of seven", nPosts(7), "/p03", 3, 7},
		{"last", nPosts(7), "/p07", 7, 7},
		{"one-post series", nPosts(1), "/p01", 1, 1},
		{"not in the series", nPosts(7), "/p08", 0, 7},
		{"empty series", nil, "/p01", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if n, total := tt.order.Part(tt.path); n != tt.n || total != tt.total {
				t.Errorf("Part(%q) = %d of %d, want %d of %d", tt.path, n, total, tt.n, tt.total)
			}
		})
	}
}

// Part numbers follow the reading order, so a post pinned first with
// series_weight is part 1 even when it is the newest.
func TestPostsPartFollowsReadingOrder(t *testing.T) {
	members := nPosts(4)
	members[3] = weighted(members[3].Path, "2024-01-01", 10)
	order := members.ReadingOrder(nil)
	for path, want := range map[string]int{"/p04": 1, "/p01": 2, "/p03": 4} {
		if n, _ := order.Part(path); n != want {
			t.Errorf("Part(%q) = %d, want %d", path, n, want)
		}
	}
}

func ExamplePosts_Part() {
	members := series.Posts{
		{Path: "/posts/p2.md", Title: "Clusters", Date: date("2021-02-01")},
		{Path: "/posts/p1.md", Title: "Basics", Date: date("2021-01-01")},
		{Path: "/posts/p3.md", Title: "Loops", Date: date("2021-03-01")},
	}
	n, total := members.ReadingOrder(nil).Part("/posts/p2.md")
	fmt.Printf("Part %d of %d\n", n, total)
	// Output:
	// Part 2 of 3
}

func TestPartNumbers(t *testing.T) {
	tests := []struct {
		site, series string
		seriesSet    bool
		want         bool
	}{
		{"", "", false, false},
		{"false", "", false, false},
		{"true", "", false, true},
		{"yes", "", false, true},
		{"true", "false", true, false}, // a series opts out of the site's setting
		{"true", "no", true, false},
		{"true", "", true, false}, // set but empty: off
		{"false", "true", true, true},
		{"", "sure", true, true},
		{"", "OFF", true, false},
	}
	for _, tt := range tests {
		if got := series.PartNumbers(tt.site, tt.series, tt.seriesSet); got != tt.want {
			t.Errorf("PartNumbers(%q, %q, %v) = %v, want %v", tt.site, tt.series, tt.seriesSet, got, tt.want)
		}
	}
}

// Part numbers on for one series only: its term page says part_numbers: true.
func ExamplePartNumbers() {
	fmt.Println(series.PartNumbers("false", "true", true))
	fmt.Println(series.PartNumbers("false", "", false))
	// Output:
	// true
	// false
}
