package main

import (
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"time"

	"github.com/gohugoio/hugo/commands"
)

// Heap profiles every 1.5 s during the build: HEAPPROF-N.
func main() {
	go func() {
		for i := 0; ; i++ {
			time.Sleep(1500 * time.Millisecond)
			f, _ := os.Create(fmt.Sprintf("%s-%02d", os.Getenv("HEAPPROF"), i))
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}()
	err := commands.Execute(os.Args[1:])
	if err != nil {
		log.Fatal(err)
	}
}
