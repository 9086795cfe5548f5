package differential

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/serieskit/serieskit/pkg/series"
	"github.com/serieskit/serieskit/tests/harness"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// TestDifferential builds generated sites with the module's templates and
// requires every series-listing call to show what pkg/series computes.
func TestDifferential(t *testing.T) {
	seeds := harness.Seeds(t)
	var seen features
	t.Run("sites", func(t *testing.T) {
		for _, seed := range seeds {
			t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
				t.Parallel()
				differential(t, seed, &seen)
			})
		}
	})
	t.Logf("%d sites: %s", len(seeds), seen.String())
	// A run of many sites must have compared every kind of line, or the
	// comparison says little (a generator or parser gone quiet).
	if len(seeds) >= 50 && !t.Failed() {
		for _, f := range featureNames {
			if seen.n[f] == 0 {
				t.Errorf("no %q seen in %d sites: the generator or the HTML reader lost it", f, len(seeds))
			}
		}
	}
}

// differential checks the site of one seed, and on a difference reports it
// with the site shrunk.
func differential(t *testing.T, seed uint64, seen *features) {
	s := newSite(seed)
	diffs, err := check(t, s, seen)
	if err != nil {
		t.Fatalf("seed %d: %v\nsite:\n%s", seed, err, s.txtar())
	}
	if len(diffs) == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "seed %d: %d listing(s) differ between the templates (got) and pkg/series (want).\n", seed, len(diffs))
	fmt.Fprintf(&b, "Reproduce: SERIESKIT_DIFF_SEED=%d go test ./differential/ -run TestDifferential\n", seed)
	if shrunk.Add(1) > maxShrunk {
		// Shrinking takes many builds: only the first few failing seeds get it.
		fmt.Fprintf(&b, "(not shrunk: %d seeds already were; run this seed alone to shrink it)\n%s", maxShrunk, diffs[0])
		t.Error(b.String())
		return
	}
	small := shrink(t, s)
	smallDiffs, _ := check(t, small, nil)
	fmt.Fprintf(&b, "Shrunk to %d post(s) and %d call(s):\n", len(small.Posts), small.calls())
	for _, d := range smallDiffs {
		b.WriteString(d.String())
	}
	fmt.Fprintf(&b, "Minimal site (harness.Build files):\n%s", small.txtar())
	t.Error(b.String())
}

// maxShrunk is how many failing seeds of a run are shrunk; shrunk counts them.
const maxShrunk = 3

var shrunk atomic.Int32

// features counts what the compared listings showed, over a run.
type features struct {
	mu sync.Mutex
	n  map[string]int
}

var featureNames = []string{
	"call", "empty listing", "listing", "post", "h3", "h3 id", "h4 year", "h4 Undated",
	"(year)", "T:", "W:", "W:-", "by", "by [link]", "links", "soon",
	"site_tag page of another kind", "series= on a regular page",
}

// add counts one occurrence of a feature that a call's context tells.
func (f *features) add(name string) {
	if f == nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.n == nil {
		f.n = map[string]int{}
	}
	f.n[name]++
}

func (f *features) count(lines []string) {
	if f == nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.n == nil {
		f.n = map[string]int{}
	}
	f.n["call"]++
	if len(lines) == 0 {
		f.n["empty listing"]++
	}
	for _, l := range lines {
		for name, ok := range map[string]bool{
			"listing":    l == "listing",
			"post":       strings.HasPrefix(l, "- "),
			"h3":         strings.HasPrefix(l, "h3 "),
			"h3 id":      strings.HasPrefix(l, "h3 ") && strings.Contains(l, " id="),
			"h4 year":    strings.HasPrefix(l, "h4 ") && !strings.Contains(l, "Undated"),
			"h4 Undated": l == `h4 "Undated"`,
			"(year)":     strings.HasPrefix(l, "- ") && strings.Contains(l, "> ("),
			"T:":         strings.Contains(l, " T:"),
			"W:":         strings.Contains(l, " W:"),
			"W:-":        strings.Contains(l, " W:-"),
			"by":         strings.Contains(l, " by "),
			"by [link]":  strings.Contains(l, " by ["),
			"links":      strings.HasPrefix(l, "+ "),
			"soon":       strings.HasPrefix(l, "soon: "),
			"site_tag page of another kind": strings.HasPrefix(l, "- ") &&
				(strings.Contains(l, "<"+baseURL+"series/") || strings.Contains(l, "<"+baseURL+"notes/>") || strings.Contains(l, "<"+baseURL+"topics/")),
		} {
			if ok {
				f.n[name]++
			}
		}
	}
}

func (f *features) String() string {
	var parts []string
	for _, name := range featureNames {
		parts = append(parts, fmt.Sprintf("%s %d", name, f.n[name]))
	}
	return strings.Join(parts, ", ")
}

// A diff is one call whose rendered listing differs from the model's.
type diff struct {
	page      string
	index     int
	call      string
	want, got []string
}

func (d diff) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, call %d: %s\n", d.page, d.index, d.call)
	b.WriteString(harness.LineDiff(d.want, d.got))
	if len(d.want) == 0 && len(d.got) == 0 {
		b.WriteString("  (both empty)\n")
	}
	return b.String()
}

// check builds the site and compares every call with the model, counting
// what the listings show in seen (when not nil). An error means the site
// could not be checked (build error, site layouts not used).
func check(t testing.TB, s *site, seen *features) ([]diff, error) {
	b, err := harness.BuildE(t, s.txtar())
	if err != nil {
		return nil, fmt.Errorf("build: %v", err)
	}
	cmp := series.Compare(collate.New(language.English).CompareString)
	var diffs []diff
	for _, tp := range s.Topics {
		got, err := pageListings(b.FileContent(tp.Out), len(tp.Calls))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", tp.Out, err)
		}
		for i, c := range tp.Calls {
			want, err := modelLines(s, tp, c, cmp)
			if err != nil {
				return nil, err
			}
			seen.count(got[i])
			if o, _ := series.ParseOptions(c.Map()); tp.Kind == "page" && !o.SiteTag && len(got[i]) > 0 {
				seen.add("series= on a regular page")
			}
			if !slices.Equal(want, got[i]) {
				diffs = append(diffs, diff{page: tp.File, index: i, call: c.String(), want: want, got: got[i]})
			}
		}
	}
	return diffs, nil
}

func (s *site) calls() int {
	n := 0
	for _, tp := range s.Topics {
		n += len(tp.Calls)
	}
	return n
}
