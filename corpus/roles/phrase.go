package roles

import (
	"strings"

	"dossier/corpus/geo"
)

// This file reads noun phrases: lists of parties, the word that governs a
// phrase, the noun a country adjective qualifies, and the small word
// classes (articles, adjectives, prepositions) that reading needs.

// listFirst and listLast extend party k over a list of parties it is part
// of ("Britse, Amerikaanse en Canadese", "Nederland, het VK en de VS"): the
// members share what governs the list and the noun after it.
func (s *sentence) listFirst(k int) int {
	first := s.parties[k].first
	for j := k - 1; j >= 0; j-- {
		if !s.joined(s.parties[j].last, first) {
			break
		}
		first = s.parties[j].first
	}
	return first
}

func (s *sentence) listLast(k int) int {
	last := s.parties[k].last
	for j := k + 1; j < len(s.parties); j++ {
		if !s.joined(last, s.parties[j].first) {
			break
		}
		last = s.parties[j].last
	}
	return last
}

// joined reports whether the words between a and b make a list: "en",
// "of", a comma, and at most an article ("en de", "en het").
func (s *sentence) joined(a, b int) bool {
	if b <= a {
		return false
	}
	between := s.words[a+1 : b]
	if len(between) == 0 {
		return s.words[b].Gap == geo.GapComma
	}
	if len(between) > 2 {
		return false
	}
	f := between[0].folded
	if f != "en" && f != "of" && !(between[0].Gap == geo.GapComma) {
		return false
	}
	if len(between) == 2 {
		g := between[1].folded
		return (f == "en" || f == "of") && (g == "de" || g == "het")
	}
	return f == "en" || f == "of" || ((f == "de" || f == "het") && between[0].Gap == geo.GapComma)
}

// joinedList reports whether the parties at words a and b are members of
// one list, with at most a preposition between them ("in Duitsland en in
// Nederland", "in Duitsland en Nederland").
func (s *sentence) joinedList(a, b int) bool {
	between := s.words[s.parties[s.words[a].party].last+1 : b]
	if len(between) == 0 || len(between) > 2 {
		return false
	}
	return between[0].folded == "en" || between[0].folded == "of"
}

// determiners and numbers stand between a preposition and its noun.
func isDeterminer(w *word) bool {
	switch w.folded {
	case "de", "het", "een", "zijn", "haar", "hun", "eigen", "enkele", "meerdere", "vele", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "ruim", "minstens", "zo'n", "honderden", "duizenden", "tienduizenden", "miljoenen", "tientallen", "onder", "meer":
		return true
	}
	return w.folded != "" && w.folded[0] >= '0' && w.folded[0] <= '9'
}

// governor returns the word that governs the noun phrase starting at word
// first: the preposition or verb before it, past articles, numbers and
// adjectives; -1 at the start of the sentence.
func (s *sentence) governor(first int) int {
	k := first - 1
	for steps := 0; k >= 0 && steps < 3; steps++ {
		w := &s.words[k]
		if w.party >= 0 || !(isDeterminer(w) || isAdjective(w)) {
			break
		}
		k--
	}
	if k >= 0 && s.words[k+1].Gap == geo.GapBreak {
		return -1
	}
	return k
}

// isAdjective guesses an attributive adjective: a lower-case word ending in
// -e ("militaire", "geheime", "gehuurde").
func isAdjective(w *word) bool {
	return !w.Capitalised && len(w.folded) > 3 && strings.HasSuffix(w.folded, "e") && w.cue == 0
}

// head returns the noun that a party ending at word last qualifies
// ("Chinese [militaire] hackers", "het Nederlandse chipbedrijf"), or -1
// when the party is not followed by one.
func (s *sentence) head(last int) int {
	k := last + 1
	for steps := 0; k < len(s.words) && steps < 3; steps++ {
		w := &s.words[k]
		if w.Gap != geo.GapSpace && w.Gap != geo.GapHyphen && !s.quoted(k) {
			return -1
		}
		if w.party >= 0 {
			return -1
		}
		if isAdjective(w) && !w.cue.has(cueDoer|cueOperation) && s.nounFollows(k) {
			k++
			continue
		}
		if functionWords[w.folded] || victimPrepositions[w.folded] || w.folded == "van" || w.folded == "door" {
			return -1
		}
		if w.Capitalised && !w.cue.has(cueDoer|cueOperation|cueTool) {
			// A name in apposition ("het Nederlandse chipbedrijf NXP") or a
			// capitalised compound part ("IP-adressen").
			if k+1 < len(s.words) && s.words[k+1].Gap == geo.GapHyphen {
				k++
				continue
			}
			return k
		}
		return k
	}
	return -1
}

// headOf is head for a party that is an adjective or an inhabitants' name,
// and -1 for any other: a name has no noun after it to qualify.
func (s *sentence) headOf(k, last int) int {
	if p := &s.parties[k]; p.kind != byMention || p.form != geo.FormAdjective {
		return -1 // "Amerikanen" is a noun itself: "de Amerikanen vermoeden"
	}
	return s.head(last)
}

// npEnd returns the last word of the noun phrase that ends at word last:
// the head, and a name in apposition after it.
func (s *sentence) npEnd(k, last int) int {
	end := last
	if h := s.headOf(k, last); h >= 0 {
		end = h
	}
	// "het ministerie van Defensie", "het ministerie van Buitenlandse Zaken"
	if end+2 < len(s.words) && s.words[end+1].folded == "van" && s.words[end+2].Capitalised && s.words[end+2].party < 0 {
		end += 2
		for end+1 < len(s.words) && s.words[end+1].Gap == geo.GapSpace && s.words[end+1].Capitalised && s.words[end+1].party < 0 {
			end++
		}
	}
	for end+1 < len(s.words) {
		w := &s.words[end+1]
		if w.Gap != geo.GapSpace || !(w.Capitalised || w.party >= 0) {
			break
		}
		end++
	}
	return end
}

// compoundHead returns the word a party is the first part of, joined by a
// hyphen ("NAVO-top", "EU-diplomaten"), or -1.
func (s *sentence) compoundHead(last int) int {
	if last+1 < len(s.words) && s.words[last+1].Gap == geo.GapHyphen && s.words[last+1].party < 0 {
		return last + 1
	}
	return -1
}

// isDoer reports whether party k is one that does things: a group, an
// agency, or the country on a doer ("vier Russische agenten").
func (s *sentence) isDoer(k, head int) bool {
	p := &s.parties[k]
	return p.kind == byGroup || p.kind == byAgency || (head >= 0 && s.words[head].cue.has(cueDoer))
}

// isNoun guesses that word k is a noun from what stands before it: a
// preposition, an article or an adjective, or a conjunction after another
// noun ("van lekken en hacks").
func (s *sentence) isNoun(k int) bool {
	if k == 0 {
		return false
	}
	prev := &s.words[k-1]
	if prev.folded == "en" || prev.folded == "of" {
		return k >= 3 && (isPreposition(s.words[k-3].folded) || isDeterminer(&s.words[k-3]))
	}
	return isPreposition(prev.folded) || isDeterminer(prev)
}

// nounFollows reports whether the word after word k can be the noun an
// adjective at k qualifies: it joins on, and is no verb particle or cue
// verb ("een Poolse energiecentrale plat", where "energiecentrale" is the
// noun).
func (s *sentence) nounFollows(k int) bool {
	if k+1 >= len(s.words) {
		return false
	}
	w := &s.words[k+1]
	if !w.Gap.Joins() || w.cue.has(cueParticle|cueReport|cueAccuse|cueDeny|cuePassive) || functionWords[w.folded] || isPreposition(w.folded) {
		return false
	}
	return true
}

// quoted reports a word that only quotation marks and spaces separate from
// the one before: Chinese 'politieposten'.
func (s *sentence) quoted(k int) bool {
	if k == 0 {
		return false
	}
	between := s.text[s.words[k-1].End:s.words[k].Start]
	return strings.Trim(between, " '\"‘’“”„") == "" && between != ""
}

// qualified reports a noun that a party qualifies right before it
// ("Chinese 'politieposten'"), so that the noun has its country already.
func (s *sentence) qualified(noun int) bool {
	for k := noun - 1; k >= 0 && k >= noun-3; k-- {
		w := &s.words[k]
		if w.party >= 0 {
			return true
		}
		if !isAdjective(w) && !isDeterminer(w) {
			return false
		}
	}
	return false
}

// phraseStart returns the first word of the noun phrase whose noun is word
// noun: past its articles and adjectives.
func (s *sentence) phraseStart(noun int) int {
	k := noun
	for k > 0 && (isDeterminer(&s.words[k-1]) || isAdjective(&s.words[k-1])) && s.words[k-1].party < 0 {
		k--
	}
	return k
}

// prepositions that may stand between a noun and the party after it.
func isPreposition(w string) bool {
	switch w {
	case "in", "op", "van", "bij", "uit", "naar", "met", "voor", "tegen", "aan", "tot", "over", "onder", "door", "vanuit",
		"via", "tijdens", "na", "sinds", "vanaf", "zonder", "binnen", "buiten", "rond", "boven":
		return true
	}
	return false
}

// onlyDeterminers reports whether the words from a up to b are articles or
// numbers.
func (s *sentence) onlyDeterminers(a, b int) bool {
	for k := a; k < b; k++ {
		if !isDeterminer(&s.words[k]) {
			return false
		}
	}
	return true
}

// withinWords reports whether f holds for word i or one of the n before it.
func (s *sentence) withinWords(i, n int, f func(*word) bool) bool {
	for k := i; k >= 0 && k >= i-n; k-- {
		if f(&s.words[k]) {
			return true
		}
	}
	return false
}

func (s *sentence) hasCue(c cue) bool {
	for i := range s.words {
		if s.words[i].party < 0 && s.words[i].cue.has(c) {
			return true
		}
	}
	return false
}

func isLink(w string) bool { return w == "van" || w == "in" || w == "tot" || w == "rond" }
