package sidebar_test

import (
	"fmt"

	"github.com/serieskit/serieskit/pkg/sidebar"
)

// The featured widget of a small site with data/sidebar_lookup.yaml:
//
//	HA: High Availability
//	SDN: Software-Defined Networking
//	display: [HA, SDN]
func ExampleFeatured() {
	lookup, err := sidebar.ParseLookup("data/sidebar_lookup.yaml", map[string]any{
		"HA":      "High Availability",
		"SDN":     "Software-Defined Networking",
		"display": []any{"HA", "SDN"},
	})
	if err != nil {
		panic(err)
	}
	pages := sidebar.Pages{
		{Path: "/series/distributed-systems", Title: "Distributed Systems", Layout: "custom", SidebarBox: "HA"},
		{Path: "/series/ha-cluster", Title: "HA Clusters", PageTitle: "High-Availability Clusters", SidebarBox: "HA"},
		{Path: "/series/openflow", Title: "OpenFlow", SidebarBox: "SDN"},
		{Path: "/series/ipv6", Title: "IPv6", SidebarBox: "IPv6"},
		{Path: "/series/bgp", Title: "BGP", Layout: "custom"},
		{Path: "/series/quiz", Title: "Quiz", Layout: "custom", SidebarBox: "skip"},
		{Path: "/posts/hello", Title: "Hello"},
	}
	for _, g := range sidebar.Featured(pages, lookup, nil) {
		fmt.Println(g.Label)
		for _, p := range g.Pages {
			fmt.Println("  " + p.DisplayTitle())
		}
	}
	// Output:
	// High Availability
	//   Distributed Systems
	//   High-Availability Clusters
	// Software-Defined Networking
	//   OpenFlow
	// IPv6
	//   IPv6
	// Other Resources
	//   BGP
}

func ExampleParseLookup() {
	_, err := sidebar.ParseLookup("data/sidebar_lookup.yaml", map[string]any{"display": "HA, SDN"})
	fmt.Println(err)
	// Output:
	// data/sidebar_lookup.yaml: "display" must be a list of box keys, got HA, SDN
}

func ExamplePage_DisplayTitle() {
	fmt.Println(sidebar.Page{Title: "Distributed Systems"}.DisplayTitle())
	fmt.Println(sidebar.Page{Title: "Distributed Systems", PageTitle: "Start Here"}.DisplayTitle())
	// Output:
	// Distributed Systems
	// Start Here
}
