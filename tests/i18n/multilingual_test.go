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

	// English: One, Three, Four tagged; Two untagged; the English labels.
	assertBlock(t, b, "public/series/bgp/index.html", `<div class="series-listing">`, `</div>`, `<div class="series-listing">
<ul>
<li><a href="https://example.org/posts/one/">One</a> (<time datetime="2024-03-15">2024</time>)</li>
<li><a href="https://example.org/posts/three/">Three</a> (<time datetime="2024-06-01">2024</time>)</li>
<li><a href="https://example.org/posts/four/">Four</a> (<time datetime="2024-08-01">2024</time>)</li>
</ul>
</div>`)
	assertBlock(t, b, "public/series/bgp/index.html", `<div class="series-untagged">`, `</div>`, `<div class="series-untagged">
<h3>Other Blog Posts in This Category</h3>
<dl>
<dt>May 2024</dt>
<dd><a href="https://example.org/posts/two/">Two</a></dd>
</dl>
</div>`)
	assertBlock(t, b, "public/series/bgp/index.html", `<nav class="series-featured"`, `</nav>`, `<nav class="series-featured" aria-label="Featured">
<h2>Featured</h2>
<details data-box="NET" open>
<summary>Network Design</summary>
<ul>
<li><a href="/series/bgp/">BGP</a></li>
</ul>
</details>
<p class="series-featured-more"><a href="/series/">More...</a></p>
</nav>`)
	b.AssertFileContent("public/series/bgp/index.html", `<a href="/de/series/bgp/" hreflang="de" lang="de">Deutsch</a>`)

	// German: Eins and Nur auf Deutsch tagged; Zwei untagged; German labels
	// and month names.
	assertBlock(t, b, "public/de/series/bgp/index.html", `<div class="series-listing">`, `</div>`, `<div class="series-listing">
<ul>
<li><a href="https://example.org/de/posts/one/">Eins</a> (<time datetime="2024-03-15">2024</time>)</li>
<li><a href="https://example.org/de/posts/nur-deutsch/">Nur auf Deutsch</a> (<time datetime="2024-07-01">2024</time>)</li>
</ul>
</div>`)
	assertBlock(t, b, "public/de/series/bgp/index.html", `<div class="series-untagged">`, `</div>`, `<div class="series-untagged">
<h3>Weitere Beiträge in dieser Kategorie</h3>
<dl>
<dt>Mai 2024</dt>
<dd><a href="https://example.org/de/posts/two/">Zwei</a></dd>
</dl>
</div>`)
	assertBlock(t, b, "public/de/series/bgp/index.html", `<nav class="series-featured"`, `</nav>`, `<nav class="series-featured" aria-label="Empfohlen">
<h2>Empfohlen</h2>
<details data-box="NET" open>
<summary>Netzwerkdesign</summary>
<ul>
<li><a href="/de/series/bgp/">BGP</a></li>
</ul>
</details>
<p class="series-featured-more"><a href="/de/series/">Mehr …</a></p>
</nav>`)
	b.AssertFileContent("public/de/series/bgp/index.html", `<a href="/series/bgp/" hreflang="en" lang="en">English</a>`)

	// Two is part 2 of 4 in English, Zwei part 2 of 3 in German.
	assertBlock(t, b, "public/posts/two/index.html", `<nav class="series-nav"`, `</nav>`, `<nav class="series-nav" data-series="bgp" aria-label="Series navigation: BGP">
<p class="series-nav-part">Part 2 of 4</p>
<p class="series-nav-prev"><a rel="prev" href="https://example.org/posts/one/"><span class="series-nav-label">← Previous</span> One</a></p>
<p class="series-nav-next"><a rel="next" href="https://example.org/posts/three/"><span class="series-nav-label">Next →</span> Three</a></p>
</nav>`)
	assertBlock(t, b, "public/posts/two/index.html", `<aside class="series-posts-box"`, `</aside>`, `<aside class="series-posts-box" aria-labelledby="series-posts-box-title">
<details open>
<summary><h2 id="series-posts-box-title">Blog posts in BGP <span class="series-posts-part">(Part 2 of 4)</span></h2></summary>
<ul>
<li><a href="https://example.org/posts/one/">One</a></li>
<li class="series-this-post" aria-current="page">Two (this post)</li>
<li><a href="https://example.org/posts/three/">Three</a></li>
<li><a href="https://example.org/posts/four/">Four</a></li>
</ul>
</details>
</aside>`)
	b.AssertFileContent("public/posts/two/index.html",
		`<link rel="alternate" hreflang="en" href="https://example.org/posts/two/">`,
		`<link rel="alternate" hreflang="de" href="https://example.org/de/posts/two/">`)

	assertBlock(t, b, "public/de/posts/two/index.html", `<nav class="series-nav"`, `</nav>`, `<nav class="series-nav" data-series="bgp" aria-label="Seriennavigation: BGP">
<p class="series-nav-part">Teil 2 von 3</p>
<p class="series-nav-prev"><a rel="prev" href="https://example.org/de/posts/one/"><span class="series-nav-label">← Zurück</span> Eins</a></p>
<p class="series-nav-next"><a rel="next" href="https://example.org/de/posts/nur-deutsch/"><span class="series-nav-label">Weiter →</span> Nur auf Deutsch</a></p>
</nav>`)
	assertBlock(t, b, "public/de/posts/two/index.html", `<aside class="series-posts-box"`, `</aside>`, `<aside class="series-posts-box" aria-labelledby="series-posts-box-title">
<details open>
<summary><h2 id="series-posts-box-title">Beiträge zu BGP <span class="series-posts-part">(Teil 2 von 3)</span></h2></summary>
<ul>
<li><a href="https://example.org/de/posts/one/">Eins</a></li>
<li class="series-this-post" aria-current="page">Zwei (dieser Beitrag)</li>
<li><a href="https://example.org/de/posts/nur-deutsch/">Nur auf Deutsch</a></li>
</ul>
</details>
</aside>`)
	b.AssertFileContent("public/de/posts/two/index.html",
		`<p class="series-part-of">Gehört zu: <a href="https://example.org/de/series/bgp/">BGP</a></p>`,
		`<time datetime="2024-05-02">2. Mai 2024</time>`)

	// On a page that is not featured every group is closed, and each
	// language shows its own widget (Hugo keeps one partial cache per
	// language, which the closed widget relies on).
	assertBlock(t, b, "public/posts/two/index.html", `<nav class="series-featured"`, `</nav>`, `<nav class="series-featured" aria-label="Featured">
<h2>Featured</h2>
<details data-box="NET">
<summary>Network Design</summary>
<ul>
<li><a href="/series/bgp/">BGP</a></li>
</ul>
</details>
<p class="series-featured-more"><a href="/series/">More...</a></p>
</nav>`)
	assertBlock(t, b, "public/de/posts/two/index.html", `<nav class="series-featured"`, `</nav>`, `<nav class="series-featured" aria-label="Empfohlen">
<h2>Empfohlen</h2>
<details data-box="NET">
<summary>Netzwerkdesign</summary>
<ul>
<li><a href="/de/series/bgp/">BGP</a></li>
</ul>
</details>
<p class="series-featured-more"><a href="/de/series/">Mehr …</a></p>
</nav>`)

	// A post with no translation has no language links.
	for _, file := range []string{"public/posts/three/index.html", "public/de/posts/nur-deutsch/index.html"} {
		if s := b.FileContent(file); strings.Contains(s, "hreflang") || strings.Contains(s, "serieskit-languages") {
			t.Errorf("%s: language links on a page with no translation", file)
		}
	}
}

// assertBlock checks the part of a built file from start to the first end
// after it, each line trimmed of its indentation, against want.
func assertBlock(t *testing.T, b *hugolib.IntegrationTestBuilder, file, start, end, want string) {
	t.Helper()
	s := b.FileContent(file)
	i := strings.Index(s, start)
	if i < 0 {
		t.Errorf("%s: no %s", file, start)
		return
	}
	j := strings.Index(s[i:], end)
	if j < 0 {
		t.Errorf("%s: no %s after %s", file, end, start)
		return
	}
	lines := strings.Split(s[i:i+j+len(end)], "\n")
	for k := range lines {
		lines[k] = strings.TrimSpace(lines[k])
	}
	if got := strings.Join(lines, "\n"); got != want {
		t.Errorf("%s:\ngot:\n%s\nwant:\n%s", file, got, want)
	}
}
