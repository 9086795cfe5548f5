package toolkit

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/pkg/series"
	"github.com/serieskit/serieskit/tests/harness"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// TestDifferential builds generated sites with the module's templates and
// requires every series-untagged, series-summary and series-tags call, every
// series shortcode and series box (with "Part N of M" in its heading), every
// series navigation (previous / next and "Part N of M" in reading order), every next-in-series without page=,
// and every orphan warning to be what pkg/series computes from the generated
// front matter.
func TestDifferential(t *testing.T) {
	seeds := harness.Seeds(t)
	// Each kind of output must have been compared, non-empty, somewhere:
	// a differential test of empty outputs would prove nothing.
	t.Cleanup(func() {
		if len(seeds) < 100 || t.Failed() {
			return
		}
		for _, k := range exercisedKinds {
			if n := exercised[k].Load(); n == 0 {
				t.Errorf("%d sites never compared a non-empty %s", len(seeds), k)
			} else {
				t.Logf("%s: %d non-empty comparisons", k, n)
			}
		}
	})
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			t.Parallel()
			s := newGSite(seed)
			diffs, err := compare(t, s)
			if err != nil {
				t.Fatalf("seed %d: %v\nsite:\n%s", seed, err, s.txtar())
			}
			if len(diffs) == 0 {
				return
			}
			small := shrinkSite(t, s)
			smallDiffs, _ := compare(t, small)
			t.Errorf("seed %d: %d difference(s) between the templates (got) and pkg/series (want).\n"+
				"Reproduce: SERIESKIT_DIFF_SEED=%d go test ./toolkit/ -run TestDifferential\n"+
				"Shrunk to %d post(s) and %d call(s):\n%s\nMinimal site (harness.Build files):\n%s",
				seed, len(diffs), seed, len(small.Posts), small.calls(), strings.Join(smallDiffs, "\n"), small.txtar())
		})
	}
}

// exercisedKinds are the outputs the differential test compares.
var exercisedKinds = []string{"series-untagged", "series-summary", "series-tags", "orphan warnings", "series shortcode", "box", "box-latest",
	"box-part", "navigation", "navigation-part", "next-in-series", "next-in-series-link", "itemlist"}

var exercised = func() map[string]*atomic.Int64 {
	m := map[string]*atomic.Int64{}
	for _, k := range exercisedKinds {
		m[k] = new(atomic.Int64)
	}
	return m
}()

func (s *gSite) calls() int {
	n := 0
	for _, tp := range s.Topics {
		n += len(tp.Calls)
	}
	return n
}

// compare builds the site and returns one description per difference.
func compare(t testing.TB, s *gSite) ([]string, error) {
	b, err := harness.BuildE(t, s.txtar(), hugolib.TestOptWarn())
	if err != nil {
		return nil, err
	}
	cmp := series.Compare(collate.New(language.English).CompareString)
	var diffs []string
	report := func(kind, what string, want, got []string) {
		if len(want) > 0 {
			if kind == "box" && want[0] == "h2 latest" {
				kind = "box-latest"
			}
			exercised[kind].Add(1)
			// the rarer lines of a kind, counted on their own
			for _, l := range want {
				if sub := map[string]string{"navigation part": "navigation-part", "next-in-series next": "next-in-series-link", "box part": "box-part", "box-latest part": "box-part"}[kind+" "+strings.Fields(l)[0]]; sub != "" {
					exercised[sub].Add(1)
					break
				}
			}
		}
		if strings.Join(want, "\n") != strings.Join(got, "\n") {
			diffs = append(diffs, fmt.Sprintf("%s:\n  want:\n    %s\n  got:\n    %s", what,
				strings.Join(want, "\n    "), strings.Join(got, "\n    ")))
		}
	}
	orphans := orphanLines(b.LogString())
	for _, tp := range s.Topics {
		segs := segments(b.FileContent(tp.Out))
		if len(segs) != len(tp.Calls) {
			return nil, fmt.Errorf("%s: %d marker segments for %d calls", tp.Out, len(segs), len(tp.Calls))
		}
		for i, c := range tp.Calls {
			want, err := s.modelCall(tp, c, cmp)
			if err != nil {
				return nil, fmt.Errorf("%s call %d %s: %v", tp.File, i, c, err)
			}
			if c.Name != "series-listing" {
				report(c.Name, fmt.Sprintf("%s call %d %s", tp.File, i, c), want, callLines(c.Name, segs[i]))
			}
		}
		report("orphan warnings", tp.File+" orphan warnings", s.modelOrphans(tp, cmp), orphans[tp.File])
		if want, ok := s.modelItemList(tp, cmp); ok {
			report("itemlist", tp.File+" JSON-LD ItemList", want, itemListLines(b.FileContent(tp.Out)))
		}
	}
	for _, p := range s.Posts {
		if p.Draft {
			continue
		}
		wantSC, wantBox := s.modelPostPage(p, cmp)
		gotSC, gotBox := postLines(b.FileContent(p.out()))
		report("series shortcode", p.file()+" series shortcode", wantSC, gotSC)
		report("box", p.file()+" series box", wantBox, gotBox)
		doc := b.FileContent(p.out())
		report("navigation", p.file()+" navigation", s.modelNav(p, cmp), navLines(doc))
		report("next-in-series", p.file()+" next-in-series", s.modelNext(p, cmp), nextLines(doc))
	}
	return diffs, nil
}

// shrinkSite removes posts, calls and topic pages one at a time while the
// site still shows a difference, to print the smallest site that does.
func shrinkSite(t testing.TB, s *gSite) *gSite {
	differs := func(c *gSite) bool {
		d, err := compare(t, c)
		return err == nil && len(d) > 0
	}
	for changed := true; changed; {
		changed = false
		for _, c := range shrinkCandidates(s) {
			if differs(c) {
				s, changed = c, true
				break
			}
		}
	}
	return s
}

func shrinkCandidates(s *gSite) []*gSite {
	var out []*gSite
	for i := range s.Topics {
		c := s.clone()
		c.Topics = append(c.Topics[:i:i], c.Topics[i+1:]...)
		out = append(out, c)
	}
	for i := range s.Posts {
		c := s.clone()
		c.Posts = append(c.Posts[:i:i], c.Posts[i+1:]...)
		out = append(out, c)
	}
	for i, tp := range s.Topics {
		for j := range tp.Calls {
			if len(tp.Calls) == 1 {
				continue
			}
			c := s.clone()
			ctp := *c.Topics[i]
			ctp.Calls = append(ctp.Calls[:j:j], ctp.Calls[j+1:]...)
			c.Topics[i] = &ctp
			out = append(out, c)
		}
	}
	return out
}

func (s *gSite) clone() *gSite {
	c := *s
	c.Posts = append([]*gPost(nil), s.Posts...)
	c.Topics = append([]*gTopic(nil), s.Topics...)
	return &c
}
