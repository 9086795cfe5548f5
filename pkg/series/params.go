package series

import (
	"fmt"
	"sort"
	"strings"
)

// checkParameters fails on the first (alphabetically) parameter that is not
// in known, naming it and listing the known ones, as every serieskit
// shortcode does.
func checkParameters(params map[string]string, known []string) error {
	var unknown []string
	for k := range params {
		if !contains(known, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("unknown parameter %q (known: %s)", unknown[0], strings.Join(known, ", "))
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
