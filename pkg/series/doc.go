// Package series is the Go reference implementation of serieskit's series
// listings: the same selection, ordering, year grouping, display titles and
// boolean-parameter rule that the module's Hugo templates apply, over plain Go
// values and with the standard library only.
//
// A listing is computed in the steps the templates take, each paired with a
// partial under layouts/_partials/serieskit/funcs/. The templates work on the
// members' pages and compute what needs reading post by post once per page
// and series key (titles, tagging, weights), so a step may pair with more
// than one partial:
//
//	ParseOptions  ↔ funcs/parse-options.html
//	                                     shortcode parameters, validated (funcs/options.html
//	                                     reports the problems at the call)
//	Key           ↔ funcs/key.html       the series key of the listing
//	Posts.SiteTag ↔ funcs/members.html, funcs/site-tag.html
//	                                     the site_tag members (ParseTags: their tags);
//	                                     on a regular page, a series term's members
//	Posts.Except  ↔ funcs/members.html   a page is never its own member
//	Posts.ByDefault                      Hugo's default order of a collection
//	NewEntries    ↔ funcs/titles.html, funcs/tagging.html, funcs/weights.html
//	                                     display title, tag, weight per post
//	DisplayTitle  ↔ funcs/titles.html (and funcs/untitled.html: PlainTitle)
//	Select        ↔ funcs/select.html    the tag / notag filter
//	Order         ↔ funcs/order.html, funcs/sort-by.html
//	                                     bytitle, reverse and weight (reference: ordering)
//	GroupByYear   ↔ funcs/group.html     group="year"
//	Listing                              all of the above, as the shortcode runs them
//
// The rest of the series toolkit (reference: series toolkit) reuses those steps and adds:
//
//	Parse…Options  ↔ funcs/parse-params.html parameters of the other shortcodes
//	                                        (funcs/params.html reports the problems)
//	Untagged       ↔ funcs/untagged.html    series-untagged: SelectUntagged,
//	                                        Entries.ByDateDesc, GroupByDate
//	                                        (noSeries ↔ funcs/no-series.html)
//	SummaryText    ↔ funcs/summary.html     series-summary's text (Summaries: its posts)
//	Entries.Tags   ↔ funcs/tags.html        series-tags
//	FirstSeries    ↔ funcs/first-series.html the series of a post (ParseSeries ↔ funcs/series-terms.html: its terms)
//	InThisSeries   ↔ render/series-posts.html the series shortcode's list
//	NewBox         ↔ funcs/box.html         the in-post series box (PlainTitle)
//	Orphans, NotHidden, GroupOrphans ↔ funcs/orphans.html
//	                                        the orphan check of topic pages
//
// Series navigation follows the reading order of a series:
//
//	Posts.ReadingOrder ↔ funcs/reading-order.html  the series box's order, whole series
//	Posts.Neighbours   ↔ funcs/neighbours.html     previous / next post (funcs/navs.html: a whole series)
//	Posts.Part         ↔ funcs/part.html           "Part N of M"
//	PartNumbers        ↔ funcs/part-numbers.html   whether a series shows "Part N of M"
//	NextInSeries       ↔ funcs/next.html           next-in-series without page=
//	NextTitle          ↔ funcs/next-title.html     the title next-in-series shows
//	ItemList           ↔ funcs/itemlist.html       a topic page's JSON-LD ItemList
//
// Titles are compared with a Compare function. Hugo compares titles with the
// site language's collator (golang.org/x/text/collate); this package stays
// standard-library only, so callers pass that collator's CompareString, or nil
// for the plain default, PlainCompare.
package series
