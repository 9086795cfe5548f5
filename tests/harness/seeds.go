package harness

import (
	"os"
	"strconv"
	"testing"
)

// DefaultSites is the number of generated sites a plain `go test` run of a
// differential test builds.
const DefaultSites = 300

// Seeds returns the seeds a differential test runs: 1..DefaultSites, or as
// many as $SERIESKIT_DIFF_SITES says, starting at $SERIESKIT_DIFF_SEED when
// set (which alone runs that one seed).
func Seeds(t testing.TB) []uint64 {
	return SeedsFrom(t, "SERIESKIT_DIFF", DefaultSites)
}

// SeedsFrom is Seeds for the variables $PREFIX_SITES and $PREFIX_SEED, with
// n seeds by default.
func SeedsFrom(t testing.TB, prefix string, n int) []uint64 {
	first := uint64(1)
	if v := os.Getenv(prefix + "_SEED"); v != "" {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("%s_SEED=%q: %v", prefix, v, err)
		}
		first, n = s, 1
	}
	if v := os.Getenv(prefix + "_SITES"); v != "" {
		s, err := strconv.Atoi(v)
		if err != nil || s < 1 {
			t.Fatalf("%s_SITES=%q is not a positive number", prefix, v)
		}
		n = s
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = first + uint64(i)
	}
	return out
}
