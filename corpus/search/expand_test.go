package search

import (
	"fmt"
	"slices"
	"testing"

	"dossier/corpus"
)

func TestMostFrequentSelectsByDocumentFrequency(t *testing.T) {
	// Term "kern<i>" occurs in i+1 documents.
	var docs []*corpus.Document
	for d := range 40 {
		text := ""
		for i := range 40 {
			if d <= i {
				text += fmt.Sprintf(" kern%02d", i)
			}
		}
		docs = append(docs, doc(fmt.Sprint(d), "2020-01", "Titel", text))
	}
	ix := build(t, Options{}, docs...)
	lo, hi := ix.dict.terms.prefixRange("kern")
	top := ix.mostFrequent(lo, hi, 5)
	var got []string
	for _, term := range top {
		got = append(got, ix.dict.terms.at(term))
	}
	if want := []string{"kern39", "kern38", "kern37", "kern36", "kern35"}; !slices.Equal(got, want) {
		t.Errorf("top 5 %v, want %v", got, want)
	}
	if all := ix.mostFrequent(lo, hi, 100); len(all) != 40 {
		t.Errorf("all of a short range: %d terms", len(all))
	}
	if none := ix.mostFrequent(lo, hi, 0); len(none) != 0 {
		t.Errorf("limit 0 gave %d terms", len(none))
	}
}

func TestTypoEagerness(t *testing.T) {
	// "regering" is frequent (five articles); "regeling", one edit away, and
	// the misspelling "regerng" are in one article each. The real names and
	// words the misspelled queries below mean are each in two.
	docs := []*corpus.Document{
		doc("regeling", "2020-01", "Bericht", filler+" Een nieuwe regeling voor de zorg."),
		doc("regerng", "2020-01", "Bericht", filler+" De regerng viel."),
		doc("pegasus", "2020-01", "Bericht", filler+" Pegasus werd gevonden."),
		doc("pegasus2", "2020-01", "Bericht", filler+" Opnieuw Pegasus."),
		doc("macron", "2020-01", "Bericht", filler+" President Macron sprak."),
		doc("macron2", "2020-01", "Bericht", filler+" Macron zweeg."),
		doc("dienst", "2020-01", "Bericht", filler+" De inlichtingendienst waarschuwde."),
		doc("dienst2", "2020-01", "Bericht", filler+" Een inlichtingendienst luisterde."),
		doc("maand", "2020-01", "Bericht", filler+" Een maand later."),
		doc("mand", "2020-01", "Bericht", filler+" Een mand vol brood."),
	}
	for i := range 5 {
		docs = append(docs, doc(fmt.Sprint("regering", i), "2020-01", "Bericht", filler+" De regering besloot."))
	}
	ix := build(t, Options{}, docs...)
	tests := []struct {
		query string
		want  []string // sorted
	}{
		// A frequent word is what the reader meant: its one-edit
		// neighbours, rare or not, are other words.
		{"regering ", []string{"regering0", "regering1", "regering2", "regering3", "regering4"}},
		// A rare word of the vocabulary may be a misspelling articles
		// share, and still reaches the frequent word one edit away.
		{"regerng ", []string{"regering0", "regering1", "regering2", "regering3", "regering4", "regerng"}},
		{"regeling ", []string{"regeling", "regering0", "regering1", "regering2", "regering3", "regering4"}},
		// Misspellings no article has find the word meant.
		{"pegasis ", []string{"pegasus", "pegasus2"}},
		{"macorn ", []string{"macron", "macron2"}},
		{"inlichtignendienst ", []string{"dienst", "dienst2"}},
		// A short word tolerates no edit, and is no typo target of a
		// longer one either.
		{"maand ", []string{"maand"}},
		{"mand ", []string{"mand"}},
	}
	for _, tt := range tests {
		got := hitIDs(ix.Search(Query{Text: tt.query}))
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q matched %v, want %v", tt.query, got, tt.want)
		}
	}
}
