package sitegen

import "strings"

// The word lists below are the bench's own; they only need to give Hugo
// text of a realistic shape (sentence and word lengths of a technical blog).

// seriesKeys names the 40 series; the first ones get the most posts.
var seriesKeys = []string{
	"data-center-fabrics", "network-automation", "bgp-deep-dive", "distributed-systems",
	"ipv6-migration", "troubleshooting-stories", "high-availability", "cloud-networking",
	"evpn-vxlan", "load-balancing", "zero-trust", "wan-design",
	"network-monitoring", "config-management", "ospf-internals", "mpls-vpn",
	"kubernetes-networking", "campus-networks", "qos-basics", "route-reflectors",
	"sd-wan", "firewall-design", "dns-operations", "packet-capture",
	"telemetry", "ci-for-networks", "yang-netconf", "container-overlays",
	"ddos-defense", "vpn-design", "multicast", "disaster-recovery",
	"lab-builds", "time-sync", "storage-networking", "wireless",
	"network-history", "certification-notes", "vendor-briefings", "book-reviews",
}

// seriesTagPool holds the intra-series tags a series draws its few from.
var seriesTagPool = []string{
	"design", "lab", "ops", "theory", "device", "case-study", "tools",
	"basics", "advanced", "history", "vendor", "security", "performance", "migration",
}

// tagBases and tagSuffixes make the 200 site tags (50 x 4), most popular first.
var tagBases = []string{
	"bgp", "ospf", "isis", "ipv6", "mpls", "evpn", "vxlan", "qos", "dns", "dhcp",
	"nat", "firewall", "vpn", "ipsec", "tls", "wifi", "lan", "wan", "sdn", "nfv",
	"ansible", "python", "netconf", "yang", "grpc", "snmp", "syslog", "netflow", "telemetry", "linux",
	"kubernetes", "docker", "aws", "azure", "gcp", "load-balancer", "multicast", "stp", "lacp", "vrrp",
	"bfd", "segment-routing", "rpki", "ddos", "ntp", "ptp", "storage", "optics", "cabling", "career",
}

var tagSuffixes = []string{"", "-design", "-ops", "-lab"}

// boxes are the sidebar boxes: key and label, in display order.
var boxes = [][2]string{
	{"HA", "High Availability"},
	{"NET", "Network Design"},
	{"AUTO", "Network Automation"},
	{"SEC", "Security"},
	{"DC", "Data Center"},
	{"CLOUD", "Cloud Networking"},
}

var acronyms = map[string]bool{
	"bgp": true, "ospf": true, "ipv6": true, "mpls": true, "vpn": true, "evpn": true,
	"vxlan": true, "qos": true, "sd": true, "wan": true, "dns": true, "ddos": true,
	"ci": true, "yang": true, "netconf": true,
}

// titleCase turns a key such as "bgp-deep-dive" into "BGP Deep Dive".
func titleCase(key string) string {
	parts := strings.Split(key, "-")
	for i, p := range parts {
		if acronyms[p] {
			parts[i] = strings.ToUpper(p)
		} else if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, " ")
}

// words is the prose vocabulary; short words come more often, as in English.
var words = []string{
	"the", "the", "the", "a", "a", "of", "of", "to", "to", "and", "and", "in", "in", "is", "is",
	"it", "that", "on", "for", "with", "as", "at", "by", "from", "this", "we", "you", "not",
	"be", "are", "or", "have", "can", "but", "one", "all", "when", "there", "more", "what",
	"which", "their", "if", "will", "each", "about", "how", "up", "out", "them", "then",
	"so", "some", "would", "other", "into", "only", "its", "than", "two", "first", "way",
	"router", "switch", "packet", "packets", "network", "networks", "link", "links", "path",
	"paths", "route", "routes", "routing", "prefix", "prefixes", "neighbor", "session",
	"sessions", "interface", "interfaces", "fabric", "spine", "leaf", "border", "edge",
	"core", "access", "uplink", "downlink", "table", "tables", "entry", "entries", "state",
	"control", "plane", "data", "forwarding", "hardware", "software", "vendor", "feature",
	"features", "design", "designs", "failure", "failures", "outage", "timeout", "timer",
	"timers", "protocol", "protocols", "address", "addresses", "subnet", "segment",
	"tunnel", "tunnels", "overlay", "underlay", "encapsulation", "header", "headers",
	"latency", "bandwidth", "throughput", "buffer", "buffers", "queue", "queues", "drop",
	"drops", "counter", "counters", "alarm", "config", "configuration", "template",
	"templates", "change", "changes", "rollback", "deployment", "automation", "script",
	"scripts", "inventory", "model", "models", "controller", "cluster", "node", "nodes",
	"server", "servers", "host", "hosts", "virtual", "physical", "cable", "optic", "port",
	"ports", "traffic", "flow", "flows", "policy", "policies", "filter", "filters",
	"security", "firewall", "load", "balancer", "redundancy", "convergence", "failover",
	"recovery", "stable", "simple", "complex", "reliable", "fast", "slow", "large", "small",
	"every", "never", "always", "usually", "often", "rarely", "probably", "obviously",
	"however", "because", "although", "while", "after", "before", "during", "without",
	"works", "fails", "breaks", "needs", "uses", "sends", "receives", "keeps", "loses",
	"builds", "runs", "stops", "starts", "moves", "changes", "solves", "hides", "shows",
	"operators", "engineers", "customers", "teams", "vendors", "people", "everyone",
	"problem", "problems", "solution", "answer", "question", "reason", "detail", "details",
	"test", "tests", "lab", "production", "migration", "upgrade", "release", "bug",
}

// headings are the section headings of posts and topic pages.
var headings = []string{
	"The Problem", "Why It Matters", "How It Works", "A Closer Look", "What Could Go Wrong",
	"Lessons Learned", "Design Considerations", "Operational Notes", "The Lab Setup",
	"Back to the Real World", "Trade-offs", "Further Reading", "What Vendors Do",
	"Failure Scenarios", "Putting It Together", "Before You Start", "Results",
}

var guestAuthors = []string{"Ana Kovač", "Ben Okafor", "Chiara Rossi", "Dmitri Volkov", "Erin Walsh"}
