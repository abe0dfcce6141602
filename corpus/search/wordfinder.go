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
// numbers with points) need the analyser. That makes finding the words of a
// paragraph several times cheaper than analysing it.
//
// A wordFinder keeps buffers between calls: one goroutine uses it.
type wordFinder struct {
	analyzer text.Analyzer
	tokens   []text.Token
	byteAt   []int // the byte offset of each rune of the stretch analysed, then its end
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
func (f *wordFinder) each(s string, whole bool, yield func(*word) bool) {
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
		j, ascii := i, true
		for j < len(s) && !isASCIISpace(s[j]) {
			if s[j] >= utf8.RuneSelf {
				ascii = false
			}
			j++
		}
		if ascii {
			from, to := i, j
			for from < to && !isASCIIAlnum(s[from]) {
				from++
			}
			for to > from && !isASCIIAlnum(s[to-1]) {
				to--
			}
			if from == to {
				// Punctuation only: no word.
				runeAt += j - i
				i = j
				continue
			}
			if to-from <= text.MaxTermRunes && allASCIIAlnum(s[from:to]) {
				w := word{start: runeAt + from - i, end: runeAt + to - i, from: from, to: to,
					position: position, term: s[from:to], plain: true}
				if !yield(&w) {
					return
				}
				position++
				runeAt += j - i
				i = j
				continue
			}
		}
		next, more := f.analyse(s[i:j], i, runeAt, position, yield)
		if !more {
			return
		}
		position = next
		if ascii {
			runeAt += j - i
		} else {
			runeAt += utf8.RuneCountInString(s[i:j])
		}
		i = j
	}
}

// analyse yields the tokens of stretch, which starts at byte base, rune
// runeBase and position positionBase of its field. It returns the position
// after its last word, and false when yield asked to stop.
func (f *wordFinder) analyse(stretch string, base, runeBase, positionBase int, yield func(*word) bool) (next int, more bool) {
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
		if !yield(&w) {
			return next, false
		}
	}
	return next, true
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func allASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIAlnum(s[i]) {
			return false
		}
	}
	return true
}
