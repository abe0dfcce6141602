package dates

import "dossier/corpus/geo"

// tense is what a clause says of when it happens.
type tense uint8

const (
	tenseNeutral tense = iota + 1 // nothing decides
	tensePast
	tenseFuture
)

// determiners are the words after which a word ending in -de or -te is an
// adjective ("de eerste", "een grote"), not a verb in the past.
var determiners = map[string]bool{
	"de": true, "het": true, "een": true, "deze": true, "dit": true, "zijn": true,
	"haar": true, "hun": true, "onze": true, "ons": true, "mijn": true, "jouw": true, "uw": true, "elke": true,
	"ieder": true, "iedere": true, "veel": true, "alle": true, "geen": true, "welke": true, "zo'n": true,
	"zeer": true, "erg": true, "heel": true, "te": true, "meer": true, "minder": true, "nog": true,
}

// tense reads the clause around tokens [start, end): a finite verb of the
// past (or an auxiliary of the perfect with a participle) makes it past; a
// verb of the future, or a verb in the present right after a date that
// opens the sentence ("In november beslist het kabinet"), future. The verb
// nearest the date decides when there are both.
func (s *scan) tense(start, end int) tense {
	lo, hi := s.clause(start, end)
	best, bestDistance := tenseNeutral, len(s.toks)
	consider := func(i int, t tense) {
		d := start - i
		if i >= end {
			d = i - end + 1
		}
		if d < bestDistance {
			best, bestDistance = t, d
		}
	}
	perfect := -1
	var participles, presents []int
	for i := lo; i < hi; i++ {
		if i >= start && i < end {
			continue
		}
		t := s.toks[i]
		w := t.w
		switch {
		case w.is(kindPast):
			consider(i, tensePast)
		case w.is(kindPerfect):
			perfect = i
		case w.is(kindFuture):
			consider(i, tenseFuture)
		case w == nil && t.lower && t.num < 0:
			f := s.folded(i)
			switch {
			case s.weakPast(i, f):
				consider(i, tensePast)
			case isParticiple(f):
				participles = append(participles, i)
			case s.present(i, f):
				presents = append(presents, i)
			}
		}
	}
	if perfect >= 0 {
		if len(participles) > 0 {
			consider(perfect, tensePast)
		} else {
			consider(perfect, tenseFuture) // "is", "heeft" in the present
		}
	} else if best == tenseNeutral && len(participles)+len(presents) > 0 {
		// Without an auxiliary or another verb that says more, a word that
		// looks like a participle is a verb in the present: "het kabinet
		// beslist vrijdag".
		best = tenseFuture
	}
	if best == tenseNeutral && s.sentenceStart(start) && end < hi {
		// A date that opens the sentence is followed by its finite verb.
		if t := s.toks[end]; t.w == nil && t.lower && t.num < 0 && !isParticiple(s.folded(end)) {
			return tenseFuture
		}
	}
	if best == tenseNeutral && start > 0 && s.near(start, start-1) && s.sentenceStart(start-1) && end < hi {
		// "In november beslist": the preposition opens the sentence.
		if t := s.toks[end]; t.w == nil && t.lower && t.num < 0 && !isParticiple(s.folded(end)) {
			return tenseFuture
		}
	}
	return best
}

// clause bounds the clause that holds tokens [start, end): from the comma,
// quote or clause word before it to the one after it, within the sentence.
func (s *scan) clause(start, end int) (int, int) {
	lo := start
	for lo > 0 && s.toks[lo-1].Sentence == s.toks[start].Sentence && !s.opensClause(lo) {
		lo--
	}
	hi := end
	for hi < len(s.toks) && s.toks[hi].Sentence == s.toks[start].Sentence && !s.opensClause(hi) {
		hi++
	}
	return lo, hi
}

// opensClause reports whether token i begins a new clause: after a comma, a
// colon or a quote, or with a word such as "dat", "omdat", "toen".
func (s *scan) opensClause(i int) bool {
	t := s.toks[i]
	return t.Gap == geo.GapComma || t.Gap == geo.GapBreak || t.w.is(kindClause)
}

// weakPast reports whether a word is the past of a weak verb: "ontdekte",
// "hackten", "lekte", "publiceerden". The endings are those of adjectives
// too, which a determiner before them gives away.
func (s *scan) weakPast(i int, f string) bool {
	if len(f) < 6 || !(hasSuffix(f, "de") || hasSuffix(f, "te") || hasSuffix(f, "den") || hasSuffix(f, "ten")) {
		return false
	}
	if hasSuffix(f, "ende") || hasSuffix(f, "ste") || hasSuffix(f, "ijde") || hasPrefix(f, "ge") || hasSuffix(f, "lijkte") {
		return false
	}
	if i > 0 && s.toks[i-1].Sentence == s.toks[i].Sentence && determiners[s.folded(i-1)] {
		return false
	}
	return true
}

// present reports whether a word looks like a verb in the present, third
// person: "reageert", "spreekt", "beslist". Nouns end in -t too ("het
// kabinet", "een rapport"), which a determiner before them gives away.
func (s *scan) present(i int, f string) bool {
	if len(f) < 5 || !hasSuffix(f, "t") || notPresent[f] {
		return false
	}
	return !(i > 0 && s.toks[i-1].Sentence == s.toks[i].Sentence && determiners[s.folded(i-1)])
}

// notPresent are common words ending in -t that are no verbs.
var notPresent = map[string]bool{
	"echt": true, "recht": true, "nacht": true, "macht": true, "markt": true, "kabinet": true, "recent": true,
	"gewicht": true, "bericht": true, "rapport": true, "opdracht": true, "dienst": true, "tijdstip": true,
	"zelfs": true, "ongeveer": true, "eigenlijk": true, "vooral": true, "meest": true, "minst": true,
	"juist": true, "eerst": true, "laatst": true, "bekent": false, "totaal": true, "tegelijk": true,
	"president": true, "parlement": true, "percent": true, "procent": true, "incident": true, "internet": true,
	"netwerk": true, "contact": true, "project": true, "product": true, "concept": true, "resultaat": true,
	"kwaliteit": true, "activiteit": true, "autoriteit": true, "identiteit": true, "universiteit": true,
	"gemeenschapt": true, "hoogst": true, "ernstigst": true, "belangrijkst": true, "grootst": true,
}

// isParticiple reports whether a word looks like a past participle:
// "gehackt", "ontdekt", "gestolen", "aangevallen", "verkocht".
func isParticiple(f string) bool {
	if len(f) < 5 {
		return false
	}
	for _, p := range []string{"ge", "be", "ver", "ont", "her", "er"} {
		if hasPrefix(f, p) && (hasSuffix(f, "d") || hasSuffix(f, "t") || hasSuffix(f, "en")) {
			return true
		}
	}
	// Separable verbs: "aangevallen", "opgepakt", "uitgevoerd".
	for _, p := range []string{"aange", "opge", "uitge", "afge", "inge", "doorge", "overge", "toege", "vastge", "bijge", "binnenge", "meege", "terugge", "vrijge", "voorge", "neerge", "omge"} {
		if hasPrefix(f, p) {
			return true
		}
	}
	return false
}

// functionWord reports whether a word is a verb or function word that may
// follow a year ("van 2019 zijn", "in 2019 hebben").
func functionWord(f string) bool {
	switch f {
	case "zijn", "hebben", "waren", "werden", "worden", "kunnen", "moeten", "zullen", "hadden", "gingen", "kwamen",
		"bleken", "stonden", "lagen", "kregen", "en", "is", "was", "als", "dus", "tegen", "tussen", "over", "bij", "tijdens":
		return true
	}
	return false
}
