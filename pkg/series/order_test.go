package series

import "testing"

// The three consequences the reference's ordering page names, on members in default order (newest first).
func TestOrderConsequences(t *testing.T) {
	newestFirst := Entries{
		{Title: "c-2023", Year: 2023},
		{Title: "b-2022", Year: 2022},
		{Title: "a-2021", Year: 2021},
	}
	if got := titles(Order(newestFirst, Options{Tag: "x"}, nil)); got != "a-2021 b-2022 c-2023" {
		t.Errorf("tag alone, no weights: want oldest first, got %s", got)
	}
	if got := titles(Order(newestFirst, Options{Weight: true}, nil)); got != "c-2023 b-2022 a-2021" {
		t.Errorf("weight, equal weights: want newest first, got %s", got)
	}
	byTitle := Entries{{Title: "Bravo"}, {Title: "Charlie"}, {Title: "Alpha"}}
	if got := titles(Order(byTitle, Options{ByTitle: true, Reverse: true}, nil)); got != "Alpha Bravo Charlie" {
		t.Errorf("bytitle reverse: want A to Z, got %s", got)
	}
	if got := titles(Order(byTitle, Options{ByTitle: true}, nil)); got != "Charlie Bravo Alpha" {
		t.Errorf("bytitle alone: want Z to A, got %s", got)
	}
}

func TestOrderWeight(t *testing.T) {
	es := Entries{
		{Title: "n1", Weight: 0},
		{Title: "h1", Weight: 10},
		{Title: "m", Weight: 5},
		{Title: "h2", Weight: 10},
		{Title: "neg", Weight: -1},
		{Title: "n2", Weight: 0},
	}
	tests := []struct {
		o    Options
		want string
	}{
		// step 2 reverses to n2 neg h2 m h1 n1; step 3 sorts ascending stably
		// (neg n2 n1 m h2 h1) and reverses.
		{Options{Weight: true}, "h1 h2 m n1 n2 neg"},
		// no step 2: ascending stably is neg n1 n2 m h1 h2, reversed.
		{Options{Weight: true, Reverse: true}, "h2 h1 m n2 n1 neg"},
	}
	for _, tt := range tests {
		if got := titles(Order(es, tt.o, nil)); got != tt.want {
			t.Errorf("Order(%+v) = %s, want %s", tt.o, got, tt.want)
		}
	}
}

func TestOrderByTitleIsStable(t *testing.T) {
	es := Entries{{Title: "B", Year: 1}, {Title: "A", Year: 2}, {Title: "B", Year: 3}}
	got := Order(es, Options{ByTitle: true, Reverse: true}, nil)
	if got[1].Year != 1 || got[2].Year != 3 {
		t.Errorf("equal titles changed order: %+v", got)
	}
}
