package fuzz

import (
	"fmt"
	"html"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gohugoio/hugo/hugolib"
	hpage "github.com/gohugoio/hugo/resources/page"
	"github.com/spf13/afero"
)

// Kinds of failure, in the order a site is checked. The shrinker keeps a
// site only while it fails with the same kind.
const (
	failRaw        = "raw error"          // a Go or template error reached the log or the build error
	failUnexpected = "unexpected error"   // a serieskit error on a site whose input the spec makes warnings at most
	failUnsafe     = "unsafe output"      // a script, event handler, javascript:/data: URL, #ZgotmplZ or %! in the output
	failLost       = "lost member"        // a member of a topic page neither linked on it nor named in a warning
	failMarkdown   = "no markdown notice" // a {{% %}} call without its warning
	failGarbage    = "garbage output"     // Go's printing of a value (<nil>, map[...], %!verb) shown to readers
	failEmpty      = "empty link"         // a link with no text: a reader cannot see or follow it
	failHang       = "hang"               // the build never ends
)

// failure is one broken invariant. Sig tells bugs of one kind apart (the
// failing template and call, the kind of unsafe output): the shrinker keeps
// a site while it fails with the same kind and signature.
type failure struct{ Kind, Sig, Detail string }

func (f failure) String() string { return f.Kind + " [" + f.Sig + "]: " + f.Detail }

// same reports whether g is the same failure class as f.
func (f failure) same(g failure) bool { return f.Kind == g.Kind && f.Sig == g.Sig }

var (
	tmplAtRE  = regexp.MustCompile(`template: ([^:\s]+:\d+:\d+)`)
	rawCallRE = regexp.MustCompile(`(error calling \w+|can't evaluate field \w+|wrong type for value|invalid memory address|index out of range|can't give argument|incompatible types[^:]*|%!\w\(|runtime error[^:]*)`)
	quotedRE  = regexp.MustCompile(`"[^"]*"|\([^)]*\)|\d+`)
)

// rawSig names a raw error by its innermost template position and call.
func rawSig(msg string) string {
	var sig []string
	if ms := tmplAtRE.FindAllStringSubmatch(msg, -1); ms != nil {
		sig = append(sig, ms[len(ms)-1][1])
	}
	if ms := rawCallRE.FindAllString(msg, -1); ms != nil {
		sig = append(sig, ms[len(ms)-1])
	}
	if sig == nil {
		return rawMark(msg)
	}
	return strings.Join(sig, " ")
}

// msgSig names a serieskit message by its text without values.
func msgSig(msg string) string {
	first, _, _ := strings.Cut(msg, "\n")
	s := quotedRE.ReplaceAllString(first, "_")
	if len(s) > 70 {
		s = s[:70]
	}
	return s
}

// result is what one build of a site showed.
type result struct {
	Failures []failure
	Built    bool // the build succeeded
	Members  int  // topic-page members whose visibility was checked
}

// rawPatterns are the marks of a Go or template error (or of fmt misuse)
// that reached the user instead of a serieskit message.
var rawPatterns = []string{"error calling", "can't evaluate", "out of range", "invalid memory", "wrong type",
	"nil pointer", "execute of template failed", "runtime error", "panic", "unable to cast", "can't give argument",
	"incompatible", "of untyped nil", "error converting", "failed to render", "%!"}

// logEntry is one message of the build log (with its continuation lines).
type logEntry struct{ Level, Text string }

func parseLog(log string) []logEntry {
	var out []logEntry
	for _, line := range strings.Split(log, "\n") {
		switch {
		case strings.HasPrefix(line, "ERROR "):
			out = append(out, logEntry{"ERROR", strings.TrimSpace(strings.TrimPrefix(line, "ERROR "))})
		case strings.HasPrefix(line, "WARN "):
			out = append(out, logEntry{"WARN", strings.TrimSpace(strings.TrimPrefix(line, "WARN "))})
		case strings.HasPrefix(line, "INFO "):
			out = append(out, logEntry{"INFO", ""})
		case len(out) > 0:
			out[len(out)-1].Text += "\n" + line
		}
	}
	return out
}

func rawMark(s string) string {
	for _, p := range rawPatterns {
		if strings.Contains(s, p) {
			return p
		}
	}
	return ""
}

// check builds the site and checks every invariant; a build that takes
// longer than timeout is a hang.
func check(t testing.TB, s *site, timeout time.Duration) result {
	var r result
	fail := func(kind, sig, format string, args ...any) {
		r.Failures = append(r.Failures, failure{kind, sig, fmt.Sprintf(format, args...)})
	}
	b, err := build(t, s.txtar(), timeout)
	if err == errHang {
		fail(failHang, "", "the build did not end within %s", timeout)
		return r
	}
	if b == nil {
		t.Fatalf("seed %d: %v", s.Seed, err)
	}
	entries := parseLog(b.LogString())
	for _, e := range entries {
		if m := rawMark(e.Text); m != "" {
			fail(failRaw, rawSig(e.Text), "%s %q in: %s", e.Level, m, clip(e.Text))
		}
	}
	if err != nil {
		msg := err.Error()
		if !regexp.MustCompile(`^logged \d+ error\(s\)$`).MatchString(msg) {
			fail(failRaw, rawSig(msg), "the build stopped with: %s", clipMiddle(msg))
			return r
		}
		for _, e := range entries {
			if e.Level == "ERROR" && !strings.HasPrefix(e.Text, "serieskit: ") {
				fail(failRaw, msgSig(e.Text), "an error not from serieskit: %s", clip(e.Text))
			}
		}
		if len(r.Failures) == 0 && s.expectOK() {
			for _, e := range entries {
				if e.Level == "ERROR" {
					fail(failUnexpected, msgSig(e.Text), "%s", clip(e.Text))
				}
			}
		}
		return r
	}
	r.Built = true
	names := map[string]string{} // link to page: its content file, else its path
	for _, hp := range b.H.Sites[0].AllPages() {
		name := hp.Path()
		if hp.File() != nil {
			name = hp.File().Path()
		}
		names[hp.Permalink()], names[hp.RelPermalink()] = name, name
	}
	publish := b.H.Fs.PublishDir
	err = afero.Walk(publish, "", func(p string, info fs.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		data, err := afero.ReadFile(publish, p)
		if err != nil {
			return err
		}
		for _, problem := range unsafeHTML(string(data)) {
			sig, _, _ := strings.Cut(problem, ":")
			fail(failUnsafe, sig, "%s: %s", p, problem)
		}
		for _, problem := range garbageHTML(string(data)) {
			sig, _, _ := strings.Cut(problem, ":")
			fail(failGarbage, sig, "%s: %s", p, problem)
		}
		for _, block := range serieskitRE.FindAllString(string(data), -1) {
			for _, m := range emptyLinkRE.FindAllStringSubmatch(block, -1) {
				if !warned(entries, names[html.UnescapeString(m[1])]) {
					fail(failEmpty, firstClass(block), "%s: %s in %s", p, m[0], clip(block))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("reading the output: %v", err)
	}
	checkMembers(s, b, entries, &r, fail)
	return r
}

// expectOK reports whether the spec makes every problem of the site a
// warning: no call the generator meant as an error, strict off, a
// well-formed lookup file, and sidebar-box keys the lookup file labels.
func (s *site) expectOK() bool {
	for _, p := range s.Params {
		if strings.HasPrefix(p, "strict") && boolOn(unquote(strings.TrimSpace(strings.SplitN(p, "=", 2)[1]))) {
			return false
		}
	}
	labels, ok := s.lookupLabels()
	if !ok {
		return false
	}
	for _, p := range s.Pages {
		for _, c := range p.calls() {
			if c.MayErr {
				return false
			}
			if c.Name == "sidebar-box" {
				if k, _ := c.get("key"); !slices.Contains(labels, k) {
					return false
				}
			}
		}
	}
	return true
}

// displayRE is a well-formed display line: a list of quoted keys.
var displayRE = regexp.MustCompile(`^\[(?:"(?:[^"\\]|\\.)*"(?:, )?)*\]$`)

// lookupLabels returns the keys the lookup file labels with a plain string,
// and whether the file is well-formed (a map of labels and a display list).
func (s *site) lookupLabels() ([]string, bool) {
	var keys []string
	for _, l := range s.Lookup {
		k, v, ok := strings.Cut(l, ": ")
		if !ok || strings.HasPrefix(l, "- ") {
			return nil, false
		}
		if k == "display" {
			if !displayRE.MatchString(v) {
				return nil, false
			}
			continue
		}
		if !strings.HasPrefix(v, `"`) {
			return nil, false
		}
		keys = append(keys, unquote(k))
	}
	return keys, true
}

var (
	scriptRE = regexp.MustCompile(`(?i)<script\b[^>]*>`)
	ldJSONRE = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)
	// a start tag with its attributes, quoted values kept whole
	startTagRE  = regexp.MustCompile(`<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?)*\s*/?>`)
	attrRE      = regexp.MustCompile(`\s([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?`)
	urlAttrs    = []string{"href", "src", "action", "formaction", "poster", "srcset", "xlink:href", "background", "cite"}
	emptyLinkRE = regexp.MustCompile(`<a\b[^>]*href="([^"]*)"[^>]*>\s*</a>`)
	serieskitRE = regexp.MustCompile(`(?s)<(div|dl|aside|nav|ul) class="series-[^"]*"[^>]*>.*?</(?:div|dl|aside|nav|ul)>`)
	tagRE       = regexp.MustCompile(`(?i)<(img|iframe|object|embed|svg|style|base|form)\b`)
)

// unsafeHTML lists what a page's HTML must not contain.
func unsafeHTML(doc string) []string {
	var out []string
	for _, m := range scriptRE.FindAllString(doc, -1) {
		if m != `<script type="application/ld+json">` {
			out = append(out, "a script element: "+clip(m))
		}
	}
	for _, m := range ldJSONRE.FindAllStringSubmatch(doc, -1) {
		if strings.Contains(m[1], "<") {
			out = append(out, "a '<' inside JSON-LD: "+clip(m[1]))
		}
	}
	for _, tag := range startTagRE.FindAllString(doc, -1) {
		for _, a := range attrRE.FindAllStringSubmatch(tag, -1) {
			name := strings.ToLower(a[1])
			if strings.HasPrefix(name, "on") {
				out = append(out, "an event handler attribute: "+clip(tag))
			}
			if !slices.Contains(urlAttrs, name) {
				continue
			}
			v := html.UnescapeString(strings.Trim(a[2], `"'`))
			v = strings.ToLower(strings.Map(func(r rune) rune {
				if r <= ' ' {
					return -1
				}
				return r
			}, v))
			for _, scheme := range []string{"javascript:", "data:", "vbscript:"} {
				if strings.HasPrefix(v, scheme) {
					out = append(out, fmt.Sprintf("a %s URL in %s: %s", scheme, name, clip(tag)))
				}
			}
		}
	}
	if m := tagRE.FindString(doc); m != "" {
		out = append(out, "an injected element: "+clip(m))
	}
	if i := strings.Index(doc, "ZgotmplZ"); i >= 0 {
		out = append(out, "#ZgotmplZ (html/template refused a value): "+clip(context(doc, i)))
	}
	return out
}

// garbageHTML lists Go's own printing of values that reached a page:
// a null as <nil>, a map as map[...], a printf verb error %!.
func garbageHTML(doc string) []string {
	var out []string
	for _, mark := range []string{"&lt;nil&gt;", "map[", "%!"} {
		if i := strings.Index(doc, mark); i >= 0 {
			out = append(out, fmt.Sprintf("%q in %s: %s", html.UnescapeString(mark), lastClass(doc[:i]), clip(context(doc, i))))
		}
	}
	return out
}

// firstClass is the first class attribute of an HTML block.
func firstClass(block string) string {
	if m := classRE.FindStringSubmatch(block); m != nil {
		return m[1]
	}
	return "?"
}

// lastClass is the last class attribute in an HTML prefix: roughly, the
// element a position of a page is in.
func lastClass(prefix string) string {
	if ms := classRE.FindAllStringSubmatch(prefix, -1); ms != nil {
		return ms[len(ms)-1][1]
	}
	return "?"
}

var classRE = regexp.MustCompile(`class="([^"]*)"`)

// checkMembers checks that every member of every topic page is linked on
// it or named in a warning (see TestFuzz for the exact rule).
func checkMembers(s *site, b *hugolib.IntegrationTestBuilder, entries []logEntry, r *result, fail func(string, string, string, ...any)) {
	hidden := s.hiddenTags()
	hs := b.H.Sites[0]
	for _, p := range s.Pages {
		pth := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(p.File, "content"), ".md"), "/_index")
		hp, err := hs.GetPage(pth)
		if err != nil || hp == nil || hp.Kind() == "" { // Hugo's nopPage: no such page
			continue
		}
		out, rendered := mainHTML(b, hp)
		if !rendered {
			continue // not published: a draft, future or expired page
		}
		markdown := p.markdownCalls()
		if markdown && !slices.ContainsFunc(entries, func(e logEntry) bool {
			return (strings.Contains(e.Text, "serieskit-markdown") || strings.Contains(e.Text, "{{% %}}")) && strings.Contains(e.Text, "/"+p.File)
		}) {
			fail(failMarkdown, "", "%s has a serieskit call written with {{%% %%}} (or nested in one) and no warning says so", p.File)
		}
		if markdown && !s.Unsafe || !s.setting("orphan_check", true) || hp.Kind() != "term" && hp.Kind() != "section" {
			continue
		}
		calls := p.calls()
		if !slices.ContainsFunc(calls, func(c *call) bool {
			return c.Name == "series-listing" || c.Name == "series-untagged" || c.Name == "series-summary"
		}) {
			continue
		}
		pageKey := ""
		if hp.Kind() == "term" {
			pageKey = seriesKey(path.Base(hp.Path()))
			for _, t := range termPool {
				if t.Path == hp.Path() {
					pageKey = t.Key
				}
			}
		}
		for _, m := range hp.Pages() {
			// a page is never its own member (a term page carrying its own
			// term is in its .Pages): listing it would be pointless, and
			// series-summary would render the page inside itself
			if m.Path() == hp.Path() || exempt(m, p, calls, pageKey, hidden) {
				continue
			}
			r.Members++
			if strings.Contains(out, `href="`+m.Permalink()+`"`) || strings.Contains(out, `href="`+m.RelPermalink()+`"`) {
				continue
			}
			name := m.Path()
			if m.File() != nil {
				name = m.File().Path()
			}
			if warned(entries, name) {
				continue
			}
			fail(failLost, "", "%s (%s) is a member of %s but neither linked on it nor named in a warning", m.Path(), name, hp.Path())
		}
	}
}

// warned reports whether a serieskit warning names a page (by its content
// file or path).
func warned(entries []logEntry, name string) bool {
	return name != "" && slices.ContainsFunc(entries, func(e logEntry) bool {
		return e.Level == "WARN" && strings.HasPrefix(e.Text, "serieskit: ") && strings.Contains(e.Text, name)
	})
}

// mainHTML is the <main> element of a list page and of its pager pages;
// false when the page was not rendered.
func mainHTML(b *hugolib.IntegrationTestBuilder, p hpage.Page) (string, bool) {
	var out strings.Builder
	mainRE := regexp.MustCompile(`(?s)<main\b.*?</main>`)
	if p.RelPermalink() == "" { // not published
		return "", false
	}
	rel, err := url.PathUnescape(p.RelPermalink())
	if err != nil {
		panic(err)
	}
	dir := "public" + strings.TrimSuffix(rel, "/")
	files := []string{dir + "/index.html"}
	if ok, _ := afero.Exists(b.H.Fs.PublishDir, strings.TrimPrefix(files[0], "public")); !ok {
		return "", false
	}
	for i := 2; ; i++ {
		f := fmt.Sprintf("%s/page/%d/index.html", dir, i)
		if ok, _ := afero.Exists(b.H.Fs.PublishDir, strings.TrimPrefix(f, "public")); !ok {
			break
		}
		files = append(files, f)
	}
	for _, f := range files {
		data, _ := afero.ReadFile(b.H.Fs.PublishDir, strings.TrimPrefix(f, "public"))
		out.WriteString(mainRE.FindString(string(data)))
	}
	return out.String(), true
}

// exempt reports whether a member may be missing from its topic page by
// design: its tag in a series key of the page is hidden (hidden_tags), or a
// listing with limit selects it (limit hides posts on purpose).
func exempt(m hpage.Page, p *page, calls []*call, pageKey string, hidden []string) bool {
	tagOf := func(key string) (string, bool) {
		v, ok := m.Params()[strings.ToLower(key)+"_tag"].(string)
		return v, ok && v != ""
	}
	keys := []string{pageKey}
	for _, c := range calls {
		keys = append(keys, callKey(c, pageKey))
	}
	for _, k := range keys {
		if t, ok := tagOf(k); ok && slices.Contains(hidden, t) {
			return true
		}
	}
	for _, c := range calls {
		if _, ok := c.get("limit"); !ok || c.Name != "series-listing" {
			continue
		}
		tag, hasTag := c.get("tag")
		notag, _ := c.get("notag")
		t, tagged := tagOf(callKey(c, pageKey))
		switch {
		case hasTag && tag != "":
			if tagged && t == tag {
				return true
			}
		case boolOn(notag):
			if !tagged {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// callKey is a call's series key: series= when set, else the page's.
func callKey(c *call, pageKey string) string {
	if v, ok := c.get("series"); ok && v != "" {
		return seriesKey(v)
	}
	return pageKey
}

func seriesKey(s string) string { return strings.ToLower(strings.ReplaceAll(s, " ", "-")) }

// setting returns a boolean [params.serieskit] setting as the site writes it.
func (s *site) setting(name string, def bool) bool {
	for _, p := range s.Params {
		k, v, _ := strings.Cut(p, " = ")
		if k == name {
			return boolOn(unquote(v))
		}
	}
	return def
}

// hiddenTags is the site's hidden_tags setting (default ["ignore"]).
func (s *site) hiddenTags() []string {
	for _, p := range s.Params {
		k, v, _ := strings.Cut(p, " = ")
		if k == "hidden_tags" {
			var out []string
			for _, m := range regexp.MustCompile(`"([^"]*)"`).FindAllStringSubmatch(v, -1) {
				out = append(out, m[1])
			}
			return out
		}
	}
	return []string{"ignore"}
}

func context(s string, i int) string {
	return s[max(0, i-80):min(len(s), i+80)]
}

// clipMiddle keeps the start and the end of a long error, where Hugo
// names the file and the failing call.
func clipMiddle(s string) string {
	if len(s) > 700 {
		return s[:200] + " … " + s[len(s)-500:]
	}
	return s
}

func clip(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}
