package search

import (
	"slices"
	"unicode"
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
	// AllCountries, when set, keeps only the articles about every one of
	// Countries instead of any of them. A code no article is about then
	// leaves nothing.
	AllCountries bool
	// Actors keeps the articles that name any of these codes (a country,
	// or "EU", "UN", "NATO") as an actor, who spied or attacked; Targets
	// those that name any of them as a target. Empty keeps all. Each
	// combines with the other filters as they do with each other: an
	// article must pass them all.
	Actors, Targets []string
	// IDs, when not nil, keeps only the articles with these ids, as a
	// filter like Countries: a reader's bookmarks, say. Ids the index does
	// not hold are ignored; a non-nil empty slice keeps nothing. The
	// facets count within it (each still ignoring only its own filter),
	// and text, country names, phrases, Total and paging behave as for
	// the whole corpus restricted to these articles.
	IDs []string
	// From and To keep articles of this range of months, both inclusive;
	// the zero Month leaves that end open. By says of what: published in
	// it (ByPublished, the zero value), with an event whose months overlap
	// it (ByEvent), or either. Without From and To, By keeps every article.
	From, To corpus.Month
	By       DateBy
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
	// maxNameWords is the most adjacent query words looked up together as
	// the name of a country: "Verenigde Arabische Emiraten", "Papoea Nieuw
	// Guinea".
	maxNameWords = 4
)

// clause is one thing every hit must match: a word, in any of its forms, or
// a phrase of words in order. A word, or unquoted words, that name a
// country or a threat-actor group also match its mentions.
type clause struct {
	words  []string // folded terms: one for a word, the words of a phrase
	phrase bool
	prefix bool // the word is the query's last and may be unfinished
	// names are what the unquoted word names, as the index numbers its
	// mentions: country codes, and groups' keys (groupKey); or, for a
	// phrase, what its unquoted words name together ("Verenigde Staten",
	// "Fancy Bear"): such a phrase matches where the words are in order,
	// as the exact name, or where the country or group is mentioned.
	names []string
	// start and end are the clause's rune offsets in the query text, so
	// that a suggestion can replace it.
	start, end int
	// exclude marks a clause whose articles are left out: "-China".
	exclude bool
	// year is the year a bare year names ("2017"), else 0.
	year int
	// alts are the members of an OR group, each a word or a phrase; a
	// group has no words of its own.
	alts []clause
}

// typed returns the clause as the reader typed it in query, quotes
// included: "geheime dienst", Pegasus OR Predator.
func (c clause) typed(query []rune) string {
	start, end := min(c.start, len(query)), min(c.end, len(query))
	if start > 0 && isQuote(query[start-1]) {
		start--
	}
	if end < len(query) && isQuote(query[end]) {
		end++
	}
	return string(query[start:end])
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
//
// names, when not nil, returns the countries that words of the query name,
// given as the reader typed them. Up to maxNameWords adjacent unquoted words
// with only spaces between them are looked up together, the longest first,
// so that "Verenigde Staten" becomes one clause, a phrase that also matches
// the country, rather than two words that would each match the country on
// their own. A word that names a country alone ("Frankrijk", "VS",
// "Saudi-Arabië", a hyphenated name being one word) stays a word clause
// that also matches the country. Quoted words ask for the words themselves
// and are not looked up.
//
// Only the first maxParsedRunes runes of a longer query are read, so that
// parsing takes bounded time whatever is pasted; the word the cut falls on
// or after is dropped, and no word of such a query is a prefix. Of those,
// only the first maxParsedTokens words are used: a query repeating a few
// words over and over ends there.
func parseQuery(a *text.Analyzer, query string, names func(string) []string) []clause {
	query, truncated := parsedPrefix(query)
	// Number the quoted stretches, and blank the quotes themselves (one rune
	// for one, so that rune offsets stay valid).
	quoted := make([]rune, 0, len(query))
	phraseOf := make([]int, 0, len(query)) // per rune: its quoted stretch, or -1 outside quotes
	quoteAt := make([]bool, 0, len(query))
	open, stretch := false, -1
	for _, r := range query {
		quoteAt = append(quoteAt, isQuote(r))
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
	ops := findOperators(quoted, quoteAt)
	tokens := a.Tokens(string(quoted))
	runes := len(quoted)
	if truncated {
		// The last word may go on past the cut: drop it, with the parts or
		// the whole it belongs to.
		for len(tokens) > 0 && tokens[len(tokens)-1].End == runes {
			last := tokens[len(tokens)-1]
			kept := tokens[:0]
			for _, tok := range tokens {
				if tok.Position+tok.Width <= last.Position {
					kept = append(kept, tok)
				}
			}
			tokens = kept
		}
	}

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
	// The tokens that make clauses: each token of a phrase but the joined
	// ones, and each word outside phrases but the parts of joined ones.
	// termsAt holds the terms of the words by position, to spell a
	// hyphenated name as its parts.
	items := make([]text.Token, 0, len(tokens))
	termsAt := make([]string, len(tokens)+1)
	for _, tok := range tokens {
		inPhrase := phraseOf[tok.Start] >= 0
		if !tok.Joined {
			termsAt[tok.Position] = tok.Term
		}
		if (inPhrase && tok.Joined) || (!inPhrase && !tok.Joined && partOfJoined[tok.Position]) {
			continue
		}
		items = append(items, tok)
	}
	var lookup func(from, to int) []string
	if names != nil {
		known := map[string][]string{} // a repeated word is looked up once
		lookup = func(from, to int) []string {
			if from >= to {
				return nil
			}
			s := string(quoted[from:to])
			codes, ok := known[s]
			if !ok {
				codes = names(s)
				known[s] = codes
			}
			return codes
		}
	}

	var clauses []clause
	lastPhrase := -1
	for k := 0; k < len(items); k++ {
		tok := items[k]
		if len(clauses) > MaxClauses || k >= maxParsedTokens {
			break // the rest is cut below; stop reading a pasted essay
		}
		if p := phraseOf[tok.Start]; p >= 0 {
			if p != lastPhrase {
				clauses = append(clauses, clause{phrase: true, start: tok.Start, exclude: excludedAt(ops, tok.Start)})
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
		exclude := excludedAt(ops, tok.Start)
		c := clause{words: []string{tok.Term}, start: tok.Start, end: tok.End, exclude: exclude}
		if lookup != nil {
			n, codes := nameAt(items[k:], phraseOf, quoted, lookup)
			switch {
			case n == 1:
				c.names = codes
			case n > 1:
				c = clause{phrase: true, names: codes, start: tok.Start, end: items[k+n-1].End, exclude: exclude}
				for _, w := range items[k : k+n] {
					c.words = append(c.words, termsAt[w.Position:w.Position+w.Width]...)
				}
				c.words = c.words[:min(len(c.words), maxPhraseWords)]
				k += n - 1
			}
		}
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
		if !truncated && !last.phrase && last.end == runes && utf8.RuneCountInString(last.words[0]) >= minPrefixRunes {
			last.prefix = true
		}
	}
	return applyOperators(clauses, ops, quoted)
}

// nameAt returns how many of the words at the start of items name a country
// together, the most that do, with the countries; 0 when the first word
// names none. The words must be unquoted and apart by spaces only.
func nameAt(items []text.Token, phraseOf []int, quoted []rune, lookup func(from, to int) []string) (n int, codes []string) {
	run := 1
	for run < min(len(items), maxNameWords) && phraseOf[items[run].Start] < 0 && apart(quoted, items[run-1], items[run]) {
		run++
	}
	for n = run; n > 0; n-- {
		if codes = lookup(items[0].Start, items[n-1].End); len(codes) > 0 {
			return n, codes
		}
	}
	return 0, nil
}

// apart reports whether only spaces come between two tokens of text. Tokens
// that one character gives ("¾" folds to "3⁄4") are not apart.
func apart(text []rune, a, b text.Token) bool {
	if a.End > b.Start {
		return false
	}
	for _, r := range text[a.End:b.Start] {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func containsClause(clauses []clause, c clause) bool {
	return slices.ContainsFunc(clauses, func(o clause) bool { return sameClause(o, c) })
}

// sameClause reports whether two clauses ask for the same thing.
func sameClause(a, b clause) bool {
	return a.phrase == b.phrase && a.exclude == b.exclude && slices.Equal(a.words, b.words) &&
		(len(a.names) > 0) == (len(b.names) > 0) && len(a.alts) == 0 && len(b.alts) == 0
}
