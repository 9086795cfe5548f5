package sidebar

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseLookup(t *testing.T) {
	tests := []struct {
		name   string
		data   any
		want   Lookup
		errSub string
	}{
		{"missing file", nil, Lookup{}, ""},
		{"labels and display",
			map[string]any{"HA": "High Availability", "SDN": "Software-Defined Networking", "display": []any{"SDN", "HA"}},
			Lookup{Labels: map[string]string{"HA": "High Availability", "SDN": "Software-Defined Networking"}, Display: []string{"SDN", "HA"}}, ""},
		{"no display", map[string]any{"HA": "High Availability"},
			Lookup{Labels: map[string]string{"HA": "High Availability"}}, ""},
		{"not a map", []any{"HA"}, Lookup{}, "data/l.yaml: the file must map box keys to labels"},
		{"display a string", map[string]any{"display": "HA, SDN"}, Lookup{}, `data/l.yaml: "display" must be a list of box keys, got HA, SDN`},
		{"display entry a number", map[string]any{"display": []any{"HA", 42}}, Lookup{}, `"display" entry 42 is not a string`},
		{"label a list", map[string]any{"HA": []any{"x"}}, Lookup{}, `data/l.yaml: the label of box "HA" must be a string, got [x]`},
		{"label a number", map[string]any{"IPv6": 6}, Lookup{}, `the label of box "IPv6" must be a string, got 6`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseLookup("data/l.yaml", tt.data)
			if tt.errSub != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errSub) {
					t.Fatalf("error %v, want one containing %q", err, tt.errSub)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Labels) == 0 && len(tt.want.Labels) == 0 {
				got.Labels, tt.want.Labels = nil, nil
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestLabelAndHas(t *testing.T) {
	l := Lookup{Labels: map[string]string{"HA": "High Availability", "E": ""}, Display: []string{"SDN"}}
	for key, want := range map[string]string{"HA": "High Availability", "SDN": "SDN", "E": "E", "nope": "nope"} {
		if got := l.Label(key); got != want {
			t.Errorf("Label(%q) = %q, want %q", key, got, want)
		}
	}
	for key, want := range map[string]bool{"HA": true, "SDN": true, "E": true, "nope": false} {
		if got := l.Has(key); got != want {
			t.Errorf("Has(%q) = %v, want %v", key, got, want)
		}
	}
}
