package geo

import (
	"bytes"
	"math"
	"slices"
	"unicode/utf8"

	"dossier/corpus/text"
)

// Extract finds every mention of a country or organisation in text, in the
// order of the text. Mentions do not overlap: at each word the longest form
// wins, so "Wit-Rusland" is one mention of Belarus and "The Washington Post"
// none at all.
//
// The text is best one paragraph: "Brussel" stands for the EU when its
// sentence, or else its text, names the EU (and not Belgium), and for
// Belgium otherwise.
//
// Offsets are int32 inside, so a text longer than 2 GiB is read up to
// there; the corpus loader refuses files a thousand times smaller.
func (g *Gazetteer) Extract(text string) []Mention {
	var s scanner
	return s.extract(g, text)
}

// maxText is the longest text Extract reads.
const maxText = math.MaxInt32

// clip cuts text to maxText bytes, at the start of a rune.
func clip(text string) string {
	if len(text) <= maxText {
		return text
	}
	cut := maxText
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// scanner holds the state of one extraction, and its buffers, which
// Document reuses from paragraph to paragraph.
type scanner struct {
	g      *Gazetteer
	text   string
	tokens []token
	word   []byte // scratch: the folded first word of a candidate
	next   []byte // scratch: a folded later word
	found  []found
}

func (s *scanner) extract(g *Gazetteer, text string) []Mention {
	text = clip(text)
	s.g, s.text = g, text
	if want := len(text)/6 + 1; cap(s.tokens) < want {
		s.tokens = make([]token, 0, want) // about one word in six bytes of Dutch
	}
	s.tokens = tokenize(s.tokens[:0], text)
	s.found = s.found[:0]
	return s.scan()
}

// found is a mention with where it was found.
type found struct {
	Mention
	first, last int // token indices
	seat        string
}

func (s *scanner) scan() []Mention {
	free := 0 // tokens before free belong to a match (a mention or a phrase that names nothing)
	for i := 0; i < len(s.tokens); i++ {
		t := &s.tokens[i]
		if !t.upper {
			continue // every form starts with a capital
		}
		s.word = text.AppendFold(s.word[:0], t.text(s.text))
		e, n := s.longestAt(i)
		if e == nil {
			continue
		}
		last := i + n - 1
		if e.kind != 0 && !s.vetoed(e, i, last, free) {
			first, end := s.tokens[i], s.tokens[last]
			s.found = append(s.found, found{
				Mention: Mention{Code: e.code, Kind: e.kind, Form: e.form,
					Start: int(first.start), End: int(end.end), RuneStart: int(first.runeStart), RuneEnd: int(end.runeEnd),
					Surface: s.text[first.start:end.end]},
				first: i, last: last, seat: e.seat,
			})
		}
		i, free = last, last+1
	}
	s.resolveSeats()
	if len(s.found) == 0 {
		return nil
	}
	mentions := make([]Mention, len(s.found))
	for k, f := range s.found {
		mentions[k] = f.Mention
	}
	return mentions
}

// longestAt returns the longest form that starts at token i, whose folded
// text is in s.word, and its length in tokens.
func (s *scanner) longestAt(i int) (*entry, int) {
	for _, e := range s.g.byFirst[string(s.word)] {
		if s.matches(e, i) {
			return e, len(e.words)
		}
	}
	// A genitive or plural "'s" on a one-word form: "Amerika's", "Israëli's".
	if stem, ok := bytes.CutSuffix(s.word, []byte("'s")); ok {
		for _, e := range s.g.byFirst[string(stem)] {
			if len(e.words) == 1 && s.casesMatch(e, i, i) {
				return e, 1
			}
		}
	}
	return nil, 0
}

// matches reports whether e's words follow token i, whose folded form
// matched e's first word already.
func (s *scanner) matches(e *entry, i int) bool {
	last := i + len(e.words) - 1
	if last >= len(s.tokens) {
		return false
	}
	for k := 1; k < len(e.words); k++ {
		t := &s.tokens[i+k]
		if !t.gap.joins() {
			return false
		}
		s.next = text.AppendFold(s.next[:0], t.text(s.text))
		if string(s.next) == e.words[k] {
			continue
		}
		if k == len(e.words)-1 {
			if stem, ok := bytes.CutSuffix(s.next, []byte("'s")); ok && string(stem) == e.words[k] {
				continue
			}
		}
		return false
	}
	return s.casesMatch(e, i, last)
}

// casesMatch checks the case of tokens first..last against the form: an
// abbreviation in capitals must be in capitals ("VS", not "vs" or "Vs").
// That the first word is capitalised, scan checked already.
func (s *scanner) casesMatch(e *entry, first, last int) bool {
	if !e.capitals {
		return true
	}
	for _, t := range s.tokens[first : last+1] {
		if t.lower {
			return false
		}
	}
	return true
}

// vetoed reports whether the context shows that a matched form, tokens
// first..last, does not name its country here.
func (s *scanner) vetoed(e *entry, first, last, free int) bool {
	tokens := s.tokens
	var before, after *token
	if first > 0 && first-1 >= free {
		before = &tokens[first-1] // not part of an earlier match
	}
	if last+1 < len(tokens) {
		after = &tokens[last+1]
	}
	capitalisedAfter := after != nil && after.gap == gapSpace && after.titlecase() && !initial(tokens, last+1)
	switch {
	case e.given && capitalisedAfter:
		return true // Frans Timmermans
	case e.language && before != nil && tokens[first].gap == gapSpace && s.is(before, "het") && s.endsLanguage(after):
		return true // in het Frans; but het Nederlands elftal, het Russisch-Oekraïense conflict
	case e.guardAfter && capitalisedAfter && !s.startsForm(after):
		return true // China Daily, Israël Katz, Paris Hilton
	case e.guardBefore && before != nil && tokens[first].gap == gapSpace && before.titlecase() && !initial(tokens, first-1):
		return true // Denzel Washington
	}
	return false
}

// endsLanguage reports whether the word after "het" + an adjective's base
// form shows the two to be a language ("in het Frans.", "het Turks en het
// Pools", "in het Frans heet het") rather than an adjective before a noun
// ("het Nederlands elftal", "het Nederlands Forensisch Instituut"): the
// text or clause ends, or a word follows that follows nouns, not adjectives.
func (s *scanner) endsLanguage(after *token) bool {
	if after == nil || after.gap >= gapComma {
		return true
	}
	if after.gap != gapSpace {
		return false // a hyphen: het Russisch-Oekraïense conflict
	}
	s.next = text.AppendFold(s.next[:0], after.text(s.text))
	switch string(s.next) {
	case "en", "of", "als", "dan", "is", "was", "wordt", "werd", "heet", "heette", "vertaald", "geschreven", "gesproken":
		return true
	}
	return false
}

// is reports whether token t folds to word.
func (s *scanner) is(t *token, word string) bool {
	s.next = text.AppendFold(s.next[:0], t.text(s.text))
	return string(s.next) == word
}

// startsForm reports whether a form starts at token t, so that a capitalised
// word after a name is another name ("Rusland Oekraïne"), not a title.
func (s *scanner) startsForm(t *token) bool {
	s.next = text.AppendFold(s.next[:0], t.text(s.text))
	_, ok := s.g.byFirst[string(s.next)]
	return ok
}

// resolveSeats decides, for each city that can stand for an organisation
// (Brussel), whether here it does: when its sentence names its own country,
// it is that country; when the sentence names the organisation or words of
// its business (lidstaten, eurocommissaris), it is the organisation; and
// otherwise it is the organisation when the rest of the text names the
// organisation but not the country.
func (s *scanner) resolveSeats() {
	for k := range s.found {
		f := &s.found[k]
		if f.seat == "" {
			continue
		}
		sentence := s.tokens[f.first].sentence
		var countryInSentence, orgInSentence, countryInText, orgInText bool
		for _, o := range s.found {
			if o.seat != "" {
				continue // another seat decides nothing about this one
			}
			same := s.tokens[o.first].sentence == sentence
			switch o.Code {
			case f.Code:
				countryInText = true
				countryInSentence = countryInSentence || same
			case f.seat:
				orgInText = true
				orgInSentence = orgInSentence || same
			}
		}
		orgInSentence = orgInSentence || s.contextInSentence(sentence, f.seat, f.first, f.last)
		if !countryInSentence && (orgInSentence || (orgInText && !countryInText)) {
			f.Code, f.Kind = f.seat, Organization
		}
	}
}

// contextInSentence reports whether a word of the sentence, other than
// tokens first..last, is a context word of the organisation.
func (s *scanner) contextInSentence(sentence int32, org string, first, last int) bool {
	for i := range s.tokens {
		t := &s.tokens[i]
		if t.sentence != sentence || (first <= i && i <= last) {
			continue
		}
		s.next = text.AppendFold(s.next[:0], t.text(s.text))
		if slices.Contains(s.g.context[string(s.next)], org) {
			return true
		}
	}
	return false
}
