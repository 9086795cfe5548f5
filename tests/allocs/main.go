// Command allocs runs Hugo's command line, in the version this module
// requires, and then writes to standard error how much the whole run
// allocated, as the Go runtime counts it: heap objects and bytes. Unlike
// CPU time these counts hardly move from one run of the same build to the
// next, whatever else the machine is doing, so the bench (bench/run
// -allocs) compares them to tell what a change of the templates costs
// without the noise of timing.
//
//	go run ./tests/allocs --quiet -s SITE -d OUT
//	allocs: 21458381 objects, 1430133992 bytes
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"

	"github.com/gohugoio/hugo/commands"
	"github.com/gohugoio/hugo/common/herrors"
	"github.com/gohugoio/hugo/common/loggers"
)

func main() {
	log.SetFlags(0)
	err := commands.Execute(os.Args[1:])
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Fprintf(os.Stderr, "allocs: %d objects, %d bytes\n", m.Mallocs, m.TotalAlloc)
	if err != nil {
		for _, e := range herrors.Errors(err) {
			loggers.Log().Errorf("%s", e)
		}
		os.Exit(1)
	}
}
