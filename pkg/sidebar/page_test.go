package sidebar

import (
	"strings"
	"testing"
)

func TestDisplayTitle(t *testing.T) {
	tests := []struct {
		page Page
		want string
	}{
		{Page{Title: "Distributed Systems"}, "Distributed Systems"},
		{Page{Title: "Distributed Systems", PageTitle: "Start here"}, "Start here"},
		{Page{Title: "", PageTitle: ""}, ""},
		{Page{Title: "Distributed Systems", PageTitle: "  "}, "Distributed Systems"},
		{Page{Title: " ", FileName: "ds"}, "ds"},
		{Page{Title: "", PageTitle: "\t", FileName: "ds"}, "ds"},
	}
	for _, tt := range tests {
		if got := tt.page.DisplayTitle(); got != tt.want {
			t.Errorf("%+v.DisplayTitle() = %q, want %q", tt.page, got, tt.want)
		}
	}
}

func TestFeaturedPage(t *testing.T) {
	tests := []struct {
		name   string
		page   Page
		box    string
		ok     bool
		errSub string
	}{
		{"plain page", Page{}, "", false, ""},
		{"box", Page{SidebarBox: "HA"}, "HA", true, ""},
		{"box and custom", Page{SidebarBox: "HA", Layout: "custom"}, "HA", true, ""},
		{"custom without box", Page{Layout: "custom"}, "", true, ""},
		{"custom with empty box", Page{Layout: "custom", SidebarBox: ""}, "", true, ""},
		{"skip", Page{SidebarBox: "skip"}, "", false, ""},
		{"custom and skip", Page{SidebarBox: "skip", Layout: "custom"}, "", false, ""},
		{"other layout", Page{Layout: "top"}, "", false, ""},
		{"list box", Page{Path: "/x", SidebarBox: []any{"HA"}}, "", false, `page "/x": sidebar_box must be a string`},
		{"list box on custom", Page{Path: "/y", SidebarBox: 7, Layout: "custom"}, "", true, "got 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			box, ok := tt.page.Featured()
			if box != tt.box || ok != tt.ok {
				t.Errorf("Featured() = %q, %v; want %q, %v", box, ok, tt.box, tt.ok)
			}
			_, err := tt.page.Box()
			switch {
			case tt.errSub == "" && err != nil:
				t.Errorf("Box() error %v, want none", err)
			case tt.errSub != "" && (err == nil || !strings.Contains(err.Error(), tt.errSub)):
				t.Errorf("Box() error %v, want one containing %q", err, tt.errSub)
			}
		})
	}
}

func TestByDisplayTitle(t *testing.T) {
	ps := Pages{
		{Path: "/c", Title: "Beta"},
		{Path: "/b", Title: "Zulu", PageTitle: "Alpha"},
		{Path: "/a", Title: "Beta"},
		{Path: "/d", Title: "alpha"},
	}
	var got []string
	for _, p := range ps.ByDisplayTitle(nil) {
		got = append(got, p.Path)
	}
	// plain byte order: "Alpha" < "Beta" (equal titles by path) < "alpha"
	if want := "/b /a /c /d"; strings.Join(got, " ") != want {
		t.Errorf("ByDisplayTitle(nil) = %v, want %s", got, want)
	}
	fold := func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }
	got = got[:0]
	for _, p := range ps.ByDisplayTitle(fold) {
		got = append(got, p.Path)
	}
	// "Alpha" and "alpha" are equal under fold: ordered by path
	if want := "/b /d /a /c"; strings.Join(got, " ") != want {
		t.Errorf("ByDisplayTitle(fold) = %v, want %s", got, want)
	}
	if ps[0].Path != "/c" {
		t.Errorf("ByDisplayTitle changed its receiver")
	}
}
