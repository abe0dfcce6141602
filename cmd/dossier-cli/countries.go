package main

import (
	"fmt"
	"text/tabwriter"

	"dossier/corpus/geo"
)

type countriesJSON struct {
	Countries     []geo.Total `json:"countries"`
	Organizations []geo.Total `json:"organizations"`
}

func runCountries(e *env, args []string) int {
	lib, asJSON, code := openListing(e, "countries", args)
	if lib == nil {
		return code
	}
	if asJSON {
		return writeJSON(e, countriesJSON{
			Countries:     append([]geo.Total{}, lib.Countries()...),
			Organizations: append([]geo.Total{}, lib.Organizations()...),
		})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tARTICLES\tMENTIONS")
	for _, group := range [][]geo.Total{lib.Countries(), lib.Organizations()} {
		for _, t := range group {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", t.Code, t.Name, t.Articles, t.Mentions)
		}
	}
	tw.Flush()
	n := len(lib.Countries())
	fmt.Fprintf(e.stdout, "\n%d %s named in %d %s\n", n, plural(n, "country", "countries"),
		lib.Corpus().Len(), plural(lib.Corpus().Len(), "article", "articles"))
	return exitOK
}
