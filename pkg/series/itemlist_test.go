package series_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/serieskit/serieskit/pkg/series"
)

func entry(path, title string) series.Entry {
	return series.Entry{Post: series.Post{Path: path, Permalink: "https://example.org" + path + "/"}, Title: title}
}

func itemsString(items []series.ListItem) string {
	var s []string
	for _, it := range items {
		s = append(s, fmt.Sprintf("%d %s %s", it.Position, it.URL, it.Name))
	}
	return strings.Join(s, "; ")
}

func TestItemList(t *testing.T) {
	a, b, c := entry("/a", "A"), entry("/b", "B"), entry("/c", "C")
	tests := []struct {
		name     string
		listings []series.Entries
		want     string
	}{
		{"no listings", nil, ""},
		{"empty listings", []series.Entries{{}, nil}, ""},
		{"one listing, in its order", []series.Entries{{c, a}},
			"1 https://example.org/c/ C; 2 https://example.org/a/ A"},
		{"listings in page order, positions run on", []series.Entries{{b}, {a, c}},
			"1 https://example.org/b/ B; 2 https://example.org/a/ A; 3 https://example.org/c/ C"},
		{"a post in two listings: once, first appearance and its title", []series.Entries{
			{a, entry("/b", "B in the first")},
			{entry("/b", "B in the second"), c},
		}, "1 https://example.org/a/ A; 2 https://example.org/b/ B in the first; 3 https://example.org/c/ C"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := series.ItemList(tt.listings...)
			if items == nil {
				t.Fatal("ItemList returned nil, want an empty list")
			}
			if got := itemsString(items); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A topic page with two listings; the post in both is listed once.
func ExampleItemList() {
	members := series.Posts{
		{Path: "/posts/a.md", Permalink: "https://example.org/posts/a/", Title: "Controllers",
			Date: date("2019-03-01"), SeriesTags: map[string]string{"ds": "sdn"}},
		{Path: "/posts/b.md", Permalink: "https://example.org/posts/b/", Title: "Flow tables",
			Date: date("2021-06-01"), SeriesTags: map[string]string{"ds": "sdn"}, SeriesTitles: map[string]string{"ds": "OpenFlow tables"}},
		{Path: "/posts/c.md", Permalink: "https://example.org/posts/c/", Title: "Chassis",
			Date: date("2020-01-01"), SeriesTags: map[string]string{"ds": "device"}},
	}
	sdn := series.Listing(members, "ds", series.Options{Tag: "sdn"}, nil)
	all := series.Listing(members, "ds", series.Options{}, nil)
	for _, it := range series.ItemList(sdn, all) {
		fmt.Println(it.Position, it.URL, it.Name)
	}
	// Output:
	// 1 https://example.org/posts/a/ Controllers
	// 2 https://example.org/posts/b/ OpenFlow tables
	// 3 https://example.org/posts/c/ Chassis
}

func TestLimitItems(t *testing.T) {
	a, b, c := entry("/a", "A"), entry("/b", "B"), entry("/c", "C")
	items := series.ItemList(series.Entries{a, b, c})
	tests := []struct {
		name  string
		limit int
		want  string
	}{
		{"0 is no limit", 0, "1 https://example.org/a/ A; 2 https://example.org/b/ B; 3 https://example.org/c/ C"},
		{"the first two", 2, "1 https://example.org/a/ A; 2 https://example.org/b/ B"},
		{"a limit of the list's length keeps all", 3, "1 https://example.org/a/ A; 2 https://example.org/b/ B; 3 https://example.org/c/ C"},
		{"a limit over it keeps all", 1000, "1 https://example.org/a/ A; 2 https://example.org/b/ B; 3 https://example.org/c/ C"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := itemsString(series.LimitItems(items, tt.limit)); got != tt.want {
				t.Errorf("LimitItems(%d) = %q, want %q", tt.limit, got, tt.want)
			}
		})
	}
}
