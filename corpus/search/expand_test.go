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
