// Package theme tests serieskit as a guest in another theme's site and its
// own page shell: importing the core next to a theme (before or after it)
// changes no page that does not call serieskit, a themed site places the
// widget and the series box through its hooks, and the shell alone renders
// the example site.
package theme
