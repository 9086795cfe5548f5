package series

import "testing"

func TestBool(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"sure", true},
		{"yeah", true},
		{"just in case", true},
		{"true", true},
		{"1", true},
		{"false", false},
		{"FALSE", false},
		{"No", false},
		{"off", false},
		{"OFF", false},
		{"0", false},
		{"00", true},
		{"nope", true},
	}
	for _, tt := range tests {
		if got := Bool(tt.in); got != tt.want {
			t.Errorf("Bool(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
