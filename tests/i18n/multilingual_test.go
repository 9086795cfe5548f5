package i18n

import (
	"strings"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// twoLanguages is a shell site in English (at the root) and German (under
// /de/), as exampleSite is set up: the topic page BGP in both languages,
// featured in the box NET, whose label each language takes from its own
// lookup file. The series has four English posts and three German ones:
// One, Two and their translations Eins, Zwei; Three and Four only in
// English; "Nur auf Deutsch" only in German. Posts tagged basics: One,
// Three, Four, Eins, Nur auf Deutsch.
const twoLanguages = `-- hugo.toml --
baseURL = "https://example.org/"
title = "Two"
theme = "` + harness.Shell + `"
disableKinds = ["sitemap", "robotstxt", "404", "rss"]
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = false
[params.serieskit]
sidebar_lookup = "lookup"
[languages.en]
weight = 1
label = "English"
[languages.de]
weight = 2
label = "Deutsch"
title = "Zwei"
[languages.de.params.serieskit]
sidebar_lookup = "lookup_de"
[taxonomies]
series = "series"
-- data/lookup.yaml --
NET: Network Design
display: [NET]
-- data/lookup_de.yaml --
NET: Netzwerkdesign
display: [NET]
-- content/series/bgp/_index.md --
---
title: BGP
layout: custom
sidebar_box: NET
part_numbers: true
---
{{< series-listing tag="basics" year="yes" >}}
{{< series-untagged format="January 2006" >}}
-- content/series/bgp/_index.de.md --
---
title: BGP
layout: custom
sidebar_box: NET
part_numbers: true
---
{{< series-listing tag="basics" year="yes" >}}
{{< series-untagged format="January 2006" >}}
-- content/posts/one.md --
---
title: One
date: 2024-03-15
series: [bgp]
bgp_tag: basics
---
-- content/posts/one.de.md --
---
title: Eins
date: 2024-03-15
series: [bgp]
bgp_tag: basics
---
-- content/posts/two.md --
---
title: Two
date: 2024-05-02
series: [bgp]
---
-- content/posts/two.de.md --
---
title: Zwei
date: 2024-05-02
series: [bgp]
---
-- content/posts/three.md --
---
title: Three
date: 2024-06-01
series: [bgp]
bgp_tag: basics
---
-- content/posts/four.md --
---
title: Four
date: 2024-08-01
series: [bgp]
bgp_tag: basics
---
-- content/posts/nur-deutsch.de.md --
---
title: Nur auf Deutsch
date: 2024-07-01
series: [bgp]
bgp_tag: basics
---
`

// Two languages in one build: each language's topic page lists only its
// own posts, with its own strings and month names; the featured widget
// takes its labels from the language's lookup file and links the
// language's pages; the series box and the previous / next navigation of a
// post stay within its language, counting only that language's parts.
func TestTwoLanguagesStayApart(t *testing.T) {
	b := harness.Build(t, twoLanguages, hugolib.TestOptWarn())
	harness.AssertNoLog(t, b, "WARN")

	b.AssertFileContent("public/series/bgp/index.html",
		`<li><a href="https://example.org/posts/one/">One</a> (<time datetime="2024-03-15">2024</time>)</li>
    <li><a href="https://example.org/posts/three/">Three</a> (<time datetime="2024-06-01">2024</time>)</li>
    <li><a href="https://example.org/posts/four/">Four</a> (<time datetime="2024-08-01">2024</time>)</li>
  </ul>`,
		`<h3>Other Blog Posts in This Category</h3>`,
		`<dt>May 2024</dt>
    <dd><a href="https://example.org/posts/two/">Two</a></dd>`,
		`<details data-box="NET" open>
          <summary>Network Design</summary>`,
		`<li><a href="/series/bgp/">BGP</a></li>`,
		`<a href="/de/series/bgp/" hreflang="de" lang="de">Deutsch</a>`,
		"! /de/posts/", "! Nur auf Deutsch", "! Netzwerkdesign")
	b.AssertFileContent("public/de/series/bgp/index.html",
		`<li><a href="https://example.org/de/posts/one/">Eins</a> (<time datetime="2024-03-15">2024</time>)</li>
    <li><a href="https://example.org/de/posts/nur-deutsch/">Nur auf Deutsch</a> (<time datetime="2024-07-01">2024</time>)</li>
  </ul>`,
		`<h3>Weitere Beiträge in dieser Kategorie</h3>`,
		`<dt>Mai 2024</dt>
    <dd><a href="https://example.org/de/posts/two/">Zwei</a></dd>`,
		`<nav class="series-featured" aria-label="Empfohlen">`,
		`<details data-box="NET" open>
          <summary>Netzwerkdesign</summary>`,
		`<li><a href="/de/series/bgp/">BGP</a></li>`,
		`<a href="/series/bgp/" hreflang="en" lang="en">English</a>`,
		"! https://example.org/posts/", "! Three", "! Four", "! Network Design")

	// Two is part 2 of 4 in English, Zwei part 2 of 3 in German.
	b.AssertFileContent("public/posts/two/index.html",
		`<p class="series-nav-part">Part 2 of 4</p>`,
		`<a rel="prev" href="https://example.org/posts/one/"><span class="series-nav-label">← Previous</span> One</a>`,
		`<a rel="next" href="https://example.org/posts/three/"><span class="series-nav-label">Next →</span> Three</a>`,
		`<h2>Blog posts in BGP</h2>
  <ul>
    <li><a href="https://example.org/posts/one/">One</a></li>
    <li class="series-this-post">Two (this post)</li>
    <li><a href="https://example.org/posts/three/">Three</a></li>
    <li><a href="https://example.org/posts/four/">Four</a></li>
  </ul>`,
		`<link rel="alternate" hreflang="de" href="https://example.org/de/posts/two/">`,
		"! /de/posts/one/", "! nur-deutsch", "! Eins")
	b.AssertFileContent("public/de/posts/two/index.html",
		`<p class="series-nav-part">Teil 2 von 3</p>`,
		`<a rel="prev" href="https://example.org/de/posts/one/"><span class="series-nav-label">← Zurück</span> Eins</a>`,
		`<a rel="next" href="https://example.org/de/posts/nur-deutsch/"><span class="series-nav-label">Weiter →</span> Nur auf Deutsch</a>`,
		`<h2>Beiträge zu BGP</h2>
  <ul>
    <li><a href="https://example.org/de/posts/one/">Eins</a></li>
    <li class="series-this-post">Zwei (dieser Beitrag)</li>
    <li><a href="https://example.org/de/posts/nur-deutsch/">Nur auf Deutsch</a></li>
  </ul>`,
		`<p class="series-part-of">Gehört zu: <a href="https://example.org/de/series/bgp/">BGP</a></p>`,
		`<time datetime="2024-05-02">2. Mai 2024</time>`,
		`<link rel="alternate" hreflang="en" href="https://example.org/posts/two/">`,
		"! https://example.org/posts/one/", "! https://example.org/posts/three/")

	// A post with no translation has no language links.
	for _, file := range []string{"public/posts/three/index.html", "public/de/posts/nur-deutsch/index.html"} {
		if s := b.FileContent(file); strings.Contains(s, "hreflang") || strings.Contains(s, "serieskit-languages") {
			t.Errorf("%s: language links on a page with no translation", file)
		}
	}
}
