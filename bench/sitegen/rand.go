package sitegen

import (
	"math"
	"math/rand/v2"
	"sort"
)

// rng is a small deterministic random source. It draws only raw 64-bit
// values from PCG (whose output is fixed by its algorithm) and derives
// integers and floats itself, so a seed gives the same site with every Go
// release.
type rng struct{ src *rand.PCG }

// Streams keep unrelated decisions apart: a change to how bodies are written
// does not reshuffle which posts join which series.
const (
	streamSite  = 1
	streamPost  = 2
	streamTopic = 3
)

func newRNG(seed uint64, stream, index uint64) *rng {
	return &rng{src: rand.NewPCG(seed, stream<<40^index*0x9e3779b97f4a7c15)}
}

// intn returns a number in [0, n) for 0 < n < 2^31.
func (g *rng) intn(n int) int {
	return int(((g.src.Uint64() >> 32) * uint64(n)) >> 32)
}

// between returns a number in [lo, hi].
func (g *rng) between(lo, hi int) int { return lo + g.intn(hi-lo+1) }

// float returns a number in [0, 1).
func (g *rng) float() float64 { return float64(g.src.Uint64()>>11) / (1 << 53) }

// chance reports true with probability p.
func (g *rng) chance(p float64) bool { return g.float() < p }

// pick returns one element of words.
func (g *rng) pick(words []string) string { return words[g.intn(len(words))] }

// zipf draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s.
type zipf struct{ cum []float64 }

func newZipf(n int, s float64) zipf {
	z := zipf{cum: make([]float64, n)}
	total := 0.0
	for i := range n {
		total += math.Pow(float64(i+1), -s)
		z.cum[i] = total
	}
	for i := range z.cum {
		z.cum[i] /= total
	}
	return z
}

func (z zipf) draw(g *rng) int {
	x := g.float()
	i := sort.SearchFloat64s(z.cum, x)
	if i >= len(z.cum) {
		i = len(z.cum) - 1
	}
	return i
}

// distinct draws k different ranks (k must not exceed the number of ranks).
func (z zipf) distinct(g *rng, k int) []int {
	out := make([]int, 0, k)
	for len(out) < k {
		r := z.draw(g)
		if !containsInt(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
