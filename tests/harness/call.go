package harness

import (
	"fmt"
	"strings"
	"time"
)

// Call is one generated shortcode call: its name and named parameters in
// written order.
type Call struct {
	Name   string
	Params [][2]string
}

// Get returns the value of parameter name and whether the call has it.
func (c *Call) Get(name string) (string, bool) {
	for _, p := range c.Params {
		if p[0] == name {
			return p[1], true
		}
	}
	return "", false
}

// Map returns the parameters as a map, as pkg/ parses them.
func (c *Call) Map() map[string]string {
	m := map[string]string{}
	for _, p := range c.Params {
		m[p[0]] = p[1]
	}
	return m
}

// String is the call as written in content: {{< name k="v" ... >}}.
func (c *Call) String() string {
	var b strings.Builder
	b.WriteString("{{< " + c.Name)
	for _, p := range c.Params {
		fmt.Fprintf(&b, " %s=%q", p[0], p[1])
	}
	b.WriteString(" >}}")
	return b.String()
}

// LineDiff prints want and got side by side, a pair of lines per row, with
// "!" marking the rows that differ.
func LineDiff(want, got []string) string {
	var b strings.Builder
	for i := 0; i < max(len(want), len(got)); i++ {
		w, g := "", ""
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		mark := " "
		if w != g {
			mark = "!"
		}
		fmt.Fprintf(&b, "  %s want %s\n  %s got  %s\n", mark, w, mark, g)
	}
	return b.String()
}

// ParseDate reads a date a generator wrote (RFC 3339 or 2006-01-02); ""
// is the zero time, undated. Anything else is a generator bug: it panics.
func ParseDate(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	panic("a generator wrote a date it cannot read: " + s)
}
