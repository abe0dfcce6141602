package search

import (
	"unicode/utf8"

	"dossier/corpus/text"
)

// wordFinder finds the words of a field's text, with their places, as
// text.Analyzer gives them to the index, without analysing most of them.
//
// The analyser never joins runes across ASCII white space, which folds to
// itself and is neither a word rune nor a joiner; so each stretch of text
// between such spaces has the tokens it has within the whole text, their
// positions counted on from the stretches before it. A stretch of ASCII
// whose letters and digits are not interrupted by anything else (the
// punctuation around them aside) is one word whose term is its letters
// lower-cased: only the other stretches (accents, hyphens, apostrophes,
// numbers with points) need the analyser. Typographic quotes and dashes
// around a word are punctuation like ASCII's (isQuoteOrDash). That makes finding the words of a
// paragraph several times cheaper than analysing it.
//
// A wordFinder keeps buffers between calls: one goroutine uses it.
type wordFinder struct {
	analyzer text.Analyzer
	tokens   []text.Token
	byteAt   []int // the byte offset of each rune of the stretch analysed, then its end
	// skipTo is the first position of a plain word that each yields: the
	// caller moves it on to the next word it wants, sparing a call for
	// each word it does not. The stretches analysed yield all their words.
	skipTo int
}

// word is one token of a field, where it is, and its term.
type word struct {
	start, end int // rune offsets in the field, as text.Token's
	from, to   int // the same as byte offsets
	position   int // as text.Token's, counted over the whole field
	joined     bool
	// term is the folded term; for a plain word, the word as written, whose
	// term is this lower-cased.
	term  string
	plain bool
}

// is reports whether the word's term is term.
func (w *word) is(term string) bool {
	if !w.plain {
		return w.term == term
	}
	if len(w.term) != len(term) {
		return false
	}
	for i := 0; i < len(term); i++ {
		c := w.term[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != term[i] {
			return false
		}
	}
	return true
}

// each calls yield with the words of s in the analyser's order (the parts of
// a joined word, then the whole) until yield returns false. With whole set
// it analyses s in one piece, as the index did: the reference that the
// stretch by stretch way is tested against.
func (f *wordFinder) each(s string, whole bool, yield func(word) bool) {
	if whole {
		f.analyse(s, 0, 0, 0, yield)
		return
	}
	runeAt, position := 0, 0
	for i := 0; i < len(s); {
		if isASCIISpace(s[i]) {
			i++
			runeAt++
			continue
		}
		// A plain stretch is punctuation, letters and digits, punctuation.
		start := i
		var lead, trail int
		i, lead = skipPunctuation(s, i)
		from := i
		for i < len(s) && isASCIIAlnum(s[i]) {
			i++
		}
		to := i
		i, trail = skipPunctuation(s, i)
		if (i == len(s) || isASCIISpace(s[i])) && to-from <= text.MaxTermRunes {
			if from < to {
				if position >= f.skipTo {
					w := word{start: runeAt + lead, end: runeAt + lead + to - from, from: from, to: to,
						position: position, term: s[from:to], plain: true}
					if !yield(w) {
						return
					}
				}
				position++
			}
			runeAt += lead + to - from + trail
			continue
		}
		// Any other stretch goes on to the next space.
		for i < len(s) && !isASCIISpace(s[i]) {
			i++
		}
		next, more := f.analyse(s[start:i], start, runeAt, position, yield)
		if !more {
			return
		}
		position = next
		runeAt += utf8.RuneCountInString(s[start:i])
	}
}

// skipPunctuation steps over the punctuation at s[i:], ASCII and
// isQuoteOrDash, and returns where it ends and how many runes it has.
func skipPunctuation(s string, i int) (end, runes int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIIAlnum(c) || isASCIISpace(c) {
				break
			}
			i++
		} else if r, size := utf8.DecodeRuneInString(s[i:]); isQuoteOrDash(r) {
			i += size
		} else {
			break
		}
		runes++
	}
	return i, runes
}

// analyse yields the tokens of stretch, which starts at byte base, rune
// runeBase and position positionBase of its field. It returns the position
// after its last word, and false when yield asked to stop.
func (f *wordFinder) analyse(stretch string, base, runeBase, positionBase int, yield func(word) bool) (next int, more bool) {
	f.tokens = f.analyzer.AppendTokens(f.tokens[:0], stretch)
	if len(f.tokens) == 0 {
		return positionBase, true
	}
	// Ranging over a string steps over an invalid byte as one rune, as the
	// analyser does.
	f.byteAt = f.byteAt[:0]
	for b := range stretch {
		f.byteAt = append(f.byteAt, b)
	}
	f.byteAt = append(f.byteAt, len(stretch))
	next = positionBase
	for k := range f.tokens {
		tok := &f.tokens[k]
		w := word{start: runeBase + tok.Start, end: runeBase + tok.End,
			from: base + f.byteAt[tok.Start], to: base + f.byteAt[tok.End],
			position: positionBase + tok.Position, joined: tok.Joined, term: tok.Term}
		next = max(next, w.position+tok.Width)
		if !yield(w) {
			return next, false
		}
	}
	return next, true
}

// isQuoteOrDash reports the punctuation that often stands around a word in
// Dutch text, beyond ASCII: typographic quotes, guillemets, dashes and the
// ellipsis. Each folds to runes that are neither word runes nor joiners
// where they stand, at the edge of a stretch, so that they are never part of
// a word there.
func isQuoteOrDash(r rune) bool {
	switch r {
	case '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›', '–', '—', '…':
		return true
	}
	return false
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
