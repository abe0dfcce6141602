package search

import (
	"slices"
	"testing"
)

// TestSeedWhatTheReaderMeant is the labelled query set of inhabitants and
// other spellings over the seed corpus, indexed as the library does (with
// its country mentions, the gazetteer's names and its spellings): each query
// finds exactly these articles, each for this reason.
func TestSeedWhatTheReaderMeant(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	tests := []struct {
		query string
		want  []string // every hit, in any order
		why   Reason   // the reason every hit gives
	}{
		// Inhabitants name their country: 003 writes "Franse", "Marokko",
		// "België", "Israëlische"; 000 to 002 "Amerikaanse", "Rusland",
		// "Chinese", "Cyprus".
		{"Fransen ", []string{seed003}, ReasonCountry},
		{"fransen", []string{seed003}, ReasonCountry},
		{"Fransman ", []string{seed003}, ReasonCountry},
		{"Belgen ", []string{seed003}, ReasonCountry},
		{"Belg ", []string{seed003}, ReasonCountry},
		{"Israëliërs ", []string{seed001, seed003}, ReasonCountry},
		{"israeliers ", []string{seed001, seed003}, ReasonCountry},
		{"Cyprioten ", []string{seed001, seed002}, ReasonCountry},
		{"Russen ", []string{seed000, seed001, seed002}, ReasonCountry},
		{"Chinezen ", []string{seed000, seed001, seed002}, ReasonCountry},
		{"Duitsers ", []string{seed000}, ReasonCountry},
		{"Iraniërs ", []string{seed001, seed002}, ReasonCountry},
		{"Oekraïners ", []string{seed002}, ReasonCountry},
		// The inflection the article writes is stronger evidence.
		{"Marokkanen ", []string{seed003}, ReasonStem},
		{"Amerikanen ", []string{seed000, seed001, seed002}, ReasonStem},
		// English inhabitants.
		{"French ", []string{seed003}, ReasonCountry},
		{"Belgians ", []string{seed003}, ReasonCountry},
		{"Moroccans ", []string{seed003}, ReasonCountry},
		{"Americans ", []string{seed000, seed001, seed002}, ReasonCountry},
		{"Russians ", []string{seed000, seed001, seed002}, ReasonCountry},
		// "Chinees" is the adjective (and the language), no inhabitant:
		// it finds "Chinese" as an inflection only.
		{"Chinees ", []string{seed000, seed001, seed002}, ReasonStem},
		// Other spellings: 000 and 001 write "Poetin", 001 "Peking", 002
		// "Krim".
		{"Putin ", []string{seed000, seed001}, ReasonSpelling},
		{"putin", []string{seed000, seed001}, ReasonSpelling},
		{"Poetin ", []string{seed000, seed001}, ReasonExact},
		{"Beijing ", []string{seed001}, ReasonSpelling},
		{"Crimea ", []string{seed002}, ReasonSpelling},
		// No article names Norway: "Noren" finds nothing, as "noren" does.
		{"Noren ", nil, ""},
		{"noren ", nil, ""},
	}
	for _, tt := range tests {
		res := ix.Search(Query{Text: tt.query})
		got := hitIDs(res)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: hits %v, want %v", tt.query, got, tt.want)
			continue
		}
		for _, h := range res.Hits {
			if !slices.Equal(h.Why, []Reason{tt.why}) {
				t.Errorf("%q: %s matched because %v, want %s", tt.query, h.Doc.ID, h.Why, tt.why)
			}
			if len(h.Spans) == 0 && len(h.TitleSpans) == 0 {
				t.Errorf("%q: %s has nothing marked: %q", tt.query, h.Doc.ID, h.Snippet)
			}
		}
	}
}
