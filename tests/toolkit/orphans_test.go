package toolkit

import (
	"strings"
	"testing"

	"github.com/serieskit/serieskit/tests/harness"
)

// Members of ds: two sdn, one device, one untagged in ds only, one untagged
// in ds that is tagged x in series ha.
var orphanMembers = post("a", "", "date: 2021-01-01", "series: [ds]", "ds_tag: sdn") +
	post("b", "", "date: 2021-02-01", "series: [ds]", "ds_tag: sdn") +
	post("c", "", "date: 2021-03-01", "series: [ds]", "ds_tag: device", "tags: [Distributed Systems]") +
	post("d", "", "date: 2021-04-01", "series: [ds]") +
	post("e", "", "date: 2021-05-01", "series: [ds, ha]", "ha_tag: x")

const (
	orphanDevice   = `WARN  serieskit: orphan check: 1 post with ds_tag "device" appears in no listing on this page, so readers cannot find it: "posts/c.md"; add a series-listing with tag="device", or set [params.serieskit] orphan_check = false`
	orphanUntagged = `WARN  serieskit: orphan check: 2 posts with no ds_tag appear in no listing on this page, so readers cannot find them: "posts/e.md", "posts/d.md"; add a series-listing with notag, or series-untagged, or set [params.serieskit] orphan_check = false`
)

// Posts that no call on the topic page shows are reported, once per tag
// (sorted, untagged last), at the file and line of the page's last call.
func TestOrphanCheck(t *testing.T) {
	b := build(t, orphanMembers, topic("Intro.\n\n{{< series-listing tag=\"sdn\" >}}\n\nMore.\n\n{{< series-listing tag=\"sdn\" year=\"yes\" >}}"))
	b.AssertLogContains(orphanDevice+" (/content/series/ds/_index.md:10:1)", orphanUntagged+" (/content/series/ds/_index.md:10:1)")
	if n := strings.Count(b.LogString(), "orphan check"); n != 2 {
		t.Errorf("want 2 orphan warnings, got %d:\n%s", n, b.LogString())
	}
	if i, j := strings.Index(b.LogString(), `"device"`), strings.Index(b.LogString(), "no ds_tag"); i > j {
		t.Errorf("want the untagged posts reported last:\n%s", b.LogString())
	}
}

// Each way of showing posts counts: tag, notag, a listing with neither,
// series-untagged (with noseries only posts in no series, so none here),
// series-summary, site_tag, a listing with another series key; limit does
// not hide a post from the check; commented-out calls are not counted.
func TestOrphanCheckCoverage(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // expected orphan warnings; none when empty
	}{
		{"tags and notag", `{{< series-listing tag="sdn" >}}{{< series-listing tag="device" >}}{{< series-listing notag="yes" >}}`, nil},
		{"tags and series-untagged", `{{< series-listing tag="sdn" >}}{{< series-listing tag="device" >}}{{< series-untagged >}}`, nil},
		{"series-untagged noseries", `{{< series-listing tag="sdn" >}}{{< series-listing tag="device" >}}{{< series-untagged noseries="yes" >}}`,
			[]string{`2 posts with no ds_tag appear in no listing`}},
		{"a listing without tag shows all", `{{< series-listing >}}`, nil},
		{"series-summary shows all", `{{< series-listing tag="sdn" >}}{{< series-summary >}}`, nil},
		{"limit does not count", `{{< series-listing tag="sdn" limit="1" >}}{{< series-listing tag="device" >}}{{< series-listing notag="1" >}}`, nil},
		{"site_tag shows only posts tagged with the title", `{{< series-listing site_tag="yes" >}}{{< series-listing tag="sdn" >}}{{< series-untagged >}}`, nil},
		{"site_tag misses the others", `{{< series-listing site_tag="yes" >}}`,
			[]string{`2 posts with ds_tag "sdn" appear in no listing`, `2 posts with no ds_tag appear in no listing`}},
		{"another key", `{{< series-listing series="ha" tag="x" >}}{{< series-listing tag="sdn" >}}`,
			[]string{orphanDevice, `1 post with no ds_tag appears in no listing on this page, so readers cannot find it: "posts/d.md"`}},
		{"commented-out calls and code", "{{</* series-listing notag=\"yes\" */>}}\n\n    {{< series-listing tag=\"device\" >}}\n\n{{< series-listing tag=\"sdn\" >}}", []string{`2 posts with no ds_tag`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := build(t, orphanMembers, topic(tt.body))
			for _, w := range tt.want {
				b.AssertLogContains(w)
			}
			if n := strings.Count(b.LogString(), "orphan check"); n != len(tt.want) {
				t.Errorf("want %d orphan warnings, got %d:\n%s", len(tt.want), n, b.LogString())
			}
		})
	}
}

// The check needs no layout of ours: a site's own term layout that renders
// .Content (here inside other markup, after using .Summary) gets it too.
func TestOrphanCheckWithAnyLayout(t *testing.T) {
	own := strings.Replace(site, "-- layouts/term.html --\n{{ .Content }}\n",
		"-- layouts/term.html --\n<main>{{ .Summary }}<hr>{{ .Content }}<hr>{{ .Content }}</main>\n", 1)
	b := buildWith(t, own, orphanMembers, topic(`{{< series-listing tag="sdn" >}}`))
	b.AssertLogContains(orphanDevice)
	if n := strings.Count(b.LogString(), "orphan check"); n != 2 {
		t.Errorf("want 2 orphan warnings, got %d:\n%s", n, b.LogString())
	}
	// and the page shell with serieskit's topic-page layout (layout: custom)
	own = strings.Replace(site, "-- layouts/term.html --\n{{ .Content }}\n", "", 1)
	own = strings.Replace(own, `theme = "`+harness.Core+`"`, `theme = "`+harness.Shell+`"`, 1)
	b = buildWith(t, own, orphanMembers, "-- content/series/ds/_index.md --\n---\ntitle: Distributed Systems\nlayout: custom\n---\n{{< series-listing tag=\"sdn\" >}}\n")
	b.AssertLogContains(orphanDevice + " (/content/series/ds/_index.md:5:1)")
}

// orphan_check = false silences the check; strict turns it into an error.
func TestOrphanCheckSettings(t *testing.T) {
	b := buildWith(t, withParams("orphan_check = false"), orphanMembers, topic(`{{< series-listing tag="sdn" >}}`))
	assertNoLog(t, b, "orphan check")
	b = buildE(t, withParams("strict = true"), orphanMembers, topic(`{{< series-listing tag="sdn" >}}{{< series-listing tag="device" >}}`))
	b.AssertLogContains(`ERROR serieskit: orphan check: 2 posts with no ds_tag appear in no listing`)
}
