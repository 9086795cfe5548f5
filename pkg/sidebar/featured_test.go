package sidebar

import (
	"fmt"
	"strings"
	"testing"
)

// summary prints groups as "KEY=Label[path path] ...".
func summary(gs Groups) string {
	var b []string
	for _, g := range gs {
		var ps []string
		for _, p := range g.Pages {
			ps = append(ps, p.Path)
		}
		b = append(b, fmt.Sprintf("%s=%s[%s]", g.Key, g.Label, strings.Join(ps, " ")))
	}
	return strings.Join(b, " ")
}

func TestFeatured(t *testing.T) {
	lookup := Lookup{
		Labels:  map[string]string{"HA": "High Availability", "SDN": "Software-Defined Networking", "EMPTY": "Nothing here"},
		Display: []string{"SDN", "EMPTY", "HA", "SDN"},
	}
	tests := []struct {
		name  string
		pages Pages
		l     Lookup
		want  string
	}{
		{"nothing featured", Pages{{Path: "/a"}, {Path: "/b", Layout: "top"}}, lookup, ""},
		{"display order, empty entry skipped, duplicate once",
			Pages{{Path: "/ha", Title: "HA", SidebarBox: "HA"}, {Path: "/sdn", Title: "SDN", SidebarBox: "SDN"}}, lookup,
			"SDN=Software-Defined Networking[/sdn] HA=High Availability[/ha]"},
		{"unlisted boxes after display, by key, label is the key",
			Pages{{Path: "/z", SidebarBox: "Zeta"}, {Path: "/b", SidebarBox: "Beta"}, {Path: "/ha", SidebarBox: "HA"}}, lookup,
			"HA=High Availability[/ha] Beta=Beta[/b] Zeta=Zeta[/z]"},
		{"other resources last, skip and bad box",
			Pages{
				{Path: "/c1", Title: "Custom", Layout: "custom"},
				{Path: "/c2", Title: "Custom skipped", Layout: "custom", SidebarBox: "skip"},
				{Path: "/c3", Title: "A custom with a bad box", Layout: "custom", SidebarBox: []any{"HA"}},
				{Path: "/p", Title: "Plain with a bad box", SidebarBox: 3},
				{Path: "/ha", SidebarBox: "HA"},
			}, lookup,
			"HA=High Availability[/ha] =Other Resources[/c3 /c1]"},
		{"pages by display title then path",
			Pages{
				{Path: "/3", Title: "Zulu", PageTitle: "Alpha", SidebarBox: "HA"},
				{Path: "/2", Title: "Beta", SidebarBox: "HA"},
				{Path: "/1", Title: "Beta", SidebarBox: "HA"},
			}, lookup,
			"HA=High Availability[/3 /1 /2]"},
		{"no lookup", Pages{{Path: "/b", SidebarBox: "b"}, {Path: "/a", SidebarBox: "a"}}, Lookup{}, "a=a[/a] b=b[/b]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(Featured(tt.pages, tt.l, nil)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestFeaturedCompare(t *testing.T) {
	fold := func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }
	ps := Pages{{Path: "/1", SidebarBox: "b"}, {Path: "/2", SidebarBox: "A"}, {Path: "/3", SidebarBox: "c"}}
	if got, want := summary(Featured(ps, Lookup{}, nil)), "A=A[/2] b=b[/1] c=c[/3]"; got != want {
		t.Errorf("plain: got %s, want %s", got, want)
	}
	ps[1].SidebarBox = "a"
	ps = append(ps, Page{Path: "/4", SidebarBox: "B"})
	if got, want := summary(Featured(ps, Lookup{}, fold)), "a=a[/2] B=B[/4] b=b[/1] c=c[/3]"; got != want {
		t.Errorf("fold: got %s, want %s", got, want)
	}
}

func TestGroupsFind(t *testing.T) {
	gs := Groups{{Key: "HA", Label: "High Availability"}, {Key: "", Label: OtherLabel}}
	if g, ok := gs.Find("HA"); !ok || g.Label != "High Availability" {
		t.Errorf("Find(HA) = %+v, %v", g, ok)
	}
	if _, ok := gs.Find(""); ok {
		t.Errorf("Find(\"\") found the Other Resources group")
	}
	if _, ok := gs.Find("SDN"); ok {
		t.Errorf("Find(SDN) found a group")
	}
}
