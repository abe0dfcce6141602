package search

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"dossier/corpus/gen"
)

// TestPairFilterChangesNoPhrase searches phrases taken from generated
// articles (adjacent words, across field ends too, and words apart) with the
// pair filter and without it: the results must be the same, and the filter
// must rule out nearly every document that has the words but not the pair.
func TestPairFilterChangesNoPhrase(t *testing.T) {
	docs, err := gen.Documents(1000, 7)
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, Options{}, docs...)
	r := rand.New(rand.NewPCG(1, 2))
	var queries []string
	for range 300 {
		d := r.IntN(len(docs))
		terms := ix.forward[ix.forwardStarts[d]:ix.forwardStarts[d+1]]
		words, gap := 2+r.IntN(2), 1
		if r.IntN(4) == 0 {
			gap = 2 + r.IntN(3) // words apart: few documents have them in order
		}
		at := r.IntN(len(terms) - gap*words)
		q := `"`
		for w := range words {
			if t := terms[at+w*gap]; t != fieldGap {
				q += ix.dict.terms.at(t) + " "
			}
		}
		queries = append(queries, q+`"`)
	}
	with := make([]Result, len(queries))
	for i, q := range queries {
		with[i] = ix.Search(Query{Text: q, Limit: 1000})
	}
	filter := ix.pairs
	ix.pairs = pairFilter{}
	matched := 0
	for i, q := range queries {
		without := ix.Search(Query{Text: q, Limit: 1000})
		if got, want := summary(with[i]), summary(without); got != want {
			t.Errorf("%s with the pair filter:\n%s\nwithout:\n%s", q, got, want)
		}
		matched += without.Total
	}
	if matched < len(queries) {
		t.Fatalf("only %d matches for %d phrases: the test tests little", matched, len(queries))
	}

	ix.pairs = filter

	// Pairs of frequent-enough words that stand apart: how often does
	// the filter still say maybe?
	maybe, absent := 0, 0
	for range 200 {
		a, b := uint32(r.IntN(ix.dict.terms.len())), uint32(r.IntN(ix.dict.terms.len()))
		if !ix.pairable(a) || !ix.pairable(b) {
			continue
		}
		h := pairHash(a, b)
		for d := range uint32(len(docs)) {
			if countPairs(ix, d, a, b) == 0 {
				absent++
				if ix.pairs.mayHave(d, h) {
					maybe++
				}
			} else if !ix.pairs.mayHave(d, h) {
				t.Fatalf("document %d holds %s %s, the filter says not", d, ix.dict.terms.at(a), ix.dict.terms.at(b))
			}
		}
	}
	rate := float64(maybe) / float64(absent)
	t.Logf("false positives %d of %d (%.4f)", maybe, absent, rate)
	if absent == 0 || rate > 0.02 {
		t.Errorf("false positives %d of %d (%.3f), want at most 2%%", maybe, absent, rate)
	}
}

func countPairs(ix *Index, d, a, b uint32) (n int) {
	ix.eachPair(d, func(x, y uint32) {
		if x == a && y == b {
			n++
		}
	})
	return n
}

func summary(res Result) string {
	s := fmt.Sprint(res.Total, res.Facets.Months.Counts, "\n")
	for _, h := range res.Hits {
		s += fmt.Sprintf("%s %v %v %q %v %v\n", h.Doc.ID, h.Score, h.Why, h.Snippet, h.Spans, h.TitleSpans)
	}
	return s
}
