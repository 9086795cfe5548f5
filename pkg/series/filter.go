package series

// Select keeps the entries a listing shows before ordering: with o.Tag, those
// whose tag equals it; else with o.NoTag, those with no tag; else all. The
// order is kept.
//
// It pairs with the partial serieskit/funcs/select.html.
func Select(es Entries, o Options) Entries {
	out := Entries{}
	for _, e := range es {
		switch {
		case o.Tag != "":
			if e.Tag != o.Tag {
				continue
			}
		case o.NoTag:
			if e.Tag != "" {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// Limit returns at most the first n entries; n <= 0 returns them all.
func (es Entries) Limit(n int) Entries {
	if n > 0 && len(es) > n {
		return append(Entries(nil), es[:n]...)
	}
	return append(Entries(nil), es...)
}
