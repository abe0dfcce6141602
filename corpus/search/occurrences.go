package search

import (
	"math"
	"math/bits"
	"slices"

	"dossier/corpus"
	"dossier/corpus/text"
)

// docTerms are the terms of one document as the index holds them: the
// forward index (title, then each paragraph, each ended by fieldGap), the
// joined words with their fields, and the country and group mentions.
type docTerms struct {
	forward      []uint32
	joined       []uint32
	joinedFields []uint16
	mentions     []mention
}

// termsOf returns the stored terms of document d.
func (ix *Index) termsOf(d uint32) docTerms {
	return docTerms{
		forward:      ix.forward[ix.forwardStarts[d]:ix.forwardStarts[d+1]],
		joined:       ix.joinedTerms[ix.joinedStarts[d]:ix.joinedStarts[d+1]],
		joinedFields: ix.joinedFields[ix.joinedStarts[d]:ix.joinedStarts[d+1]],
		mentions:     ix.mentionsOf(d),
	}
}

// analyseTerms reads doc's terms as Build would, numbered by the index's
// vocabulary (a word it lacks gets a number no query matches), without
// country mentions: for a document the index does not hold as it is.
func (ix *Index) analyseTerms(doc *corpus.Document) docTerms {
	var t docTerms
	var a text.Analyzer
	var tokens []text.Token
	unknown := uint32(ix.dict.terms.len()) // no term's number; below fieldGap
	read := func(field int, s string) {
		tokens = a.AppendTokens(tokens[:0], s)
		for _, tok := range tokens {
			id, ok := ix.dict.terms.find(tok.Term)
			if !ok {
				id = unknown
			}
			if tok.Joined {
				t.joined = append(t.joined, id)
				t.joinedFields = append(t.joinedFields, uint16(min(field, math.MaxUint16)))
			} else {
				t.forward = append(t.forward, id)
			}
		}
		t.forward = append(t.forward, fieldGap)
	}
	read(0, doc.Title)
	for p, para := range doc.Body() {
		read(p+1, para.Text)
	}
	return t
}

// docOccurrence is one place where a document matches a clause: a word, a
// joined word, a whole phrase or a country or group mention.
type docOccurrence struct {
	kind  occurrenceKind
	field int32 // 0 the title, then the paragraphs
	// at is, for a word, its position in the field; for a phrase, its
	// first word's; for a joined word, its number in docTerms.joined; for a
	// mention, its number in docTerms.mentions.
	at int32
	// ref is the term's evidence (highlighter.evidence) for a word or
	// joined word, and the phrase's number for a phrase.
	ref int32
	// marked holds the clauses it counts for after the marking rule
	// (markedTiers), as bits; 0 when it is not marked at all.
	marked uint32
}

type occurrenceKind uint8

const (
	occWord occurrenceKind = iota
	occJoined
	occPhrase
	occMention
)

// scan finds the occurrences of the query in the document h.terms holds,
// the kinds of evidence present for each clause, and then, by the marking
// rule, which occurrences are marked. Reading term numbers is far cheaper
// than analysing the text again, which is then done only for the fields
// shown.
func (h *highlighter) scan() {
	t := &h.terms
	h.occ = h.occ[:0]
	h.fieldStarts = append(h.fieldStarts[:0], 0)
	clear(h.present[:])
	field := int32(0)
	for k, term := range t.forward {
		if term == fieldGap {
			field++
			h.fieldStarts = append(h.fieldStarts, k+1)
			continue
		}
		if h.matchedIDs[term/64]&(1<<(term%64)) == 0 {
			continue
		}
		at := int32(k - h.fieldStarts[field])
		if e, ok := h.evidenceOf[term]; ok {
			h.occ = append(h.occ, docOccurrence{kind: occWord, field: field, at: at, ref: e})
			h.notePresent(&h.evidence[e])
		}
		for p := range h.phrases {
			if ph := &h.phrases[p]; ph.startsAt(t.forward, k) {
				h.occ = append(h.occ, docOccurrence{kind: occPhrase, field: field, at: at, ref: int32(p)})
				h.present[ph.clause] |= 1 << ph.tier
			}
		}
	}
	fields := int32(len(h.fieldStarts) - 1)
	for k, term := range t.joined {
		if h.matchedIDs[term/64]&(1<<(term%64)) == 0 {
			continue
		}
		if e, ok := h.evidenceOf[term]; ok && int32(t.joinedFields[k]) < fields {
			h.occ = append(h.occ, docOccurrence{kind: occJoined, field: int32(t.joinedFields[k]), at: int32(k), ref: e})
			h.notePresent(&h.evidence[e])
		}
	}
	if h.clausesOfMentioned != nil {
		for k, m := range t.mentions {
			if c := h.clausesOfMentioned[m.country]; c != 0 && int32(m.field) < fields {
				h.occ = append(h.occ, docOccurrence{kind: occMention, field: int32(m.field), at: int32(k)})
				evidence := h.ix.mentionTier(m.country)
				for ; c != 0; c &= c - 1 {
					h.present[bits.TrailingZeros32(c)] |= 1 << evidence
				}
			}
		}
	}
	for c := range h.marks {
		h.marks[c] = markedTiers(h.present[c])
	}
	for i := range h.occ {
		h.occ[i].marked = h.markedClauses(&h.occ[i])
	}
	h.indexByField()
}

// indexByField lists the marked occurrences field by field, in the order
// of h.occ within each: those of field f are
// h.occ[h.byField[h.fieldOcc[f]:h.fieldOcc[f+1]]].
func (h *highlighter) indexByField() {
	n := h.fields()
	h.fieldOcc = slices.Grow(h.fieldOcc[:0], n+1)[:n+1]
	clear(h.fieldOcc)
	for i := range h.occ {
		if o := &h.occ[i]; o.marked != 0 {
			h.fieldOcc[o.field+1]++
		}
	}
	for f := 1; f <= n; f++ {
		h.fieldOcc[f] += h.fieldOcc[f-1]
	}
	h.byField = slices.Grow(h.byField[:0], int(h.fieldOcc[n]))[:h.fieldOcc[n]]
	next := append(h.nextOcc[:0], h.fieldOcc[:n]...) // where each field's next goes
	for i := range h.occ {
		if o := &h.occ[i]; o.marked != 0 {
			h.byField[next[o.field]] = int32(i)
			next[o.field]++
		}
	}
	h.nextOcc = next
}

// occurrencesIn returns the numbers of the marked occurrences of field f.
func (h *highlighter) occurrencesIn(f int) []int32 {
	if f < 0 || f+1 >= len(h.fieldOcc) {
		return nil
	}
	return h.byField[h.fieldOcc[f]:h.fieldOcc[f+1]]
}

// notePresent records the evidence of a term found in the document.
func (h *highlighter) notePresent(e *termEvidence) {
	for c := e.clauses; c != 0; c &= c - 1 {
		i := bits.TrailingZeros32(c)
		h.present[i] |= 1 << e.tiers[i]
	}
}

// markedClauses returns the clauses that o counts for by the marking rule.
func (h *highlighter) markedClauses(o *docOccurrence) uint32 {
	switch o.kind {
	case occPhrase:
		p := &h.phrases[o.ref]
		if h.marks[p.clause]&(1<<p.tier) != 0 {
			return 1 << p.clause
		}
		return 0
	case occMention:
		// A mention is literal evidence: always marked.
		return h.clausesOfMentioned[h.terms.mentions[o.at].country]
	}
	return h.markedEvidence(&h.evidence[o.ref])
}

// markedEvidence returns the clauses for which a term of evidence e is
// marked.
func (h *highlighter) markedEvidence(e *termEvidence) uint32 {
	var marked uint32
	for c := e.clauses; c != 0; c &= c - 1 {
		i := bits.TrailingZeros32(c)
		if h.marks[i]&(1<<e.tiers[i]) != 0 {
			marked |= 1 << i
		}
	}
	return marked
}

// fields is the number of fields of the scanned document: the title and
// the paragraphs.
func (h *highlighter) fields() int { return len(h.fieldStarts) - 1 }

// termAt returns the term at position at of field field.
func (h *highlighter) termAt(field, at int) uint32 {
	return h.terms.forward[h.fieldStarts[field]+at]
}

// choose picks the paragraph of doc for the snippet: the one with the most
// clauses marked, then the most marked matches, the first of equals; -1
// when none has a mark. It also reports whether the title has one.
//
// A word that matches both as itself and as a country mention ("Duitsland"
// for "Duitsland") counts as two matches here, so that of two paragraphs
// that name the country as often, the one with the word the reader typed
// gives the snippet.
func (h *highlighter) choose(doc *corpus.Document) (paragraph int, inTitle bool) {
	h.keys = slices.Grow(h.keys[:0], h.fields())[:h.fields()]
	clear(h.keys)
	for i := range h.occ {
		o := &h.occ[i]
		if o.marked == 0 {
			continue
		}
		k := &h.keys[o.field]
		k.clauses |= o.marked
		if o.kind == occPhrase {
			k.matches += len(h.phrases[o.ref].words)
		} else {
			k.matches++
		}
	}
	inTitle = len(h.keys) > 0 && h.keys[0].matches > 0
	paragraph = -1
	var best [2]int
	for f := 1; f < len(h.keys); f++ {
		k := [2]int{bits.OnesCount32(h.keys[f].clauses), h.keys[f].matches}
		if k[1] > 0 && (paragraph < 0 || better2(k, best)) {
			paragraph, best = f-1, k
		}
	}
	// The fields are the document's paragraphs, unless a loaded index
	// does not agree with the document it was given, which Load cannot
	// tell without reading every document's text: then a paragraph the
	// document lacks gives no snippet.
	if _, ok := fieldText(doc, paragraph+1); paragraph >= 0 && !ok {
		paragraph = -1
	}
	return paragraph, inTitle
}

// fieldKey sums up the marked matches of one field.
type fieldKey struct {
	clauses uint32
	matches int
}
