package sitegen

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// repo is the serieskit checkout this package lives in.
const repo = "../.."

// readSite returns every file of a generated site by its slash path.
func readSite(t *testing.T, root string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func generate(t *testing.T, cfg Config) map[string]string {
	t.Helper()
	cfg.Repo = repo
	if cfg.Out == "" {
		cfg.Out = t.TempDir()
	}
	if err := Generate(cfg); err != nil {
		t.Fatal(err)
	}
	return readSite(t, cfg.Out)
}

func TestGenerateIsDeterministic(t *testing.T) {
	a := generate(t, Config{Posts: 200, Seed: 7, Stub: true})
	b := generate(t, Config{Posts: 200, Seed: 7, Stub: true})
	if len(a) != len(b) {
		t.Fatalf("same seed: %d files, then %d", len(a), len(b))
	}
	for name, content := range a {
		if b[name] != content {
			t.Errorf("same seed, %s differs", name)
		}
	}
	c := generate(t, Config{Posts: 200, Seed: 8, Stub: true})
	same := 0
	for name, content := range c {
		if strings.HasPrefix(name, "content/posts/") && a[name] == content {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 7 and 8 gave %d identical posts", same)
	}
}

func TestGenerateShape(t *testing.T) {
	site := generate(t, Config{Posts: 200, Seed: 1})
	posts, series, tags := 0, 0, 0
	call := regexp.MustCompile(`\{\{<\s*series-(listing|untagged)[ >]`)
	tagCall := regexp.MustCompile(`series-listing tag="([^"]+)"`)
	for name, content := range site {
		switch {
		case strings.HasPrefix(name, "content/posts/"):
			posts++
		case strings.HasPrefix(name, "content/series/"):
			series++
			if n := len(call.FindAllString(content, -1)); n < 3 || n > 8 {
				t.Errorf("%s: %d listing calls, want 3 to 8", name, n)
			}
			if !strings.Contains(content, "layout: custom") || !strings.Contains(content, "sidebar_box:") || !strings.Contains(content, `notag="`) {
				t.Errorf("%s: not a custom topic page with a sidebar box and a notag listing:\n%s", name, content)
			}
			// Every tag a listing asks for is carried by a member (no
			// "tag matches no member" warning).
			key := strings.Split(name, "/")[2]
			for _, m := range tagCall.FindAllStringSubmatch(content, -1) {
				if !anyPostHas(site, key+"_tag: "+m[1]) {
					t.Errorf("%s lists tag %q that no post of %s has", name, m[1], key)
				}
			}
		case strings.HasPrefix(name, "content/tags/"):
			tags++
		}
	}
	if posts != 200 || series != len(seriesKeys) || tags != tagPages {
		t.Errorf("got %d posts, %d series pages, %d tag pages; want 200, %d, %d", posts, series, tags, len(seriesKeys), tagPages)
	}
	if _, ok := site["layouts/_shortcodes/series-listing.html"]; ok {
		t.Error("the serieskit variant has stub templates")
	}
}

func anyPostHas(site map[string]string, line string) bool {
	for name, content := range site {
		if strings.HasPrefix(name, "content/posts/") && strings.Contains(content, "\n"+line+"\n") {
			return true
		}
	}
	return false
}

func TestStubTemplatesExist(t *testing.T) {
	if err := CheckStubs(repo); err != nil {
		t.Fatal(err)
	}
	site := generate(t, Config{Posts: 60, Seed: 1, Stub: true})
	for _, name := range StubTemplates {
		if _, ok := site["layouts/"+name]; !ok {
			t.Errorf("stub variant lacks layouts/%s", name)
		}
	}
	if err := CheckStubs(t.TempDir()); err == nil || !strings.Contains(err.Error(), "_shortcodes/series-listing.html") {
		t.Errorf("CheckStubs on an empty directory: %v, want an error naming the missing templates", err)
	}
}

func TestBigTopic(t *testing.T) {
	with := generate(t, Config{Posts: 100, Seed: 1, Big: 40})
	without := generate(t, Config{Posts: 100, Seed: 1, Big: 40, BigNoCall: true})
	page := "content/tags/" + BigTag + "/_index.md"
	if !strings.Contains(with[page], "{{< series-listing") || strings.Contains(without[page], "{{< series-listing") {
		t.Errorf("big page with call:\n%s\nwithout:\n%s", with[page], without[page])
	}
	members := 0
	for name, content := range with {
		if strings.HasPrefix(name, "content/posts/") {
			if strings.Contains(content, ", "+BigTag+"]") {
				members++
			}
			if content != without[name] {
				t.Errorf("%s differs between the big sites with and without the call", name)
			}
		}
	}
	if members != 40 {
		t.Errorf("%d posts tagged %s, want 40", members, BigTag)
	}
}

func TestPrepareOutRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Generate(Config{Posts: 60, Seed: 1, Repo: repo, Out: dir})
	if err == nil || !strings.Contains(err.Error(), "refusing") {
		t.Errorf("Generate into a foreign directory: %v, want a refusal", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "keep.txt")); err != nil {
		t.Errorf("foreign file removed: %v", err)
	}
}
