module github.com/serieskit/serieskit/theme

go 1.22
