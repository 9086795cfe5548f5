package series

// Listing computes what a series-listing call shows, in the shortcode's steps:
// the members in Hugo's default order (ByDefault), their entries in series
// key (NewEntries), the tag filter (Select), the ordering (Order) and the
// limit. Group the result with GroupByYear for group="year".
func Listing(members Posts, key string, o Options, cmp Compare) Entries {
	es := NewEntries(members.ByDefault(cmp), key)
	return Order(Select(es, o), o, cmp).Limit(o.Limit)
}
