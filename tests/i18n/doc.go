// Package i18n tests serieskit's translations: that every i18n/<lang>.toml
// has exactly the ids of i18n/en.toml with the plural forms its language uses
// and the same placeholders, that the templates use exactly the ids en.toml
// declares, that no template calls Hugo's T itself, that serieskit/funcs/t.html
// falls back to English where Hugo finds no translation, and that every label
// and date of a rendered site is in its language.
package i18n
