package geo

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// appendFolded appends s to dst as the gazetteer compares words: lower case,
// without diacritics ("Israël" and "Israel", "Élysée" and "Elysee" are the
// same word), ligatures spelled out ("ĳ" as "ij"), and typographic
// apostrophes as ASCII ("Bahama’s" as "Bahama's"). It allocates only when dst
// is too small, so that extraction can fold every capitalised word it meets.
func appendFolded(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		dst = appendFoldedRune(dst, r)
	}
	return dst
}

func fold(s string) string { return string(appendFolded(nil, s)) }

func appendFoldedRune(dst []byte, r rune) []byte {
	if r < latinFoldLimit {
		return append(dst, latinFolds()[r]...)
	}
	switch {
	case isApostrophe(r):
		return append(dst, '\'')
	case unicode.In(r, unicode.Mn, unicode.Cf):
		return dst // a combining mark (the diacritic of the letter before it) or an invisible joiner
	}
	// Outside the Latin blocks (Vietnamese letters, Greek, Cyrillic): rare in
	// Dutch news, so the general decomposition may allocate.
	for _, x := range norm.NFKD.String(string(r)) {
		if !unicode.In(x, unicode.Mn, unicode.Cf) {
			dst = utf8.AppendRune(dst, unicode.ToLower(x))
		}
	}
	return dst
}

// latinFoldLimit ends the blocks folded by table: Basic Latin, Latin-1
// Supplement and Latin Extended-A and -B, every letter of the names of
// countries written in Latin script.
const latinFoldLimit = 0x250

// latinFolds holds the folded form of every rune below latinFoldLimit.
var latinFolds = sync.OnceValue(func() *[latinFoldLimit]string {
	var t [latinFoldLimit]string
	for r := rune(0); r < latinFoldLimit; r++ {
		switch {
		case isApostrophe(r):
			t[r] = "'"
			continue
		}
		switch r {
		case 'ß':
			t[r] = "ss"
		case 'æ', 'Æ':
			t[r] = "ae"
		case 'œ', 'Œ':
			t[r] = "oe"
		case 'ø', 'Ø':
			t[r] = "o"
		case 'ł', 'Ł':
			t[r] = "l"
		case 'đ', 'Đ':
			t[r] = "d"
		case 'ı':
			t[r] = "i"
		default:
			var b []byte
			for _, x := range norm.NFKD.String(string(r)) {
				if !unicode.In(x, unicode.Mn, unicode.Cf) {
					b = utf8.AppendRune(b, unicode.ToLower(x))
				}
			}
			t[r] = string(b)
		}
	}
	return &t
})

// isApostrophe reports the characters Dutch text writes apostrophes with.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´':
		return true
	}
	return false
}
