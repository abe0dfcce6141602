package search

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"dossier/corpus"
)

// roleOptions gives the index the countries, actors and targets of the
// maps, by document id.
func roleOptions(countries, actors, targets map[string][]string) Options {
	return Options{
		Countries: func(d *corpus.Document) []string { return countries[d.ID] },
		Actors:    func(d *corpus.Document) []string { return actors[d.ID] },
		Targets:   func(d *corpus.Document) []string { return targets[d.ID] },
	}
}

func TestRoleFiltersAndFacets(t *testing.T) {
	actors := map[string][]string{
		"ru-nl": {"RU"}, "ru-ua": {"RU"}, "cn-nl": {"CN"}, "cn-ru-us": {"CN", "RU"}, "us-eu": {"US"}, "none": nil,
	}
	targets := map[string][]string{
		"ru-nl": {"NL"}, "ru-ua": {"UA", "NATO"}, "cn-nl": {"NL"}, "cn-ru-us": {"US"}, "us-eu": {"EU"}, "none": nil,
	}
	ix := build(t, roleOptions(nil, actors, targets),
		doc("ru-nl", "2020-01", "Bericht", "Spionage bij de OPCW."),
		doc("ru-ua", "2021-01", "Bericht", "Spionage en sabotage in Oekraïne."),
		doc("cn-nl", "2022-01", "Bericht", "Spionage bij ASML."),
		doc("cn-ru-us", "2023-01", "Bericht", "Spionage in Washington."),
		doc("us-eu", "2013-06", "Bericht", "Spionage in Brussel."),
		doc("none", "2019-01", "Bericht", "Spionage zonder dader."),
	)
	tests := []struct {
		name            string
		q               Query
		hits            []string // in any order
		actors, targets map[string]int
		arcs            map[Arc]int
		months          map[string]int
	}{
		{
			name:    "no filter",
			q:       Query{Text: "spionage "},
			hits:    []string{"cn-ru-us", "cn-nl", "ru-ua", "ru-nl", "none", "us-eu"},
			actors:  map[string]int{"RU": 3, "CN": 2, "US": 1},
			targets: map[string]int{"NL": 2, "UA": 1, "NATO": 1, "US": 1, "EU": 1},
			arcs: map[Arc]int{{"RU", "NL"}: 1, {"RU", "UA"}: 1, {"RU", "NATO"}: 1, {"CN", "NL"}: 1,
				{"CN", "US"}: 1, {"RU", "US"}: 1, {"US", "EU"}: 1},
		},
		{
			// The actor facet ignores the actor filter; the target facet
			// and the arcs apply it.
			name:    "actor RU",
			q:       Query{Text: "spionage ", Actors: []string{"RU"}},
			hits:    []string{"cn-ru-us", "ru-ua", "ru-nl"},
			actors:  map[string]int{"RU": 3, "CN": 2, "US": 1},
			targets: map[string]int{"NL": 1, "UA": 1, "NATO": 1, "US": 1},
			arcs:    map[Arc]int{{"RU", "NL"}: 1, {"RU", "UA"}: 1, {"RU", "NATO"}: 1, {"CN", "US"}: 1, {"RU", "US"}: 1},
		},
		{
			name:    "target NL",
			q:       Query{Text: "spionage ", Targets: []string{"NL"}},
			hits:    []string{"cn-nl", "ru-nl"},
			actors:  map[string]int{"RU": 1, "CN": 1},
			targets: map[string]int{"NL": 2, "UA": 1, "NATO": 1, "US": 1, "EU": 1},
			arcs:    map[Arc]int{{"RU", "NL"}: 1, {"CN", "NL"}: 1},
		},
		{
			// Both filters: each facet applies the other's.
			name:    "actor RU and target NL",
			q:       Query{Text: "spionage ", Actors: []string{"RU"}, Targets: []string{"NL"}},
			hits:    []string{"ru-nl"},
			actors:  map[string]int{"RU": 1, "CN": 1},
			targets: map[string]int{"NL": 1, "UA": 1, "NATO": 1, "US": 1},
			arcs:    map[Arc]int{{"RU", "NL"}: 1},
			months:  map[string]int{"2020-01": 1},
		},
		{
			// Any of the codes; organisations are codes like any other.
			name:    "targets NATO or EU, without text",
			q:       Query{Targets: []string{"NATO", "EU", "NATO"}},
			hits:    []string{"ru-ua", "us-eu"},
			actors:  map[string]int{"RU": 1, "US": 1},
			targets: map[string]int{"NL": 2, "UA": 1, "NATO": 1, "US": 1, "EU": 1},
			arcs:    map[Arc]int{{"RU", "UA"}: 1, {"RU", "NATO"}: 1, {"US", "EU"}: 1},
		},
		{
			// A code no article has in the role keeps nothing, alone or
			// with others it ignores.
			name:    "unknown actor",
			q:       Query{Text: "spionage ", Actors: []string{"XX"}},
			hits:    nil,
			actors:  map[string]int{"RU": 3, "CN": 2, "US": 1},
			targets: map[string]int{},
			arcs:    map[Arc]int{},
		},
		{
			name:    "a target that is only ever an actor",
			q:       Query{Targets: []string{"CN", "UA"}},
			hits:    []string{"ru-ua"},
			actors:  map[string]int{"RU": 1},
			targets: map[string]int{"NL": 2, "UA": 1, "NATO": 1, "US": 1, "EU": 1},
			arcs:    map[Arc]int{{"RU", "UA"}: 1, {"RU", "NATO"}: 1},
		},
		{
			name:    "with months and ids",
			q:       Query{Actors: []string{"RU", "CN"}, From: corpus.Month{Year: 2021, Month: 1}, IDs: []string{"ru-nl", "ru-ua", "cn-nl", "us-eu"}},
			hits:    []string{"cn-nl", "ru-ua"},
			actors:  map[string]int{"RU": 1, "CN": 1},
			targets: map[string]int{"NL": 1, "UA": 1, "NATO": 1},
			arcs:    map[Arc]int{{"RU", "UA"}: 1, {"RU", "NATO"}: 1, {"CN", "NL"}: 1},
			months:  map[string]int{"2020-01": 1, "2021-01": 1, "2022-01": 1},
		},
	}
	for _, tt := range tests {
		res := ix.Search(tt.q)
		if got := hitIDs(res); !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(tt.hits))) || res.Total != len(tt.hits) {
			t.Errorf("%s: total %d, hits %v; want %v", tt.name, res.Total, got, tt.hits)
		}
		if !maps.Equal(res.Facets.Actors, tt.actors) {
			t.Errorf("%s: actor facet %v, want %v", tt.name, res.Facets.Actors, tt.actors)
		}
		if !maps.Equal(res.Facets.Targets, tt.targets) {
			t.Errorf("%s: target facet %v, want %v", tt.name, res.Facets.Targets, tt.targets)
		}
		if !maps.Equal(res.Facets.Arcs, tt.arcs) {
			t.Errorf("%s: arcs %v, want %v", tt.name, res.Facets.Arcs, tt.arcs)
		}
		if tt.months != nil && !maps.Equal(withoutZeros(res.Facets.Months.Map()), tt.months) {
			t.Errorf("%s: month facet %v, want %v", tt.name, res.Facets.Months.Map(), tt.months)
		}
	}
}

func withoutZeros(m map[string]int) map[string]int {
	maps.DeleteFunc(m, func(_ string, n int) bool { return n == 0 })
	return m
}

// An article that repeats a code in a role counts once, in the facets and
// in each arc.
func TestRolesCountOncePerArticle(t *testing.T) {
	ix := build(t, roleOptions(nil,
		map[string][]string{"a": {"RU", "RU", "CN"}},
		map[string][]string{"a": {"NL", "NL"}}),
		doc("a", "2020-01", "Bericht", "Spionage."))
	res := ix.Search(Query{Text: "spionage"})
	if want := map[string]int{"RU": 1, "CN": 1}; !maps.Equal(res.Facets.Actors, want) {
		t.Errorf("actors %v, want %v", res.Facets.Actors, want)
	}
	if want := map[Arc]int{{"RU", "NL"}: 1, {"CN", "NL"}: 1}; !maps.Equal(res.Facets.Arcs, want) {
		t.Errorf("arcs %v, want %v", res.Facets.Arcs, want)
	}
}

// TestRoleFacetsAgreeWithCounting checks the facets of every way a query is
// answered (with and without filters, words in every article and rarer
// ones, exclusions, no words) against counting them article by article:
// each facet ignores its own filter and applies every other, and the arcs
// apply all.
func TestRoleFacetsAgreeWithCounting(t *testing.T) {
	saved := minUniversalDocs
	minUniversalDocs = 10 // "spionage", in every article, takes the shortcut of near-universal words
	defer func() { minUniversalDocs = saved }()

	rng := rand.New(rand.NewPCG(14, 1))
	codes := []string{"RU", "CN", "IR", "KP", "US", "NL", "UA", "EU", "NATO"}
	pick := func() []string {
		var out []string
		for range rng.IntN(3) {
			out = append(out, codes[rng.IntN(len(codes))])
		}
		return out
	}
	countries, actors, targets := map[string][]string{}, map[string][]string{}, map[string][]string{}
	var docs []*corpus.Document
	for i := range 120 {
		id := fmt.Sprintf("d%03d", i)
		countries[id], actors[id], targets[id] = pick(), pick(), pick()
		body := "Spionage."
		if i%3 == 0 {
			body += " Hackers drongen binnen."
		}
		docs = append(docs, doc(id, fmt.Sprintf("20%02d-%02d", 10+i%5, 1+i%12), "Bericht", body))
	}
	ix := build(t, roleOptions(countries, actors, targets), docs...)
	byID := map[string]*corpus.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	anyOf := func(has, wanted []string) bool {
		return len(wanted) == 0 || slices.ContainsFunc(has, func(c string) bool { return slices.Contains(wanted, c) })
	}
	from := corpus.Month{Year: 2011, Month: 6}
	filters := []Query{
		{}, {Actors: []string{"RU"}}, {Targets: []string{"NL", "EU"}}, {Actors: []string{"CN", "IR"}, Targets: []string{"US"}},
		{Countries: []string{"UA"}, Actors: []string{"KP", "NATO"}}, {From: from, Targets: []string{"RU"}},
		{IDs: []string{"d001", "d002", "d003", "d030", "d031", "d099"}, Actors: []string{"US", "RU"}},
		{From: from}, {Countries: []string{"NL"}},
	}
	for _, text := range []string{"", "spionage", "hackers ", "spionage -hackers", "-hackers", "spionage hackers"} {
		matching := map[string]bool{}
		for _, h := range ix.Search(Query{Text: text, Limit: 1000}).Hits {
			matching[h.Doc.ID] = true
		}
		for _, f := range filters {
			q := f
			q.Text, q.Limit = text, 1000
			res := ix.Search(q)
			in := func(id string) (months, countriesOK, actorsOK, targetsOK bool) {
				d := byID[id]
				months = (q.From == corpus.Month{} || d.Date.Month.Index() >= q.From.Index())
				if q.IDs != nil && !slices.Contains(q.IDs, id) {
					return false, false, false, false
				}
				return months, anyOf(countries[id], q.Countries), anyOf(actors[id], q.Actors), anyOf(targets[id], q.Targets)
			}
			total := 0
			wantActors, wantTargets, wantArcs := map[string]int{}, map[string]int{}, map[Arc]int{}
			for id := range matching {
				months, c, a, tg := in(id)
				if months && c && a && tg {
					total++
					for _, x := range slices.Compact(slices.Sorted(slices.Values(actors[id]))) {
						for _, y := range slices.Compact(slices.Sorted(slices.Values(targets[id]))) {
							wantArcs[Arc{x, y}]++
						}
					}
				}
				if months && c && tg {
					for _, x := range slices.Compact(slices.Sorted(slices.Values(actors[id]))) {
						wantActors[x]++
					}
				}
				if months && c && a {
					for _, y := range slices.Compact(slices.Sorted(slices.Values(targets[id]))) {
						wantTargets[y]++
					}
				}
			}
			name := fmt.Sprintf("%q %+v", text, f)
			if res.Total != total {
				t.Errorf("%s: total %d, want %d", name, res.Total, total)
			}
			if !maps.Equal(res.Facets.Actors, wantActors) {
				t.Errorf("%s: actors %v, want %v", name, res.Facets.Actors, wantActors)
			}
			if !maps.Equal(res.Facets.Targets, wantTargets) {
				t.Errorf("%s: targets %v, want %v", name, res.Facets.Targets, wantTargets)
			}
			if !maps.Equal(res.Facets.Arcs, wantArcs) {
				t.Errorf("%s: arcs %v, want %v", name, res.Facets.Arcs, wantArcs)
			}
		}
	}
}
