package series

// SummaryParameters lists every parameter series-summary accepts.
var SummaryParameters = []string{"date", "reverse", "series"}

// SummaryOptions are the parameters of one series-summary call.
type SummaryOptions struct {
	Date    bool   // show each post's date after its title
	Reverse bool   // list the members in default order instead of reversed
	Series  string // explicit series key
}

// ParseSummaryOptions checks the named parameters of a series-summary call.
// It fails on an unknown parameter.
func ParseSummaryOptions(params map[string]string) (SummaryOptions, error) {
	if err := checkParameters(params, SummaryParameters); err != nil {
		return SummaryOptions{}, err
	}
	return SummaryOptions{
		Date:    Bool(params["date"]),
		Reverse: Bool(params["reverse"]),
		Series:  params["series"],
	}, nil
}

// SummaryText returns what series-summary shows under a post's title: its
// short_summary (markdown, which the templates render) when set, else its
// Summary. short reports which one it is.
//
// It pairs with the partial serieskit/funcs/summary.html.
func SummaryText(p Post) (text string, short bool) {
	if p.ShortSummary != "" {
		return p.ShortSummary, true
	}
	return p.Summary, false
}

// Summaries returns the entries a series-summary call lists: every member in
// series key, in Hugo's default order reversed, or unreversed with o.Reverse
// (step 2 of Order). Take each one's text with SummaryText.
func Summaries(members Posts, key string, o SummaryOptions, cmp Compare) Entries {
	return Order(NewEntries(members.ByDefault(cmp), key), Options{Reverse: o.Reverse}, cmp)
}
