package fuzz

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/gohugoio/hugo/hugolib"
	"github.com/serieskit/serieskit/tests/harness"
)

// buildTimeout is how long a build may take before the site counts as
// hanging the build; shrinking uses a shorter one.
var buildTimeout = 60 * time.Second

// detached is the testing.TB a build runs with in its own goroutine: a
// build that hangs is abandoned, so it must never call the test's own
// methods after the test has ended.
type detached struct {
	testing.TB
	mu       sync.Mutex
	fatal    []string
	cleanups []func()
}

func (d *detached) Helper()                   {}
func (d *detached) Log(args ...any)           {}
func (d *detached) Logf(string, ...any)       {}
func (d *detached) Fail()                     { d.record("failed") }
func (d *detached) Error(args ...any)         { d.record(fmt.Sprint(args...)) }
func (d *detached) Errorf(f string, a ...any) { d.record(fmt.Sprintf(f, a...)) }
func (d *detached) FailNow()                  { d.record("failed"); runtime.Goexit() }
func (d *detached) Fatal(args ...any)         { d.record(fmt.Sprint(args...)); runtime.Goexit() }
func (d *detached) Fatalf(f string, a ...any) {
	d.record(fmt.Sprintf(f, a...))
	runtime.Goexit()
}
func (d *detached) Failed() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.fatal) > 0
}
func (d *detached) Cleanup(f func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.cleanups = append(d.cleanups, f)
}
func (d *detached) record(s string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.fatal = append(d.fatal, s)
}

// errHang is the build error of a build that did not end in time.
var errHang = fmt.Errorf("the build did not end")

// build builds the site's files with serieskit's modules in a goroutine of
// its own and gives up after timeout. A builder that failed to start (it
// called Fatal) returns a nil builder and the reason.
func build(t testing.TB, files string, timeout time.Duration) (*hugolib.IntegrationTestBuilder, error) {
	d := &detached{TB: t}
	type res struct {
		b   *hugolib.IntegrationTestBuilder
		err error
	}
	done := make(chan res, 1)
	go func() {
		var r res
		defer func() { done <- r }()
		r.b, r.err = harness.BuildE(d, files, hugolib.TestOptWarn())
	}()
	select {
	case r := <-done:
		for _, f := range d.cleanups {
			f()
		}
		if r.b == nil || d.Failed() {
			return nil, fmt.Errorf("the test builder failed: %v", d.fatal)
		}
		return r.b, r.err
	case <-time.After(timeout):
		return nil, errHang
	}
}
