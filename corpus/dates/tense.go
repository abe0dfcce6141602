package dates

import (
	"strings"

	"dossier/corpus/geo"
)

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

// tense reads the clause around tokens [start, end). Strong evidence: a
// finite verb of the past or the future from the lexicon, an auxiliary of
// the perfect with a participle (past) or without one (present, which
// speaks of what is coming), a weak verb's past in the singular
// ("ontdekte"). Weak evidence, used when there is no strong: a weak past
// in the plural ("hackten", which may be an infinitive: "belanden"), a
// participle without an auxiliary ("pas in april gemeld"), a verb that
// looks like the present ("het kabinet beslist", "de commissie hoort"),
// and the verb right after a date that opens the sentence ("In november
// beslist het kabinet"). The evidence nearest the date decides.
func (s *scan) tense(start, end int) tense {
	lo, hi := s.clause(start, end)
	var strong, weak evidence
	strong.distance, weak.distance = len(s.toks), len(s.toks)
	distance := func(i int) int {
		if i >= end {
			return i - end + 1
		}
		return start - i
	}
	perfect := -1
	var participles []int
	for i := lo; i < hi; i++ {
		if i >= start && i < end {
			continue
		}
		t := s.toks[i]
		w := t.w
		switch {
		case w.is(kindPast):
			strong.consider(distance(i), tensePast)
		case w.is(kindPerfect):
			if !s.possessive(i) {
				perfect = i
			}
		case w.is(kindFuture):
			strong.consider(distance(i), tenseFuture)
		case w == nil && t.lower && t.num < 0:
			f := t.f
			switch {
			case isParticiple(f):
				participles = append(participles, i)
				if strings.Contains(f[:min(len(f), 6)], "ge") {
					weak.consider(distance(i), tensePast) // "gemeld", "aangehouden": no present
				} else {
					weak.consider(distance(i), tenseFuture) // "beslist", "verwacht": most often the present
				}
			case s.weakPast(i, f):
				if strings.HasSuffix(f, "n") {
					weak.consider(distance(i), tensePast)
				} else {
					strong.consider(distance(i), tensePast)
				}
			case s.present(i, f):
				weak.consider(distance(i), tenseFuture)
			}
		}
	}
	if perfect >= 0 {
		if len(participles) > 0 {
			strong.consider(distance(perfect), tensePast)
		} else {
			strong.consider(distance(perfect), tenseFuture) // "is", "heeft" in the present
		}
	}
	if strong.tense != 0 {
		return strong.tense
	}
	// A date that opens the sentence ("In november", "November") is
	// followed by its finite verb.
	first := start
	if first > 0 && s.near(start, first-1) && s.sentenceStart(first-1) && !s.sentenceStart(first) {
		first-- // the preposition
	}
	if s.sentenceStart(first) && end < hi {
		if t := s.toks[end]; t.w == nil && t.lower && t.num < 0 && weak.distance > 1 {
			weak.consider(1, tenseFuture)
		}
	}
	if weak.tense != 0 {
		return weak.tense
	}
	return tenseNeutral
}

// evidence is the tense nearest a date of one strength.
type evidence struct {
	tense    tense
	distance int
}

func (e *evidence) consider(distance int, t tense) {
	if distance < e.distance {
		e.tense, e.distance = t, distance
	}
}

// verbal reports whether token i looks like a verb, or a word that may
// stand between a time and its verb.
func (s *scan) verbal(i int) bool {
	t := s.toks[i]
	if t.w.is(kindPast) || t.w.is(kindPerfect) || t.w.is(kindFuture) || adverbs[t.f] {
		return true
	}
	return t.w == nil && t.lower && t.num < 0 && (isParticiple(t.f) || s.weakPast(i, t.f) || s.present(i, t.f))
}

// possessive reports whether "zijn" at token i is the possessive before a
// noun ("zijn proces begint"), not the auxiliary ("zijn aangehouden").
func (s *scan) possessive(i int) bool {
	if s.toks[i].f != "zijn" || !s.near(i, i+1) {
		return false
	}
	next := s.toks[i+1]
	return next.w == nil && next.num < 0 && next.Gap == geo.GapSpace && !isParticiple(next.f) && !adverbs[next.f]
}

// adverbs may stand between an auxiliary and its participle.
var adverbs = map[string]bool{
	"al": true, "niet": true, "nog": true, "ook": true, "pas": true, "toen": true, "daar": true, "hier": true,
	"wel": true, "vaak": true, "nooit": true, "eerder": true, "inmiddels": true, "er": true, "zelf": true,
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
	if len(f) < 5 || !(strings.HasSuffix(f, "de") || strings.HasSuffix(f, "te") || strings.HasSuffix(f, "den") || strings.HasSuffix(f, "ten")) {
		return false
	}
	if strings.HasSuffix(f, "ende") || strings.HasSuffix(f, "ste") || strings.HasSuffix(f, "ijde") || strings.HasPrefix(f, "ge") || strings.HasSuffix(f, "lijkte") {
		return false
	}
	return !s.afterDeterminer(i)
}

// present reports whether a word looks like a verb in the present, third
// person: "reageert", "spreekt", "beslist". Nouns end in -t too ("het
// kabinet", "een rapport"), which a determiner before them gives away.
func (s *scan) present(i int, f string) bool {
	if len(f) < 4 || !strings.HasSuffix(f, "t") || notPresent[f] {
		return false
	}
	return !s.afterDeterminer(i)
}

// afterDeterminer reports whether the word before token i, in its
// sentence, is one of determiners.
func (s *scan) afterDeterminer(i int) bool {
	return s.near(i, i-1) && determiners[s.toks[i-1].f]
}

// notPresent are common words ending in -t that are no verbs.
var notPresent = map[string]bool{
	"niet": true, "echt": true, "licht": true, "want": true, "recht": true, "nacht": true, "macht": true, "markt": true, "kabinet": true, "recent": true,
	"gewicht": true, "bericht": true, "rapport": true, "opdracht": true, "dienst": true, "tijdstip": true,
	"zelfs": true, "ongeveer": true, "eigenlijk": true, "vooral": true, "meest": true, "minst": true,
	"juist": true, "eerst": true, "laatst": true, "totaal": true, "tegelijk": true,
	"president": true, "parlement": true, "percent": true, "procent": true, "incident": true, "internet": true,
	"netwerk": true, "contact": true, "project": true, "product": true, "concept": true, "resultaat": true,
	"kwaliteit": true, "activiteit": true, "autoriteit": true, "identiteit": true, "universiteit": true,
	"hoogst": true, "ernstigst": true, "belangrijkst": true, "grootst": true,
}

// isParticiple reports whether a word looks like a past participle:
// "gehackt", "ontdekt", "gestolen", "aangevallen", "verkocht".
func isParticiple(f string) bool {
	if len(f) < 5 {
		return false
	}
	if pastPlural(f) {
		return false // a weak verb's past in the plural: "bevestigden", "ontdekten"
	}
	for _, p := range []string{"ge", "be", "ver", "ont", "her", "er"} {
		if strings.HasPrefix(f, p) && (strings.HasSuffix(f, "d") || strings.HasSuffix(f, "t") || strings.HasSuffix(f, "en")) {
			return true
		}
	}
	// Separable verbs: "aangevallen", "opgepakt", "uitgevoerd".
	for _, p := range []string{"aange", "opge", "uitge", "afge", "inge", "doorge", "overge", "toege", "vastge", "bijge", "binnenge", "meege", "terugge", "vrijge", "voorge", "neerge", "omge"} {
		if strings.HasPrefix(f, p) {
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

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}
