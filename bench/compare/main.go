//go:build linux

// Command compare is serieskit's performance bench. For each site size it
// generates a synthetic site twice (bench/sitegen): once with serieskit and
// once with serieskit's series features stubbed out (the baseline), builds
// both with the same Hugo binary, interleaved (A B A B ...) after one
// warm-up build each, and reports each whole hugo process's CPU (user+sys),
// wall time and peak RSS, serieskit's overhead and how the overhead grows
// with the size of the site.
//
//	go run ./bench/compare                          # sizes 1k 5k 20k 50k, 5 runs
//	go run ./bench/compare -sizes 1000,5000 -runs 3 -md /tmp/bench.md
//	go run ./bench/compare -sizes 1000,5000,20000:3,50000:1  # runs per size
//	go run ./bench/compare -big 20000 -sizes 20000  # cost of one 20,000-member listing
//	go run ./bench/compare -instructions -sizes 5000  # instructions, under valgrind
//
// With -allocs it counts the heap objects each build allocates instead, and
// with -instructions the instructions each build executes (valgrind's
// callgrind): both hardly move from run to run, where CPU times on a
// shared machine move by more than the overhead being measured.
//
// Hugo 0.165.0 is built once with "go install" into the user cache directory
// unless HUGO (or -hugo) names a binary. Linux only (it reads the rusage of
// each hugo process).
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/serieskit/serieskit/bench/sitegen"
)

const hugoVersion = "v0.165.0"

type options struct {
	sizes  []size
	runs   int
	seed   uint64
	work   string
	repo   string
	hugo   string
	md     string
	public string
	big    int
	keep   bool
	quiet  bool
	allocs bool
	instr  bool
	nogc   bool
	stdout io.Writer
}

func main() {
	var o options
	var sizes string
	flag.StringVar(&sizes, "sizes", "1000,5000,20000,50000", "comma-separated numbers of posts, each optionally with :RUNS")
	flag.IntVar(&o.runs, "runs", 5, "measured builds per variant and size (after one warm-up each), unless a size says :RUNS")
	flag.Uint64Var(&o.seed, "seed", 1, "generator seed")
	flag.StringVar(&o.work, "work", "", "working directory for the generated sites and Hugo's cache (default: a new temporary directory, removed at the end unless -keep)")
	flag.StringVar(&o.repo, "repo", "", "serieskit repository (default: found from the current directory)")
	flag.StringVar(&o.hugo, "hugo", os.Getenv("HUGO"), "Hugo binary (default: $HUGO, else Hugo "+hugoVersion+" built once into the user cache)")
	flag.StringVar(&o.public, "public", "", "directory hugo writes each build to, emptied before each build (default: a new directory on the tmpfs /dev/shm when there is one, else in the working directory)")
	flag.StringVar(&o.md, "md", "", "also write the results as markdown to this file")
	flag.IntVar(&o.big, "big", 0, "instead: measure one listing of a topic page with this many members (with vs without the call)")
	flag.BoolVar(&o.keep, "keep", false, "keep the generated sites in the working directory")
	flag.BoolVar(&o.quiet, "q", false, "do not print each build")
	flag.BoolVar(&o.allocs, "allocs", false, "instead of timing: build each site once with Hugo built from tests/allocs and compare the heap objects and bytes the builds allocate (counts that hardly move from run to run, whatever the machine's load)")
	flag.BoolVar(&o.instr, "instructions", false, "instead of timing: build each site under valgrind's callgrind, the two variants at once, once unless -runs or a size says more, and compare the instructions the builds execute (counts that move by about 1 % from run to run, whatever the machine's load; a 5k-post build takes about 8 minutes)")
	flag.BoolVar(&o.nogc, "nogc", false, "with -instructions: build with the garbage collector off (GOGC=off), so that the counts are Hugo's and serieskit's own work alone, repeatable to about 0.1 %; the collector's share, which moves from run to run, is left out")
	flag.Parse()
	if o.nogc && !o.instr {
		fatalf("-nogc: only with -instructions")
	}
	if o.instr {
		runsSet := false
		flag.Visit(func(f *flag.Flag) { runsSet = runsSet || f.Name == "runs" })
		if !runsSet {
			o.runs = 1
		}
	}
	o.stdout = os.Stdout
	if o.runs < 1 {
		fatalf("-runs %d: need at least 1", o.runs)
	}
	for _, s := range strings.Split(sizes, ",") {
		posts, runs, found := strings.Cut(strings.TrimSpace(s), ":")
		sz := size{runs: o.runs}
		var err error
		if sz.posts, err = strconv.Atoi(posts); err != nil || sz.posts < 50 {
			fatalf("-sizes: %q is not a number of posts >= 50", s)
		}
		if found {
			if sz.runs, err = strconv.Atoi(runs); err != nil || sz.runs < 1 {
				fatalf("-sizes: %q: runs must be a positive number", s)
			}
		}
		o.sizes = append(o.sizes, sz)
	}
	if err := run(o); err != nil {
		fatalf("%v", err)
	}
}

// size is one site size of the bench and how many builds it gets.
type size struct{ posts, runs int }

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "compare: "+format+"\n", args...)
	os.Exit(1)
}

func run(o options) error {
	var err error
	if o.repo == "" {
		if o.repo, err = findRepo(); err != nil {
			return err
		}
	}
	var valgrind string
	if o.instr {
		if o.allocs {
			return errors.New("-instructions and -allocs: choose one")
		}
		if valgrind, err = findValgrind(); err != nil {
			return err
		}
	}
	if o.allocs {
		if o.hugo, err = buildAllocsHugo(o.repo); err != nil {
			return err
		}
	} else if o.hugo == "" {
		if o.hugo, err = installHugo(); err != nil {
			return err
		}
	}
	version, err := exec.Command(o.hugo, "version").Output()
	if err != nil {
		return fmt.Errorf("hugo %q: %v", o.hugo, err)
	}
	if !strings.Contains(string(version), hugoVersion) {
		fmt.Fprintf(os.Stderr, "compare: warning: %s is not Hugo %s\n", o.hugo, hugoVersion)
	}
	if err := sitegen.CheckStubs(o.repo); err != nil {
		return err
	}
	// Every run gets its own directories, so that two benches never share
	// (and empty) each other's output; they go away at the end, also on
	// an interrupt.
	var temp []string
	if o.work == "" {
		if o.work, err = os.MkdirTemp("", "serieskit-bench-"); err != nil {
			return err
		}
		if !o.keep {
			temp = append(temp, o.work)
		}
	} else if err := os.MkdirAll(o.work, 0o755); err != nil {
		return err
	}
	if o.public == "" {
		if o.public, err = os.MkdirTemp(publicParent(o.work), "serieskit-bench-public-"); err != nil {
			return err
		}
		temp = append(temp, o.public)
	}
	cleanup := func() {
		for _, d := range temp {
			os.RemoveAll(d)
		}
	}
	defer cleanup()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		if c := running.Load(); c != nil && c.Process != nil {
			c.Process.Kill()
			// The build's own Wait reaps it; give it a moment.
			for i := 0; i < 50 && running.Load() != nil; i++ {
				time.Sleep(100 * time.Millisecond)
			}
		}
		cleanup()
		os.Exit(130)
	}()
	if o.keep {
		fmt.Fprintf(os.Stderr, "compare: keeping the generated sites in %s\n", o.work)
	}
	if o.allocs {
		return runAllocs(o, strings.TrimSpace(string(version)))
	}
	if o.instr {
		return runInstructions(o, strings.TrimSpace(string(version)), valgrind)
	}
	rep := &report{hugo: strings.TrimSpace(string(version)), opts: o}
	rep.header()
	for _, sz := range o.sizes {
		a, b, err := variants(o, sz.posts)
		if err != nil {
			return err
		}
		res, err := compareSize(o, sz, &a, &b)
		if err != nil {
			return err
		}
		rep.row(res)
	}
	rep.footer()
	if o.md != "" {
		return os.WriteFile(o.md, []byte(rep.markdown()), 0o644)
	}
	return nil
}

// variants returns the two sites the bench compares at one size: serieskit
// and its stub, or with -big the big topic page with and without its call.
func variants(o options, posts int) (a, b variant, err error) {
	if o.big > 0 {
		if o.big > posts {
			return a, b, fmt.Errorf("-big %d: more than the %d posts of the site", o.big, posts)
		}
		return variant{name: "with call", cfg: sitegen.Config{Big: o.big}},
			variant{name: "without call", cfg: sitegen.Config{Big: o.big, BigNoCall: true}}, nil
	}
	return variant{name: "serieskit"}, variant{name: "stub", cfg: sitegen.Config{Stub: true}}, nil
}

// publicParent puts hugo's output on a tmpfs when there is one: writing it
// to a disk adds system time and noise that are the same for both variants.
func publicParent(work string) string {
	if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
		return "/dev/shm"
	}
	return work
}

// findRepo walks up from the working directory to serieskit's go.mod.
func findRepo() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && regexp.MustCompile(`(?m)^module github\.com/serieskit/serieskit\s*$`).Match(b) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside a serieskit checkout; pass -repo")
		}
		dir = parent
	}
}

// installHugo builds Hugo once into the user cache directory.
func installHugo() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cache, "serieskit-bench", "hugo-"+hugoVersion)
	bin := filepath.Join(dir, "hugo")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	fmt.Fprintf(os.Stderr, "compare: building Hugo %s into %s (once; takes minutes)\n", hugoVersion, dir)
	cmd := exec.Command("go", "install", "github.com/gohugoio/hugo@"+hugoVersion)
	cmd.Dir = os.TempDir() // outside any module or workspace
	cmd.Env = append(os.Environ(), "GOBIN="+dir, "GOWORK=off")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go install hugo: %v", err)
	}
	return bin, nil
}

type variant struct {
	name    string
	cfg     sitegen.Config
	site    string
	samples []sample
	pages   int
	warns   []string
}

type sample struct {
	cpu, wall time.Duration
	rss       int64   // bytes
	load      float64 // the machine's 1-minute load average before the build
}

type result struct {
	posts int
	a, b  *variant
}

// compareSize generates both sites of one size and builds them interleaved.
func compareSize(o options, sz size, a, b *variant) (result, error) {
	n := sz.posts
	if err := generate(o, n, a, b); err != nil {
		return result{}, err
	}
	defer func() {
		if !o.keep {
			os.RemoveAll(a.site)
			os.RemoveAll(b.site)
		}
	}()
	// Warm-up: one verbose build each, for the page count and the warnings.
	for _, v := range []*variant{a, b} {
		s, out, err := build(o, v.site, false)
		if err != nil {
			return result{}, err
		}
		v.pages = pageCount(out)
		v.warns = warnings(out)
		o.logf("n=%d %-12s warm-up  cpu %6.2fs wall %6.2fs rss %5.0f MiB, %d pages, %d warnings", n, v.name, s.cpu.Seconds(), s.wall.Seconds(), mib(s.rss), v.pages, len(v.warns))
		for i, w := range v.warns {
			if i == 5 {
				o.logf("  ... %d more", len(v.warns)-5)
				break
			}
			o.logf("  %s", w)
		}
	}
	for r := range sz.runs {
		for _, v := range []*variant{a, b} {
			s, _, err := build(o, v.site, true)
			if err != nil {
				return result{}, err
			}
			v.samples = append(v.samples, s)
			o.logf("n=%d %-12s run %d/%d cpu %6.2fs wall %6.2fs rss %5.0f MiB (load %.1f)", n, v.name, r+1, sz.runs, s.cpu.Seconds(), s.wall.Seconds(), mib(s.rss), s.load)
		}
	}
	return result{posts: n, a: a, b: b}, nil
}

// generate writes the sites of variants of one size.
func generate(o options, n int, vs ...*variant) error {
	for _, v := range vs {
		v.cfg.Posts, v.cfg.Seed, v.cfg.Repo = n, o.seed, o.repo
		v.site = filepath.Join(o.work, fmt.Sprintf("site-%d-%s", n, strings.ReplaceAll(v.name, " ", "-")))
		v.cfg.Out = v.site
		t := time.Now()
		if err := sitegen.Generate(v.cfg); err != nil {
			return err
		}
		o.logf("generated %s (%d posts) in %.1fs", v.site, n, time.Since(t).Seconds())
	}
	return nil
}

func (o options) logf(format string, args ...any) {
	if !o.quiet {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
	}
}

// running is the hugo process being measured, killed on an interrupt.
var running atomic.Pointer[exec.Cmd]

// build runs one whole hugo process on site, into a fresh destination, and
// returns its CPU time, wall time and peak RSS. Any ERROR fails the bench.
func build(o options, site string, quiet bool) (sample, string, error) {
	dest := o.public
	if err := os.RemoveAll(dest); err != nil {
		return sample{}, "", err
	}
	args := []string{"-s", site, "-d", dest, "--cacheDir", filepath.Join(o.work, "cache")}
	if quiet {
		args = append([]string{"--quiet"}, args...)
	}
	load := loadAvg()
	cmd := exec.Command(o.hugo, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Start()
	if err == nil {
		running.Store(cmd)
		err = cmd.Wait()
		running.Store(nil)
	}
	wall := time.Since(start)
	if err != nil || strings.Contains(out.String(), "ERROR") {
		return sample{}, out.String(), fmt.Errorf("hugo %s: %v\n%s", strings.Join(args, " "), err, tail(out.String(), 20))
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return sample{}, "", errors.New("no rusage for the hugo process")
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return sample{cpu: cpu, wall: wall, rss: ru.Maxrss * 1024, load: load}, out.String(), nil
}

// loadAvg is the 1-minute load average, -1 when unknown. Other work on the
// machine makes CPU times noisier (and larger), for both variants alike.
func loadAvg() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return -1
	}
	f, err := strconv.ParseFloat(strings.Fields(string(b) + " x")[0], 64)
	if err != nil {
		return -1
	}
	return f
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

var pagesRE = regexp.MustCompile(`(?m)^\s*Pages\s*\S\s*(\d+)`)

func pageCount(out string) int {
	if m := pagesRE.FindStringSubmatch(out); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

func warnings(out string) []string {
	var w []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "WARN") {
			w = append(w, l)
		}
	}
	return w
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }

// stats of a series of numbers.
type stats struct{ med, min, max float64 }

func statsOf(xs []float64) stats {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return stats{med: m, min: s[0], max: s[len(s)-1]}
}

func (s stats) String() string {
	return fmt.Sprintf("%.2f [%.2f–%.2f]", s.med, s.min, s.max)
}

func pick(v *variant, f func(sample) float64) []float64 {
	out := make([]float64, len(v.samples))
	for i, s := range v.samples {
		out[i] = f(s)
	}
	return out
}

func cpuOf(s sample) float64  { return s.cpu.Seconds() }
func loadOf(s sample) float64 { return s.load }
func wallOf(s sample) float64 { return s.wall.Seconds() }
func rssOf(s sample) float64  { return mib(s.rss) }

// diffs returns a[i]-b[i] for the interleaved pairs.
func diffs(a, b []float64) []float64 {
	out := make([]float64, len(a))
	for i := range a {
		out[i] = a[i] - b[i]
	}
	return out
}

// report prints rows as they come and keeps them for the markdown file.
type report struct {
	hugo string
	opts options
	rows []result
}

func (r *report) header() {
	fmt.Fprintf(r.opts.stdout, "serieskit bench: %s, %d CPUs (%s), builds interleaved after 1 warm-up each, seed %d, output to %s\n",
		r.hugo, runtime.NumCPU(), cpuModel(), r.opts.seed, filepath.Dir(r.opts.public))
	if r.opts.big > 0 {
		fmt.Fprintf(r.opts.stdout, "one topic page with %d members: serieskit site with vs without its one series-listing call\n", r.opts.big)
	}
	fmt.Fprintln(r.opts.stdout, "times in seconds, memory in MiB: median [min–max]")
}

func (r *report) row(res result) {
	r.rows = append(r.rows, res)
	for _, l := range r.lines(res) {
		fmt.Fprintln(r.opts.stdout, l)
	}
}

func (r *report) lines(res result) []string {
	a, b := res.a, res.b
	ca, cb := pick(a, cpuOf), pick(b, cpuOf)
	ra, rb := pick(a, rssOf), pick(b, rssOf)
	d := statsOf(diffs(ca, cb))
	dr := statsOf(diffs(ra, rb))
	sb := statsOf(cb)
	srb := statsOf(rb)
	return []string{
		fmt.Sprintf("%d posts, %d runs (%s: %d pages, %d warnings; %s: %d pages, %d warnings; load average %s)", res.posts, len(a.samples), b.name, b.pages, len(b.warns), a.name, a.pages, len(a.warns), statsOf(append(pick(a, loadOf), pick(b, loadOf)...))),
		fmt.Sprintf("  CPU   %-13s %s   %-13s %s   overhead %s = %+.1f %%", b.name, sb, a.name, statsOf(ca), d, 100*d.med/sb.med),
		fmt.Sprintf("  wall  %-13s %s   %-13s %s", b.name, statsOf(pick(b, wallOf)), a.name, statsOf(pick(a, wallOf))),
		fmt.Sprintf("  RSS   %-13s %s   %-13s %s   overhead %s = %+.1f %%", b.name, srb, a.name, statsOf(ra), dr, 100*dr.med/srb.med),
	}
}

// overhead is the median pairwise CPU difference of a result.
func overhead(res result) float64 {
	return statsOf(diffs(pick(res.a, cpuOf), pick(res.b, cpuOf))).med
}

// exponents returns the growth exponent of the overhead between consecutive
// sizes, and between 5k and 50k posts when both were measured.
func (r *report) exponents() []string {
	posts := make([]int, len(r.rows))
	over := make([]float64, len(r.rows))
	for i, res := range r.rows {
		posts[i], over[i] = res.posts, overhead(res)
	}
	return growthLines("overhead", posts, over, func(v float64) string { return fmt.Sprintf("%.2f s", v) })
}

// growthLines returns, for an overhead measured at several sizes, its growth
// exponent log(over₂/over₁)/log(posts₂/posts₁) between consecutive sizes,
// and between 5k and 50k posts (the span of the targets) when both were
// measured among more than two sizes; val formats an overhead.
func growthLines(label string, posts []int, over []float64, val func(float64) string) []string {
	line := func(i, j int) string {
		x, y := over[i], over[j]
		if x <= 0 || y <= 0 {
			return fmt.Sprintf("%s growth %d → %d posts: n/a (%s %s → %s)", label, posts[i], posts[j], label, val(x), val(y))
		}
		e := math.Log(y/x) / math.Log(float64(posts[j])/float64(posts[i]))
		return fmt.Sprintf("%s growth %d → %d posts: exponent %.2f (%s → %s)", label, posts[i], posts[j], e, val(x), val(y))
	}
	var out []string
	for i := 1; i < len(posts); i++ {
		out = append(out, line(i-1, i))
	}
	i5, i50 := -1, -1
	for i, n := range posts {
		switch n {
		case 5000:
			i5 = i
		case 50000:
			i50 = i
		}
	}
	if i5 >= 0 && i50 >= 0 && len(posts) > 2 {
		out = append(out, line(i5, i50))
	}
	return out
}

func (r *report) footer() {
	if r.opts.big > 0 {
		return
	}
	for _, l := range r.exponents() {
		fmt.Fprintln(r.opts.stdout, l)
	}
}

func (r *report) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Measured %s with %s on %d CPUs (%s); builds of the two variants interleaved after one warm-up each; seed %d; output to %s.\n",
		time.Now().Format("2006-01-02"), r.hugo, runtime.NumCPU(), cpuModel(), r.opts.seed, filepath.Dir(r.opts.public))
	fmt.Fprintf(&b, "Medians [min–max] of whole `hugo --quiet` processes: CPU = user+sys seconds, RSS = peak resident MiB; overhead = median of the pairwise differences.\n\n")
	first, second := "stub", "serieskit"
	if r.opts.big > 0 {
		first, second = "without call", "with call"
		fmt.Fprintf(&b, "One topic page with %d members, with and without its one `series-listing` call.\n\n", r.opts.big)
	}
	fmt.Fprintf(&b, "| posts | pages | runs | %s CPU s | %s CPU s | CPU overhead s | overhead %% | %s wall s | %s wall s | %s RSS MiB | %s RSS MiB | RSS overhead %% | load average |\n", first, second, first, second, first, second)
	b.WriteString("| ---: | ---: | ---: | --- | --- | --- | ---: | --- | --- | --- | --- | ---: | --- |\n")
	for _, res := range r.rows {
		cb, ca := pick(res.b, cpuOf), pick(res.a, cpuOf)
		rb, ra := pick(res.b, rssOf), pick(res.a, rssOf)
		d := statsOf(diffs(ca, cb))
		dr := statsOf(diffs(ra, rb))
		fmt.Fprintf(&b, "| %d | %d | %d | %s | %s | %s | %+.1f | %s | %s | %.0f [%.0f–%.0f] | %.0f [%.0f–%.0f] | %+.1f | %s |\n",
			res.posts, res.a.pages, len(res.a.samples), statsOf(cb), statsOf(ca), d, 100*d.med/statsOf(cb).med,
			statsOf(pick(res.b, wallOf)), statsOf(pick(res.a, wallOf)),
			statsOf(rb).med, statsOf(rb).min, statsOf(rb).max, statsOf(ra).med, statsOf(ra).min, statsOf(ra).max,
			100*dr.med/statsOf(rb).med, statsOf(append(pick(res.a, loadOf), pick(res.b, loadOf)...)))
	}
	if r.opts.big == 0 && len(r.rows) > 1 {
		b.WriteString("\n")
		for _, l := range r.exponents() {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, res := range r.rows {
		for _, v := range []*variant{res.b, res.a} {
			if len(v.warns) > 0 {
				fmt.Fprintf(&b, "\n%d posts, %s: %d warnings, first: `%s`\n", res.posts, v.name, len(v.warns), v.warns[0])
			}
		}
	}
	return b.String()
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
