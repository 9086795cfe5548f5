package toolkit

import (
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// rssFeed is the part of an RSS 2.0 document the tests read.
type rssFeed struct {
	Channel struct {
		Title string `xml:"title"`
		// the channel's <link> and its <atom:link rel="self">
		Links []struct {
			XMLName xml.Name
			Text    string `xml:",chardata"`
			Href    string `xml:"href,attr"`
			Rel     string `xml:"rel,attr"`
		} `xml:"link"`
		Description string `xml:"description"`
		Items       []struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			GUID        string `xml:"guid"`
			PubDate     string `xml:"pubDate"`
			Description string `xml:"description"`
		} `xml:"item"`
	} `xml:"channel"`
}

// feedLines parses a built feed: "channel <title> <link> self <atom:link
// href>", then one line per item: "<pubDate or undated> <link> <title>".
func feedLines(t *testing.T, b *hugolib.IntegrationTestBuilder, file string) []string {
	t.Helper()
	var f rssFeed
	if err := xml.Unmarshal([]byte(b.FileContent(file)), &f); err != nil {
		t.Fatalf("%s: invalid XML: %v", file, err)
	}
	channel := "channel " + f.Channel.Title
	for _, l := range f.Channel.Links {
		if l.XMLName.Space == "" {
			channel += " " + l.Text
		} else if l.Rel == "self" {
			channel += " self " + l.Href
		}
	}
	lines := []string{channel}
	for _, it := range f.Channel.Items {
		date := it.PubDate
		if date == "" {
			date = "undated"
		}
		if it.GUID != it.Link {
			t.Errorf("%s: item %q: guid %q is not its link", file, it.Title, it.GUID)
		}
		lines = append(lines, fmt.Sprintf("%s %s %s", date, it.Link, it.Title))
	}
	return lines
}

// feedPosts are the members of topic page ds: two tagged, three untagged
// (one undated), and one with the ignored tag of another series key.
var feedPosts = post("tagged-old", "", "date: 2019-01-01", "series: [ds]", "ds_tag: sdn") +
	post("tagged-new", "", "date: 2024-01-01", "series: [ds]", "ds_tag: sdn") +
	post("u1", "Summary of u1.", "date: 2021-05-01T08:00:00Z", "series: [ds]", "series_title: 'U1 & more'") +
	post("u2", "", "date: 2023-05-01", "series: [ds]") +
	post("u3", "", "series: [ds]")

// The topic feed of a page that enables it: exactly the posts its calls
// show (here series-untagged: the untagged ones), each once, newest first,
// undated last, under the title shown; its link in the head; nothing for a
// page that does not enable it.
func TestTopicFeed(t *testing.T) {
	files := feedPosts +
		"-- content/series/ds/_index.md --\n---\ntitle: Distributed Systems\noutputs: [html, serieskit_topic_feed]\n---\n{{< series-untagged >}}\n\n{{< series-untagged title=\"Again\" >}}\n" +
		"-- content/tags/bgp/_index.md --\n---\ntitle: BGP\n---\n{{< series-summary series=\"ds\" >}}\n"
	b := buildWith(t, withHead(site), files)
	got := feedLines(t, b, "public/series/ds/feed.xml")
	want := []string{"channel Distributed Systems https://example.org/series/ds/ self https://example.org/series/ds/feed.xml",
		"Mon, 01 May 2023 00:00:00 +0000 https://example.org/posts/u2/ U2",
		"Sat, 01 May 2021 08:00:00 +0000 https://example.org/posts/u1/ U1 & more",
		"undated https://example.org/posts/u3/ U3"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("feed.xml:\n%s", harness.LineDiff(want, got))
	}
	b.AssertFileContent("public/series/ds/feed.xml", "<description>&lt;p&gt;Summary of u1.&lt;/p&gt;</description>", "<description>The posts listed on Distributed Systems, newest first</description>")
	b.AssertFileContent("public/series/ds/index.html", `<link rel="alternate" type="application/rss+xml" href="https://example.org/series/ds/feed.xml" title="Distributed Systems: the posts of this page (RSS)">`)
	b.AssertFileExists("public/tags/bgp/feed.xml", false)
	b.AssertFileContent("public/tags/bgp/index.html", "! application/rss+xml")
}

// A topic feed is a list page's: a regular page that asks for one gets no
// feed (the feed's template is a list template, and Hugo warns that it finds
// none for the page) and no link to one in its head; its structured data
// stays.
func TestTopicFeedRegularPage(t *testing.T) {
	files := post("a", "", "date: 2020-01-01", "series: [ds]", "outputs: [html, serieskit_topic_feed]") + topic("{{< series-listing >}}")
	b := buildWith(t, withHead(site), files)
	b.AssertFileExists("public/posts/a/feed.xml", false)
	b.AssertFileContent("public/posts/a/index.html", "! application/rss+xml", `"@type":"BlogPosting"`)
	b.AssertLogContains(`found no layout file for "serieskit_topic_feed" for kind "page"`)
}

// The feed keeps the site's RSS limit; the topic-page layout links the feed.
func TestTopicFeedLimitAndLink(t *testing.T) {
	config := strings.Replace(site, "[taxonomies]", "[services.rss]\nlimit = 2\n[taxonomies]", 1)
	files := feedPosts + "-- content/series/ds/_index.md --\n---\ntitle: Distributed Systems\nlayout: custom\n" +
		"outputs: [html, serieskit_topic_feed]\n---\n{{< series-listing notag=\"yes\" >}}\n\n{{< series-summary >}}\n"
	config = strings.Replace(config, "-- layouts/term.html --\n{{ .Content }}\n", "-- layouts/baseof.html --\n{{ block \"main\" . }}{{ end }}\n", 1)
	b := buildWith(t, config, files)
	got := feedLines(t, b, "public/series/ds/feed.xml")
	if len(got) != 3 || !strings.Contains(got[1], "/posts/tagged-new/") || !strings.Contains(got[2], "/posts/u2/") {
		t.Errorf("feed.xml with limit = 2: want the 2 newest posts, got\n%s", strings.Join(got, "\n"))
	}
	b.AssertFileContent("public/series/ds/index.html", `<p class="series-feed"><a href="https://example.org/series/ds/feed.xml" type="application/rss+xml">Follow the posts of this page (RSS)</a></p>`)
}
