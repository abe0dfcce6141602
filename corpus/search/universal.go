package search

import (
	"math"
	"math/bits"
	"sync"
)

// A word that nearly every article has ("de", "het", "een") tells articles
// apart by next to nothing: its inverse document frequency, and so its part
// of any score, is close to 0. Reading its postings costs as much as
// reading the whole corpus, though. Such a word is therefore only a filter:
// it adds nothing to a score, and the articles that lack it, a short list
// kept per word, are what it removes. Such a word is taken as typed when it
// is the last, too: its completions ("eenheid" for "een") would only add
// articles it nearly all has already. A query of only such words, without
// filters, lists what remains newest first, as the empty query does.
const (
	// universalShare is the share of the articles a word must occur in to
	// be treated so: 95%, where the inverse document frequency is below
	// 0.05, against 2 to 10 for the words readers look for.
	universalShare = 0.95
)

// minUniversalDocs keeps the rule out of small collections, where reading
// every posting costs nothing. Tests raise it to compare with evaluating
// every posting.
var minUniversalDocs = 1000

// universal holds what the index learns, query by query, about its
// near-universal terms and its whole collection.
type universal struct {
	lacking sync.Map // term number -> []uint32, the documents without it, in order
	// facets counts every document, as the facets of the empty query
	// without filters do.
	facetsOnce sync.Once
	whole      counts
}

// isUniversalClause reports whether clause c is a plain word whose own
// term is in at least universalShare of the documents; its other forms
// ("hete" for "het") can only add documents to those.
func (ix *Index) isUniversalClause(c *compiledClause) bool {
	if len(c.alts) > 0 || c.phrase || c.year != 0 || len(c.names) > 0 || len(c.terms) != 1 || len(c.terms[0]) == 0 {
		return false
	}
	first := c.terms[0][0]
	return first.tier == tierExact && ix.isUniversal(first.term)
}

// clauseLacking returns the documents that lack every term of c, a
// near-universal clause, in increasing order: those without its own term,
// less those with another of its forms.
func (ix *Index) clauseLacking(s *scratch, c *compiledClause) []uint32 {
	terms := c.terms[0]
	base := ix.lacking(terms[0].term)
	if len(terms) == 1 {
		return base
	}
	for _, d := range base {
		s.phrase[d] = 1
	}
	for _, t := range terms[1:] {
		for _, d := range ix.postDocs[ix.postStarts[t.term]:ix.postStarts[t.term+1]] {
			s.phrase[d] = 0
		}
	}
	out := make([]uint32, 0, len(base))
	for _, d := range base {
		if s.phrase[d] != 0 {
			out = append(out, d)
			s.phrase[d] = 0
		}
	}
	return out
}

// isUniversal reports whether term is in at least universalShare of the
// documents, in a collection of at least minUniversalDocs.
func (ix *Index) isUniversal(term uint32) bool {
	return len(ix.docs) >= minUniversalDocs && float64(ix.docFreq(term)) >= universalShare*float64(len(ix.docs))
}

// lacking returns the documents without term, in increasing order,
// computed once per term.
func (ix *Index) lacking(term uint32) []uint32 {
	if v, ok := ix.universal.lacking.Load(term); ok {
		return v.([]uint32)
	}
	docs := ix.postDocs[ix.postStarts[term]:ix.postStarts[term+1]]
	out := make([]uint32, 0, len(ix.docs)-len(docs))
	next := uint32(0)
	for _, d := range docs {
		for ; next < d; next++ {
			out = append(out, next)
		}
		next = d + 1
	}
	for ; next < uint32(len(ix.docs)); next++ {
		out = append(out, next)
	}
	v, _ := ix.universal.lacking.LoadOrStore(term, out)
	return v.([]uint32)
}

// keepHaving is the evaluation of a near-universal clause c after the
// first: the candidates that matched every clause so far and have one of
// its terms match it too, with the evidence of its own term. It returns how
// many do. In partial mode, every candidate that has a term gains the
// clause, numbered clause in query order.
func (ix *Index) keepHaving(s *scratch, c *compiledClause, step uint8, clause int) (matched int) {
	without := ix.clauseLacking(s, c)
	t := c.terms[0][0].tier
	for _, d := range without {
		s.phrase[d] = 1
	}
	for _, d := range s.first {
		st := &s.docs[d]
		if s.phrase[d] != 0 || (!s.partial && st.matched != step) {
			continue
		}
		if s.partial {
			st.have |= 1 << clause
		}
		st.matched++
		st.why |= 1 << t
		matched++
	}
	for _, d := range without {
		s.phrase[d] = 0
	}
	return matched
}

// none reports whether the filter keeps every document.
func (f filter) none() bool {
	return f.anyCountry && f.actors.anyRole && f.targets.anyRole && !f.restrict &&
		f.from == math.MinInt32 && f.to == math.MaxInt32
}

// allBut answers a query that every document matches but those marked in
// s.phrase, listed in but, when no filter applies: Total, the facets (every
// document's counts less theirs) and the page, newest first, with the
// evidence why. It reads the lists of what is left out, never the corpus,
// and clears their marks.
func (ix *Index) allBut(s *scratch, q Query, but []uint32, why []Reason) Result {
	s.counts.copyFrom(ix.wholeFacets())
	for _, d := range but {
		ix.countAll(&s.counts, d, -1)
	}
	res := Result{Mode: ModeAll, Total: len(ix.docs) - len(but), Facets: ix.facets(s)}
	offset, limit := max(q.Offset, 0), limitOf(q)
	skipped := 0
	for d := uint32(0); int(d) < len(ix.docs) && len(res.Hits) < limit; d++ {
		if s.phrase[d] != 0 {
			continue
		}
		if skipped < offset {
			skipped++
			continue
		}
		res.Hits = append(res.Hits, Hit{Doc: ix.docs[d], Why: why})
	}
	for _, d := range but {
		s.phrase[d] = 0
	}
	return res
}

// wholeFacets counts every document in every facet, once.
func (ix *Index) wholeFacets() *counts {
	u := &ix.universal
	u.facetsOnce.Do(func() {
		u.whole = ix.newCounts()
		for d := range ix.docs {
			ix.countAll(&u.whole, uint32(d), 1)
		}
	})
	return &u.whole
}

// nearlyAll answers, with allBut, a query without filters whose every
// clause is a near-universal word; it reports false for any other query.
func (ix *Index) nearlyAll(s *scratch, q Query, compiled []compiledClause, filter filter) (Result, bool) {
	if !filter.none() {
		return Result{}, false
	}
	var why uint16
	for i := range compiled {
		if !ix.isUniversalClause(&compiled[i]) {
			return Result{}, false
		}
		why |= 1 << compiled[i].terms[0][0].tier
	}
	// Each list first: finding one uses s.phrase, which then marks the union.
	lacking := make([][]uint32, len(compiled))
	for i := range compiled {
		lacking[i] = ix.clauseLacking(s, &compiled[i])
	}
	var but []uint32
	for _, docs := range lacking {
		for _, d := range docs {
			if s.phrase[d] == 0 {
				s.phrase[d] = 1
				but = append(but, d)
			}
		}
	}
	but = ix.markExcluded(s, but)
	return ix.allBut(s, q, but, reasons(why)), true
}

// markExcluded marks the documents the query's exclusions leave out in
// s.phrase, adding them to but.
func (ix *Index) markExcluded(s *scratch, but []uint32) []uint32 {
	if !s.anyExcluded {
		return but
	}
	for w, word := range s.excluded {
		for word != 0 {
			d := uint32(w*64 + bits.TrailingZeros64(word))
			word &= word - 1
			if s.phrase[d] == 0 {
				s.phrase[d] = 1
				but = append(but, d)
			}
		}
	}
	return but
}
