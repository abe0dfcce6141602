// Package text is Dossier's analysis pipeline: the one sequence of steps that
// turns an article's text, and a user's query, into searchable terms.
//
// The pipeline follows the shape of Bleve's analysers, as small steps applied
// in order, the same for documents and queries:
//
//  1. character filter (Fold): NFKC compatibility forms, case and diacritics
//     folded, typographic apostrophes and hyphens unified, invisible
//     formatting characters dropped; every folded rune remembers the rune of
//     the original text it came from, so that matches can be highlighted;
//  2. tokenizer (Analyzer): words of letters and digits, kept whole across
//     in-word apostrophes ("collega's"), hyphens ("EU-diplomaten") and digit
//     groups ("100.000"); and flag emoji, each a word (see FlagCode);
//  3. token filters: the possessive or plural "'s" dropped, hyphenated words
//     indexed as their parts and as one joined word, thousands separators
//     removed from numbers, terms capped at MaxTermRunes;
//  4. Stemmer (Dutch Snowball) and IsCompoundPart (Dutch compounds), applied
//     by the search index to its vocabulary rather than to every token, so
//     that each distinct word is stemmed once.
package text

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s as the search sees it: compatibility forms decomposed
// (NFKC/NFKD: "ĳ" becomes "ij", "ﬁ" becomes "fi"), lower case, without
// diacritics ("Élysée" becomes "elysee"), with typographic apostrophes and
// hyphens replaced by their ASCII forms and invisible formatting characters
// (IsInvisible: soft hyphen, zero-width space and joiners, byte order mark)
// removed.
func Fold(s string) string {
	buf := make([]rune, 0, len(s))
	for _, r := range s {
		buf = appendFolded(buf, r)
	}
	return string(buf)
}

// AppendFold appends Fold(s) to dst and returns the extended slice. It
// allocates only when dst is too small, for callers that fold many short
// words, such as the gazetteer looking at every capitalised word.
func AppendFold(dst []byte, s string) []byte {
	var scratch [8]rune
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c != '`' {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		for _, x := range appendFolded(scratch[:0], r) {
			dst = utf8.AppendRune(dst, x)
		}
	}
	return dst
}

// appendFolded appends the folded form of r, which may be zero, one or
// several runes, to dst.
func appendFolded(dst []rune, r rune) []rune {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return append(dst, r+('a'-'A'))
		case r == '`':
			return append(dst, '\'')
		}
		return append(dst, r)
	}
	if s, ok := special(r); ok {
		for _, x := range s {
			dst = append(dst, x)
		}
		return dst
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	decomposition := norm.NFKD.Properties(enc[:n]).Decomposition()
	if decomposition == nil {
		return appendLowerUnmarked(dst, r)
	}
	for len(decomposition) > 0 {
		x, size := utf8.DecodeRune(decomposition)
		decomposition = decomposition[size:]
		if s, ok := special(x); ok {
			for _, y := range s {
				dst = append(dst, y)
			}
			continue
		}
		dst = appendLowerUnmarked(dst, x)
	}
	return dst
}

// appendLowerUnmarked drops combining marks that only decorate a letter
// (diacritics) and lowers everything else. Spacing marks (Mc), which carry
// vowels in scripts such as Devanagari, are kept.
func appendLowerUnmarked(dst []rune, r rune) []rune {
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) {
		return dst
	}
	return append(dst, unicode.ToLower(r))
}

// special handles the runes that Unicode decomposition leaves alone but a
// Dutch reader treats as another spelling: letters without a canonical
// decomposition, typographic apostrophes and hyphens, and invisible
// formatting characters.
func special(r rune) (string, bool) {
	if IsInvisible(r) {
		return "", true
	}
	switch r {
	case 'ß', 'ẞ':
		return "ss", true
	case 'æ', 'Æ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ø', 'Ø':
		return "o", true
	case 'ł', 'Ł':
		return "l", true
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d", true
	case 'þ', 'Þ':
		return "th", true
	case 'ı':
		return "i", true
	case 'ħ', 'Ħ':
		return "h", true
	case 'ς':
		return "σ", true
	case '\u2018', '\u2019', '\u201B', '\u02BC', '\u2032', '\u00B4':
		return "'", true
	case '\u2010', '\u2011':
		return "-", true
	}
	return "", false
}

// IsInvisible reports the formatting characters that have no glyph and that
// Fold drops, so that they never split a word: the soft hyphen, the
// zero-width space, non-joiner and joiner, the word joiner and the byte
// order mark. A reader sees "spio\u200bnage" as "spionage", and that is
// what it must match.
//
// The zero-width space is a line-break opportunity, which web pages and
// word processors put inside long words as they put a soft hyphen; the
// scripts that separate words with it (Thai, Khmer) are not what this
// corpus is written in.
func IsInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// FoldIndexed folds s like Fold and also says, for each byte of the folded
// string, which rune of s it came from, so that a match found in the folded
// form can be highlighted in the original.
func FoldIndexed(s string) (folded string, origin []int) {
	buf := make([]byte, 0, len(s))
	origin = make([]int, 0, len(s))
	var runes []rune
	index := 0
	for _, r := range s {
		runes = appendFolded(runes[:0], r)
		for _, x := range runes {
			before := len(buf)
			buf = appendRuneBytes(buf, x)
			for range len(buf) - before {
				origin = append(origin, index)
			}
		}
		index++
	}
	return string(buf), origin
}
