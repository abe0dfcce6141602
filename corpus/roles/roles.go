// Package roles finds who did what to whom in Dutch news about cyber
// espionage: for every article, the actors (the countries, or the EU, the UN
// or NATO, behind an operation), the targets (what was hacked, spied on,
// attacked or aimed at) and the threat-actor groups it names. Every other
// country the article names is only mentioned: the firm that found it, the
// paper that reports it, the government that accuses, the place of a
// meeting.
//
// The rules read one sentence at a time, on the words and mentions the
// gazetteer finds (package geo), with the cue words kept as data in
// data/cues.tsv: what an operation is called, who does one, who only
// reports, accuses or denies, and the phrases that attribute ("toegeschreven
// aan", "in opdracht van", "vanuit"). Each role keeps its evidence: the
// sentence and the words that decided it.
package roles

import (
	"cmp"
	"slices"
)

// Article is what one article says about who did what to whom.
type Article struct {
	// Actors and Targets are the countries and organisations in each role,
	// most certain first: most sentences of evidence, then first named.
	Actors, Targets []Party
	// Groups are the threat actors the article names, by any alias, most
	// mentioned first, then first named.
	Groups []Group
	// Marks are the words that named an actor, a target or a group, in the
	// order of the text (title first), for a reader to mark.
	Marks []Mark
}

// Party is a country or an organisation in one role.
type Party struct {
	Code     string     `json:"code"` // "CN", or "EU", "UN", "NATO"
	Name     string     `json:"name"` // in Dutch
	Evidence []Evidence `json:"-"`
}

// Evidence is one sentence that gave a party its role.
type Evidence struct {
	// Paragraph is the number of the paragraph in Document.Paragraphs, or
	// -1 for the title.
	Paragraph int
	// Sentence is the sentence as written; Start and End are its byte
	// offsets in the paragraph's text.
	Sentence   string
	Start, End int
	// Words are the words that decided it: the mention, and the cue that
	// gave it its role ("door", "toegeschreven aan", "hackers").
	Words []Span
	// Rule names the rule that decided it, for tests and tooltips.
	Rule Rule
}

// Span is a stretch of a paragraph's text (or the title), in bytes and in
// runes.
type Span struct {
	Start, End         int
	RuneStart, RuneEnd int
}

// Group is a threat actor an article names.
type Group struct {
	Name     string `json:"name"`     // as the thesaurus names it: "APT28"
	Country  string `json:"country"`  // the country it is attributed to
	Mentions int    `json:"mentions"` // by any of its names
}

// MarkKind says what a mark is.
type MarkKind uint8

const (
	MarkActor  MarkKind = iota + 1 // the words named an actor
	MarkTarget                     // the words named a target
	MarkGroup                      // the words named a threat-actor group (which is also an actor's evidence)
)

// Mark is a stretch of text that names an actor, a target or a group.
type Mark struct {
	// Paragraph is the number of the paragraph, or -1 for the title.
	Paragraph int
	Span
	Kind MarkKind
	// Code is the country or organisation: the actor's or target's, or the
	// group's country.
	Code string
	// Group is the group's name, for a MarkGroup.
	Group string
}

// Role is actor or target.
type Role uint8

const (
	Actor Role = iota + 1
	Target
)

func (r Role) String() string {
	switch r {
	case Actor:
		return "actor"
	case Target:
		return "target"
	}
	return "none"
}

// Has reports whether the article gives code the role.
func (a *Article) Has(role Role, code string) bool {
	list := a.Actors
	if role == Target {
		list = a.Targets
	}
	return slices.ContainsFunc(list, func(p Party) bool { return p.Code == code })
}

// Codes returns the codes of the parties in one role, most certain first.
func (a *Article) Codes(role Role) []string {
	list := a.Actors
	if role == Target {
		list = a.Targets
	}
	out := make([]string, len(list))
	for i, p := range list {
		out[i] = p.Code
	}
	return out
}

// Total is how many articles of a corpus give one country or organisation
// each role.
type Total struct {
	Code   string `json:"code"`
	Actor  int    `json:"actor"`
	Target int    `json:"target"`
}

// Totals counts, per code, the articles that make it an actor and those
// that make it a target; most articles in either role first, then by code.
func Totals(articles []*Article) []Total {
	index := map[string]int{}
	var totals []Total
	add := func(code string, role Role) {
		k, ok := index[code]
		if !ok {
			k = len(totals)
			index[code] = k
			totals = append(totals, Total{Code: code})
		}
		if role == Actor {
			totals[k].Actor++
		} else {
			totals[k].Target++
		}
	}
	for _, a := range articles {
		if a == nil {
			continue
		}
		for _, p := range a.Actors {
			add(p.Code, Actor)
		}
		for _, p := range a.Targets {
			add(p.Code, Target)
		}
	}
	slices.SortFunc(totals, func(a, b Total) int {
		return cmp.Or(cmp.Compare(b.Actor+b.Target, a.Actor+a.Target), cmp.Compare(a.Code, b.Code))
	})
	return totals
}
