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

	"github.com/gohugoio/hugo/hugolib"
)

// ModuleRoot is the serieskit module's directory: two up from this file, or
// $SERIESKIT_MODULE_ROOT when set (to test a modified copy of the module, e.g.
// to see the differential test catch a deliberately broken template).
var ModuleRoot = func() string {
	if dir := os.Getenv("SERIESKIT_MODULE_ROOT"); dir != "" {
		return dir
	}
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}()

var (
	moduleOnce  sync.Once
	moduleTxtar string
)

// ModuleFiles returns the module's config, layouts and i18n as txtar entries
// under themes/serieskit/, read once per test binary, so that every test site
// imports the real module exactly as a site's theme would.
func ModuleFiles() string {
	moduleOnce.Do(func() {
		var b strings.Builder
		add := func(path string) {
			data, err := os.ReadFile(filepath.Join(ModuleRoot, path))
			if err != nil {
				panic(err)
			}
			b.WriteString("-- themes/serieskit/" + filepath.ToSlash(path) + " --\n")
			b.Write(data)
			if len(data) > 0 && data[len(data)-1] != '\n' {
				b.WriteString("\n")
			}
		}
		add("config.toml")
		for _, dir := range []string{"layouts", "i18n", "data", "assets"} {
			root := filepath.Join(ModuleRoot, dir)
			if _, err := os.Stat(root); err != nil {
				continue
			}
			err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				rel, _ := filepath.Rel(ModuleRoot, p)
				add(rel)
				return nil
			})
			if err != nil {
				panic(err)
			}
		}
		moduleTxtar = b.String()
	})
	return moduleTxtar
}

// Build builds a site from txtar files with serieskit imported as the theme
// "serieskit"; the files' hugo.toml must say theme = "serieskit".
func Build(t testing.TB, files string, opts ...hugolib.TestOpt) *hugolib.IntegrationTestBuilder {
	t.Helper()
	return hugolib.Test(t, files+"\n"+ModuleFiles(), opts...)
}

// BuildE is Build for a site that should fail: it returns the build error.
func BuildE(t testing.TB, files string, opts ...hugolib.TestOpt) (*hugolib.IntegrationTestBuilder, error) {
	t.Helper()
	return hugolib.TestE(t, files+"\n"+ModuleFiles(), opts...)
}
