// Package geo finds the countries and organisations that Dutch (and English)
// news text names, in every form Dutch news names them: "Rusland", "Russia",
// "Russische", "Rus", "Russen", "Moskou", "het Kremlin", and the EU, the UN
// and NATO.
//
// The gazetteer combines CLDR's Dutch and English names of every ISO 3166-1
// country and territory (golang.org/x/text/language/display) with the forms
// CLDR lacks, kept as data in data/forms.tsv: adjectives, inhabitants,
// variants and abbreviations, capitals, institutions, organisations, and the
// phrases that contain a name but name no country (Zuid-Amerikaanse, The
// Washington Post).
//
// Matching is word-based, case-aware and diacritic-insensitive, and takes the
// longest form at each place, so that "Wit-Rusland" is Belarus and
// "Papoea-Nieuw-Guinea" is not Guinea. A form must start with a capital, as
// Dutch writes every country name, adjective and inhabitant, so lower-case
// words never match.
//
// Beside the gazetteer, the package keeps the thesaurus of state-linked
// threat actors (ThreatActors): the groups news names, by all their vendors'
// names, with the country and the agency they are attributed to, and the
// agencies with the Dutch descriptions news gives them, kept as data in
// data/threat_actors.tsv and data/agencies.tsv.
package geo

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"dossier/corpus/text"
)

// Kind says what a code stands for.
type Kind uint8

const (
	Country      Kind = iota + 1 // an ISO 3166-1 alpha-2 code ("RU"), or XK for Kosovo
	Organization                 // an organisation's code: "EU", "UN", "NATO"
)

func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Organization:
		return "organization"
	}
	return "unknown"
}

// MarshalText writes the kind as JSON and other text formats show it.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Form says how a mention names its country or organisation.
type Form uint8

const (
	FormName       Form = iota + 1 // a name or abbreviation: "Rusland", "Russia", "VS", "NAVO"
	FormAdjective                  // "Russische", "Marokkaans"
	FormInhabitant                 // "Rus", "Russen", "Amerikanen"
	FormCity                       // a capital or city, or its adjective: "Moskou", "Berlijnse"; "Brussel" for the EU
	FormPlace                      // an institution named after its building: "het Kremlin", "het Witte Huis"
	FormRegion                     // a region of the country: "de Krim"
)

func (f Form) String() string {
	switch f {
	case FormName:
		return "name"
	case FormAdjective:
		return "adjective"
	case FormInhabitant:
		return "inhabitant"
	case FormCity:
		return "city"
	case FormPlace:
		return "place"
	case FormRegion:
		return "region"
	}
	return "unknown"
}

// MarshalText writes the form as JSON and other text formats show it.
func (f Form) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// Mention is one place in a text that names a country or an organisation.
type Mention struct {
	Code string // "RU", or "EU", "UN", "NATO"
	Kind Kind
	Form Form
	// Start and End are byte offsets into the text: text[Start:End] == Surface.
	Start, End int
	// RuneStart and RuneEnd are the same offsets counted in runes (code
	// points), for widgets that index text by rune.
	RuneStart, RuneEnd int
	Surface            string // the words as written, e.g. "Saoedi-Arabië" or "Amerika's"
}

// Gazetteer knows the names of countries and organisations. It is read-only
// once built and safe for concurrent use.
type Gazetteer struct {
	// byFirst holds every form by its first folded word, longest form first.
	byFirst map[string][]*entry
	// lookup holds the names a query can give, by folded words joined with spaces.
	lookup map[string][]lookupName
	// context holds, by folded word, the organisations whose seat that word
	// makes the seat stand for ("lidstaten": EU).
	context       map[string][]string
	display       map[string]displayNames
	kinds         map[string]Kind
	countries     []string
	organizations []string
}

type displayNames struct{ dutch, english string }

type lookupName struct {
	code string
	// capitals is set for two-letter abbreviations (VS, VK), which a query
	// must write in capitals: "vs" is "versus".
	capitals bool
	// capitalised is set for words that name the country only when the
	// query starts them with a capital: "Noren" are Norwegians, "noren"
	// skates.
	capitalised bool
}

// Default returns the gazetteer built from the embedded data, built once.
var Default = sync.OnceValue(func() *Gazetteer {
	g, err := build(codesData, formsData)
	if err != nil {
		// The data is compiled in and checked by the package's tests, so
		// this is a programming error, not a condition to handle.
		panic("geo: embedded gazetteer data: " + err.Error())
	}
	return g
})

// Name returns the display name of a country or organisation: in English
// when lang starts with "en", otherwise in Dutch ("Verenigde Staten",
// "United States"). It returns "" for an unknown code.
func (g *Gazetteer) Name(code, lang string) string {
	d, ok := g.display[code]
	if !ok {
		return ""
	}
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return d.english
	}
	return d.dutch
}

// KindOf says whether code is a country or an organisation the gazetteer
// knows, and returns 0 for any other code.
func (g *Gazetteer) KindOf(code string) Kind { return g.kinds[code] }

// Countries lists every country code, sorted. The slice is shared: do not modify it.
func (g *Gazetteer) Countries() []string { return g.countries }

// Organizations lists every organisation code, sorted. The slice is shared:
// do not modify it.
func (g *Gazetteer) Organizations() []string { return g.organizations }

// Lookup returns the countries a query names, for a search that should also
// find the articles naming that country in other forms. The query is a name
// or abbreviation, in Dutch or English, in any case and with or without
// diacritics: "frankrijk", "France", "Morocco", "saoedi-arabie", "Verenigde
// Staten", "VS" (two-letter abbreviations only in capitals); or the
// country's inhabitants, singular or plural, in Dutch or English: "Fransen",
// "belg", "Americans" (a few, such as "Noren", only with a capital, see
// data/forms.tsv). Adjectives and cities are not names of a country and
// return nothing. Ambiguous names return every country they can mean
// ("Korea": KP and KR). A flag emoji names its country: "🇫🇷" is FR (the
// flag of an organisation, 🇪🇺 or 🇺🇳, names no country).
func (g *Gazetteer) Lookup(query string) []string {
	if code, ok := text.FlagCode(strings.TrimSpace(query)); ok {
		if g.kinds[code] == Country {
			return []string{code}
		}
		return nil
	}
	tokens := tokenize(nil, query)
	if len(tokens) == 0 {
		return nil
	}
	var key []byte
	capitals := true
	for k, t := range tokens {
		if k > 0 {
			key = append(key, ' ')
		}
		key = text.AppendFold(key, t.text(query))
		capitals = capitals && !t.lower
	}
	var codes []string
	for _, n := range g.lookup[string(key)] {
		if (n.capitals && !capitals) || (n.capitalised && !tokens[0].upper) {
			continue
		}
		codes = append(codes, n.code)
	}
	slices.Sort(codes)
	return slices.Compact(codes)
}

// sortedKeys returns the codes of a set, sorted.
func sortedKeys(m map[string]Kind, kind Kind) []string {
	var codes []string
	for code, k := range m {
		if k == kind {
			codes = append(codes, code)
		}
	}
	slices.SortFunc(codes, cmp.Compare)
	return codes
}
