package series_test

import (
	"fmt"
	"time"

	"github.com/serieskit/serieskit/pkg/series"
)

func date(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

// A topic page's call {{<series-listing tag="sdn" year="sure" weight="yes">}}.
func ExampleListing() {
	members := series.Posts{
		{Path: "/posts/a.md", Title: "Controllers", Date: date("2019-03-01"), SeriesTags: map[string]string{"ds": "sdn"}},
		{Path: "/posts/b.md", Title: "Flow tables", Date: date("2021-06-01"), SeriesTags: map[string]string{"ds": "sdn"}},
		{Path: "/posts/c.md", Title: "Why SDN", Date: date("2015-01-10"), SeriesTags: map[string]string{"ds": "sdn"},
			SeriesWeight: 100, HasSeriesWeight: true, TaxonomyWeight: 100},
		{Path: "/posts/d.md", Title: "Chassis", Date: date("2020-01-01"), SeriesTags: map[string]string{"ds": "device"}},
	}
	o, err := series.ParseOptions(map[string]string{"tag": "sdn", "year": "sure", "weight": "yes"})
	if err != nil {
		panic(err)
	}
	for _, e := range series.Listing(members, "ds", o, nil) {
		fmt.Printf("%s (%d)\n", e.Title, e.Year)
	}
	// Output:
	// Why SDN (2015)
	// Flow tables (2021)
	// Controllers (2019)
}

func ExampleBool() {
	for _, v := range []string{"sure", "yeah", "just in case", "no", "OFF", "0", ""} {
		fmt.Printf("%q:%v ", v, series.Bool(v))
	}
	fmt.Println()
	// Output:
	// "sure":true "yeah":true "just in case":true "no":false "OFF":false "0":false "":false
}

func ExampleGroupByYear() {
	es := series.Entries{{Title: "B", Year: 2021}, {Title: "A", Year: 2019}, {Title: "C", Year: 2021}}
	for _, g := range series.GroupByYear(es) {
		fmt.Print(g.Year, ":")
		for _, e := range g.Entries {
			fmt.Print(" ", e.Title)
		}
		fmt.Println()
	}
	// Output:
	// 2021: B C
	// 2019: A
}

func ExampleDisplayTitle() {
	p := series.Post{Title: "Notes on BGP", SeriesTitle: "BGP notes", SeriesTitles: map[string]string{"ha": "Part 2: BGP"}}
	fmt.Println(series.DisplayTitle(p, "ha"))
	fmt.Println(series.DisplayTitle(p, "sdn"))
	// Output:
	// Part 2: BGP
	// BGP notes
}

// A topic page tagged with its own title is not its own member.
func ExamplePosts_Except() {
	pages := series.Posts{
		{Path: "/tags/ha/_index.md", Title: "HA", Tags: []string{"HA"}},
		{Path: "/posts/vrrp.md", Title: "VRRP", Tags: []string{"HA"}},
	}
	for _, p := range pages.SiteTag("HA").Except("/tags/ha/_index.md") {
		fmt.Println(p.Title)
	}
	// Output:
	// VRRP
}
