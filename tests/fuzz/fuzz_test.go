package fuzz

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/serieskit/serieskit/tests/harness"
)

// DefaultSites is the number of sites a plain `go test` run builds.
const DefaultSites = 300

// shrinkBudget is how long a run of many sites spends shrinking failures.
const shrinkBudget = 2 * time.Minute

// TestFuzz builds generated sites full of hostile input with serieskit's
// page shell (so every shortcode and partial runs: listings, the series box,
// the featured widget, the byline) and checks on each:
//
//  1. The build succeeds, or fails with errors that all start with
//     "serieskit:". A raw Go or template error ("error calling",
//     "can't evaluate", "out of range", "wrong type", "%!" ...) in the build
//     error or in any log message is a failure.
//  2. A site whose input the spec makes warnings at most (no parameter the
//     generator meant as an error, strict off, a well-formed lookup file,
//     sidebar-box keys the lookup labels) builds: front matter of any type
//     is a warning, never an error.
//  3. No page has a script element other than <script
//     type="application/ld+json"> (with no '<' inside), an on* attribute, an
//     injected element, a javascript:, data: or vbscript: URL in href/src
//     (after entity decoding, spaces and case ignored), or #ZgotmplZ.
//  4. No page shows Go's printing of a value: <nil>, map[...] or %!verb.
//  5. Nothing is lost silently: on every term or section page with a
//     series-listing, series-untagged or series-summary call, every member
//     (the page's .Pages as Hugo builds them, so drafts, future and expired
//     pages are not members, less the page itself: a page is never its own
//     member) is linked in the page's <main> (or its pager
//     pages) or named (by its content file) in a serieskit warning. Exempt
//     by design (README): a member whose <key>_tag, for the page's key or a
//     call's series=, is in hidden_tags (default ["ignore"]); a member a
//     listing with limit selects (limit hides posts on purpose; any
//     selection by tag/notag/neither counts, site_tag is ignored, which only
//     exempts more). Not checked: sites with orphan_check off (the site
//     asked for silence); regular pages with calls (their members come from
//     series=, per call); and, without unsafe = true, pages with a call
//     written in {{% %}} — Goldmark drops the HTML there by design, so
//     instead the page must get serieskit's {{% %}} warning (6).
//  6. On every published page, a serieskit call written with {{% %}}, or
//     nested (at any depth) in a call written so, gets serieskit's warning
//     naming the page (ID serieskit-markdown).
//  7. No build hangs: one that takes over a minute is a failure (it is
//     abandoned, and shrunk only when its seed runs alone).
//  8. No serieskit element (class series-*) has a link without text (to a
//     page with no or a blank title, or a blank links= item) unless a
//     serieskit warning names the linked page.
//
// Each site has 3-14 posts and topic pages (series and tags term pages, a
// section, a regular page, a resources page) whose every front-matter field
// serieskit reads gets now and then a value of another type: strings with
// HTML, percent signs and Unicode, numbers at and beyond the integer ranges,
// floats, bools, lists, maps, nulls, empty values, links with javascript:
// and data: in any case and with leading spaces. Calls get random
// parameters (unknown and positional ones too on sites that may fail), are
// nested in the site's wrapper shortcode (and listings in next-in-series's
// inner text) and written with {{% %}}; the
// lookup file is sometimes missing or malformed.
//
// A failure prints the seed, the reason, the command to rerun it and the
// site shrunk to what still fails the same way (as harness.Build files).
// SERIESKIT_FUZZ_SITES=N runs N sites, SERIESKIT_FUZZ_SEED=S the seed S
// (with both, N sites from S).
func TestFuzz(t *testing.T) {
	seeds := harness.SeedsFrom(t, "SERIESKIT_FUZZ", DefaultSites)
	single := os.Getenv("SERIESKIT_FUZZ_SEED") != ""
	var built, members, failed atomic.Int64
	var mu sync.Mutex
	shrunk := map[string]bool{} // failure kinds already shrunk in this run
	// shrinking is slow: a run shrinks for at most shrinkBudget, and stops
	// early enough to end before go test's deadline
	stopShrinking := time.Now().Add(shrinkBudget)
	if d, ok := t.Deadline(); ok && d.Add(-2*time.Minute).Before(stopShrinking) {
		stopShrinking = d.Add(-2 * time.Minute)
	}
	t.Cleanup(func() {
		t.Logf("%d sites: %d built, %d failed an invariant, %d topic-page members checked",
			len(seeds), built.Load(), failed.Load(), members.Load())
		// a fuzz test whose sites never build, or never check a member,
		// would prove nothing
		if len(seeds) >= 100 && (built.Load() < int64(len(seeds))/3 || members.Load() < int64(len(seeds))) {
			t.Errorf("too few sites built (%d) or members checked (%d): the generator has drifted", built.Load(), members.Load())
		}
	})
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			t.Parallel()
			s := newSite(seed)
			r := check(t, s, buildTimeout)
			if r.Built {
				built.Add(1)
			}
			members.Add(int64(r.Members))
			if len(r.Failures) == 0 {
				return
			}
			failed.Add(1)
			var b strings.Builder
			fmt.Fprintf(&b, "seed %d: %d broken invariant(s):\n", seed, len(r.Failures))
			for _, f := range r.Failures {
				b.WriteString("  " + f.String() + "\n")
			}
			fmt.Fprintf(&b, "Reproduce: cd tests && SERIESKIT_FUZZ_SEED=%d go test ./fuzz/ -run TestFuzz\n", seed)
			// shrink each class of failure once per run (every one with a
			// single seed)
			var classes []failure
			for _, f := range r.Failures {
				if !slices.ContainsFunc(classes, f.same) {
					classes = append(classes, f)
				}
			}
			for _, f0 := range classes {
				mu.Lock()
				first := !shrunk[f0.Kind+f0.Sig]
				shrunk[f0.Kind+f0.Sig] = true
				mu.Unlock()
				if !single && f0.Kind == failHang {
					fmt.Fprintf(&b, "(a hang is shrunk only when its seed runs alone: each try can take %s)\n", shrinkTimeout)
					continue
				}
				if !single && time.Now().After(stopShrinking) {
					fmt.Fprintf(&b, "(no time left to shrink %s [%s] in this run; rerun this seed alone to shrink it)\n", f0.Kind, f0.Sig)
					continue
				}
				if !single && !first {
					fmt.Fprintf(&b, "(%s [%s] was shrunk on another seed of this run; rerun this seed alone to shrink it here)\n", f0.Kind, f0.Sig)
					continue
				}
				small := shrink(t, s, f0)
				fmt.Fprintf(&b, "Shrunk (still %s [%s]):\n", f0.Kind, f0.Sig)
				for _, f := range check(t, small, shrinkTimeout).Failures {
					if f.same(f0) {
						b.WriteString("  " + f.String() + "\n")
					}
				}
				fmt.Fprintf(&b, "Minimal site (harness.Build files):\n%s", small.txtar())
			}
			t.Error(b.String())
		})
	}
}
