package search

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/text"
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

// TestTypoRecall misspells words of generated articles by one edit (a
// substitution, a swap of neighbours, an insertion or a deletion), each
// giving a word no article has, and measures the share of the articles with
// the word meant that the misspelling finds. Words of six runes and more are
// misspelled, so that the misspelling keeps the one edit five runes allow.
func TestTypoRecall(t *testing.T) {
	docs, err := gen.Documents(2000, 3)
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, Options{}, docs...)
	r := rand.New(rand.NewPCG(5, 6))
	found, want, queries := 0, 0, 0
	for tries := 0; queries < 200 && tries < 100000; tries++ {
		term := uint32(r.IntN(ix.dict.terms.len()))
		word := []rune(ix.dict.terms.at(term))
		if len(word) < 6 || !text.IsWord(string(word)) || ix.docFreq(term) < 2 {
			continue
		}
		at := r.IntN(len(word) - 1)
		letter := rune('a' + r.IntN(26))
		var typo []rune
		switch r.IntN(4) {
		case 0:
			typo = slices.Concat(word[:at], []rune{letter}, word[at+1:])
		case 1:
			typo = slices.Concat(word[:at], []rune{word[at+1], word[at]}, word[at+2:])
		case 2:
			typo = slices.Concat(word[:at], []rune{letter}, word[at:])
		default:
			typo = slices.Concat(word[:at], word[at+1:])
		}
		if _, known := ix.dict.terms.find(string(typo)); known {
			continue
		}
		queries++
		res := ix.Search(Query{Text: string(typo) + " ", Limit: len(docs)})
		hits := map[string]bool{}
		for _, h := range res.Hits {
			hits[h.Doc.ID] = true
		}
		lo, hi := ix.postStarts[term], ix.postStarts[term+1]
		for _, d := range ix.postDocs[lo:hi] {
			want++
			if hits[ix.docs[d].ID] {
				found++
			}
		}
	}
	recall := float64(found) / float64(want)
	t.Logf("%d misspellings: recall %.3f (%d of %d articles)", queries, recall, found, want)
	if queries < 200 || recall < 0.98 {
		t.Errorf("%d misspellings, recall %.3f; want 200 and at least 0.98", queries, recall)
	}
}
