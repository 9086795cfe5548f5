// Command gen writes one synthetic Hugo site for serieskit's performance
// bench (see package bench/sitegen for its shape).
//
//	go run ./bench/gen -n 5000 -out /tmp/site            # serieskit variant
//	go run ./bench/gen -n 5000 -out /tmp/stub -stub      # series features stubbed
//	go run ./bench/gen -n 20000 -big 20000 -out /tmp/big # plus one 20,000-member topic page
//
// Then build it with: hugo --quiet -s /tmp/site
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/serieskit/serieskit/bench/sitegen"
)

func main() {
	var cfg sitegen.Config
	flag.IntVar(&cfg.Posts, "n", 1000, "number of posts")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "random seed; the same seed gives the same site")
	flag.StringVar(&cfg.Out, "out", "", "output directory (emptied first if it holds a generated site)")
	flag.StringVar(&cfg.Repo, "repo", ".", "path of the serieskit repository the site imports")
	flag.BoolVar(&cfg.Stub, "stub", false, "stub serieskit's series features (the bench's baseline)")
	flag.IntVar(&cfg.Big, "big", 0, "give this many posts the tag "+sitegen.BigTag+", whose topic page has one series-listing call")
	flag.BoolVar(&cfg.BigNoCall, "big-nocall", false, "with -big: leave the series-listing call off the big topic page")
	flag.Parse()
	if cfg.Out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -out DIR [-n N] [-seed S] [-repo PATH] [-stub] [-big M [-big-nocall]]")
		os.Exit(2)
	}
	if err := sitegen.Generate(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
