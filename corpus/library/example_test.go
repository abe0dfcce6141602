package library_test

import (
	"fmt"

	"dossier/corpus/library"
	"dossier/corpus/search"
)

// A query that names a country, in Dutch or English, also finds the articles
// that mention the country in another form, and marks the mentions.
func ExampleLibrary_Search() {
	l, err := library.OpenSeed()
	if err != nil {
		panic(err)
	}
	for _, q := range []string{"France", "Verenigde Staten"} {
		for _, h := range l.Search(search.Query{Text: q}).Hits {
			runes := []rune(h.Snippet)
			var marked []string
			for _, s := range h.Spans {
				marked = append(marked, string(runes[s[0]:s[1]]))
			}
			fmt.Println(q, h.Doc.ID[:3], h.Why, marked)
		}
	}
	// Output:
	// France 003 [country] [Franse Franse]
	// Verenigde Staten 000 [country] [Amerikaanse Amerikanen]
	// Verenigde Staten 002 [country] [Washington VS VS]
	// Verenigde Staten 001 [exact] [Verenigde Staten]
}
