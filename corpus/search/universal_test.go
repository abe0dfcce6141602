package search

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
)

// universalIndex is a generated collection large enough for the rule of
// near-universal words, in which "de", "het" and "een" are nearly everywhere.
func universalIndex(t *testing.T) *Index {
	t.Helper()
	docs, err := gen.Documents(minUniversalDocs+500, 1)
	if err != nil {
		t.Fatal(err)
	}
	return build(t, Options{}, docs...)
}

// TestNearUniversalWordsAreFilters checks that the shortcuts for words in
// nearly every article give what evaluating every posting gives: the same
// articles, totals and facets, by both ways the shortcut is taken (a query
// of only such words; such a word after a rarer one).
func TestNearUniversalWordsAreFilters(t *testing.T) {
	ix := universalIndex(t)
	for _, w := range []string{"de", "het", "een"} {
		c, _, _ := ix.compile(w + " ")
		if len(c) != 1 || !ix.isUniversalClause(&c[0]) {
			t.Fatalf("%q is not near-universal in the generated collection", w)
		}
	}
	everything := corpus.MonthFromIndex(int(ix.firstMonth))
	for _, q := range []string{"de het een ", "de het een", "het -spionage", "de spionage", "spionage de het", "russische hackers de"} {
		for _, from := range []corpus.Month{{}, everything} { // without filters, and with one that keeps all
			fast := ix.Search(Query{Text: q, Limit: 5000, From: from})
			slow := everyPosting(func() Result { return ix.Search(Query{Text: q, Limit: 5000, From: from}) })
			if fast.Total != slow.Total || fast.Total == 0 {
				t.Errorf("%q: total %d, by every posting %d", q, fast.Total, slow.Total)
			}
			if !maps.Equal(fast.Facets.Countries, slow.Facets.Countries) || !slices.Equal(fast.Facets.Months.Counts, slow.Facets.Months.Counts) {
				t.Errorf("%q: facets differ from those by every posting", q)
			}
			a, b := hitIDs(fast), hitIDs(slow)
			slices.Sort(a)
			slices.Sort(b)
			if !slices.Equal(a, b) {
				t.Errorf("%q: other articles than by every posting", q)
			}
		}
	}
	// Only such words: newest first, as exact matches, and paging works.
	res := ix.Search(Query{Text: "de het een ", Limit: 3, Offset: 2})
	if len(res.Hits) != 3 || res.Hits[0].Doc.Date.Compare(res.Hits[2].Doc.Date) < 0 || !slices.Equal(res.Hits[0].Why, []Reason{ReasonExact}) {
		t.Errorf("de het een: %v", hitIDs(res))
	}
	if res.Hits[0].Snippet == "" {
		t.Error("de het een: no snippet")
	}
}

// TestNearUniversalWordAloneIsNoPartialAnswer: when no article has a rare
// word, the articles that have only "de" are no answer.
func TestNearUniversalWordAloneIsNoPartialAnswer(t *testing.T) {
	ix := universalIndex(t)
	res := ix.Search(Query{Text: "de zwaardvisvangst "})
	if res.Total != 0 || res.Mode != ModeAll {
		t.Errorf("de zwaardvisvangst: %d hits, mode %q; want none", res.Total, res.Mode)
	}
	res = ix.Search(Query{Text: "de spionage zwaardvisvangst "})
	if res.Mode != ModePartial || !slices.Equal(res.LeftOut, []string{"zwaardvisvangst"}) {
		t.Errorf("de spionage zwaardvisvangst: mode %q, left out %q", res.Mode, res.LeftOut)
	}
	if spionage := ix.Search(Query{Text: "spionage de "}); res.Total != spionage.Total {
		t.Errorf("partial total %d, want the %d articles with spionage and de", res.Total, spionage.Total)
	}
}

// everyPosting runs search with the rule of near-universal words off.
func everyPosting(search func() Result) Result {
	saved := minUniversalDocs
	minUniversalDocs = 1 << 30
	defer func() { minUniversalDocs = saved }()
	return search()
}

// TestNearUniversalWordsTogether: two such words, one with another form
// ("hete" for "het"), and articles that lack one, the other or both, in a
// collection small enough to list. The shortcut must count each article
// that lacks a word once.
func TestNearUniversalWordsTogether(t *testing.T) {
	saved := minUniversalDocs
	minUniversalDocs = 10
	defer func() { minUniversalDocs = saved }()
	var docs []*corpus.Document
	for i := range 40 {
		words := "de het spionage"
		switch i {
		case 0:
			words = "het spionage" // no de
		case 1:
			words = "spionage" // neither
		case 2:
			words = "de hete spionage" // het in another form
		}
		docs = append(docs, doc(fmt.Sprintf("d%02d", i), "2020-01", "Bericht", words+"."))
	}
	ix := build(t, Options{}, docs...)
	for _, q := range []string{"de het ", "het de ", "spionage de het "} {
		fast := ix.Search(Query{Text: q, Limit: 100})
		slow := everyPosting(func() Result { return ix.Search(Query{Text: q, Limit: 100}) })
		if fast.Total != 38 || slow.Total != 38 || len(fast.Hits) != 38 {
			t.Errorf("%q: total %d (%d hits), by every posting %d; want 38", q, fast.Total, len(fast.Hits), slow.Total)
		}
		if slices.Contains(hitIDs(fast), "d01") || !slices.Contains(hitIDs(fast), "d02") {
			t.Errorf("%q: %v", q, hitIDs(fast))
		}
	}
}
