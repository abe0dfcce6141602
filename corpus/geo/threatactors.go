package geo

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"dossier/corpus/text"
)

//go:embed data/threat_actors.tsv
var threatActorsData []byte

//go:embed data/agencies.tsv
var agenciesData []byte

// ThreatActor is a state-linked group that news about cyber espionage names:
// APT28, Lazarus, Volt Typhoon.
type ThreatActor struct {
	// Name is the name Dutch news uses most ("APT28").
	Name string
	// Aliases are its other names, as the data writes them: vendors' names
	// and its MITRE ATT&CK id ("Fancy Bear", "Sofacy", "G0007").
	Aliases []string
	// Country is the ISO 3166-1 alpha-2 code of the country the group is
	// attributed to.
	Country string
	// Agency is the Name of the Agency the group works for, or "" when that
	// is not public.
	Agency string
	// Source says where the names, the country and the agency come from.
	Source string
}

// Agency is an intelligence or security agency, known by its names and by
// the descriptions Dutch news gives it ("de Russische militaire
// inlichtingendienst" is the GRU).
type Agency struct {
	// Name is its short name, as ThreatActor.Agency gives it ("GRU").
	Name string
	// Forms are its other names and descriptions, Dutch and English.
	Forms []string
	// Country is the ISO 3166-1 alpha-2 code of its country, or an
	// organisation's code (EU) for an agency of one.
	Country string
	// Source says where the agency and its country come from.
	Source string
}

// Alias is one name of a group or an agency: what an index of names, or a
// matcher of phrases in text, needs of it.
type Alias struct {
	// Text is the name as the data writes it ("Fancy Bear").
	Text string
	// Words are its words as the search reads them: folded, split where
	// the search's analyser splits them, hyphenated words in their parts
	// ("fancy", "bear" for "Fancy-Bear").
	Words []string
	// Common marks a name that is also an ordinary word or another thing's
	// name (Snake, Mercury): a query finds the group by it, but in running
	// text it names the group only with more to go on.
	Common bool
	// Actor is the group it names; nil for an agency's name.
	Actor *ThreatActor
	// Agency is the agency it names; nil for a group's name.
	Agency *Agency
}

// ThreatActors is the thesaurus of state-linked groups and agencies, kept as
// data in data/threat_actors.tsv and data/agencies.tsv. It is read-only once
// built and safe for concurrent use.
type ThreatActors struct {
	groups   []*ThreatActor
	agencies []*Agency
	aliases  []Alias
	// byWords and byCompact index aliases by their words joined with
	// spaces, and without: "fancy bear" and "fancybear".
	byWords, byCompact map[string]int
	agencyByName       map[string]*Agency
}

// DefaultThreatActors returns the thesaurus of the embedded data, read once.
var DefaultThreatActors = sync.OnceValue(func() *ThreatActors {
	t, err := parseThreatActors(threatActorsData, agenciesData, Default().KindOf)
	if err != nil {
		// The data is compiled in and checked by the package's tests.
		panic("geo: embedded threat actor data: " + err.Error())
	}
	return t
})

// Lookup returns the group a query names by any of its names, as a reader
// types it: case, diacritics and what separates the words do not matter
// ("apt28", "fancy  bear", "Fancy-Bear"), a name may be typed without its
// spaces ("FancyBear", "APT 28" for "APT28") and after an article ("the
// Dukes"). Agencies are not groups: Lookup("GRU") finds none.
func (t *ThreatActors) Lookup(words string) (*ThreatActor, bool) {
	a := t.lookup(words, false)
	if a == nil {
		return nil, false
	}
	return a.Actor, true
}

// LookupAgency returns the agency a query names by any of its names or
// descriptions, read as Lookup reads groups ("de NSA", "het Chinese leger",
// "Russische militaire inlichtingendienst").
func (t *ThreatActors) LookupAgency(words string) (*Agency, bool) {
	a := t.lookup(words, true)
	if a == nil {
		return nil, false
	}
	return a.Agency, true
}

// articles may start a query for a name: "de NSA", "het Chinese leger".
var articles = []string{"de", "het", "een", "the"}

func (t *ThreatActors) lookup(query string, agency bool) *Alias {
	words := aliasWords(query)
	if len(words) == 0 {
		return nil
	}
	candidates := [][]string{words}
	if len(words) > 1 && slices.Contains(articles, words[0]) {
		candidates = append(candidates, words[1:])
	}
	// Every spelling as typed before any without its spaces, so that a
	// name's own words always win.
	for _, index := range []struct {
		m   map[string]int
		sep string
	}{{t.byWords, " "}, {t.byCompact, ""}} {
		for _, c := range candidates {
			if i, ok := index.m[strings.Join(c, index.sep)]; ok {
				a := &t.aliases[i]
				if (a.Agency != nil) != agency {
					return nil // a name belongs to a group or an agency, never both
				}
				return a
			}
		}
	}
	return nil
}

// Groups lists every group, in the order of the data. The slice is shared:
// do not modify it or the groups.
func (t *ThreatActors) Groups() []*ThreatActor { return t.groups }

// Agencies lists every agency, in the order of the data. The slice is
// shared: do not modify it or the agencies.
func (t *ThreatActors) Agencies() []*Agency { return t.agencies }

// AgencyNamed returns the agency of a ThreatActor.Agency ("GRU"), or nil.
func (t *ThreatActors) AgencyNamed(name string) *Agency { return t.agencyByName[name] }

// Aliases lists every name of every agency and group, each entity's own
// name first, in the order of the data: what an index of names or a phrase
// matcher is built from. The slice is shared: do not modify it.
func (t *ThreatActors) Aliases() []Alias { return t.aliases }

// aliasWords splits a name into the words the search reads: folded, and
// hyphenated or apostrophed words in their parts, without the joined whole
// the analyser adds, so that "Fancy-Bear" is "Fancy Bear".
func aliasWords(s string) []string {
	var a text.Analyzer
	var words []string
	for _, tok := range a.Tokens(s) {
		if !tok.Joined {
			words = append(words, tok.Term)
		}
	}
	return words
}
