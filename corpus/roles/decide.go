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
