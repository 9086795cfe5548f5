module github.com/serieskit/serieskit

go 1.22
