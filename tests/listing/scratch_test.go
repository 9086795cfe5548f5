package listing

import (
	"fmt"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

func TestScratch(t *testing.T) {
	files := `
-- hugo.toml --
baseURL = "https://example.org/"
theme = "serieskit"
disableKinds = ["rss", "sitemap"]
[taxonomies]
series = "series"
tag = "tags"
-- layouts/list.html --
{{ .Content }}
-- layouts/single.html --
{{ .Title }}
-- content/series/ds/_index.md --
---
title: Distributed Systems
links: [{title: "RFC", link: "https://x.org"}, {title: "Bad", link: "javascript:alert(1)"}]
soon: [{title: "Later", page: "/posts/nope"}, {title: "Now", page: "/posts/a"}]
---
{{< series-listing tag="sdn" year="sure" weight="yes" title="SDN" showtag="y" showweight="y" links="links" soon="soon" >}}

{{< series-listing group="year" year="1" >}}
-- content/posts/a.md --
---
title: A post
date: 2020-01-02
series: [ds]
ds_tag: sdn
series_weight: 5
author: {name: "Guest <b>", link: "https://g.org"}
---
-- content/posts/b.md --
---
title: B post
date: 2021-01-02
series: [ds]
ds_tag: sdn
ds_title: "B & <i>special</i>"
series_weight: "012"
---
-- content/posts/c.md --
---
title: C post
series: [ds]
ds_tag: [sdn]
series_weight: heavy
---
`
	b := harness.Build(t, files, hugolib.TestOptWarn())
	fmt.Println(b.LogString())
	fmt.Println(b.FileContent("public/series/ds/index.html"))
	b2 := harness.Build(t, files)
	_ = b2
}
