package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/serieskit/serieskit/bench/sitegen"
)

// buildAllocsHugo builds the Hugo of tests/allocs (Hugo's command line that
// reports what the run allocated) from the checkout's workspace.
func buildAllocsHugo(repo string) (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(cache, "serieskit-bench", "hugo-allocs")
	fmt.Fprintf(os.Stderr, "compare: building tests/allocs into %s (the first time takes minutes)\n", bin)
	cmd := exec.Command("go", "build", "-o", bin, "./tests/allocs")
	cmd.Dir = repo
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./tests/allocs: %v", err)
	}
	return bin, nil
}

var allocsRE = regexp.MustCompile(`(?m)^allocs: (\d+) objects, (\d+) bytes$`)

// allocs is what one build allocated.
type allocs struct{ objects, bytes float64 }

// runAllocs builds each size's two sites once and compares their
// allocations: serieskit's overhead in heap objects and bytes, and the
// growth exponent of the objects overhead.
func runAllocs(o options, hugo string) error {
	type row struct {
		posts, pages int
		stub, sk     allocs
	}
	var rows []row
	out := &strings.Builder{}
	fmt.Fprintf(out, "Measured %s with %s (tests/allocs); each site built once; seed %d.\n", time.Now().Format("2006-01-02"), hugo, o.seed)
	fmt.Fprintf(out, "Heap objects and bytes the whole hugo process allocated (Go runtime counts); overhead = serieskit − stub.\n\n")
	fmt.Fprintf(out, "| posts | pages | stub objects (M) | serieskit objects (M) | objects overhead | stub bytes (MB) | serieskit bytes (MB) | bytes overhead |\n")
	fmt.Fprintf(out, "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	fmt.Fprint(o.stdout, out.String())
	for _, sz := range o.sizes {
		sk := variant{name: "serieskit"}
		stub := variant{name: "stub", cfg: sitegen.Config{Stub: true}}
		if err := generate(o, sz.posts, &sk, &stub); err != nil {
			return err
		}
		r := row{posts: sz.posts}
		for _, v := range []*variant{&sk, &stub} {
			_, text, err := build(o, v.site, false)
			if err != nil {
				return err
			}
			m := allocsRE.FindStringSubmatch(text)
			if m == nil {
				return fmt.Errorf("%s: no allocation counts in hugo's output (is %s built from tests/allocs?)", v.site, o.hugo)
			}
			a := allocs{}
			a.objects, _ = strconv.ParseFloat(m[1], 64)
			a.bytes, _ = strconv.ParseFloat(m[2], 64)
			if v == &sk {
				r.sk, r.pages = a, pageCount(text)
			} else {
				r.stub = a
			}
			if w := warnings(text); len(w) > 0 {
				o.logf("n=%d %s: %d warnings, first: %s", sz.posts, v.name, len(w), w[0])
			}
			o.logf("n=%d %-9s %.3fM objects, %.0f MB", sz.posts, v.name, a.objects/1e6, a.bytes/1e6)
		}
		if !o.keep {
			os.RemoveAll(sk.site)
			os.RemoveAll(stub.site)
		}
		rows = append(rows, r)
		line := fmt.Sprintf("| %d | %d | %.3f | %.3f | %+.3fM = %+.1f %% | %.0f | %.0f | %+.0f MB = %+.1f %% |\n", r.posts, r.pages,
			r.stub.objects/1e6, r.sk.objects/1e6, (r.sk.objects-r.stub.objects)/1e6, 100*(r.sk.objects-r.stub.objects)/r.stub.objects,
			r.stub.bytes/1e6, r.sk.bytes/1e6, (r.sk.bytes-r.stub.bytes)/1e6, 100*(r.sk.bytes-r.stub.bytes)/r.stub.bytes)
		fmt.Fprint(o.stdout, line)
		out.WriteString(line)
	}
	posts := make([]int, len(rows))
	over := make([]float64, len(rows))
	for i, r := range rows {
		posts[i], over[i] = r.posts, r.sk.objects-r.stub.objects
	}
	return finishCounts(o, out, "objects overhead", posts, over, func(v float64) string { return fmt.Sprintf("%.3fM", v/1e6) })
}

// finishCounts ends the table of a counting bench (-allocs, -instructions):
// when more than one size was measured, the growth of the overhead (over, at
// posts, formatted by val) printed and added to out; then out written to the
// -md file, if any.
func finishCounts(o options, out *strings.Builder, label string, posts []int, over []float64, val func(float64) string) error {
	if len(posts) > 1 {
		out.WriteString("\n")
		for _, l := range growthLines(label, posts, over, val) {
			fmt.Fprintln(o.stdout, l)
			out.WriteString("- " + l + "\n")
		}
	}
	if o.md != "" {
		return os.WriteFile(o.md, []byte(out.String()), 0o644)
	}
	return nil
}
