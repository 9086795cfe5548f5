package sidebar

import (
	"regexp"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// config is a site's hugo.toml with serieskit's page shell as its theme.
const config = `
-- hugo.toml --
baseURL = "https://example.org/"
title = "Fixture"
theme = "github.com/serieskit/serieskit/theme"
disableKinds = ["rss", "sitemap", "robotstxt", "404"]
[taxonomies]
series = "series"
tag = "tags"
`

// lookupYAML is the lookup file of the fixture: EMPTY has no pages.
const lookupYAML = `
-- data/sidebar_lookup.yaml --
HA: High Availability
SDN: Software-Defined Networking
EMPTY: Nobody Here
display: [SDN, EMPTY, HA]
`

// pages is the fixture's content: featured pages in boxes listed in the
// lookup (SDN, HA), unlisted (Routing, Automation), a layout: custom page
// without a box and one with sidebar_box: skip, a plain post and the
// resources page.
const pages = `
-- content/series/distributed-systems/_index.md --
---
title: Distributed Systems
layout: custom
sidebar_box: HA
---
Distributed prose.
-- content/series/ha-cluster/_index.md --
---
title: HA Clusters
page_title: Clusters, Highly Available
sidebar_box: HA
---
-- content/series/ebgp-failover/_index.md --
---
title: eBGP Failover
sidebar_box: HA
---
-- content/series/fabrics/_index.md --
---
title: Fabrics
sidebar_box: HA
---
-- content/series/openflow/_index.md --
---
title: OpenFlow
sidebar_box: SDN
---
-- content/series/ebgp/_index.md --
---
title: eBGP
sidebar_box: Routing
---
-- content/series/automation/_index.md --
---
title: Automation
sidebar_box: Automation
---
-- content/series/bgp/_index.md --
---
title: BGP
layout: custom
---
-- content/series/quiz/_index.md --
---
title: Quiz
layout: custom
sidebar_box: skip
---
-- content/posts/hello.md --
---
title: Hello
date: 2024-01-02
---
Hello world.
-- content/resources/_index.md --
---
title: Resources
layout: top
---
Everything we wrote.
`

// fixtureWidget is the featured widget of the fixture, as parseWidget reads
// it: boxes in display order (EMPTY has no pages), then unlisted boxes by key,
// then Other Resources; pages by display title with the site's collator
// ("eBGP Failover" among the E's).
var fixtureWidget = []string{
	"G [SDN] Software-Defined Networking",
	"P /series/openflow/ OpenFlow",
	"G [HA] High Availability",
	"P /series/ha-cluster/ Clusters, Highly Available",
	"P /series/distributed-systems/ Distributed Systems",
	"P /series/ebgp-failover/ eBGP Failover",
	"P /series/fabrics/ Fabrics",
	"G [Automation] Automation",
	"P /series/automation/ Automation",
	"G [Routing] Routing",
	"P /series/ebgp/ eBGP",
	"G [] Other Resources",
	"P /series/bgp/ BGP",
	"M /resources/",
}

// build builds a site (warnings logged, not failing).
func build(t testing.TB, files ...string) *hugolib.IntegrationTestBuilder {
	t.Helper()
	return harness.Build(t, strings.Join(files, "\n"), hugolib.TestOptWarn())
}

// buildFails builds a site that must fail and returns it, for its log.
func buildFails(t testing.TB, files ...string) *hugolib.IntegrationTestBuilder {
	t.Helper()
	b, err := harness.BuildE(t, strings.Join(files, "\n"), hugolib.TestOptWarn())
	if err == nil {
		t.Fatal("the build succeeded; want an error")
	}
	return b
}

// assertLines fails unless got equals want, showing both.
func assertLines(t testing.TB, what string, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot\n  %s\nwant\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

var asideRE = regexp.MustCompile(`(?s)<aside class="serieskit-sidebar">.*?</aside>`)

// aside returns the shell's sidebar of a published page.
func aside(b *hugolib.IntegrationTestBuilder, file string) string {
	return asideRE.FindString(b.FileContent(file))
}
