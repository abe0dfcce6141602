package text

import "unicode/utf8"

// A flag emoji is a pair of regional indicator symbols, one for each letter
// of its region's ISO 3166-1 code: 🇫🇷 is the symbols F and R (Unicode's
// emoji standard, UTS #51). A reader who types one means the
// country, so the analyser keeps a flag as a word, in articles and queries
// alike, and the gazetteer names its country (geo.Gazetteer.Lookup).
//
// The flag's term is the flag itself, not its letters: "fr" is a word of
// its own ("lemonde.fr", "fr." for a franc), which a flag must not match, and
// the letters of an unfinished last word would also match as a prefix,
// the flag as every word that starts with "fr".

const (
	regionalIndicatorA = '\U0001F1E6'
	regionalIndicatorZ = '\U0001F1FF'
)

func isRegionalIndicator(r rune) bool {
	return regionalIndicatorA <= r && r <= regionalIndicatorZ
}

// isFlag reports whether the runes at f[i] and f[i+1] form a flag. Unicode
// pairs regional indicators from the start of a run, and so does the
// analyser, which reads a run from its start, two at a time.
func isFlag(f []rune, i int) bool {
	return i+1 < len(f) && isRegionalIndicator(f[i]) && isRegionalIndicator(f[i+1])
}

// FlagCode returns the region code that s, one flag emoji and nothing else,
// stands for: "FR" for "🇫🇷". It does not check that the code names a
// region; ok is false when s is not one flag.
func FlagCode(s string) (code string, ok bool) {
	first, n := utf8.DecodeRuneInString(s)
	second, m := utf8.DecodeRuneInString(s[n:])
	if n+m != len(s) || !isRegionalIndicator(first) || !isRegionalIndicator(second) {
		return "", false
	}
	return string([]rune{'A' + first - regionalIndicatorA, 'A' + second - regionalIndicatorA}), true
}
