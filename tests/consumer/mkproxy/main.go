// Command mkproxy writes serieskit's two Hugo modules, as they are in a
// working tree, into a file-based Go module proxy (GOPROXY=file://DIR), so
// that a site can `hugo mod get` them with no network. Files come from
// `git ls-files` (tracked, and untracked but not ignored), so build output
// and caches in the tree never reach the zips; a nested module's files stay
// out of its parent's zip, as on a real proxy.
//
// Usage: go run ./consumer/mkproxy -repo REPO -out DIR -version v0.1.0
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

// modules are serieskit's Hugo modules: path and directory in the repository.
var modules = []struct{ path, dir string }{
	{"github.com/serieskit/serieskit", "."},
	{"github.com/serieskit/serieskit/theme", "theme"},
}

func main() {
	repo := flag.String("repo", ".", "the serieskit repository")
	out := flag.String("out", "", "the proxy directory to write")
	version := flag.String("version", "v0.1.0", "the version to publish")
	flag.Parse()
	if *out == "" {
		log.Fatal("mkproxy: -out is required")
	}
	files, err := gitFiles(*repo)
	if err != nil {
		log.Fatalf("mkproxy: %v", err)
	}
	for _, m := range modules {
		if err := publish(*repo, *out, m.path, m.dir, *version, files); err != nil {
			log.Fatalf("mkproxy: %s: %v", m.path, err)
		}
		fmt.Printf("published %s@%s\n", m.path, *version)
	}
}

// gitFiles lists the repository's files that git tracks or would track.
func gitFiles(repo string) ([]string, error) {
	cmd := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	cmd.Dir = repo
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git ls-files: %w", err)
	}
	var files []string
	for _, f := range strings.Split(string(b), "\x00") {
		if f == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(repo, f)); err == nil {
			files = append(files, f) // deleted but not yet committed files are gone
		}
	}
	return files, nil
}

// publish writes one module version's list, info, mod and zip files.
func publish(repo, out, modPath, dir, version string, all []string) error {
	// A file belongs to the module of the deepest directory with a go.mod.
	roots := map[string]bool{}
	for _, f := range all {
		if path.Base(f) == "go.mod" {
			roots[path.Dir(f)] = true
		}
	}
	var files []zip.File
	for _, f := range all {
		owner := path.Dir(f)
		for !roots[owner] && owner != "." {
			owner = path.Dir(owner)
		}
		if owner != dir {
			continue
		}
		rel := f
		if dir != "." {
			rel = strings.TrimPrefix(f, dir+"/")
		}
		files = append(files, file{rel: rel, abs: filepath.Join(repo, f)})
	}
	escaped, err := module.EscapePath(modPath)
	if err != nil {
		return err
	}
	at := filepath.Join(out, filepath.FromSlash(escaped), "@v")
	if err := os.MkdirAll(at, 0o755); err != nil {
		return err
	}
	var z bytes.Buffer
	if err := zip.Create(&z, module.Version{Path: modPath, Version: version}, files); err != nil {
		return err
	}
	gomod, err := os.ReadFile(filepath.Join(repo, dir, "go.mod"))
	if err != nil {
		return err
	}
	info, _ := json.Marshal(map[string]string{"Version": version, "Time": time.Now().UTC().Format(time.RFC3339)})
	for name, data := range map[string][]byte{
		"list":            []byte(version + "\n"),
		version + ".info": info,
		version + ".mod":  gomod,
		version + ".zip":  z.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(at, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// file is a module file read from the working tree.
type file struct{ rel, abs string }

func (f file) Path() string                 { return f.rel }
func (f file) Lstat() (os.FileInfo, error)  { return os.Lstat(f.abs) }
func (f file) Open() (io.ReadCloser, error) { return os.Open(f.abs) }
