package search

import (
	"cmp"
	"container/heap"
	"iter"
	"slices"
	"unicode/utf8"

	"dossier/corpus/text"
)

// Reason says why a hit matched: the kinds of evidence its best matches are.
type Reason string

// The reasons, strongest evidence first.
const (
	ReasonExact    Reason = "exact"    // the word itself, case and diacritics aside
	ReasonStem     Reason = "stem"     // another inflection: "hackers" for "hacker"
	ReasonSpelling Reason = "spelling" // another spelling of a name (Options.Spellings): "Poetin" for "Putin"
	ReasonCountry  Reason = "country"  // a mention of the country a word names: "de Franse president" for "Frankrijk"
	ReasonGroup    Reason = "group"    // a mention of the threat-actor group words name, by any of its names: "Fancy Bear" for "APT28"
	ReasonPrefix   Reason = "prefix"   // a longer word the last query word starts: "kernkoppen" for "kernk"
	ReasonCompound Reason = "compound" // a compound containing the word: "spionageprogramma" for "spionage"
	ReasonTypo     Reason = "typo"     // a word a few edits away: "Pegasus" for "pegasis"
	ReasonPhrase   Reason = "phrase"   // quoted words, in order
	ReasonYear     Reason = "year"     // published in the year a bare year names: "2017"
)

// tier is a kind of evidence, in decreasing strength; it indexes reasons.
type tier uint8

const (
	tierExact tier = iota
	tierStem
	tierSpelling
	tierCountry
	tierGroup
	tierPrefix
	tierCompound
	tierTypo
	tierPhrase
	tierYear
	tierCount
)

func (t tier) reason() Reason {
	return [tierCount]Reason{ReasonExact, ReasonStem, ReasonSpelling, ReasonCountry, ReasonGroup, ReasonPrefix, ReasonCompound, ReasonTypo, ReasonPhrase, ReasonYear}[t]
}

// Bounds on candidate generation. Each keeps the candidates that occur in
// the most documents; together they bound the work one query word costs,
// whatever the size of the vocabulary.
const (
	maxPrefixTerms = 128
	// Prefix terms stop being added once their postings reach half the
	// number of documents (and at least minPrefixPostings): a short prefix
	// such as "ee" stands for terms in nearly every document, and scoring
	// them all would cost more than the ranking gains. The most frequent
	// terms come first, so the budget keeps the likeliest completions.
	minPrefixPostings = 1000
	maxCompoundTerms  = 256
	maxTypoTerms      = 64
	// maxInfixOccurrences bounds how many places inside other terms are
	// examined for a compound part.
	maxInfixOccurrences = 20000
)

// expansion is one term a query word matches, with the evidence it is.
type expansion struct {
	term   uint32
	tier   tier
	weight float32
}

// expander generates the terms a word matches. It keeps scratch state, so it
// serves one query on one goroutine.
type expander struct {
	ix      *Index
	stemmer *text.Stemmer
	seen    map[uint32]bool
}

func newExpander(ix *Index) *expander {
	return &expander{ix: ix, stemmer: text.NewStemmer(), seen: map[uint32]bool{}}
}

// word returns the terms that word matches, best evidence first, each term
// once with its best evidence.
func (e *expander) word(word string, prefix bool) []expansion {
	clear(e.seen)
	var out []expansion
	add := func(term uint32, t tier, weight float32) {
		if !e.seen[term] {
			e.seen[term] = true
			out = append(out, expansion{term: term, tier: t, weight: weight})
		}
	}
	d := &e.ix.dict
	exact, known := d.terms.find(word)
	if known {
		add(exact, tierExact, tierExact.weight())
	}
	isWord := text.IsWord(word)
	stem := word
	if isWord {
		stem = e.stemmer.Stem(word)
		for _, t := range d.withStem(stem) {
			add(t, tierStem, tierStem.weight())
		}
	}
	if prefix && !(known && e.ix.isUniversal(exact)) {
		lo, hi := d.terms.prefixRange(word)
		postings := 0
		for _, t := range e.ix.mostFrequent(lo, hi, maxPrefixTerms) {
			if postings >= max(len(e.ix.docs)/2, minPrefixPostings) {
				break
			}
			postings += e.ix.docFreq(t)
			add(t, tierPrefix, tierPrefix.weight())
		}
	}
	runes := utf8.RuneCountInString(word)
	if isWord && runes >= text.MinCompoundPart {
		for _, t := range e.compounds(word, stem) {
			add(t, tierCompound, tierCompound.weight())
		}
	}
	if budget := text.EditBudget(runes); isWord && budget > 0 && !(known && e.ix.frequent(exact)) {
		for _, c := range e.typos(word, runes, budget) {
			add(c.term, tierTypo, typoWeight(c.edits))
		}
	}
	return out
}

// mentions returns the terms of the mentions of names, country codes and
// group keys, those the index has, each once, as evidence of a country or
// of a group.
func (e *expander) mentions(names []string) []expansion {
	var out []expansion
	for _, name := range names {
		id, ok := e.ix.countryIDs[name]
		if !ok {
			continue
		}
		if t, ok := e.ix.mentionTerm(id); ok && !slices.ContainsFunc(out, func(x expansion) bool { return x.term == t }) {
			evidence := e.ix.mentionTier(id)
			out = append(out, expansion{term: t, tier: evidence, weight: evidence.weight()})
		}
	}
	return out
}

// phraseWord returns the terms a word of a phrase matches: itself and its
// other inflections. Quoting asks for these words, so neither prefixes,
// compounds nor typos apply.
func (e *expander) phraseWord(word string) []expansion {
	clear(e.seen)
	var out []expansion
	d := &e.ix.dict
	if t, ok := d.terms.find(word); ok {
		e.seen[t] = true
		out = append(out, expansion{term: t, tier: tierExact, weight: tierExact.weight()})
	}
	if text.IsWord(word) {
		for _, t := range d.withStem(e.stemmer.Stem(word)) {
			if !e.seen[t] {
				e.seen[t] = true
				out = append(out, expansion{term: t, tier: tierStem, weight: tierStem.weight()})
			}
		}
	}
	return out
}

// compounds returns terms of which word, or its stem, is a compound part.
func (e *expander) compounds(word, stem string) []uint32 {
	d := &e.ix.dict
	found := map[uint32]bool{}
	look := func(part string) {
		for _, o := range d.occurrences(part, maxInfixOccurrences) {
			term := d.terms.at(o.term)
			if text.IsCompoundPart(term, o.start, o.start+len(part)) {
				found[o.term] = true
			}
		}
	}
	look(word)
	if stem != word && utf8.RuneCountInString(stem) >= text.MinCompoundPart {
		look(stem)
	}
	terms := make([]uint32, 0, len(found))
	for t := range found {
		terms = append(terms, t)
	}
	return e.ix.keepMostFrequent(terms, maxCompoundTerms)
}

// typoCandidate is a term within the edit budget of a word.
type typoCandidate struct {
	term  uint32
	edits int
}

// Typo eagerness. A query word that articles use is what the reader meant:
// when it is frequent, no other word is taken for a typo of it, so "regering"
// does not also match "regeling", however common that is. A word is frequent
// when at least typoKnownShare of the documents, and at least typoKnownDocs,
// contain it. A rare word of the vocabulary, by contrast, may be a
// misspelling that a few articles share ("macorn"), and is still expanded.
const (
	typoKnownDocs  = 3
	typoKnownShare = 1.0 / 10000
)

// frequent reports whether term is too frequent to be a typo: see
// typoKnownDocs.
func (ix *Index) frequent(term uint32) bool {
	return ix.docFreq(term) >= max(typoKnownDocs, int(float64(len(ix.docs))*typoKnownShare))
}

// typos returns the terms within budget edits of word (runes long), other
// than word itself, closest and then most frequent first. The edit budget is
// that of the shorter of the two words (text.EditBudget), so that a short
// word is never the target of more edits than it tolerates itself: the query
// "maand" (five runes, one edit) does not match the four-rune "mand".
func (e *expander) typos(word string, runes, budget int) []typoCandidate {
	var found []typoCandidate
	e.ix.dict.words.within(word, budget, func(term uint32, edits int) {
		if edits == 0 {
			return
		}
		if n := utf8.RuneCountInString(e.ix.dict.terms.at(term)); n < runes && edits > text.EditBudget(n) {
			return
		}
		found = append(found, typoCandidate{term, edits})
	})
	slices.SortFunc(found, func(a, b typoCandidate) int {
		return cmp.Or(cmp.Compare(a.edits, b.edits), cmp.Compare(e.ix.docFreq(b.term), e.ix.docFreq(a.term)), cmp.Compare(a.term, b.term))
	})
	return found[:min(len(found), maxTypoTerms)]
}

// docFreq is the number of documents that contain term.
func (ix *Index) docFreq(term uint32) int {
	return int(ix.postStarts[term+1] - ix.postStarts[term])
}

// mostFrequent returns up to limit terms of the range [lo, hi), those in the
// most documents, most frequent first.
func (ix *Index) mostFrequent(lo, hi uint32, limit int) []uint32 {
	return ix.selectMostFrequent(func(yield func(uint32) bool) {
		for t := lo; t < hi; t++ {
			if !yield(t) {
				return
			}
		}
	}, limit)
}

// keepMostFrequent returns up to limit of terms, those in the most documents,
// most frequent first.
func (ix *Index) keepMostFrequent(terms []uint32, limit int) []uint32 {
	return ix.selectMostFrequent(slices.Values(terms), limit)
}

// selectMostFrequent keeps the limit terms in the most documents, ties by
// term number so that the choice does not depend on the order terms come
// in. It keeps a heap of the best so far rather than sorting every term: a
// two-letter prefix can stand for tens of thousands.
func (ix *Index) selectMostFrequent(terms iter.Seq[uint32], limit int) []uint32 {
	if limit <= 0 {
		return nil
	}
	// moreFrequent orders terms best first.
	moreFrequent := func(a, b uint32) int {
		return cmp.Or(cmp.Compare(ix.docFreq(b), ix.docFreq(a)), cmp.Compare(a, b))
	}
	h := &termHeap{worstFirst: func(a, b uint32) bool { return moreFrequent(a, b) > 0 }}
	for t := range terms {
		if len(h.terms) < limit {
			heap.Push(h, t)
		} else if moreFrequent(t, h.terms[0]) < 0 {
			h.terms[0] = t
			heap.Fix(h, 0)
		}
	}
	slices.SortFunc(h.terms, moreFrequent)
	return h.terms
}

// termHeap is a heap of terms whose root is the worst kept.
type termHeap struct {
	terms      []uint32
	worstFirst func(a, b uint32) bool
}

func (h *termHeap) Len() int           { return len(h.terms) }
func (h *termHeap) Less(i, j int) bool { return h.worstFirst(h.terms[i], h.terms[j]) }
func (h *termHeap) Swap(i, j int)      { h.terms[i], h.terms[j] = h.terms[j], h.terms[i] }
func (h *termHeap) Push(x any)         { h.terms = append(h.terms, x.(uint32)) }
func (h *termHeap) Pop() any {
	x := h.terms[len(h.terms)-1]
	h.terms = h.terms[:len(h.terms)-1]
	return x
}
