package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxTermRunes caps the length of a term. Longer runs of letters (a pasted
// hash, a line of unspaced script) are kept as one token whose term is cut
// here, so that no input makes the dictionary or the typo search work on
// unbounded words.
const MaxTermRunes = 64

// Token is one searchable word of a text.
type Token struct {
	// Term is the folded form that the index stores and queries look up.
	Term string
	// Start and End are rune offsets into the original text, End exclusive;
	// they cover what a reader would highlight, including a dropped "'s".
	Start, End int
	// Position counts words from 0. A joined token shares the positions of
	// its parts: it starts at the first part's position and is Width wide.
	Position int
	// Width is the number of positions the token covers: 1, or the number
	// of parts of a joined token.
	Width int
	// Joined marks the whole of a hyphenated or apostrophed word ("EU-
	// diplomaten" gives "eu", "diplomaten" and the joined "eudiplomaten").
	// It follows its parts in the token list.
	Joined bool
}

// Analyzer splits text into tokens. It keeps scratch buffers between calls,
// so one Analyzer must not be used by two goroutines at once; create one per
// goroutine (creating one is cheap).
type Analyzer struct {
	folded   []rune  // the folded text
	source   []int32 // for each folded rune, the index of the original rune it came from
	terms    []byte  // every term of one call, back to back
	termEnds []int   // where each token's term ends in terms
	pieces   []piece // the parts of the word being split
}

// piece is one part of a word, as a range of folded runes.
type piece struct{ from, to int }

// Tokens returns the tokens of s.
func (a *Analyzer) Tokens(s string) []Token { return a.AppendTokens(nil, s) }

// AppendTokens appends the tokens of s to dst, numbering positions from 0.
// All terms of one call share one string allocation.
func (a *Analyzer) AppendTokens(dst []Token, s string) []Token {
	a.fold(s)
	a.terms = a.terms[:0]
	first := len(dst)
	termEnds := a.termEnds[:0]
	position := 0
	f := a.folded
	for i := 0; i < len(f); {
		if !isWordRune(f[i]) {
			if isFlag(f, i) {
				termEnds = append(termEnds, a.appendTerm(i, i+2))
				dst = append(dst, Token{Start: int(a.source[i]), End: int(a.source[i+1]) + 1, Position: position, Width: 1})
				position++
				i += 2
				continue
			}
			i++
			continue
		}
		j := i + 1
		joiners := false
		if !isIdeograph(f[i]) {
			for j < len(f) {
				r := f[j]
				// Folded ASCII text is the common case; test it inline.
				if r < 0x80 {
					if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
						j++
						continue
					}
				} else if isWordRune(r) && !isIdeograph(r) {
					j++
					continue
				}
				if (r == '\'' || r == '-' || r == '.' || r == ',') && isJoiner(f, j) {
					j += 2
					joiners = true
					continue
				}
				break
			}
		}
		if joiners {
			dst, termEnds, position = a.appendWord(dst, termEnds, i, j, position)
		} else {
			// A plain word: one token, no parts to look for.
			termEnds = append(termEnds, a.appendTerm(i, j))
			dst = append(dst, Token{Start: int(a.source[i]), End: int(a.source[j-1]) + 1, Position: position, Width: 1})
			position++
		}
		i = j
	}
	all := string(a.terms)
	start := 0
	for k, end := range termEnds {
		dst[first+k].Term = all[start:end]
		start = end
	}
	a.termEnds = termEnds
	return dst
}

// fold runs the character filter over s into a.folded and a.source.
func (a *Analyzer) fold(s string) {
	a.folded = a.folded[:0]
	a.source = a.source[:0]
	index := int32(0)
	for _, r := range s {
		if r < utf8.RuneSelf && r != '`' { // ASCII folds to itself, lower-cased
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			a.folded = append(a.folded, r)
			a.source = append(a.source, index)
			index++
			continue
		}
		before := len(a.folded)
		a.folded = appendFolded(a.folded, r)
		for range len(a.folded) - before {
			a.source = append(a.source, index)
		}
		index++
	}
}

// appendWord turns the folded runes [from, to), a word with in-word
// joiners, into tokens: one token when the joiners only group digits or end
// in a possessive "'s", or else its parts followed by the joined whole.
func (a *Analyzer) appendWord(dst []Token, termEnds []int, from, to, position int) ([]Token, []int, int) {
	f := a.folded
	end := to
	// Dutch writes the plural of words ending in a long vowel and the
	// possessive of names with an apostrophe: "collega's", "Macron's". The
	// term is the word without it, the highlight still covers it.
	if to-from >= 3 && f[to-2] == '\'' && f[to-1] == 's' {
		end = to - 2
	}
	a.pieces = a.pieces[:0]
	start := from
	for k := from; k < end; k++ {
		if f[k] == '-' || f[k] == '\'' {
			a.pieces = append(a.pieces, piece{start, k})
			start = k + 1
		}
	}
	a.pieces = append(a.pieces, piece{start, end})

	spanStart, spanEnd := int(a.source[from]), int(a.source[to-1])+1
	if len(a.pieces) == 1 {
		termEnds = append(termEnds, a.appendTerm(from, end))
		dst = append(dst, Token{Start: spanStart, End: spanEnd, Position: position, Width: 1})
		return dst, termEnds, position + 1
	}
	for k, p := range a.pieces {
		termEnds = append(termEnds, a.appendTerm(p.from, p.to))
		tokenEnd := int(a.source[p.to-1]) + 1
		if k == len(a.pieces)-1 {
			tokenEnd = spanEnd
		}
		dst = append(dst, Token{Start: int(a.source[p.from]), End: tokenEnd, Position: position + k, Width: 1})
	}
	joinedStart := len(a.terms)
	for _, p := range a.pieces {
		a.appendTermRunes(f[p.from:p.to], MaxTermRunes-(len(a.terms)-joinedStart))
	}
	termEnds = append(termEnds, len(a.terms))
	dst = append(dst, Token{Start: spanStart, End: spanEnd, Position: position, Width: len(a.pieces), Joined: true})
	return dst, termEnds, position + len(a.pieces)
}

// appendTerm appends the term for the folded runes [from, to) to a.terms and
// returns its end.
func (a *Analyzer) appendTerm(from, to int) int {
	runes := a.folded[from:to]
	if isNumber(runes) {
		a.appendNumber(runes)
	} else {
		a.appendTermRunes(runes, MaxTermRunes)
	}
	return len(a.terms)
}

// appendTermRunes appends at most limit runes. The limit counts runes, not
// bytes, so it is checked per rune; the joined term passes what is left of
// its budget.
func (a *Analyzer) appendTermRunes(runes []rune, limit int) {
	for k, r := range runes {
		if k >= limit {
			return
		}
		a.terms = appendRuneBytes(a.terms, r)
	}
}

// appendNumber writes a number without Dutch thousands separators, so that
// "100.000" and "100000" are the same term. Dots count as thousands
// separators only where they split the whole part into groups of three
// ("8.000.000", "1.100,50"); otherwise ("2.5", "1.2.3") they stay, and so
// does a decimal comma ("1,5").
func (a *Analyzer) appendNumber(runes []rune) {
	whole := runes
	for k, r := range runes {
		if r == ',' {
			whole = runes[:k]
			break
		}
	}
	dropDots := thousandsGrouped(whole)
	for k, r := range runes {
		if k >= MaxTermRunes {
			return
		}
		if r == '.' && dropDots && k < len(whole) {
			continue
		}
		a.terms = appendRuneBytes(a.terms, r)
	}
}

// thousandsGrouped reports whether digits holds dots that split it into a
// group of one to three digits followed by groups of exactly three.
func thousandsGrouped(digits []rune) bool {
	group, groups := 0, 0
	for _, r := range digits {
		if r != '.' {
			group++
			continue
		}
		if (groups == 0 && (group < 1 || group > 3)) || (groups > 0 && group != 3) {
			return false
		}
		group = 0
		groups++
	}
	return groups > 0 && group == 3
}

func appendRuneBytes(b []byte, r rune) []byte {
	if r < 0x80 {
		return append(b, byte(r))
	}
	return append(b, string(r)...)
}

// isWordRune reports whether r belongs inside a word: letters, digits and the
// combining marks that some scripts need to spell a word.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isIdeograph reports whether r is written without spaces between words;
// each such rune is a token of its own, as in Bleve's unicode tokenizer.
func isIdeograph(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// isJoiner reports whether f[j] joins the word runes on either side of it
// into one word: an apostrophe or hyphen between word runes, or a dot or comma
// between digits.
func isJoiner(f []rune, j int) bool {
	if j == 0 || j+1 >= len(f) {
		return false
	}
	before, after := f[j-1], f[j+1]
	if !isWordRune(before) || !isWordRune(after) || isIdeograph(after) {
		return false
	}
	switch f[j] {
	case '\'', '-':
		return true
	case '.', ',':
		return unicode.IsDigit(before) && unicode.IsDigit(after)
	}
	return false
}

// isNumber reports whether runes spell a number: digits, possibly grouped by
// dots and commas.
func isNumber(runes []rune) bool {
	if len(runes) == 0 {
		return false
	}
	for _, r := range runes {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// IsWord reports whether term consists of letters only: the terms that
// stemming, typo tolerance and compound parts apply to (not numbers, not
// codes such as "g7").
func IsWord(term string) bool {
	if term == "" {
		return false
	}
	return strings.IndexFunc(term, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) < 0
}
