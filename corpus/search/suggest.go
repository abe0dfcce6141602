package search

import (
	"cmp"
	"unicode/utf8"

	"dossier/corpus/text"
)

// suggestBudget is the number of edits a "did you mean" suggestion may be
// away from a word of n runes. It is more generous than matching, because a
// suggestion is only offered, not applied: "pgsus" (two edits from
// "pegasus") gets "Pegasus" suggested though it matches nothing.
func suggestBudget(n int) int {
	switch {
	case n >= 5:
		return 2
	case n >= 3:
		return 1
	}
	return 0
}

// suggest returns the query with every word that matched only by typo, or not
// at all, replaced by the closest frequent word of the corpus, spelled as the
// corpus spells it. It returns "" when no word needs replacing or no
// replacement is found.
func (ix *Index) suggest(e *expander, query string, compiled []compiledClause) string {
	type replacement struct {
		start, end int
		with       string
	}
	var replacements []replacement
	var members []*compiledClause // the words and phrases, in query order
	for i := range compiled {
		members = append(members, compiled[i].members()...)
	}
	for _, c := range members {
		// A word that names a country or a group the articles mention is
		// known, however the articles spell it ("Morocco" for "Marokko").
		if c.phrase || len(c.names) > 0 || wellMatched(c.terms[0]) {
			continue
		}
		word := c.words[0]
		budget := suggestBudget(utf8.RuneCountInString(word))
		if !text.IsWord(word) || budget == 0 {
			continue
		}
		best, bestEdits := uint32(0), budget+1
		if typos := c.terms[0]; len(typos) > 0 {
			// The word matched by typo only; its candidates come closest
			// first, most frequent first, so the first is the suggestion.
			best, bestEdits = typos[0].term, 1
		} else {
			ix.dict.words.within(word, budget, func(term uint32, edits int) {
				if edits == 0 {
					return
				}
				if c := cmp.Compare(edits, bestEdits); c < 0 || (c == 0 && ix.docFreq(term) > ix.docFreq(best)) {
					best, bestEdits = term, edits
				}
			})
		}
		if bestEdits <= budget {
			replacements = append(replacements, replacement{c.start, c.end, ix.displayForm(best)})
		}
	}
	if len(replacements) == 0 {
		return ""
	}
	// Clauses come in query order, and lie in the part of the query the
	// parser read: only that part is turned into runes, the rest is
	// copied as it is.
	last := 0
	for _, r := range replacements {
		last = max(last, r.end)
	}
	head, tail := splitAtRune(query, last)
	runes := []rune(head)
	var out []rune
	at := 0
	for _, r := range replacements {
		if r.start < at {
			continue
		}
		out = append(out, runes[at:r.start]...)
		out = append(out, []rune(r.with)...)
		at = r.end
	}
	out = append(out, runes[at:]...)
	if !utf8.ValidString(tail) {
		tail = string([]rune(tail)) // as the head: U+FFFD for each bad byte
	}
	return string(out) + tail
}

// splitAtRune cuts s after n runes, counting an invalid byte as one rune as
// ranging over a string does.
func splitAtRune(s string, n int) (head, tail string) {
	k := 0
	for i := range s {
		if k == n {
			return s[:i], s[i:]
		}
		k++
	}
	return s, ""
}

// wellMatched reports whether a word matched by more than a typo.
func wellMatched(terms []expansion) bool {
	for _, t := range terms {
		if t.tier != tierTypo {
			return true
		}
	}
	return false
}

// displayForm returns a term as an article writes it ("Pegasus" for
// "pegasus"): the first occurrence in the first document that has it. The
// index keeps no surface forms, so the document is read again; that is
// cheap for the one word a suggestion needs.
func (ix *Index) displayForm(term uint32) string {
	want := ix.dict.terms.at(term)
	doc := ix.docs[ix.postDocs[ix.postStarts[term]]]
	var a text.Analyzer
	fields := []string{doc.Title}
	for _, p := range doc.Body() {
		fields = append(fields, p.Text)
	}
	for _, f := range fields {
		for _, tok := range a.Tokens(f) {
			if tok.Term != want {
				continue
			}
			surface := string([]rune(f)[tok.Start:tok.End])
			// Prefer the bare word to a possessive such as "Macron's".
			if utf8.RuneCountInString(surface) == utf8.RuneCountInString(want) || tok.Joined {
				return surface
			}
		}
	}
	return want
}
