package roles

import (
	"strings"

	"dossier/corpus/geo"
)

// This file holds the rules that leave a party only mentioned: reporters
// and sources, topics, seats, meetings and residences, transit, negation
// and denial.

// negated reports a party right after "niet" in a "niet X, maar Y".
func (s *sentence) negated(first int) bool {
	k := first - 1
	for k >= 0 && (isDeterminer(&s.words[k]) || s.words[k].folded == "uit" || s.words[k].folded == "zelf") {
		k--
	}
	if k < 0 || s.words[k].folded != "niet" {
		return false
	}
	for j := first + 1; j < len(s.words); j++ {
		if s.words[j].folded == "maar" {
			return true
		}
	}
	return false
}

// topic reports a party that is what something is about: "de stemming over
// Rusland", "het referendum over toetreding tot de EU", "de benoeming van
// bisschoppen in China". An "over" governs its noun phrase and what hangs
// off it by "van", "in", "tot".
func (s *sentence) topic(first int) bool {
	k := first - 1
	for hops := 0; k >= 0 && hops < 4; hops++ {
		// Past the noun phrase before the party ...
		steps := 0
		for k >= 0 && steps < 3 && s.words[k].party < 0 && !isLink(s.words[k].folded) && s.words[k].folded != "over" && s.words[k].folded != "op" {
			if s.words[k+1].Gap == geo.GapBreak || s.words[k+1].Gap == geo.GapComma {
				return false
			}
			k--
			steps++
		}
		if k < 0 || s.words[k].party >= 0 || steps >= 3 {
			return false
		}
		if s.words[k].folded == "over" {
			// Information about something is what was spied on.
			return !s.withinWords(k-1, 3, func(w *word) bool { return w.cue.has(cueInformation) })
		}
		if s.words[k].folded == "op" && s.withinWords(k-1, 2, func(w *word) bool { return w.cue.has(cueOpinion) }) {
			return true // kritiek (had) op Peking
		}
		// ... and the link that hangs it off the phrase before.
		k--
	}
	return false
}

// reporting reports a party that only reports, finds or warns: "volgens de
// AIVD", "aldus de FBI", ", maakten de AIVD en de MIVD bekend", "schreef The
// Washington Post", "Seoul: ...", the country on a reporter ("de Franse
// krant", "Britse en Nederlandse onderzoekers").
func (s *sentence) reporting(k, first, last int) bool {
	// volgens/aldus + its noun phrase.
	for j := first - 1; j >= 0 && j >= first-5; j-- {
		w := &s.words[j]
		if w.folded == "volgens" || w.folded == "aldus" {
			return true
		}
		if j == first-1 && s.parties[s.words[first].party].isAdjective() && !w.Capitalised && !isDeterminer(w) && !isAdjective(w) && !isPreposition(w.folded) && w.party < 0 {
			break // an adjective after a noun starts another phrase: "volgens gelekte documenten Argentijnse politici"
		}
		// The phrase runs on over its nouns ("de Noorse veiligheidsdienst
		// PST", "de AIVD en de MIVD"), not past a verb or a comma.
		if w.cue.has(^(cueDoer | cueReporter | cueAnnounce)) || (s.words[j+1].Gap == geo.GapComma && j+1 <= first) {
			break
		}
	}
	// A clause that starts with a verb of reporting: ", stelt het Duitse
	// ministerie", ", maakten de AIVD en de MIVD woensdag bekend".
	start := s.clauseStart(first)
	if start > 0 && s.words[start].Gap == geo.GapComma && s.reportsOnly(start) {
		return true
	}
	// "Seoul: ..." at the head of a sentence.
	if first == 0 && last+1 < len(s.words) && s.words[last+1].Gap == geo.GapBreak && last <= 2 {
		between := s.text[s.words[last].End:s.words[last+1].Start]
		if strings.Contains(between, ":") {
			return true
		}
	}
	if h := s.headOf(k, last); h >= 0 && s.words[h].cue.has(cueReporter) {
		// A reporter reports, unless it is what was hit: "in de netwerken
		// van het Russische beveiligingsbedrijf Kaspersky".
		g := s.governor(first)
		return g < 0 || !(s.words[g].folded == "van" || victimPrepositions[s.words[g].folded])
	}
	return false
}

// via reports a party inside a "via" or "vanaf" phrase: infrastructure, not
// a target.
func (s *sentence) via(first int) bool {
	if first > 0 {
		// A noun right before the party ends the phrase: "via LinkedIn
		// Nederlandse ambtenaren" names who was approached.
		w := &s.words[first-1]
		if w.folded != "via" && w.folded != "vanaf" && !isDeterminer(w) && !isAdjective(w) && !isPreposition(w.folded) && w.party < 0 {
			return false
		}
	}
	// The phrase runs on over what hangs off its noun: "via een netwerk van
	// servers in Duitsland en Nederland".
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		w := &s.words[k]
		if w.folded == "via" || w.folded == "vanaf" {
			return true
		}
		if w.party >= 0 && !s.joined(k, first) && !s.joinedList(k, first) {
			return false
		}
		if w.Gap == geo.GapBreak || w.Gap == geo.GapComma || w.cue.has(cueOperation|cueReport|cueAccuse|cueDoer) {
			return false
		}
	}
	return false
}

// whereOnly reports a place after "in" (word in) that is only where
// something is: the seat of a body or another country's office ("de OPCW in
// Den Haag", "VN-kantoren in Genève"), the place of a meeting ("de NAVO-top
// in Vilnius"), where victims of another country live ("Iraanse
// dissidenten in Nederland", "die in Duitsland wonen").
func (s *sentence) whereOnly(in int) bool {
	// The noun phrase right before "in": its noun, and what qualifies it.
	for k := in - 1; k >= 0 && k >= in-4; k-- {
		w := &s.words[k]
		if w.Gap == geo.GapBreak && !s.quoted(k+1) && k < in-1 {
			break
		}
		if w.cue.has(cueMeeting | cueBody) {
			return true
		}
		if w.party >= 0 {
			// Another country's or a body's people or offices: "Iraanse
			// dissidenten in Nederland", "VN-kantoren in Genève", "de EU in
			// Washington"; not a list of places ("in de VS en op Guam").
			o := &s.parties[w.party]
			return o.code != s.words[in+1].partyCode(s) && (o.isAdjective() || o.org || o.kind != byMention)
		}
		if k < in-1 && !(isDeterminer(w) || isAdjective(w)) {
			break // past the noun phrase: "politici" in "internetkabels politici in Duitsland"
		}
		if k < in-1 && w.Gap == geo.GapComma {
			break
		}
	}
	end := s.clauseEnd(in)
	for k := in; k < end; k++ {
		if s.words[k].cue.has(cueResidence) {
			return true
		}
	}
	return false
}

// denied reports a party inside what a denial denies, when nothing else
// in the sentence says it happened: "Peking ontkent dat het de Filipijnse
// kustwacht heeft gehackt", "ontkent Pegasus te hebben ingezet tegen ...".
// A denial of a part in something the sentence states ("ontkent elke
// betrokkenheid bij de aanval op ...") denies only the doer.
func (s *sentence) denied(first int) bool {
	deny := -1
	for k := 0; k < first; k++ {
		w := &s.words[k]
		if w.cue.has(cueDeny) {
			deny = k
		}
		if deny >= 0 && (w.folded == "maar" || w.Gap == geo.GapBreak) && k > deny {
			deny = -1
		}
	}
	if deny < 0 {
		return false
	}
	verbal := deny+1 < len(s.words) && s.words[deny+1].folded == "dat"
	for k := deny + 1; k < len(s.words) && !verbal; k++ {
		if s.words[k].folded == "te" && k+1 < len(s.words) && (s.words[k+1].folded == "hebben" || s.words[k+1].folded == "zijn") {
			verbal = true
		}
	}
	if !verbal {
		return false
	}
	for k := range s.words {
		if w := &s.words[k]; w.party < 0 && w.cue.has(cueAccuse|cueReport) {
			return false
		}
	}
	return true
}

// ruledOut reports a party the sentence says did not do it or was not
// hit: "geen Russische hackers", "niet door een cyberaanval".
func (s *sentence) ruledOut(first int) bool {
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		w := &s.words[k]
		if w.folded == "geen" {
			return true
		}
		if w.folded == "door" && k > 0 && s.words[k-1].folded == "niet" {
			return true
		}
		if w.party >= 0 || !(isDeterminer(w) || isAdjective(w)) {
			return false
		}
	}
	return false
}

// formerOn reports a party that is part of the name of a former member:
// "een voormalige CIA-agent".
func (s *sentence) formerOn(first int) bool {
	h := s.compoundHead(s.parties[s.words[first].party].last)
	return h >= 0 && s.words[h].cue.has(cueDoer)
}
