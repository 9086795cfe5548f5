package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// valgrindEnv is what a Go program needs to run under valgrind 3.19:
// without asynchronous preemption (callgrind stops on the signal Go's
// scheduler sends a running goroutine) and without RDTSCP, an instruction
// valgrind does not decode (Go falls back to RDTSC). Neither changes what
// Hugo computes.
const valgrindEnv = "GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off"

var collectedRE = regexp.MustCompile(`(?m)Collected : (\d+)`)

// findValgrind returns valgrind's path, installing Debian's package when
// it is missing and the bench runs as root with apt-get at hand.
func findValgrind() (string, error) {
	if p, err := exec.LookPath("valgrind"); err == nil {
		return p, nil
	}
	if os.Geteuid() == 0 {
		if _, err := exec.LookPath("apt-get"); err == nil {
			fmt.Fprintln(os.Stderr, "compare: installing valgrind (apt-get install valgrind)")
			cmd := exec.Command("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind")
			cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
			if err := cmd.Run(); err == nil {
				return exec.LookPath("valgrind")
			}
		}
	}
	return "", fmt.Errorf("-instructions needs valgrind on the PATH (Debian: apt-get install valgrind)")
}

// countInstructions builds site once under valgrind's callgrind and returns
// the instructions the whole hugo process executed (all its threads: the
// template work and the garbage collector's). Its profile is kept as
// callgrind.out.NAME in the working directory with -keep, for
// callgrind_annotate.
func countInstructions(o options, valgrind, site, name string) (float64, string, error) {
	dest := filepath.Join(o.public, name)
	if err := os.RemoveAll(dest); err != nil {
		return 0, "", err
	}
	defer os.RemoveAll(dest)
	prof := filepath.Join(o.work, "callgrind.out."+name)
	args := []string{"--tool=callgrind", "--callgrind-out-file=" + prof,
		o.hugo, "-s", site, "-d", dest, "--cacheDir", filepath.Join(o.work, "cache-"+name)}
	cmd := exec.Command(valgrind, args...)
	cmd.Env = append(os.Environ(), valgrindEnv)
	if o.nogc {
		cmd.Env = append(cmd.Env, "GOGC=off")
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if !o.keep {
		os.Remove(prof)
	}
	text := out.String()
	m := collectedRE.FindStringSubmatch(text)
	if err != nil || m == nil || strings.Contains(text, "ERROR") || strings.Contains(text, "SIGILL") {
		return 0, text, fmt.Errorf("valgrind %s: %v\n%s", strings.Join(args, " "), err, tail(text, 20))
	}
	n, _ := strconv.ParseFloat(m[1], 64)
	return n, text, nil
}

// runInstructions builds each size's two variants under callgrind, the two
// at once (an instruction count does not depend on what else the machine
// runs), as many times as the size asks (default once), and compares the
// instructions executed: serieskit's overhead over the stub, or with -big
// the listing call's cost, and the overhead's growth exponent.
func runInstructions(o options, hugo, valgrind string) error {
	type row struct {
		posts, pages int
		a, b         []float64
	}
	na, nb := "serieskit", "stub"
	if o.big > 0 {
		na, nb = "with call", "without call"
	}
	var rows []row
	out := &strings.Builder{}
	gc := ""
	if o.nogc {
		gc = ", GOGC=off: the garbage collector's instructions left out"
	}
	fmt.Fprintf(out, "Measured %s with %s under valgrind's callgrind (%s%s); seed %d.\n", time.Now().Format("2006-01-02"), hugo, valgrindEnv, gc, o.seed)
	fmt.Fprintf(out, "Instructions the whole hugo process executed, in billions (G); median [min–max] when a size was built more than once; overhead = %s − %s.\n\n", na, nb)
	fmt.Fprintf(out, "| posts | pages | builds | %s (G) | %s (G) | overhead |\n", nb, na)
	fmt.Fprintf(out, "| ---: | ---: | ---: | --- | --- | ---: |\n")
	fmt.Fprint(o.stdout, out.String())
	for _, sz := range o.sizes {
		a, b, err := variants(o, sz.posts)
		if err != nil {
			return err
		}
		if err := generate(o, sz.posts, &a, &b); err != nil {
			return err
		}
		r := row{posts: sz.posts}
		for i := range sz.runs {
			var wg sync.WaitGroup
			var counts [2]float64
			var texts [2]string
			var errs [2]error
			for j, v := range []*variant{&a, &b} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					counts[j], texts[j], errs[j] = countInstructions(o, valgrind, v.site, fmt.Sprintf("%d-%s-%d", sz.posts, strings.ReplaceAll(v.name, " ", "-"), i+1))
				}()
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					return err
				}
			}
			if i == 0 {
				r.pages = pageCount(texts[0])
				for j, v := range []*variant{&a, &b} {
					if w := warnings(texts[j]); len(w) > 0 {
						o.logf("n=%d %s: %d warnings, first: %s", sz.posts, v.name, len(w), w[0])
					}
				}
			}
			r.a, r.b = append(r.a, counts[0]), append(r.b, counts[1])
			o.logf("n=%d build %d/%d: %s %.3fG, %s %.3fG instructions", sz.posts, i+1, sz.runs, a.name, counts[0]/1e9, b.name, counts[1]/1e9)
		}
		if !o.keep {
			os.RemoveAll(a.site)
			os.RemoveAll(b.site)
		}
		rows = append(rows, r)
		over := statsOf(r.a).med - statsOf(r.b).med
		line := fmt.Sprintf("| %d | %d | %d | %s | %s | %+.3fG = %+.1f %% |\n", r.posts, r.pages, len(r.a),
			spread(r.b), spread(r.a), over/1e9, 100*over/statsOf(r.b).med)
		fmt.Fprint(o.stdout, line)
		out.WriteString(line)
	}
	posts := make([]int, len(rows))
	over := make([]float64, len(rows))
	for i, r := range rows {
		posts[i], over[i] = r.posts, statsOf(r.a).med-statsOf(r.b).med
	}
	if o.big > 0 {
		posts = nil // one listing's cost has no growth to report
	}
	return finishCounts(o, out, "instructions overhead", posts, over, func(v float64) string { return fmt.Sprintf("%.3fG", v/1e9) })
}

// spread formats counts in billions: the one count, or median [min–max].
func spread(xs []float64) string {
	if len(xs) == 1 {
		return fmt.Sprintf("%.3f", xs[0]/1e9)
	}
	s := statsOf(xs)
	return fmt.Sprintf("%.3f [%.3f–%.3f]", s.med/1e9, s.min/1e9, s.max/1e9)
}
