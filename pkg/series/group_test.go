package series

import (
	"fmt"
	"strings"
	"testing"
)

func TestGroupByYear(t *testing.T) {
	es := Entries{
		{Title: "a", Year: 2019},
		{Title: "u"},
		{Title: "b", Year: 2021},
		{Title: "c", Year: 2019},
		{Title: "d", Year: 2021},
	}
	var got []string
	for _, g := range GroupByYear(es) {
		got = append(got, fmt.Sprintf("%d: %s", g.Year, titles(g.Entries)))
	}
	want := "2021: b d | 2019: a c | 0: u"
	if s := strings.Join(got, " | "); s != want {
		t.Errorf("got %s, want %s", s, want)
	}
	if len(GroupByYear(nil)) != 0 {
		t.Error("no entries should give no groups")
	}
}
