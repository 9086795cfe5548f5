package series

import "sort"

// YearGroup is the entries of one year in a listing with group="year".
type YearGroup struct {
	Year    int // 0 for the undated posts
	Entries Entries
}

// GroupByYear splits a listing into one group per year, newest year first,
// each keeping the listing's order; undated posts form a last group with Year 0.
//
// It pairs with the partial serieskit/funcs/group.html.
func GroupByYear(es Entries) []YearGroup {
	byYear := map[int]Entries{}
	var years []int
	for _, e := range es {
		if _, ok := byYear[e.Year]; !ok {
			years = append(years, e.Year)
		}
		byYear[e.Year] = append(byYear[e.Year], e)
	}
	sort.Slice(years, func(i, j int) bool { return yearBefore(years[i], years[j]) })
	out := make([]YearGroup, 0, len(years))
	for _, y := range years {
		out = append(out, YearGroup{Year: y, Entries: byYear[y]})
	}
	return out
}

func yearBefore(a, b int) bool {
	if a == 0 || b == 0 {
		return b == 0 && a != 0
	}
	return a > b
}
