package search

import (
	"unicode/utf8"

	"dossier/corpus"
	"dossier/corpus/text"
)

// Query asks the index for articles.
type Query struct {
	// Text is what the reader typed: words that must all match, and
	// "quoted words" that must match as a phrase. The last word also
	// matches as a prefix unless something (a space) follows it. Empty text
	// lists every article, newest first.
	Text string
	// Countries keeps articles about any of these country codes; empty
	// keeps all.
	Countries []string
	// From and To keep articles published in this range of months, both
	// inclusive; the zero Month leaves that end open.
	From, To corpus.Month
	// Limit is the most hits to return (DefaultLimit when 0 or less); Offset skips
	// that many of the best first, for paging. Total counts all of them.
	Limit, Offset int
}

const (
	// DefaultLimit is the number of hits returned when Query.Limit is 0.
	DefaultLimit = 50
	// MaxClauses is the most words and phrases of a query that are used;
	// the rest of a longer query is ignored, which keeps the time a query
	// takes bounded whatever is pasted into the search field.
	MaxClauses = 16
	// maxPhraseWords is the most words of one phrase that are used.
	maxPhraseWords = 16
	// minPrefixRunes is the shortest last word that is also matched as a
	// prefix: one letter would stand for a large part of the vocabulary.
	minPrefixRunes = 2
)

// clause is one thing every hit must match: a word, in any of its forms, or
// a phrase of words in order.
type clause struct {
	words  []string // folded terms: one for a word, the words of a phrase
	phrase bool
	prefix bool // the word is the query's last and may be unfinished
	// start and end are the clause's rune offsets in the query text, so
	// that a suggestion can replace it.
	start, end int
}

// isQuote reports the characters that open or close a phrase: straight and
// typographic double quotes, and guillemets.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»', '＂':
		return true
	}
	return false
}

// parseQuery splits a query into clauses. The text is analysed exactly as
// documents are; quotes only decide which tokens form phrases. A quote left
// open runs to the end of the query.
func parseQuery(a *text.Analyzer, query string) []clause {
	// Number the quoted stretches, and blank the quotes themselves (one rune
	// for one, so that rune offsets stay valid).
	quoted := make([]rune, 0, len(query))
	phraseOf := make([]int, 0, len(query)) // per rune: its quoted stretch, or -1 outside quotes
	open, stretch := false, -1
	for _, r := range query {
		if isQuote(r) {
			open = !open
			if open {
				stretch++
			}
			quoted = append(quoted, ' ')
			phraseOf = append(phraseOf, -1)
			continue
		}
		quoted = append(quoted, r)
		if open {
			phraseOf = append(phraseOf, stretch)
		} else {
			phraseOf = append(phraseOf, -1)
		}
	}
	tokens := a.Tokens(string(quoted))
	runes := len(quoted)

	// A hyphenated word is looked up as its joined whole, which the index
	// holds for every hyphenated word in the documents, so "e-mail" finds
	// "e-mails" and "emails"; outside phrases, its parts are skipped.
	partOfJoined := make([]bool, len(tokens)+1)
	for _, tok := range tokens {
		if tok.Joined && phraseOf[tok.Start] < 0 {
			for p := tok.Position; p < tok.Position+tok.Width; p++ {
				partOfJoined[p] = true
			}
		}
	}
	var clauses []clause
	lastPhrase := -1
	for _, tok := range tokens {
		if len(clauses) > MaxClauses {
			break // the rest is cut below; stop reading a pasted essay
		}
		if p := phraseOf[tok.Start]; p >= 0 {
			if tok.Joined {
				continue // a phrase matches the parts, in order
			}
			if p != lastPhrase {
				clauses = append(clauses, clause{phrase: true, start: tok.Start})
				lastPhrase = p
			}
			c := &clauses[len(clauses)-1]
			if len(c.words) < maxPhraseWords {
				c.words = append(c.words, tok.Term)
				c.end = tok.End
			}
			continue
		}
		lastPhrase = -1
		if !tok.Joined && partOfJoined[tok.Position] {
			continue
		}
		c := clause{words: []string{tok.Term}, start: tok.Start, end: tok.End}
		if !containsClause(clauses, c) {
			clauses = append(clauses, c)
		}
	}
	// A repeated phrase is known only once it is complete.
	kept := clauses[:0]
	for _, c := range clauses {
		if !containsClause(kept, c) {
			kept = append(kept, c)
		}
	}
	clauses = kept
	if len(clauses) > MaxClauses {
		clauses = clauses[:MaxClauses]
	}
	if n := len(clauses); n > 0 {
		last := &clauses[n-1]
		if !last.phrase && last.end == runes && utf8.RuneCountInString(last.words[0]) >= minPrefixRunes {
			last.prefix = true
		}
	}
	return clauses
}

func containsClause(clauses []clause, c clause) bool {
	for _, o := range clauses {
		if o.phrase == c.phrase && len(o.words) == len(c.words) {
			same := true
			for i := range o.words {
				same = same && o.words[i] == c.words[i]
			}
			if same {
				return true
			}
		}
	}
	return false
}
