// Package tests builds Hugo sites in-process with serieskit's real layouts
// and checks what they render: integration tests of every shortcode rule and
// the differential test that holds the templates and pkg/ to the same output.
package tests

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gohugoio/hugo/hugolib"
)

// moduleRoot is the serieskit module, one directory up from tests/.
const moduleRoot = ".."

var (
	moduleOnce  sync.Once
	moduleTxtar string
)

// moduleFiles returns the module's config, layouts and i18n as txtar entries
// under themes/serieskit/, read once per test binary, so that every test site
// imports the real module exactly as a site's theme would.
func moduleFiles(t testing.TB) string {
	moduleOnce.Do(func() {
		var b strings.Builder
		add := func(path string) {
			data, err := os.ReadFile(filepath.Join(moduleRoot, path))
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
			root := filepath.Join(moduleRoot, dir)
			if _, err := os.Stat(root); err != nil {
				continue
			}
			err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				rel, _ := filepath.Rel(moduleRoot, p)
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

// build builds a site from txtar files with serieskit imported as the theme
// "serieskit"; the files' hugo.toml must say theme = "serieskit".
func build(t testing.TB, files string, opts ...hugolib.TestOpt) *hugolib.IntegrationTestBuilder {
	t.Helper()
	return hugolib.Test(t, files+"\n"+moduleFiles(t), opts...)
}

// buildE is build for a site that should fail: it returns the build error.
func buildE(t testing.TB, files string, opts ...hugolib.TestOpt) (*hugolib.IntegrationTestBuilder, error) {
	t.Helper()
	return hugolib.TestE(t, files+"\n"+moduleFiles(t), opts...)
}
