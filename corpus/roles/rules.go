package roles

import (
	"slices"
	"strings"

	"dossier/corpus/geo"
)

// Rule names the rule that gave a party its role.
type Rule string

const (
	RuleGroup       Rule = "group"       // a threat-actor group's name: "APT28"
	RuleAgency      Rule = "agency"      // an agency: "de NSA", "de Russische militaire inlichtingendienst"
	RuleDoer        Rule = "doer"        // the country on the doer: "Chinese hackers"
	RuleSubject     Rule = "subject"     // the country does it: "Rusland bespioneert", "Pyongyang financiert ... met gestolen munten"
	RuleAttribution Rule = "attribution" // a phrase that attributes: "door", "toegeschreven aan", "in opdracht van", "vanuit"
	RuleAccused     Rule = "accused"     // the one accused: "beschuldigt Moskou van", "houdt China verantwoordelijk"
	RuleVictim      Rule = "victim"      // what was hit: "het Oekraïense elektriciteitsnet", "de EU"
	RulePassive     Rule = "passive"     // the subject of a passive: "Estland werd bestookt"
	RulePlace       Rule = "place"       // where the hit things or people are: "in Kyiv", "op Cyprus"
)

// decision is what the rules make of one party.
type decision struct {
	actor, target bool
	cue           int // the word that decided it, or -1
	rule          Rule
	// fallback marks a place that is a target only when the sentence names
	// no other: "In Griekenland werden journalisten bespioneerd", but not
	// "In Amsterdam houden Chinese politieposten Chinezen in de gaten".
	fallback bool
}

// gate is what a sentence may give roles to.
type gate uint8

const (
	gateNone    gate = iota // no operation, or one that did not happen
	gateTargets             // an operation whose doer the sentence asks about or rules out
	gateAll
)

// readSentence finds the roles in one sentence and adds them to c.
func (x *Extractor) readSentence(c *collector, s *sentence) {
	for k := range s.parties {
		p := &s.parties[k]
		if p.kind == byGroup {
			c.addGroup(p.alias.Actor, Mark{Paragraph: s.paragraph, Span: s.span(p.first, p.last), Kind: MarkGroup, Code: p.code, Group: p.alias.Actor.Name})
		}
	}
	g, blocked := s.gate()
	switch {
	case blocked:
	case g == gateNone && s.attributes():
		g = gateAll
	case g == gateNone && c.operation && s.continues():
		g = gateTargets
	}
	c.operation = g != gateNone
	if g == gateNone || len(s.parties) == 0 {
		return
	}
	dropped := s.retracted()
	decisions := make([]decision, len(s.parties))
	targets := false
	for k := range s.parties {
		p := &s.parties[k]
		if dropped[p.first] {
			decisions[k] = decision{cue: -1}
			continue
		}
		d := s.decide(k)
		if d.actor && (g != gateAll || s.contrasted(p.first)) {
			d.actor = false
		}
		decisions[k] = d
		targets = targets || (d.target && !d.fallback)
	}
	if code, first, last := s.ownState(); code != "" && g == gateAll {
		// "werd door zijn eigen regering gevolgd": the state of the one
		// named before, which the sentence names no other way.
		e := Evidence{Paragraph: s.paragraph, Sentence: s.text[s.start:s.end], Start: s.start, End: s.end, Rule: RuleDoer,
			Words: []Span{s.span(first, last)}}
		c.add(Actor, code, e, Mark{Paragraph: s.paragraph, Span: s.span(first, last), Kind: MarkActor, Code: code})
	}
	for k := range s.parties {
		p := &s.parties[k]
		d := decisions[k]
		if d.fallback && targets {
			d.target = false
		}
		e := Evidence{Paragraph: s.paragraph, Sentence: s.text[s.start:s.end], Start: s.start, End: s.end, Rule: d.rule}
		e.Words = append(e.Words, s.span(p.first, p.last))
		if d.cue >= 0 && (d.cue < p.first || d.cue > p.last) {
			e.Words = append(e.Words, s.span(d.cue, d.cue))
		}
		span := s.span(p.first, p.last)
		if d.actor {
			c.add(Actor, p.code, e, Mark{Paragraph: s.paragraph, Span: span, Kind: MarkActor, Code: p.code})
		}
		if d.target {
			c.add(Target, p.code, e, Mark{Paragraph: s.paragraph, Span: span, Kind: MarkTarget, Code: p.code})
		}
	}
}

// gate decides whether the sentence reports an operation that happened;
// blocked says that it names one that did not (feared, possible,
// hypothetical, an exercise), so that nothing may give it one.
func (s *sentence) gate() (g gate, blocked bool) {
	op := false
	for i := range s.words {
		w := &s.words[i]
		switch {
		case w.cue.has(cueFear | cueNoop):
			return gateNone, true
		case w.cue.has(cueWarn) && s.followedBy(i, 3, "voor"):
			return gateNone, true // a warning of what may come: "waarschuwt bedrijven voor mogelijke sabotage"
		case w.cue.has(cueWhether) && i+1 < len(s.words) && s.words[i+1].folded == "of":
			return gateNone, true // an open question: "onderzoekt of", "het is onduidelijk of"
		case w.cue.has(cueModal) && s.clauseHasCue(i, cueOperation):
			return gateNone, true // what can or must happen has not: "Rusland kan ... saboteren"
		case i == 0 && w.cue.has(cueHypothetical):
			return gateNone, true
		case w.cue.has(cueOperation) && w.party < 0 && !isToolName(w.folded):
			op = true
		}
	}
	if s.question() {
		if op && (s.has("wie") || s.has("achter")) {
			return gateTargets, false
		}
		return gateNone, true
	}
	if !op {
		return gateNone, false
	}
	for i := range s.words {
		if s.words[i].folded == "geen" && i+1 < len(s.words) {
			if n := s.words[i+1].folded; n == "sprake" || n == "aanwijzingen" || n == "aanwijzing" || n == "bewijs" {
				return gateTargets, false
			}
		}
	}
	return gateAll, false
}

// continues reports a sentence that goes on about the operation of the
// sentence before: "Ook de nummers van ...", "Onder hen zijn ...", "Het zou
// ook gaan om berichten van ...".
func (s *sentence) continues() bool {
	return continues(len(s.words), func(i int) string { return s.words[i].folded })
}

// continues is sentence.continues on the n words of a sentence not yet
// read, which folded gives one by one.
func continues(n int, folded func(i int) string) bool {
	word := func(i int) string {
		if i >= n {
			return ""
		}
		return folded(i)
	}
	first := word(0)
	switch {
	case defaultCues().of(first).has(cueContinuation):
		return true
	case first == "onder":
		second := word(1)
		return second == "hen" || second == "hun"
	case first == "het":
		switch word(1) {
		case "gaat", "ging", "zou", "zouden":
			for i := 2; i < n; i++ {
				if word(i) == "om" {
					return true
				}
			}
		}
	}
	return false
}

// question reports a sentence that ends in a question mark.
func (s *sentence) question() bool {
	for i := s.end - 1; i >= 0 && i >= s.words[len(s.words)-1].End; i-- {
		if s.text[i] == '?' {
			return true
		}
	}
	return false
}

func (s *sentence) has(folded string) bool {
	for i := range s.words {
		if s.words[i].folded == folded {
			return true
		}
	}
	return false
}

// retracted marks the words of a part of the sentence that the sentence
// says was not true ("Het bericht dat ..., bleek niet te kloppen: ..."),
// up to the colon, semicolon or dash that ends that part.
func (s *sentence) retracted() map[int]bool {
	var dropped map[int]bool
	from := 0
	for i := 0; i <= len(s.words); i++ {
		if i < len(s.words) && (i == 0 || s.words[i].Gap != geo.GapBreak) {
			continue
		}
		retract := false
		for k := from; k < i; k++ {
			if f := s.words[k].folded; (f == "kloppen" || f == "klopte" || f == "klopt" || f == "onjuist") && s.within(k, 4, "niet", "onjuist") {
				retract = true
			}
		}
		if retract {
			if dropped == nil {
				dropped = map[int]bool{}
			}
			for k := from; k < i; k++ {
				dropped[k] = true
			}
		}
		from = i
	}
	return dropped
}

// within reports whether one of words is among the n words before word i,
// or is word i.
func (s *sentence) within(i, n int, words ...string) bool {
	return s.withinWords(i, n, func(w *word) bool { return slices.Contains(words, w.folded) })
}

// contrasted reports a word in the first part of a contrast whose first
// part the sentence takes back: "leek eerst uit Noord-Korea te komen, maar
// bleek ..." .
func (s *sentence) contrasted(i int) bool {
	maar := -1
	for k := i + 1; k < len(s.words); k++ {
		if s.words[k].folded == "maar" {
			maar = k
			break
		}
	}
	if maar < 0 {
		return false
	}
	for k := s.clauseStart(i); k < maar; k++ {
		if f := s.words[k].folded; f == "eerst" || f == "leek" || f == "leken" || f == "aanvankelijk" {
			return true
		}
	}
	return false
}

// ownState finds "zijn/haar/hun eigen regering" (or regime, ambassade,
// politie, dienst: a doer) and returns the code of the party the
// possessive refers to, the nearest country named before it, with the
// words "eigen regering"; "" when there is none.
func (s *sentence) ownState() (code string, first, last int) {
	for i := 1; i+1 < len(s.words); i++ {
		if s.words[i].folded != "eigen" || !s.words[i+1].cue.has(cueDoer) {
			continue
		}
		if p := s.words[i-1].folded; p != "zijn" && p != "haar" && p != "hun" {
			continue
		}
		for k := len(s.parties) - 1; k >= 0; k-- {
			if pt := &s.parties[k]; pt.last < i && pt.kind == byMention && !pt.org {
				return pt.code, i, i + 1
			}
		}
	}
	return "", 0, 0
}

// followedBy reports whether one of the n words after word i is want.
func (s *sentence) followedBy(i, n int, want string) bool {
	for k := i + 1; k < len(s.words) && k <= i+n; k++ {
		if s.words[k].folded == want {
			return true
		}
	}
	return false
}

// isToolName reports the name of an instrument, which tells of no deed by
// itself: "omdat ze de hackingtools terug wilden". Kinds of malicious
// software do ("gijzelsoftware legde de systemen plat").
func isToolName(w string) bool {
	return strings.HasSuffix(w, "tools") || strings.HasSuffix(w, "tool")
}
