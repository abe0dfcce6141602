package roles

import (
	"slices"

	"dossier/corpus/geo"
)

// sentence is one sentence of a paragraph, its words and the parties it
// names.
type sentence struct {
	paragraph  int
	text       string // the paragraph's text
	start, end int    // the sentence's byte offsets in text
	words      []word
	parties    []party
}

// word is one word of a sentence.
type word struct {
	geo.Word
	text   string // as written
	folded string
	cue    cue // what the cue lists say of it
	party  int // the index of the party it belongs to, or -1
}

// partyKind says how a sentence names a country or an organisation.
type partyKind uint8

const (
	byMention partyKind = iota + 1 // a gazetteer mention: name, adjective, inhabitant, city, place, region
	byAgency                       // an agency's name or description
	byGroup                        // a threat-actor group's name
)

// party is one naming of a country or organisation in a sentence.
type party struct {
	first, last int // word indices
	code        string
	kind        partyKind
	form        geo.Form // for byMention
	org         bool     // an organisation: the EU, the UN, NATO
	alias       *geo.Alias
}

func (p *party) isPlace() bool {
	return p.kind == byMention && (p.form == geo.FormName || p.form == geo.FormCity || p.form == geo.FormPlace || p.form == geo.FormRegion)
}

func (p *party) isAdjective() bool {
	return p.kind == byMention && (p.form == geo.FormAdjective || p.form == geo.FormInhabitant)
}

// newSentence builds a sentence from its words and the paragraph's
// mentions, and finds the groups and agencies in it; a group or agency
// takes the place of the mentions inside it ("de Russische militaire
// inlichtingendienst" is the GRU, not the adjective).
//
// The sentence is built in s, whose buffers it reuses.
func (x *Extractor) newSentence(s *sentence, paragraph int, text string, ws []geo.Word, mentions []geo.Mention) *sentence {
	*s = sentence{paragraph: paragraph, text: text, start: ws[0].Start, end: sentenceEnd(text, ws[len(ws)-1].End),
		words: s.words[:0], parties: s.parties[:0]}
	s.words = slices.Grow(s.words, len(ws))[:len(ws)]
	for i, w := range ws {
		t := text[w.Start:w.End]
		s.words[i] = word{Word: w, text: t, folded: fold(t), party: -1}
		s.words[i].cue = defaultCues().of(s.words[i].folded)
	}
	for _, n := range x.names.find(s) {
		s.addParty(party{first: n.first, last: n.last, code: n.code(), kind: kindOf(n.alias), alias: n.alias})
	}
	for _, m := range mentions {
		if m.End <= s.start || m.Start >= s.end {
			continue
		}
		first, last := s.wordAt(m.Start), s.wordAt(m.End-1)
		if first < 0 || last < 0 {
			continue
		}
		overlaps := false
		for i := first; i <= last; i++ {
			overlaps = overlaps || s.words[i].party >= 0
		}
		if !overlaps {
			s.addParty(party{first: first, last: last, code: m.Code, kind: byMention, form: m.Form, org: m.Kind == geo.Organization})
		}
	}
	sortParties(s)
	return s
}

func kindOf(a *geo.Alias) partyKind {
	if a.Actor != nil {
		return byGroup
	}
	return byAgency
}

func (s *sentence) addParty(p party) {
	s.parties = append(s.parties, p)
}

// sortParties puts the parties in the order of the text and points each
// word at its party.
func sortParties(s *sentence) {
	for i := 1; i < len(s.parties); i++ {
		for j := i; j > 0 && s.parties[j].first < s.parties[j-1].first; j-- {
			s.parties[j], s.parties[j-1] = s.parties[j-1], s.parties[j]
		}
	}
	for k, p := range s.parties {
		for i := p.first; i <= p.last; i++ {
			s.words[i].party = k
		}
	}
}

// wordAt returns the index of the word that holds byte offset at, or -1.
func (s *sentence) wordAt(at int) int {
	for i := range s.words {
		if s.words[i].Start <= at && at < s.words[i].End {
			return i
		}
	}
	return -1
}

// sentenceEnd extends a sentence past its last word to its closing
// punctuation, up to the next space.
func sentenceEnd(text string, end int) int {
	for end < len(text) && text[end] != ' ' && text[end] != '\n' {
		end++
	}
	return end
}

// wordsAre reports whether the words from i on are want, folded.
func (s *sentence) wordsAre(i int, want []string) bool {
	if i+len(want) > len(s.words) {
		return false
	}
	for k, w := range want {
		if s.words[i+k].folded != w {
			return false
		}
		if k > 0 && !s.words[i+k].Gap.Joins() {
			return false
		}
	}
	return true
}

// announcesName reports whether the words before word i say that a group's
// or an agency's name follows: "de groep Snake", "inlichtingendienst MIT".
func (s *sentence) announcesName(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if s.words[k].cue.has(cueAnnounce) {
			return true
		}
	}
	return i+1 < len(s.words) && s.words[i+1].Gap == geo.GapHyphen && s.words[i+1].cue.has(cueAnnounce)
}

// span is the stretch of text of words first to last.
func (s *sentence) span(first, last int) Span {
	return Span{Start: s.words[first].Start, End: s.words[last].End, RuneStart: s.words[first].RuneStart, RuneEnd: s.words[last].RuneEnd}
}

// partyCode is the code of the party the word belongs to, or "".
func (w *word) partyCode(s *sentence) string {
	if w.party < 0 {
		return ""
	}
	return s.parties[w.party].code
}

// partyFirst is the first word of the party the word belongs to.
func (w *word) partyFirst(s *sentence) int { return s.parties[w.party].first }
