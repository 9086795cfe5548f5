// Package harness builds Hugo sites in-process (hugolib) with serieskit's real
// module files, for the integration and differential tests under tests/.
package harness

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gohugoio/hugo/hugolib"
)

// ModuleRoot is the repository's root, the serieskit core module: two up from
// this file, or $SERIESKIT_MODULE_ROOT when set (to test a modified copy of
// the module, e.g. to see the differential test catch a deliberately broken
// template).
var ModuleRoot = func() string {
	if dir := os.Getenv("SERIESKIT_MODULE_ROOT"); dir != "" {
		return dir
	}
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}()

// Module paths of serieskit's two Hugo modules. A test site names one of
// them as its theme: Core for a site with its own layouts (or another theme),
// Shell for a site rendered by serieskit's page shell.
const (
	Core  = "github.com/serieskit/serieskit"
	Shell = "github.com/serieskit/serieskit/theme"
)

var (
	moduleOnce  sync.Once
	moduleTxtar string
)

// ModuleFiles returns the core's and the shell's config, layouts, i18n and
// assets as txtar entries under themes/<module path>/, read once per test
// binary. Hugo resolves a module import with no go.mod in the site against the
// themes directory, so a site with theme = Core (or Shell, which imports Core)
// loads the real modules exactly as a site that downloaded them would.
func ModuleFiles() string {
	moduleOnce.Do(func() {
		var b strings.Builder
		b.WriteString(DirFiles("themes/"+Core, ModuleRoot, "config.toml", "layouts", "i18n", "data", "assets"))
		b.WriteString(DirFiles("themes/"+Shell, filepath.Join(ModuleRoot, "theme"), "config.toml", "layouts", "i18n", "data", "assets"))
		moduleTxtar = b.String()
	})
	return moduleTxtar
}

// DirFiles returns the files and directory trees named by names (relative to
// dir; missing ones are skipped) as txtar entries under prefix.
func DirFiles(prefix, dir string, names ...string) string {
	var b strings.Builder
	add := func(p string) {
		data, err := os.ReadFile(p)
		if err != nil {
			panic(err)
		}
		rel, _ := filepath.Rel(dir, p)
		b.WriteString("-- " + prefix + "/" + filepath.ToSlash(rel) + " --\n")
		b.Write(data)
		if len(data) > 0 && data[len(data)-1] != '\n' {
			b.WriteString("\n")
		}
	}
	for _, name := range names {
		root := filepath.Join(dir, name)
		if _, err := os.Stat(root); err != nil {
			continue
		}
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			add(p)
			return nil
		})
		if err != nil {
			panic(err)
		}
	}
	return b.String()
}

// Build builds a site from txtar files with serieskit's modules available;
// the files' hugo.toml names one of them as theme (see Site).
func Build(t testing.TB, files string, opts ...hugolib.TestOpt) *hugolib.IntegrationTestBuilder {
	t.Helper()
	return hugolib.Test(t, files+"\n"+ModuleFiles(), opts...)
}

// BuildE is Build for a site that should fail: it returns the build error.
func BuildE(t testing.TB, files string, opts ...hugolib.TestOpt) (*hugolib.IntegrationTestBuilder, error) {
	t.Helper()
	return hugolib.TestE(t, files+"\n"+ModuleFiles(), opts...)
}

// BuildWithin is Build for a site whose build once never ended (a page
// rendering itself): it fails the test when the build takes longer than
// timeout, instead of waiting for go test's own deadline. A build that never
// ends is abandoned.
func BuildWithin(t testing.TB, timeout time.Duration, files string, opts ...hugolib.TestOpt) *hugolib.IntegrationTestBuilder {
	t.Helper()
	done := make(chan *hugolib.IntegrationTestBuilder, 1)
	go func() {
		var b *hugolib.IntegrationTestBuilder
		defer func() { done <- b }()
		b = Build(t, files, opts...)
	}()
	select {
	case b := <-done:
		if b == nil {
			t.FailNow() // the build failed the test already
		}
		return b
	case <-time.After(timeout):
		t.Fatalf("the build did not end within %s", timeout)
		return nil
	}
}
