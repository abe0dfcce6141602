package roles

import (
	"strings"

	"dossier/corpus/geo"
)

// This file holds the phrases that name an actor without an operation
// word on it: accusing, "zit achter", "verantwoordelijk", "in opdracht van".

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

// onBehalf reports a sentence that says on whose behalf it was done ("in
// opdracht van"): the one who did it is then a contractor.
func (s *sentence) onBehalf() bool { return s.hasPair("opdracht", "van") }

// attributes reports a phrase that names who did an operation the sentence
// does not name by an operation word, referring to one told before: "lijkt
// dit het werk van", "in opdracht van".
func (s *sentence) attributes() bool {
	return s.hasPair("opdracht", "van") || s.hasPair("werk", "van")
}

// hasPair reports whether the sentence has the word first followed by the
// word second.
func (s *sentence) hasPair(first, second string) bool {
	for i := 0; i+1 < len(s.words); i++ {
		if s.words[i].folded == first && s.words[i+1].folded == second {
			return true
		}
	}
	return false
}
