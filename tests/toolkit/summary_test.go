package toolkit

import (
	"regexp"
	"strings"
	"testing"
)

var summaryMembers = post("a", "The body of *a*, its summary.", "date: 2021-03-02", "series: [ds]", "short_summary: 'Short **a**, in [markdown](https://example.org/md).'") +
	post("b", "Body of b.", "date: 2022-06-20T10:00:00Z", "series: [ds]", "ds_title: B <in> ds") +
	post("c", "Body of c.\n\n<!--more-->\n\nRest of c, not in the summary.", "date: 2019-12-31", "series: [ds]") +
	post("d", "Body of d.", "series: [ds]")

var (
	dtRE = regexp.MustCompile(`(?s)<dt>(.*?)</dt>`)
	ddRE = regexp.MustCompile(`(?s)<dd>(.*?)</dd>`)
)

// summaries returns each series-summary of a file as lines "title | dd html".
func summaries(b interface {
	FileContent(string) string
}, file string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`(?s)<dl class="series-summary">(.*?)\n</dl>`).FindAllStringSubmatch(b.FileContent(file), -1) {
		var items []string
		for _, item := range strings.Split(m[1], "<dt>")[1:] {
			item = "<dt>" + item
			dt := dtRE.FindStringSubmatch(item)[1]
			dd := ""
			if sm := ddRE.FindStringSubmatch(item); sm != nil {
				dd = strings.TrimSpace(sm[1])
			}
			items = append(items, dt+" => "+dd)
		}
		out = append(out, strings.Join(items, "\n"))
	}
	return out
}

// Every member in reversed default order (undated first, then oldest first),
// display title linked,
// short_summary as markdown, else the summary (up to <!--more-->).
func TestSummaryDefaults(t *testing.T) {
	b := build(t, summaryMembers, topic(`{{< series-summary >}}`))
	got := summaries(b, dsPage)
	want := []string{strings.Join([]string{
		`<a href="https://example.org/posts/d/">D</a> => <p>Body of d.</p>`,
		`<a href="https://example.org/posts/c/">C</a> => <p>Body of c.</p>`,
		`<a href="https://example.org/posts/a/">A</a> => <p>Short <strong>a</strong>, in <a href="https://example.org/md">markdown</a>.</p>`,
		`<a href="https://example.org/posts/b/">B &lt;in&gt; ds</a> => <p>Body of b.</p>`,
	}, "\n")}
	if strings.Join(got, "\n--\n") != strings.Join(want, "\n--\n") {
		t.Errorf("series-summary:\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n--\n"), strings.Join(want, "\n--\n"))
	}
}

// reverse keeps the default order (newest first, undated last); date adds
// the date, except for undated posts; series= works off term pages.
func TestSummaryParameters(t *testing.T) {
	b := build(t, summaryMembers,
		topic(`{{< series-summary reverse="yes" date="sure" >}}`),
		"-- content/notes/_index.md --\n---\ntitle: Notes\n---\n{{< series-summary series=\"ds\" date=\"no\" reverse=\"false\" >}}\n",
		"-- content/notes/n1.md --\n---\ntitle: N1\ndate: 2020-05-01\nds_title: N1 in ds\n---\nNote one.\n",
		"-- content/notes/n2.md --\n---\ntitle: N2\ndate: 2021-05-01\n---\nNote two.\n")
	got := summaries(b, dsPage)
	want := strings.Join([]string{
		`<a href="https://example.org/posts/b/">B &lt;in&gt; ds</a> (<time datetime="2022-06-20">June 20, 2022</time>) => <p>Body of b.</p>`,
		`<a href="https://example.org/posts/a/">A</a> (<time datetime="2021-03-02">March 2, 2021</time>) => <p>Short <strong>a</strong>, in <a href="https://example.org/md">markdown</a>.</p>`,
		`<a href="https://example.org/posts/c/">C</a> (<time datetime="2019-12-31">December 31, 2019</time>) => <p>Body of c.</p>`,
		`<a href="https://example.org/posts/d/">D</a> => <p>Body of d.</p>`,
	}, "\n")
	if len(got) != 1 || got[0] != want {
		t.Errorf("series-summary reverse date:\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n--\n"), want)
	}
	got = summaries(b, "public/notes/index.html")
	want = "<a href=\"https://example.org/notes/n1/\">N1 in ds</a> => <p>Note one.</p>\n<a href=\"https://example.org/notes/n2/\">N2</a> => <p>Note two.</p>"
	if len(got) != 1 || got[0] != want {
		t.Errorf("series-summary on a section:\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n--\n"), want)
	}
}

func TestSummaryBadInput(t *testing.T) {
	b := build(t, post("a", "Body of a.", "series: [ds]", "date: 2021-01-01", "short_summary: [one, two]"), topic(`{{< series-summary >}}`))
	b.AssertLogContains(`WARN  serieskit: front matter: posts/a.md: short_summary [one two] is not a string; series-summary shows the post's summary (/content/posts/a.md)`)
	if got := summaries(b, dsPage); len(got) != 1 || !strings.HasSuffix(got[0], "=> <p>Body of a.</p>") {
		t.Errorf("series-summary with a bad short_summary = %q, want the post's summary", got)
	}
	b = buildE(t, site, summaryMembers, topic("\n{{< series-summary tag=\"x\" >}}"))
	b.AssertLogContains(`ERROR serieskit: series-summary: unknown parameter "tag" (known: date, reverse, series) (/content/series/ds/_index.md:5:1)`)
}

// The sorted, de-duplicated tags, with the site language's collator (eBGP
// among the E's); nothing when no member is tagged.
func TestSeriesTags(t *testing.T) {
	b := build(t,
		post("a", "", "series: [ds, ha]", "ds_tag: sdn", "ha_tag: zzz"),
		post("b", "", "series: [ds]", "ds_tag: device"),
		post("c", "", "series: [ds]", "ds_tag: sdn"),
		post("d", "", "series: [ds]"),
		post("e", "", "series: [ds]", "ds_tag: eBGP"),
		post("f", "", "series: [ds]", "ds_tag: Fabric"),
		post("g", "", "series: [ha]"),
		topic(`{{< series-listing >}}{{< series-tags >}}`),
		"-- content/series/ha/_index.md --\n---\ntitle: HA\n---\n{{< series-listing >}}{{< series-tags series=\"ds\" >}}{{< series-tags series=\"none\" >}}\n")
	assertBlocks(t, b, dsPage, "ul", "series-tags", "- device | - eBGP | - Fabric | - sdn")
	b.AssertFileContent(dsPage, "<li><code>eBGP</code></li>")
	assertBlocks(t, b, "public/series/ha/index.html", "ul", "series-tags", "- sdn")
	b = buildE(t, site, post("a", "", "series: [ds]"), topic("{{< series-tags tag=\"x\" >}}"))
	b.AssertLogContains(`ERROR serieskit: series-tags: unknown parameter "tag" (known: series) (/content/series/ds/_index.md:4:1)`)
}
