package series

import "sort"

// TagsParameters lists every parameter series-tags accepts.
var TagsParameters = []string{"series"}

// ParseTagsOptions checks the named parameters of a series-tags call and
// returns its series= value ("" when absent). It fails on an unknown
// parameter.
func ParseTagsOptions(params map[string]string) (series string, err error) {
	if err := checkParameters(params, TagsParameters); err != nil {
		return "", err
	}
	return params["series"], nil
}

// Tags returns the intra-series tags the entries use, each once, sorted by
// cmp; untagged entries add nothing.
//
// It pairs with the partial serieskit/funcs/tags.html.
func (es Entries) Tags(cmp Compare) []string {
	cmp = cmp.orDefault()
	seen := map[string]bool{}
	out := []string{}
	for _, e := range es {
		if e.Tag != "" && !seen[e.Tag] {
			seen[e.Tag] = true
			out = append(out, e.Tag)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return cmp(out[i], out[j]) < 0 })
	return out
}
