package roles

import "dossier/corpus/geo"

// This file reads clauses: where one starts and ends, its subject, the
// verb that decides what the subject does, relative clauses and what they
// say about the word before them.

// functionWords may stand before a subject at the start of a clause.
var functionWords = map[string]bool{
	"de": true, "het": true, "een": true, "ook": true, "en": true, "maar": true, "dat": true, "die": true,
	"zelfs": true, "vooral": true, "toen": true, "nu": true, "daarna": true,
}

// subordinators open a clause inside a sentence.
var subordinators = map[string]bool{
	"dat": true, "die": true, "wat": true, "waarmee": true, "waarbij": true, "waarin": true, "waardoor": true,
	"nadat": true, "omdat": true, "terwijl": true, "maar": true, "hoe": true, "waarop": true, "zodat": true, "om": true,
}

// clauseStart returns the first word of the clause word i is in: after a
// comma, a colon or semicolon, or at a word that opens a clause. A comma
// inside a list of parties ("Britse, Amerikaanse en Canadese") does not end
// a clause.
func (s *sentence) clauseStart(i int) int {
	for k := i; k > 0; k-- {
		w := &s.words[k]
		if subordinators[w.folded] {
			return k
		}
		if w.Gap == geo.GapBreak {
			return k
		}
		if w.Gap == geo.GapComma && !(w.party >= 0 && s.words[k-1].party >= 0) {
			return k
		}
	}
	return 0
}

// clauseEnd returns the word after the last of the clause word i is in.
func (s *sentence) clauseEnd(i int) int {
	for k := i + 1; k < len(s.words); k++ {
		w := &s.words[k]
		if w.Gap == geo.GapBreak || subordinators[w.folded] {
			return k
		}
		if w.Gap == geo.GapComma && !(w.party >= 0 && s.words[k-1].party >= 0) {
			return k
		}
	}
	return len(s.words)
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

func (s *sentence) clauseHasCue(i int, c cue) bool {
	return s.clauseHasFunc(i, func(w *word) bool { return w.party < 0 && w.cue.has(c) })
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
