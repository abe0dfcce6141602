package roles

import (
	"unicode"
	"unicode/utf8"

	"dossier/corpus/geo"
	"dossier/corpus/text"
)

// names finds the groups and agencies of the thesaurus in a text's words.
type names struct {
	// byFirst holds the aliases by their first word, longest first.
	byFirst map[string][]*geo.Alias
}

func newNames(t *geo.ThreatActors) *names {
	n := &names{byFirst: map[string][]*geo.Alias{}}
	aliases := t.Aliases()
	for i := range aliases {
		a := &aliases[i]
		if len(a.Words) == 0 {
			continue
		}
		n.byFirst[a.Words[0]] = append(n.byFirst[a.Words[0]], a)
	}
	for first, list := range n.byFirst {
		// Longest first, so that "Lazarus Group" wins over "Lazarus".
		sorted := append([]*geo.Alias(nil), list...)
		for i := 1; i < len(sorted); i++ {
			for j := i; j > 0 && len(sorted[j].Words) > len(sorted[j-1].Words); j-- {
				sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
			}
		}
		n.byFirst[first] = sorted
	}
	return n
}

// name is a group or an agency found in a text.
type name struct {
	first, last int // word indices
	alias       *geo.Alias
}

// code is the country or organisation the name stands for.
func (n name) code() string {
	if n.alias.Actor != nil {
		return n.alias.Actor.Country
	}
	return n.alias.Agency.Country
}

// find returns the names in s's words, in order, none overlapping. A name
// must start with a capital or a digit, as names do, unless it is an
// agency's description ("Russische militaire inlichtingendienst", which the
// gazetteer's adjective starts). A name the thesaurus marks common ("Snake",
// "MIT") counts only after a word that says a group or an agency follows
// ("de groep Snake", "inlichtingendienst MIT") or before "-groep".
func (n *names) find(s *sentence) []name {
	var out []name
	for i := 0; i < len(s.words); i++ {
		w := &s.words[i]
		if !w.Capitalised && !startsWithDigit(w.text) {
			continue
		}
		candidates := n.byFirst[w.folded]
		if len(candidates) == 0 {
			continue
		}
		for _, a := range candidates {
			last := i + len(a.Words) - 1
			if last >= len(s.words) || !s.wordsAre(i, a.Words) {
				continue
			}
			if a.Common && !s.announcesName(i) {
				continue
			}
			out = append(out, name{first: i, last: last, alias: a})
			i = last
			break
		}
	}
	return out
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// fold is the folded form of a word, as aliases and cues are written.
func fold(word string) string {
	if isPlainLower(word) {
		return word
	}
	var buf [64]byte
	if len(word) <= len(buf) {
		if lower, ok := asciiLower(buf[:0], word); ok {
			return string(lower)
		}
	}
	return text.Fold(word)
}

func isPlainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// mayName reports whether one of the words may start a group's or an
// agency's name: a capitalised word or one starting with a digit whose
// folded form starts an alias. Agencies' descriptions that start with a
// country's adjective are found with the gazetteer's mentions.
func (n *names) mayName(text string, words []geo.Word) bool {
	for _, w := range words {
		t := text[w.Start:w.End]
		if (w.Capitalised || startsWithDigit(t)) && n.starts(t) {
			return true
		}
	}
	return false
}

// starts reports whether a word, folded, is the first word of an alias. An
// ASCII word is looked up without allocating.
func (n *names) starts(word string) bool {
	var buf [32]byte
	if key, ok := asciiLower(buf[:0], word); ok {
		_, found := n.byFirst[string(key)]
		return found
	}
	_, found := n.byFirst[fold(word)]
	return found
}

// asciiLower appends the lower case of an ASCII word to dst; ok is false
// for a word with other characters, which Fold must read.
func asciiLower(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			dst = append(dst, c)
		default:
			return dst, false
		}
	}
	return dst, true
}

// mayNameText is mayName on a text not yet split into words: it looks at
// every run of letters and digits that starts with a capital or a digit,
// as a name's first word does. Aliases are single words between their
// hyphens and spaces, so a run is a candidate first word, or holds one
// before its first hyphen, which the run ends at.
func (n *names) mayNameText(text string) bool {
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			q, qs := rune(text[j]), 1
			if q >= utf8.RuneSelf {
				q, qs = utf8.DecodeRuneInString(text[j:])
			}
			if !unicode.IsLetter(q) && !unicode.IsDigit(q) && !unicode.In(q, unicode.Mn) {
				break
			}
			j += qs
		}
		if (unicode.IsUpper(r) || unicode.IsDigit(r)) && n.starts(text[i:j]) {
			return true
		}
		i = j
	}
	return false
}
