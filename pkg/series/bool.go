package series

import "strings"

// falseWords are the values that switch a boolean parameter off.
var falseWords = map[string]bool{"false": true, "no": true, "off": true, "0": true}

// Bool reports whether a boolean shortcode parameter with value v is switched
// on: any non-empty value is, except the words false, no, off and 0 in any
// case. An absent parameter is the empty string, and off.
//
// It pairs with the partial serieskit/funcs/bool.html.
func Bool(v string) bool {
	return v != "" && !falseWords[strings.ToLower(v)]
}
