package search

import (
	"unicode"

	"dossier/corpus/text"
)

// ModeNoWords says that the query's text has no word to search for, only
// emoji, symbols or punctuation ("🙂", "!!!"), and that no article matches
// it.
const ModeNoWords Mode = "no-words"

// withoutWords answers a query whose text gives the search no word. A text
// that is blank (see blank) asks for nothing yet, and lists every article
// that passes the filters, as the empty query does. Any other text, such as
// "🙂" or "!!!", asks for something the search cannot look for: listing
// every article would answer a question the reader did not ask, so it
// matches none, and the Mode says why.
//
// A query of only exclusions ("-China") asks for every article but those,
// and lists them.
func (ix *Index) withoutWords(s *scratch, q Query, f filter, exclusions int) Result {
	if listsAll(q, exclusions) {
		return ix.listAll(s, q, f)
	}
	return Result{Mode: ModeNoWords, Facets: ix.facets(s)}
}

// listsAll reports whether q, whose text gives the search no word, lists
// every article that passes its filters and exclusions; otherwise it
// matches none.
func listsAll(q Query, exclusions int) bool { return exclusions > 0 || blank(q.Text) }

// blank reports whether text has nothing but spaces, invisible characters
// and quotes: nothing yet, as while the reader opens a phrase and has typed
// no word in it.
func blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !text.IsInvisible(r) && !isQuote(r) {
			return false
		}
	}
	return true
}
