package geo

import (
	"unicode"
	"unicode/utf8"

	"dossier/corpus/text"
)

// token is one word of a text: a run of letters and digits, kept whole
// across in-word apostrophes ("Amerika's", "d'Ivoire"), the full stops of
// letter abbreviations ("V.S.", "U.S.A.") and digit groups ("100.000").
// Hyphens separate words, so that "Wit-Rusland" and "Wit Rusland" are the
// same two words and "EU-diplomaten" contains "EU".
//
// A text has many words and few of them name a place, so a token is kept
// small: offsets are int32, which limits a text to 2 GiB (Extract reads
// longer texts in parts).
type token struct {
	start, end         int32 // byte offsets into the text
	runeStart, runeEnd int32 // the same in runes, for highlighting in widgets that count runes
	sentence           int32 // the sentence of the text it belongs to, counted from 0
	gap                gap   // what separates the word from the one before
	upper              bool
	lower              bool // the word has a lower-case letter: it is not an abbreviation or a shout
	dotted             bool // the word ends in a full stop ("V.S."), which may end the sentence too
}

// text returns the token's text in s.
func (t *token) text(s string) string { return s[t.start:t.end] }

// titlecase reports a capitalised word that is not in capitals only: the
// shape of names, which in Dutch is also the shape of a sentence's first word.
func (t *token) titlecase() bool { return t.upper && t.lower }

// gap classifies what lies between two words, from the most joining to the
// most separating.
type gap uint8

const (
	gapNone   gap = iota // nothing: the first word of the text
	gapSpace             // white space within a line
	gapHyphen            // a hyphen, perhaps with spaces ("Wit-Rusland", "Turks- en Caicoseilanden")
	gapComma             // a comma: a list goes on
	gapBreak             // anything else: a sentence's end, a quote, a bracket, a colon, a dash, a new line
)

// joins reports whether a name can run on across the gap.
func (g gap) joins() bool { return g == gapSpace || g == gapHyphen }

// initial reports whether tokens[i] starts a sentence or a quotation, where
// Dutch capitalises any word.
func initial(tokens []token, i int) bool {
	g := tokens[i].gap
	return g == gapNone || g == gapBreak || (i > 0 && tokens[i-1].dotted)
}

// tokenize appends the words of s to dst. s must be shorter than 2 GiB.
func tokenize(dst []token, s string) []token {
	i, runes := 0, 0
	prevEnd := 0
	sentence := int32(0)
	for i < len(s) {
		r, size := runeAt(s, i)
		if !startsWord(r) {
			i += size
			runes++
			continue
		}
		t := token{start: int32(i), runeStart: int32(runes), upper: isUpper(r), lower: isLower(r)}
		i += size
		runes++
		// abbreviation holds while the word reads as single letters between
		// full stops ("V.S"), which a final full stop then ends.
		abbreviation, stops := isLetter(r), 0
		prev := r
	scan:
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf && asciiClass[c]&(classLetter|classDigit) != 0 {
				// The common case, an ASCII letter or digit, without the cases below.
				class := asciiClass[c]
				t.lower = t.lower || class&classLower != 0
				abbreviation = abbreviation && !(class&classLetter != 0 && isLetter(prev))
				prev = rune(c)
				i++
				runes++
				continue
			}
			r, size = runeAt(s, i)
			switch {
			case continuesWord(r):
				if isLower(r) {
					t.lower = true
				}
				if abbreviation && isLetter(r) && isLetter(prev) {
					abbreviation = false
				}
			case isApostrophe(r) && isLetter(prev) && letterAt(s, i+size):
			case r == '.' && abbreviation && letterAt(s, i+1) && byteAt(s, i+1+runeLen(s, i+1)) == '.':
				stops++
			case r == '.' && abbreviation && stops > 0:
				t.dotted = true
				i += size
				runes++
				break scan
			case (r == '.' || r == ',') && isDigit(prev) && digitAt(s, i+1):
			default:
				break scan
			}
			prev = r
			i += size
			runes++
		}
		t.end, t.runeEnd = int32(i), int32(runes)
		var newSentence bool
		t.gap, newSentence = classifyGap(s[prevEnd:t.start], len(dst) == 0)
		if len(dst) > 0 && (newSentence || (dst[len(dst)-1].dotted && t.upper)) {
			sentence++
		}
		t.sentence = sentence
		dst = append(dst, t)
		prevEnd = int(t.end)
	}
	return dst
}

// classifyGap says how the text between two words separates them, and
// whether a sentence ends in it.
func classifyGap(between string, first bool) (g gap, sentenceEnds bool) {
	if first {
		return gapNone, false
	}
	g = gapSpace
	if between == " " {
		return g, false // by far the most common gap
	}
	for _, r := range between {
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == '\r':
			return gapBreak, true
		case r == ',':
			g = max(g, gapComma)
		case isHyphen(r):
			g = max(g, gapHyphen)
		case unicode.IsSpace(r):
		default:
			g = gapBreak
		}
	}
	return g, false
}

func startsWord(r rune) bool { return isLetter(r) || isDigit(r) }

// continuesWord also takes combining marks and the invisible characters
// that never end a word (text.IsInvisible: soft hyphen, zero-width space
// and joiners), as the search's analyser does.
func continuesWord(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&(classLetter|classDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc) || text.IsInvisible(r)
}

// runeAt decodes the rune at s[i], ASCII without a call.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Character classes of ASCII, which is most of any Dutch text, so that
// tokenising tests a table rather than Unicode's.
const (
	classLetter = 1 << iota
	classDigit
	classUpper
	classLower
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = classLetter | classLower
		case 'A' <= c && c <= 'Z':
			t[c] = classLetter | classUpper
		case '0' <= c && c <= '9':
			t[c] = classDigit
		}
	}
	return t
}()

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classLetter != 0
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classDigit != 0
	}
	return unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classLower != 0
	}
	return unicode.IsLower(r)
}

// isHyphen reports the hyphens of compounds; dashes (– —) separate clauses
// and are not among them.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := runeAt(s, i)
	return isLetter(r)
}

func digitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

func runeLen(s string, i int) int {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

// isApostrophe reports the characters Dutch text writes apostrophes with.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´':
		return true
	}
	return false
}
