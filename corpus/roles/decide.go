package roles

import (
	"strings"

	"dossier/corpus/geo"
)

// victimPrepositions put what follows them on the receiving end.
var victimPrepositions = map[string]bool{"op": true, "tegen": true, "bij": true, "naar": true, "onder": true, "in": true, "aan": true}

// decide gives party k of the sentence its role.
func (s *sentence) decide(k int) decision {
	p := &s.parties[k]
	none := decision{cue: -1}
	first, last := s.listFirst(k), s.listLast(k)
	before := s.governor(first)
	head := s.headOf(k, last)
	compound := s.compoundHead(p.last)
	bw := ""
	if before >= 0 {
		bw = s.words[before].folded
	}

	// Words that say the party plays no part.
	if p.first > 0 && s.words[p.first].Gap == geo.GapHyphen && s.words[p.first-1].folded == "pro" {
		return none // a sympathy: pro-Russische hacktivisten
	}
	if s.negated(p.first) || s.denied(first) || s.ruledOut(first) {
		return none
	}
	if p.isPlace() && s.relativeOnly(first) {
		return none // described, not hit: "de OVSE, die toezicht houdt op het bestand in Oost-Oekraïne"
	}
	if s.topic(first) {
		return none
	}
	if at := s.accusedBy(first); at >= 0 {
		return decision{actor: true, cue: at, rule: RuleAccused}
	}
	if bw != "" && s.words[before].cue.has(cueHelp) {
		return decision{actor: true, cue: before, rule: RuleAttribution} // hielpen de Emiraten bij het hacken
	}
	if at := s.behind(last); at >= 0 {
		return decision{actor: true, cue: at, rule: RuleAttribution}
	}
	if at := s.heldResponsible(k); at >= 0 {
		return decision{actor: true, cue: at, rule: RuleAccused}
	}
	if (bw == "met" && !s.has("verband")) || bw == "tussen" || bw == "ondanks" {
		return none // a partner, not a target: onderhandelde met Australië
	}
	if head >= 0 && s.words[head].cue.has(cueAttribute|cueTool) {
		return none // de Chinese nationaliteit, van Israëlische makelij, Russische IP-adressen
	}
	if compound >= 0 && s.words[compound].cue.has(cueMeeting|cueBody|cueTool) {
		return none // de NAVO-top
	}
	if s.aboutOnly(first) {
		return none // berichten waarin Oekraïne de schuld kreeg
	}
	if !s.isSubject(first) && s.clauseHasCue(first, cueDiscuss) {
		return none // bespreken diplomaten de Russische activiteiten
	}
	if bw == "als" && before > 0 && s.within(before-1, 3, "voordeed", "voordoen", "voor") {
		return none // a cover identity
	}
	if s.withinWords(first-1, 3, func(w *word) bool {
		return strings.HasPrefix(w.folded, "oud") || w.folded == "voormalige" || w.folded == "ex"
	}) && (bw == "van" || s.formerOn(first)) {
		return none // former staff of an agency: "oud-medewerkers van de NSA", "een voormalige CIA-agent"
	}
	if bw == "tegen" || bw == "aan" {
		if s.within(before-1, 2, "sancties", "sanctie") {
			return none
		}
	}
	if s.reporting(k, first, last) {
		return none
	}
	if s.via(first) {
		return none
	}
	if bw == "van" && before > 0 && s.words[before-1].cue.has(cueMaker|cueReporter) && p.kind == byMention {
		return none // the maker of the software, the author of a report
	}
	if p.isPlace() && (bw == "in" || bw == "op" || bw == "te") {
		if s.whereOnly(before) {
			return none
		}
		if before > 0 && s.words[before-1].cue.has(cueDoer) && s.words[before-1].party < 0 && !s.qualified(before-1) {
			// A doer known by its place: "de politie in de Indiase stad
			// Pune", "door agenten van het regime in Kigali".
			start := s.phraseStart(before - 1)
			if s.isSubject(start) {
				switch verb, _ := s.verbAfter(before - 1); verb {
				case cueReport, cueAccuse, cueDeny, cueDefend:
					return none
				}
				return decision{actor: true, cue: before - 1, rule: RuleDoer}
			}
			if s.withinWords(start-1, 3, func(w *word) bool { return w.folded == "door" }) {
				return decision{actor: true, cue: before - 1, rule: RuleDoer}
			}
		}
	}

	// The subject of its clause: the verb decides.
	if s.isSubject(first) {
		switch verb, at := s.verbAfter(s.npEnd(k, last)); verb {
		case cueAdmit:
			if s.hasCue(cueOperation) && at <= s.npEnd(k, last)+2 {
				return decision{actor: true, cue: at, rule: s.actorRule(p, RuleSubject)}
			}
		case cueReport, cueAccuse:
			if at := s.selfReference(at); at >= 0 {
				// The one who reports or accuses was hit: "De Tsjechische
				// regering schrijft de aanvallen op haar ministerie toe aan".
				return decision{target: true, cue: at, rule: RuleVictim}
			}
			return none
		case cueDeny, cueDefend, cueSell:
			return none
		case cuePassive, cueUndergo:
			if next, at := s.verbAfter(at); next == cueAccuse {
				return decision{actor: true, cue: at, rule: RuleAccused} // "werd Noord-Korea verdacht"
			}
			return decision{target: true, cue: at, rule: RulePassive}
		case cueOperation:
			return decision{actor: true, cue: at, rule: s.actorRule(p, RuleSubject)}
		case 0:
			if s.aboutOperation(first) {
				// The subject of a clause about an operation: "de
				// cyberaanvallen die Rusland ... uitvoerde".
				return decision{actor: true, cue: s.clauseStart(first) - 1, rule: RuleSubject}
			}
		}
	}
	if at := s.relativeDoer(k); at >= 0 {
		// "Saoedi-Arabië, dat er journalisten mee bespioneerde"
		return decision{actor: true, cue: at, rule: RuleSubject}
	}

	// A subject after the verb: "Via Salt Typhoon kon Peking meeluisteren".
	if p.isPlace() && s.inverted(before) {
		return decision{actor: true, cue: before, rule: RuleSubject}
	}

	// Phrases that attribute.
	switch bw {
	case "door":
		if s.clauseHas(before, "ontdekt", "gevonden", "ontmaskerd", "gedoopt", "onthuld", "opgemerkt") {
			return none
		}
		if s.onBehalf() {
			return none // a contractor: "opgesteld door NSO in opdracht van ..."
		}
		return decision{actor: true, cue: before, rule: RuleAttribution}
	case "aan":
		if s.clauseHasCue(before, cueSell) {
			return none // a buyer: "verkocht zijn hacksoftware aan Saoedi-Arabië"
		}
		if s.hasCue(cueAccuse) || (before > 0 && s.words[before-1].folded == "door") || s.has("doorgespeeld") {
			return decision{actor: true, cue: before, rule: RuleAttribution}
		}
	case "vanuit", "uit":
		// Where the doers acted from, when the clause tells of an
		// operation, or is about one ("aanvallen die vanuit Rusland werden
		// gecoördineerd", "afkomstig uit China"): not "een nieuwssite die
		// hij vanuit Letland leidt".
		if (s.clauseHasCue(before, cueOperation|cueDoer) || s.aboutOperation(before)) && !s.clauseHasCue(before, cueSpread) {
			return decision{actor: true, cue: before, rule: RuleAttribution}
		}
		return none
	case "met":
		return decision{actor: true, cue: before, rule: RuleAttribution} // in verband brengen met
	case "naar":
		if s.clauseHasFunc(before, func(w *word) bool {
			return strings.HasPrefix(w.folded, "wijz") || strings.HasPrefix(w.folded, "wijs") || strings.HasPrefix(w.folded, "wez") || strings.HasPrefix(w.folded, "wees") || strings.HasPrefix(w.folded, "leid")
		}) {
			return decision{actor: true, cue: before, rule: RuleAttribution}
		}
	case "van":
		if before > 0 {
			prev := &s.words[before-1]
			switch {
			case prev.folded == "opdracht" || prev.folded == "verzoek" || prev.folded == "werk" || strings.HasSuffix(prev.folded, "doelwit") || strings.HasSuffix(prev.folded, "doelwitten"):
				return decision{actor: true, cue: before - 1, rule: RuleAttribution}
			case prev.cue.has(cueDoer) || (prev.party >= 0 && s.parties[prev.party].kind != byMention):
				// "Hackers van de GRU", "Eenheid 29155 van de GRU"
				return decision{actor: true, cue: before - 1, rule: s.actorRule(p, RuleDoer)}
			case prev.cue.has(cueOperation) && s.isDoer(k, head):
				// "de hackpoging van vier Russische agenten", but "de hack
				// van de Britse Kiescommissie" is what was hacked.
				return decision{actor: true, cue: before - 1, rule: s.actorRule(p, RuleDoer)}
			}
		}
	}

	if bw == "onder" && s.withinWords(min(last+3, len(s.words)-1), 3, func(w *word) bool { return strings.HasPrefix(w.folded, "val") || strings.HasPrefix(w.folded, "viel") }) {
		return decision{actor: true, cue: before, rule: RuleAttribution} // dat onder het Iraanse ministerie van Inlichtingen valt
	}
	onReceivingEnd := victimPrepositions[bw] || bw == "van"
	switch {
	case p.kind == byGroup || p.kind == byAgency:
		if onReceivingEnd {
			return decision{target: true, cue: before, rule: RuleVictim}
		}
		return decision{actor: true, cue: -1, rule: s.actorRule(p, "")}
	case head >= 0 && s.words[head].cue.has(cueDoer):
		if onReceivingEnd {
			return decision{target: true, cue: head, rule: RuleVictim}
		}
		return decision{actor: true, cue: head, rule: RuleDoer}
	case head >= 0 && s.words[head].cue.has(cueOperation) && !s.words[head].cue.has(cueTool):
		return decision{actor: true, cue: head, rule: RuleDoer} // een Russische desinformatiecampagne
	case p.isPlace() && p.last+1 < len(s.words) && s.words[p.last+1].cue.has(cueOperation) && strings.HasSuffix(s.words[p.last].folded, "s"):
		return decision{actor: true, cue: p.last + 1, rule: RuleDoer} // Ruslands cyberoorlog
	}
	if p.isPlace() && (bw == "in" || bw == "op") {
		return decision{target: true, cue: before, rule: RulePlace, fallback: before == 0}
	}
	return decision{target: true, cue: before, rule: RuleVictim}
}

// actorRule names the rule for an actor: a group or agency is its own
// evidence.
func (s *sentence) actorRule(p *party, otherwise Rule) Rule {
	switch p.kind {
	case byGroup:
		return RuleGroup
	case byAgency:
		return RuleAgency
	}
	if otherwise == "" {
		return RuleDoer
	}
	return otherwise
}

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

// isSubject reports whether the noun phrase at word first opens its clause.
func (s *sentence) isSubject(first int) bool {
	start := s.clauseStart(first)
	if s.words[start].folded == "om" {
		return false // an infinitive has no subject
	}
	if f := s.words[start].folded; (f == "die" || f == "dat") && start > 0 && !s.clauseHasCue(first, cueReport|cueAccuse|cueDeny) &&
		s.words[first].party >= 0 && s.parties[s.words[first].party].isAdjective() && !s.isDoer(s.words[first].party, s.headOf(s.words[first].party, s.parties[s.words[first].party].last)) {
		// In a relative clause that tells of a deed, people named by
		// their country after the relative pronoun are what it was done to
		// ("een campagne die Amerikaanse kiezers moest beïnvloeden"); a
		// country by name, or doers, do it ("de aanvallen die Rusland
		// uitvoerde"); and in one that says something about the deed, what
		// follows speaks ("een groep die de Britse regering aan de FSB
		// toeschrijft").
		return false
	}
	for k := start; k < first; k++ {
		w := &s.words[k]
		if !functionWords[w.folded] && !(subordinators[w.folded] && k == start) && !isAdjective(w) {
			return false
		}
		if k+1 < first && k != start && (w.folded == "het" || w.folded == "de" || w.folded == "die" || w.folded == "dat") && isDeterminer(&s.words[k+1]) {
			return false // a pronoun is the subject: "dat het de kustwacht heeft gehackt", "hoe die het ministerie aanviel"
		}
	}
	return true
}

// verbAfter says what the clause does after a subject that ends at word
// end: the first word that reports, accuses, denies, defends, makes a
// passive or names an operation, and where it is.
func (s *sentence) verbAfter(end int) (cue, int) {
	// The verb may come after a relative clause about the subject ("De
	// hackers van Cozy Bear, die aan de SVR worden gelinkt, drongen ...")
	// or an operation after a relative clause about the object
	// ("financiert zijn raketprogramma met cryptomunten die zijn hackers
	// stelen"): read on to the end of the clause, past "die" and "dat".
	for k := end + 1; k < len(s.words); k++ {
		w := &s.words[k]
		if k == end+1 && (w.folded == "die" || w.folded == "dat") && w.Gap != geo.GapBreak {
			// A relative clause about the subject: read on after it,
			// unless it says the subject was hit ("De Nederlandse politie,
			// die vorig jaar zelf het doelwit werd van ...").
			for j := k + 1; j < s.clauseEnd(k); j++ {
				if s.words[j].cue.has(cueUndergo) {
					return cueUndergo, j
				}
			}
			k = s.clauseEnd(k)
			if k >= len(s.words) || s.words[k].Gap != geo.GapComma {
				break
			}
			w = &s.words[k]
		} else if w.Gap == geo.GapBreak || (w.Gap == geo.GapComma && !(w.party >= 0 && s.words[k-1].party >= 0)) {
			break
		}
		if w.party >= 0 || w.folded == "volgens" || w.folded == "aldus" {
			continue
		}
		if w.cue.has(cueOperation) && !w.cue.has(cueUndergo) && s.isNoun(k) {
			continue // a noun: "bewust van lekken en hacks", "met Pegasus"
		}
		for _, c := range []cue{cueAdmit, cueReport, cueSell, cueAccuse, cueDeny, cueDefend, cuePassive, cueUndergo, cueOperation} {
			if w.cue.has(c) {
				return c, k
			}
		}
	}
	return 0, -1
}

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

func isLink(w string) bool { return w == "van" || w == "in" || w == "tot" || w == "rond" }

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

// accusedBy returns the verb of accusing right before the party
// ("beschuldigt Moskou", "klaagde zeven Iraniërs aan"), or -1.
func (s *sentence) accusedBy(first int) int {
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		w := &s.words[k]
		if w.cue.has(cueAccuse) && w.folded != "toe" && !strings.HasPrefix(w.folded, "verantwoordelijk") {
			return k // beschuldigt Moskou, klaagde zeven Iraniërs aan, wijst Russische diplomaten uit
		}
		if w.party >= 0 || !(isDeterminer(w) || isAdjective(w) || w.cue.has(cueDoer)) {
			return -1
		}
	}
	return -1
}

// behind returns "achter" in "X zit achter", "dat Rabat erachter zat", or -1.
func (s *sentence) behind(last int) int {
	for k := last + 1; k < len(s.words) && k <= last+6; k++ {
		w := &s.words[k]
		if w.folded == "achter" || w.folded == "erachter" {
			if s.withinWords(k, 5, func(w *word) bool {
				return w.folded == "zit" || w.folded == "zat" || w.folded == "zaten" || w.folded == "zitten"
			}) || (k+1 < len(s.words) && strings.HasPrefix(s.words[k+1].folded, "z")) {
				return k
			}
		}
		if w.party >= 0 || w.Gap == geo.GapBreak || w.Gap == geo.GapComma {
			return -1
		}
	}
	return -1
}

// heldResponsible returns "verantwoordelijk" when party k is the nearest
// party before it: "houdt China verantwoordelijk", "Iran, dat het
// verantwoordelijk houdt", "wijzen Noord-Korea aan als verantwoordelijke".
func (s *sentence) heldResponsible(k int) int {
	p := &s.parties[k]
	for j := p.last + 1; j < len(s.words) && j <= p.last+6; j++ {
		w := &s.words[j]
		if w.party >= 0 {
			return -1
		}
		if strings.HasPrefix(w.folded, "verantwoordelijk") {
			return j
		}
	}
	return -1
}

func (s *sentence) hasCue(c cue) bool {
	for i := range s.words {
		if s.words[i].party < 0 && s.words[i].cue.has(c) {
			return true
		}
	}
	return false
}

func (s *sentence) clauseHas(i int, words ...string) bool {
	return s.clauseHasFunc(i, func(w *word) bool {
		for _, x := range words {
			if w.folded == x {
				return true
			}
		}
		return false
	})
}

func (s *sentence) clauseHasFunc(i int, f func(*word) bool) bool {
	for k := s.clauseStart(i); k < s.clauseEnd(i); k++ {
		if f(&s.words[k]) {
			return true
		}
	}
	return false
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

// headOf is head for a party that is an adjective or an inhabitants' name,
// and -1 for any other: a name has no noun after it to qualify.
func (s *sentence) headOf(k, last int) int {
	if p := &s.parties[k]; p.kind != byMention || p.form != geo.FormAdjective {
		return -1 // "Amerikanen" is a noun itself: "de Amerikanen vermoeden"
	}
	return s.head(last)
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

// aboutOnly reports a party in a clause that only says what something is
// about, opened by "waarin" or "waarover", with no operation in it:
// "berichten waarin Oekraïne de schuld kreeg".
func (s *sentence) aboutOnly(first int) bool {
	start := s.clauseStart(first)
	if f := s.words[start].folded; f != "waarin" && f != "waarover" {
		return false
	}
	return !s.clauseHasCue(first, cueOperation)
}

func (s *sentence) clauseHasCue(i int, c cue) bool {
	return s.clauseHasFunc(i, func(w *word) bool { return w.party < 0 && w.cue.has(c) })
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

// onBehalf reports a sentence that says on whose behalf it was done ("in
// opdracht van"): the one who did it is then a contractor.
func (s *sentence) onBehalf() bool {
	for i := 0; i+1 < len(s.words); i++ {
		if s.words[i].folded == "opdracht" && s.words[i+1].folded == "van" {
			return true
		}
	}
	return false
}

// attributes reports a phrase that names who did an operation the sentence
// does not name by an operation word, referring to one told before: "lijkt
// dit het werk van", "in opdracht van".
func (s *sentence) attributes() bool {
	for i := 0; i+1 < len(s.words); i++ {
		if f := s.words[i].folded; (f == "opdracht" || f == "werk") && s.words[i+1].folded == "van" {
			return true
		}
	}
	return false
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

// inverted reports a subject right after its verb (word verb), in a main
// clause that opens with something else: "Via Salt Typhoon kon Peking
// meeluisteren", "Volgens onderzoekers hackte Vietnam een ministerie". In a
// clause that opens with its subject, what follows the verb is the object
// ("Rusland hackte Vietnam").
func (s *sentence) inverted(verb int) bool {
	if verb <= 0 {
		return false
	}
	w := &s.words[verb]
	isVerb := w.cue.has(cueAuxiliary) || (w.cue.has(cueOperation) && !s.isNoun(verb))
	if !isVerb || !s.clauseHasCue(verb, cueOperation) {
		return false
	}
	start := s.clauseStart(verb)
	if subordinators[s.words[start].folded] || start == verb {
		// A subordinate clause puts its verb last; a clause that starts
		// with its verb goes on after a relative clause about its subject
		// ("Hackers die ..., bespioneerden het Vaticaan").
		return false
	}
	if f := s.words[start].folded; isPreposition(f) || f == "volgens" {
		return true // the clause opens with a phrase: "Via de groep Salt Typhoon kon Peking ..."
	}
	for k := start; k < verb; k++ {
		if s.words[k].party < 0 {
			continue
		}
		// A party inside a phrase that opens the clause is not its
		// subject: "Volgens Amerikaanse onderzoekers hackte Vietnam ...".
		g := s.governor(s.words[k].partyFirst(s))
		if g < start || !(isPreposition(s.words[g].folded) || s.words[g].folded == "volgens") {
			return false
		}
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

// selfReference returns the word that makes the subject of a verb of
// reporting or accusing (at word verb) its own victim, or -1: a possessive
// after the verb ("op het e-mailsysteem van haar ministerie", "een aanval
// op zijn spoorwegen"), or a pronoun that a passive hits ("maakte bekend
// dat het door Chinese hackers is bespioneerd").
func (s *sentence) selfReference(verb int) int {
	for k := verb + 1; k < len(s.words); k++ {
		w := &s.words[k]
		if w.Gap == geo.GapBreak {
			break
		}
		switch w.folded {
		case "haar", "zijn", "hun":
			if k+1 < len(s.words) && s.words[k+1].folded == "eigen" {
				continue
			}
			if k > 0 && isPreposition(s.words[k-1].folded) {
				return k
			}
		case "het", "ze", "zij", "hij":
			if k > 0 && s.words[k-1].folded == "dat" && s.passiveAfter(k) {
				return k
			}
		}
	}
	return -1
}

// passiveAfter reports a passive in the clause after word k: "door", or
// an auxiliary of the passive.
func (s *sentence) passiveAfter(k int) bool {
	for j := k + 1; j < len(s.words) && s.words[j].Gap != geo.GapBreak; j++ {
		if s.words[j].folded == "door" || s.words[j].cue.has(cuePassive) {
			return true
		}
	}
	return false
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

// relativeOnly reports a party inside a relative clause that tells of no
// operation and attributes nothing: it describes what comes before it.
func (s *sentence) relativeOnly(first int) bool {
	start := s.clauseStart(first)
	if f := s.words[start].folded; start == 0 || (f != "die" && f != "dat" && f != "wat") {
		return false
	}
	if start+1 < len(s.words) && s.words[start+1].folded == "van" {
		return false // not a relative clause: "onder meer die van Turkije"
	}
	if s.aboutOperation(first) || s.words[start-1].party >= 0 || s.words[start-1].cue.has(cueDoer) {
		return false // about an operation or its doers: "hackers die ... in verband brengt met China"
	}
	return !s.clauseHasCue(first, cueOperation|cueAccuse|cueDoer|cueHelp|cueAdmit) && !s.clauseHas(first, "achter", "erachter", "opdracht", "verzoek", "werk", "verband")
}

// aboutOperation reports a clause that says something about an operation
// named just before it: a relative clause after an operation's noun
// ("aanvallen die vanuit Rusland ..."), or after "afkomstig".
func (s *sentence) aboutOperation(i int) bool {
	start := s.clauseStart(i)
	if i > 0 && s.words[i-1].folded == "afkomstig" {
		return true
	}
	if start == 0 || (s.words[start].folded != "die" && s.words[start].folded != "dat") {
		return false
	}
	ante := &s.words[start-1]
	return ante.cue.has(cueOperation|cueDoer) || (ante.party >= 0 && s.parties[ante.party].kind != byMention)
}

// reportsOnly reports a clause from word start on that opens with its verb
// and reports: it has a word of reporting and none of an operation.
func (s *sentence) reportsOnly(start int) bool {
	if w := &s.words[start]; w.party >= 0 || isDeterminer(w) || isPreposition(w.folded) || subordinators[w.folded] {
		return false
	}
	report := false
	for k := start; k < s.clauseEnd(start); k++ {
		w := &s.words[k]
		if w.party >= 0 {
			continue
		}
		if w.cue.has(cueOperation) {
			return false
		}
		report = report || (w.cue.has(cueReport) && w.folded != "volgens")
	}
	return report
}

// relativeDoer returns the verb of an operation in the relative clause right
// after party k, which makes the party its doer: "Saoedi-Arabië, dat er
// journalisten mee bespioneerde"; -1 when there is none, or another party
// does it ("Iran, dat het verantwoordelijk houdt").
func (s *sentence) relativeDoer(k int) int {
	p := &s.parties[k]
	if !p.isPlace() {
		return -1
	}
	rel := p.last + 1
	if rel >= len(s.words) || (s.words[rel].folded != "dat" && s.words[rel].folded != "die") {
		return -1
	}
	for j := rel + 1; j < s.clauseEnd(rel); j++ {
		w := &s.words[j]
		if w.party >= 0 && s.onlyDeterminers(rel+1, j) && !s.reporting(w.party, j, j) {
			return -1 // another subject: "Iran, dat het verantwoordelijk houdt"
		}
		if w.cue.has(cueAccuse | cueReport | cueDeny | cueUndergo | cuePassive) {
			return -1
		}
		if w.cue.has(cueOperation) && !s.isNoun(j) {
			return j
		}
	}
	return -1
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
