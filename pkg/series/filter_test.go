package series

import (
	"strings"
	"testing"
)

func titles(es Entries) string {
	var s []string
	for _, e := range es {
		s = append(s, e.Title)
	}
	return strings.Join(s, " ")
}

func TestSelect(t *testing.T) {
	es := Entries{{Title: "a", Tag: "sdn"}, {Title: "b"}, {Title: "c", Tag: "ha"}, {Title: "d", Tag: "sdn"}}
	tests := []struct {
		o    Options
		want string
	}{
		{Options{}, "a b c d"},
		{Options{Tag: "sdn"}, "a d"},
		{Options{Tag: "nope"}, ""},
		{Options{NoTag: true}, "b"},
	}
	for _, tt := range tests {
		if got := titles(Select(es, tt.o)); got != tt.want {
			t.Errorf("Select(%+v) = %q, want %q", tt.o, got, tt.want)
		}
	}
}

func TestEntriesLimit(t *testing.T) {
	es := Entries{{Title: "a"}, {Title: "b"}, {Title: "c"}}
	for n, want := range map[int]string{0: "a b c", 1: "a", 2: "a b", 5: "a b c"} {
		if got := titles(es.Limit(n)); got != want {
			t.Errorf("Limit(%d) = %q, want %q", n, got, want)
		}
	}
}
