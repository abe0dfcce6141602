package main

import (
	"fmt"
	"text/tabwriter"

	"dossier/corpus/geo"
	"dossier/corpus/library"
)

type countriesJSON struct {
	Countries     []countryJSON `json:"countries"`
	Organizations []countryJSON `json:"organizations"`
}

// countryJSON is one country or organisation in `countries --json`: the
// articles that name it and its mentions in them ("articles", "mentions"),
// and the articles that make it an actor ("actor") and a target ("target").
type countryJSON struct {
	geo.Total
	Actor  int `json:"actor"`
	Target int `json:"target"`
}

// countryTotals joins the library's places and roles, per country and per
// organisation: those named first, in the places' order, then those that
// are only ever an actor or a target (a group's country the article does
// not name), in the roles' order.
func countryTotals(lib *library.Library) (countries, organizations []countryJSON) {
	countries = make([]countryJSON, 0, len(lib.Countries()))
	organizations = make([]countryJSON, 0, len(lib.Organizations()))
	at := map[string]*countryJSON{}
	for _, t := range lib.Countries() {
		countries = append(countries, countryJSON{Total: t})
	}
	for _, t := range lib.Organizations() {
		organizations = append(organizations, countryJSON{Total: t})
	}
	for _, list := range [][]countryJSON{countries, organizations} {
		for i := range list {
			at[list[i].Code] = &list[i]
		}
	}
	var extra []countryJSON
	for _, r := range lib.RoleTotals() {
		if c, ok := at[r.Code]; ok {
			c.Actor, c.Target = r.Actor, r.Target
			continue
		}
		extra = append(extra, countryJSON{Total: geo.Total{Code: r.Code, Name: lib.Gazetteer().Name(r.Code, "nl")}, Actor: r.Actor, Target: r.Target})
	}
	for _, c := range extra {
		if lib.Gazetteer().KindOf(c.Code) == geo.Organization {
			organizations = append(organizations, c)
		} else {
			countries = append(countries, c)
		}
	}
	return countries, organizations
}

func runCountries(e *env, args []string) int {
	lib, asJSON, code := openListing(e, "countries", args)
	if lib == nil {
		return code
	}
	countries, organizations := countryTotals(lib)
	if asJSON {
		return writeJSON(e, countriesJSON{Countries: countries, Organizations: organizations})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tARTICLES\tMENTIONS\tACTOR\tTARGET")
	for _, group := range [][]countryJSON{countries, organizations} {
		for _, t := range group {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\n", t.Code, t.Name, t.Articles, t.Mentions, t.Actor, t.Target)
		}
	}
	tw.Flush()
	n := len(lib.Countries())
	fmt.Fprintf(e.stdout, "\n%d %s named in %d %s\n", n, plural(n, "country", "countries"),
		lib.Corpus().Len(), plural(lib.Corpus().Len(), "article", "articles"))
	return exitOK
}
