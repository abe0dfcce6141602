package search

import (
	"cmp"
	"slices"

	"dossier/corpus/text"
)

// withSpellings adds to terms, the matches of word, the terms of its other
// spellings (Options.Spellings) and their inflections, as evidence of
// tierSpelling: "Putin" also matches "Poetin" and "Poetins". A term that
// terms hold already as weaker evidence ("zelenski" for "zelensky" is a
// typo, too) becomes a spelling. The result is best evidence first, as
// word returns it.
func (e *expander) withSpellings(terms []expansion, word string) []expansion {
	if e.ix.spellings == nil || !text.IsWord(word) {
		return terms
	}
	others := e.ix.spellings(word)
	if len(others) == 0 {
		return terms
	}
	var a text.Analyzer
	changed := false
	for _, other := range others {
		tokens := a.Tokens(other)
		if len(tokens) != 1 || tokens[0].Term == word {
			continue // a spelling is one word; the word itself is matched already
		}
		for _, x := range e.phraseWord(tokens[0].Term) {
			at := slices.IndexFunc(terms, func(t expansion) bool { return t.term == x.term })
			switch {
			case at < 0:
				terms = append(terms, expansion{term: x.term, tier: tierSpelling, weight: tierSpelling.weight()})
				changed = true
			case terms[at].tier > tierSpelling:
				terms[at] = expansion{term: x.term, tier: tierSpelling, weight: tierSpelling.weight()}
				changed = true
			}
		}
	}
	if changed {
		slices.SortStableFunc(terms, func(x, y expansion) int { return cmp.Compare(x.tier, y.tier) })
	}
	return terms
}
