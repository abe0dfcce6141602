package text

import (
	"strings"
	"unicode/utf8"
)

// MinCompoundPart is the shortest query word that is looked for inside
// compounds. Shorter words occur by chance inside too many unrelated words
// ("eten" in "geweten").
const MinCompoundPart = 5

// minCompoundRest is the shortest other part a compound can have.
const minCompoundRest = 3

// IsCompoundPart reports whether term, a folded word, reads as a Dutch
// compound of which term[start:end] (byte offsets) is one part:
// "spionage" in "cyberspionagedoelwitten" and in "spionageprogramma",
// "surveillance" in "surveillancesoftware", "dienst" in
// "inlichtingendiensten".
//
// Dutch writes compounds as one word, so the parts must be recognised from
// their shape alone:
//   - what precedes the part is a word of its own: at least three letters
//     with a vowel, and not an inseparable prefix ("ver", "ont": "verraden"
//     is no compound of "raden");
//   - what follows is either nothing or an inflection (the part is the head:
//     "doelwit" in "cyberspionagedoelwitten"), or, after an optional linking
//     "s", "e" or "en", a word of its own that is not a derivational suffix
//     ("veiligheid" is no compound of "veilig", "spionageprogramma" is one
//     of "spionage").
func IsCompoundPart(term string, start, end int) bool {
	if start < 0 || end > len(term) || start >= end || (start == 0 && end == len(term)) {
		return false
	}
	before, part, after := term[:start], term[start:end], term[end:]
	if before != "" && !isModifier(before) {
		return false
	}
	if before != "" && isInflection(part, after) {
		return true
	}
	return after == "" || isHead(after)
}

// isModifier reports whether s can be the first part of a compound.
func isModifier(s string) bool {
	return utf8.RuneCountInString(s) >= minCompoundRest && hasVowel(s) && !isInseparablePrefix(s)
}

// isHead reports whether s can be the last part of a compound, after an
// optional linking morpheme.
func isHead(s string) bool {
	if isWordRest(s) {
		return true
	}
	for _, link := range linkingMorphemes() {
		if rest, ok := strings.CutPrefix(s, link); ok && isWordRest(rest) {
			return true
		}
	}
	return false
}

func isWordRest(s string) bool {
	return utf8.RuneCountInString(s) >= minCompoundRest && hasVowel(s) && !isDerivationalSuffix(s)
}

// isInflection reports whether suffix is an inflectional ending of part:
// plural, adjective, genitive or diminutive endings, with the doubled
// consonant of a short vowel ("doelwit" + "ten").
func isInflection(part, suffix string) bool {
	if isInflectionSuffix(suffix) {
		return true
	}
	last, size := utf8.DecodeLastRuneInString(part)
	if size == 0 {
		return false
	}
	doubled, size := utf8.DecodeRuneInString(suffix)
	return doubled == last && suffix[size:] != "" && isInflectionSuffix(suffix[size:])
}

func hasVowel(s string) bool { return strings.ContainsAny(s, "aeiouy") }

// linkingMorphemes join the parts of a Dutch compound
// ("veiligheid-s-dienst", "inlichting-en-dienst", "zonn-e-bloem"); the
// longest is tried first.
func linkingMorphemes() [3]string { return [3]string{"en", "s", "e"} }

// isInseparablePrefix reports prefixes that make verbs and nouns from words,
// not compounds.
func isInseparablePrefix(s string) bool {
	switch s {
	case "ver", "ont", "her", "mis", "ge", "be", "er":
		return true
	}
	return false
}

// isInflectionSuffix reports endings that change a word's form, not its
// meaning: plural, adjective, comparative, superlative, diminutive.
func isInflectionSuffix(s string) bool {
	switch s {
	case "", "e", "en", "s", "es", "er", "ere", "st", "ste", "je", "jes", "tje", "tjes":
		return true
	}
	return false
}

// isDerivationalSuffix reports endings that make a new word from a stem; a
// word that ends in one after the query word is a derivation
// ("veiligheid"), not a compound.
func isDerivationalSuffix(s string) bool {
	switch s {
	case "aal", "aar", "aars", "achtig", "achtige", "age", "ale", "ant", "anten", "atie", "aties",
		"baar", "bare", "dom", "eel", "ele", "elijk", "elijke", "end", "ende", "ent", "enten",
		"erd", "erde", "eren", "erij", "erijen", "ers", "heden", "heid", "ief", "iek", "ieke",
		"ier", "iers", "ieve", "ig", "ige", "ing", "ingen", "isch", "ische", "isme", "ist",
		"isten", "iteit", "iteiten", "lijk", "lijke", "loos", "loze", "nis", "nissen", "schap",
		"schappen", "ster", "sters", "tie", "ties":
		return true
	}
	return false
}
