package main

import (
	"dossier/corpus/roles"
)

// partyJSON is an actor or a target in `docs --json`: the country or
// organisation, and the sentences that gave it the role, most certain
// party first as the roles give them.
type partyJSON struct {
	Code     string   `json:"code"`
	Name     string   `json:"name"`
	Evidence []string `json:"evidence"`
}

// toPartiesJSON converts one role's parties, [] for none.
func toPartiesJSON(parties []roles.Party) []partyJSON {
	out := make([]partyJSON, 0, len(parties))
	for _, p := range parties {
		evidence := make([]string, 0, len(p.Evidence))
		for _, e := range p.Evidence {
			evidence = append(evidence, e.Sentence)
		}
		out = append(out, partyJSON{Code: p.Code, Name: p.Name, Evidence: evidence})
	}
	return out
}

// whoOnWhom sums up an article's roles for a table cell: "RU→NL UA",
// "CN EU +1→CY", "-" when it names no actor and no target, "?" for the
// side the article leaves open.
func whoOnWhom(a *roles.Article) string {
	if a == nil || len(a.Actors) == 0 && len(a.Targets) == 0 {
		return "-"
	}
	return partyCodes(a.Actors, 2) + "→" + partyCodes(a.Targets, 2)
}

// partyCodes lists the first n codes, "RU CN +1" style, or "?" for none.
func partyCodes(parties []roles.Party, n int) string {
	if len(parties) == 0 {
		return "?"
	}
	codes := make([]string, len(parties))
	for i, p := range parties {
		codes[i] = p.Code
	}
	return firstCodes(codes, n)
}
