package search

import (
	"strings"
	"unicode"

	"dossier/corpus/text"
)

// MaxQueryRunes is the longest query, in runes, that a search field keeps:
// room for MaxClauses long words and phrases, and far less than the tens
// of thousands of characters a reader may paste by mistake. LimitQuery cuts
// a query to it; the engine itself reads at most maxParsedRunes of any
// query, so that a caller that does not limit still gets an answer in
// bounded time.
const MaxQueryRunes = 500

// maxParsedRunes is how much of a query the parser reads: four times
// MaxQueryRunes, which holds MaxClauses words of text.MaxTermRunes runes
// each with room to spare. The rest of a longer query is ignored, as are
// the clauses beyond MaxClauses.
const maxParsedRunes = 4 * MaxQueryRunes

// maxParsedTokens is how many words of a query the parser reads: as many
// as MaxClauses phrases of maxPhraseWords words hold.
const maxParsedTokens = MaxClauses * maxPhraseWords

// LimitQuery readies pasted text for the search field: it turns control
// characters (tabs, line breaks, escapes, NUL) and line and paragraph
// separators into spaces and, when q is longer than MaxQueryRunes runes,
// cuts it there and reports cut. Invalid UTF-8 becomes U+FFFD.
//
// The cut never splits a character a reader sees as one: it is moved back
// before combining marks, joiners, variation selectors, emoji modifiers and
// tags, and between the two halves of a flag. When that leaves it inside a
// word and a space comes at most text.MaxTermRunes runes before, it is
// moved back to that space, so that the query does not end in half a word;
// the spaces before the cut are dropped. A limited query is never longer
// than MaxQueryRunes runes, and a query that fits is only cleaned.
func LimitQuery(q string) (limited string, cut bool) {
	runes := make([]rune, 0, min(len(q), MaxQueryRunes+1))
	for _, r := range q {
		if len(runes) == MaxQueryRunes+1 {
			break
		}
		runes = append(runes, cleanRune(r))
	}
	if len(runes) <= MaxQueryRunes {
		return string(runes), false
	}
	// runes[MaxQueryRunes] is the first rune left out; find a boundary at
	// or before it.
	at := graphemeCut(runes, MaxQueryRunes)
	if at > 0 && at < len(runes) && isWordPart(runes[at-1]) && isWordPart(runes[at]) {
		for k := at - 1; k >= max(0, at-text.MaxTermRunes); k-- {
			if unicode.IsSpace(runes[k]) {
				at = k
				break
			}
		}
	}
	return strings.TrimRightFunc(string(runes[:at]), unicode.IsSpace), true
}

// cleanRune turns the characters that have no place in a one-line search
// field into spaces.
func cleanRune(r rune) rune {
	if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
		return ' '
	}
	return r
}

// maxClusterBackoff bounds how far graphemeCut moves a cut back: a base
// with hundreds of combining marks ("Zalgo" text) is cut inside.
const maxClusterBackoff = 32

// graphemeCut returns the last place at or before at where runes may be cut
// without splitting a user-perceived character, or at itself when none is
// within maxClusterBackoff runes.
func graphemeCut(runes []rune, at int) int {
	for k := at; k > 0 && k > at-maxClusterBackoff; k-- {
		if k == len(runes) || !joinsPrevious(runes, k) {
			return k
		}
	}
	return at
}

// joinsPrevious reports whether runes[k] belongs to the same character as
// runes[k-1]: an extending mark or modifier, anything after a zero-width
// joiner, the second regional indicator of a flag, a Hangul vowel or final
// consonant jamo.
func joinsPrevious(runes []rune, k int) bool {
	r, prev := runes[k], runes[k-1]
	switch {
	case prev == '\u200d': // zero-width joiner: 👨‍👩‍👧
		return true
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc):
		return true // combining marks, variation selectors
	case r == '\u200c' || r == '\u200d':
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // emoji skin tones
		return true
	case r >= 0xE0020 && r <= 0xE007F: // emoji tag sequences
		return true
	case r >= 0x1160 && r <= 0x11FF, r >= 0xD7B0 && r <= 0xD7FF: // Hangul jamo V and T
		return true
	case isRegionalIndicator(r) && isRegionalIndicator(prev):
		// A flag is a pair: r completes one when an odd number of
		// indicators comes before it.
		n := 0
		for j := k - 1; j >= 0 && isRegionalIndicator(runes[j]); j-- {
			n++
		}
		return n%2 == 1
	}
	return false
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isWordPart reports the runes a word is made of, for cutting between words.
func isWordPart(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// parsedPrefix returns the part of query the parser reads: all of it, or
// its first maxParsedRunes runes, with truncated set.
func parsedPrefix(query string) (prefix string, truncated bool) {
	if len(query) <= maxParsedRunes { // bytes: at most as many runes
		return query, false
	}
	n := 0
	for i := range query {
		if n == maxParsedRunes {
			return query[:i], true
		}
		n++
	}
	return query, false
}
