package geo

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"dossier/corpus/text"
)

//go:embed data/codes.txt
var codesData []byte

//go:embed data/forms.tsv
var formsData []byte

// entry is one form the gazetteer matches in text.
type entry struct {
	code  string
	kind  Kind // 0 for a phrase that names nothing ("not")
	form  Form
	words []string // folded
	// capitals is set for abbreviations written in capitals (VS, V.S.,
	// NAVO), which the text must write in capitals too.
	capitals bool
	// guardBefore and guardAfter drop the match next to a capitalised word,
	// where the form is part of a longer name: a person (Denzel Washington,
	// Israël Katz) or a title (China Daily).
	guardBefore, guardAfter bool
	given                   bool   // also a given name (Frans Timmermans)
	language                bool   // an adjective's base form, which after "het" is the language
	seat                    string // the organisation this city can stand for (Brussel: EU)
	origin                  string // where the form comes from, for error messages
}

// builder collects the entries of a gazetteer and checks them for conflicts.
type builder struct {
	g       *Gazetteer
	entries map[string]*entry // by folded words joined with spaces
	order   []string          // keys of entries, in the order they came
	errs    []error
}

// build makes a gazetteer from the code list and the forms table (see
// data/codes.txt and data/forms.tsv for their formats).
func build(codes, forms []byte) (*Gazetteer, error) {
	b := &builder{
		g: &Gazetteer{
			lookup:  map[string][]lookupName{},
			context: map[string][]string{},
			display: map[string]displayNames{},
			kinds:   map[string]Kind{},
		},
		entries: map[string]*entry{},
	}
	b.addCLDR(codes)
	rows := b.parseForms(forms)
	// Rows that refine forms of other rows come after every form exists.
	// Rows that only restrict queries come after every query form exists.
	var later, last []formRow
	for _, r := range rows {
		switch r.kind {
		case "given", "seat", "query", "query-inhabitant":
			later = append(later, r)
		case "capitalised":
			last = append(last, r)
		default:
			b.addRow(r)
		}
	}
	for _, r := range later {
		b.refine(r)
	}
	for _, r := range last {
		b.capitalise(r)
	}
	b.addGenitives()
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	b.index()
	b.g.countries = sortedKeys(b.g.kinds, Country)
	b.g.organizations = sortedKeys(b.g.kinds, Organization)
	return b.g, nil
}

func (b *builder) fail(format string, args ...any) {
	b.errs = append(b.errs, fmt.Errorf(format, args...))
}

// addCLDR adds every code of the code list with its CLDR names (see
// regionsData).
func (b *builder) addCLDR(codes []byte) {
	cldr := regionNames(regionsData)
	for n, line := range strings.Split(string(codes), "\n") {
		code, _, _ := strings.Cut(line, "#")
		code = strings.TrimSpace(code)
		if code == "" {
			continue
		}
		origin := fmt.Sprintf("codes.txt:%d", n+1)
		region, err := language.ParseRegion(code)
		if err != nil || len(code) != 2 || region.String() != code {
			b.fail("%s: %q is no region code CLDR knows", origin, code)
			continue
		}
		if _, dup := b.g.kinds[code]; dup {
			b.fail("%s: %s is listed twice", origin, code)
			continue
		}
		names := cldr[code]
		if names.dutch == "" || names.english == "" {
			b.fail("%s: CLDR has no Dutch or English name for %s", origin, code)
			continue
		}
		b.g.kinds[code] = Country
		b.g.display[code] = names
		for _, name := range []string{names.dutch, names.english} {
			for _, form := range cldrForms(name) {
				b.add(entry{code: code, kind: Country, form: FormName, guardAfter: true, origin: origin + " (CLDR)"}, form)
				b.addLookup(code, form)
			}
		}
	}
}

// cldrForms turns a CLDR display name into the forms text uses: "Myanmar
// (Birma)" is "Myanmar" and "Birma", "Cocos (Keeling) Islands" is "Cocos
// Islands", "Congo - Kinshasa" is written
// "Congo-Kinshasa", "St. Kitts & Nevis" is "Saint Kitts and Nevis", and
// "Hongkong SAR van China" is "Hongkong".
func cldrForms(name string) []string {
	name = strings.ReplaceAll(name, " & ", " and ")
	name = strings.ReplaceAll(name, " - ", "-")
	name = strings.TrimSuffix(name, " SAR van China")
	name = strings.TrimSuffix(name, " SAR China")
	if rest, ok := strings.CutPrefix(name, "St. "); ok {
		name = "Saint " + rest
	}
	open, close := strings.Index(name, " ("), strings.Index(name, ")")
	if open <= 0 || close < open {
		return []string{name}
	}
	without := name[:open] + name[close+1:]
	if close == len(name)-1 {
		return []string{without, name[open+2 : close]} // Myanmar (Birma): another name
	}
	return []string{without} // Cocos (Keeling) Islands: a part of the name
}

// formRow is one line of forms.tsv.
type formRow struct {
	code, kind string
	forms      []string
	origin     string
}

var rowKinds = []string{"name", "dutch", "english", "query", "adjective", "inhabitant", "query-inhabitant",
	"capitalised", "city", "city-adjective", "place", "region", "given", "org", "seat", "context", "not"}

func (b *builder) parseForms(data []byte) []formRow {
	var rows []formRow
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		origin := fmt.Sprintf("forms.tsv:%d", n+1)
		fields := strings.Fields(line)
		if len(fields) < 3 {
			b.fail("%s: want CODE KIND forms, got %q", origin, line)
			continue
		}
		r := formRow{code: fields[0], kind: fields[1], origin: origin}
		if !slices.Contains(rowKinds, r.kind) {
			b.fail("%s: unknown kind %q (want one of %s)", origin, r.kind, strings.Join(rowKinds, ", "))
			continue
		}
		// The forms are what follows the kind; they may contain spaces.
		rest := strings.TrimSpace(line[len(fields[0]):])
		rest = strings.TrimSpace(rest[len(fields[1]):])
		for _, f := range strings.Split(rest, ",") {
			if f = strings.TrimSpace(f); f == "" {
				b.fail("%s: empty form", origin)
				continue
			}
			r.forms = append(r.forms, f)
		}
		if len(r.forms) == 0 {
			continue // every form was empty, which failed above
		}
		if (r.kind == "dutch" || r.kind == "english") && len(r.forms) != 1 {
			b.fail("%s: a display name is one form", origin)
		}
		rows = append(rows, r)
	}
	return rows
}

func (b *builder) checkCode(r formRow, want Kind) bool {
	if r.kind == "not" {
		if r.code != "-" {
			b.fail(`%s: a "not" phrase names nothing; its code is "-"`, r.origin)
			return false
		}
		return true
	}
	if got := b.g.kinds[r.code]; got != want {
		if want == Organization {
			b.fail("%s: %s is no organisation: an org line must come first", r.origin, r.code)
		} else {
			b.fail("%s: %s is not in codes.txt", r.origin, r.code)
		}
		return false
	}
	return true
}

// addRow adds the forms of one row.
func (b *builder) addRow(r formRow) {
	if r.kind == "org" {
		if _, dup := b.g.kinds[r.code]; dup {
			b.fail("%s: %s is defined twice", r.origin, r.code)
			return
		}
		b.g.kinds[r.code] = Organization
		b.g.display[r.code] = displayNames{dutch: r.forms[0], english: r.forms[0]}
		for _, f := range r.forms {
			b.add(entry{code: r.code, kind: Organization, form: FormName, origin: r.origin}, f)
		}
		return
	}
	kind := Country
	if r.kind == "not" {
		kind = 0
	} else if b.g.kinds[r.code] == Organization {
		kind = Organization
	}
	if !b.checkCode(r, kind) {
		return
	}
	e := entry{code: r.code, kind: kind, origin: r.origin}
	switch r.kind {
	case "dutch", "english":
		d := b.g.display[r.code]
		if r.kind == "dutch" {
			d.dutch = r.forms[0]
		} else {
			d.english = r.forms[0]
		}
		b.g.display[r.code] = d
		if kind == Organization {
			return // an organisation's display name is one of its forms already
		}
		e.form, e.guardAfter = FormName, true
		b.add(e, r.forms[0])
		b.addLookup(r.code, r.forms[0])
	case "name":
		e.form, e.guardAfter = FormName, true
		for _, f := range r.forms {
			b.add(e, f)
			b.addLookup(r.code, f)
		}
	case "adjective":
		e.form = FormAdjective
		for _, f := range r.forms {
			base := e
			base.language = true
			b.add(base, f)
			b.add(e, inflect(f))
		}
	case "inhabitant":
		// Inhabitants name their country in a query as a name does:
		// "Fransen" finds "de Franse president".
		e.form = FormInhabitant
		for _, f := range r.forms {
			b.add(e, f)
			b.addLookup(r.code, f)
		}
	case "city":
		e.form, e.guardBefore, e.guardAfter = FormCity, true, true
		b.addAll(e, r.forms)
	case "city-adjective":
		e.form = FormCity
		b.addAll(e, r.forms)
	case "place":
		e.form = FormPlace
		b.addAll(e, r.forms)
	case "region":
		e.form = FormRegion
		b.addAll(e, r.forms)
	case "context":
		for _, f := range r.forms {
			w := text.Fold(f)
			b.g.context[w] = append(b.g.context[w], r.code)
		}
	case "not":
		b.addAll(e, r.forms)
	}
}

func (b *builder) addAll(e entry, forms []string) {
	for _, f := range forms {
		b.add(e, f)
	}
}

// refine applies the rows that change forms added by other rows.
func (b *builder) refine(r formRow) {
	switch r.kind {
	case "query":
		if !b.checkCode(r, Country) {
			return
		}
		for _, f := range r.forms {
			b.addLookup(r.code, f)
			// A query-only name is no form in running text, even when CLDR gives it.
			if e := b.entries[key(f)]; e != nil && e.code == r.code {
				delete(b.entries, key(f))
			}
		}
	case "query-inhabitant":
		if !b.checkCode(r, Country) {
			return
		}
		for _, f := range r.forms {
			// A word that text reads as a form already is that form in a
			// query too: "Chinese" is the Dutch adjective, no query.
			if e := b.entries[key(f)]; e != nil {
				b.fail("%s: %q is a form in text already (%s, %s), so it cannot be a query-only inhabitant", r.origin, f, describeEntry(e), e.origin)
				continue
			}
			if problem := formProblem(f); problem != "" {
				b.fail("%s: %q %s", r.origin, f, problem)
				continue
			}
			b.addLookup(r.code, f)
		}
	case "given":
		for _, f := range r.forms {
			e := b.entries[key(f)]
			if e == nil || e.code != r.code {
				b.fail("%s: %q is no form of %s, so it cannot be a given name too", r.origin, f, r.code)
				continue
			}
			e.given = true
		}
	case "seat":
		if !b.checkCode(r, Organization) {
			return
		}
		for _, f := range r.forms {
			e := b.entries[key(f)]
			if e == nil || e.form != FormCity || e.kind != Country {
				b.fail("%s: %q is no city of a country, so it cannot be the seat of %s", r.origin, f, r.code)
				continue
			}
			e.seat = r.code
		}
	}
}

// capitalise makes forms of a query name their country only when the query
// writes them with a capital: "Noren" are Norwegians, "noren" skates.
func (b *builder) capitalise(r formRow) {
	if !b.checkCode(r, Country) {
		return
	}
	for _, f := range r.forms {
		found := false
		for i, n := range b.g.lookup[key(f)] {
			if n.code == r.code {
				b.g.lookup[key(f)][i].capitalised = true
				found = true
			}
		}
		if !found {
			b.fail("%s: %q is no query form of %s, so it cannot be capitalised", r.origin, f, r.code)
		}
	}
}

// addGenitives adds the genitive of each single-word Dutch country name that
// takes a plain -s: "Ruslands", "Frankrijks", "Oekraïnes". Names ending in a
// long vowel take "'s" ("Amerika's"), which matching allows on every form.
func (b *builder) addGenitives() {
	for _, code := range sortedKeys(b.g.kinds, Country) {
		name := b.g.display[code].dutch
		if strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
			continue // several words, or not a word: "Sri Lanka", "Guinee-Bissau"
		}
		last, _ := utf8.DecodeLastRuneInString(name)
		if strings.ContainsRune("aiouyéáószx", unicode.ToLower(last)) {
			continue
		}
		b.add(entry{code: code, kind: Country, form: FormName, guardAfter: true, origin: "genitive of " + name}, name+"s")
	}
}

// inflect derives the inflected form of a Dutch adjective: Marokkaans >
// Marokkaanse, Russisch > Russische, and a long vowel before the last
// consonant loses its second letter in the open syllable: Chinees > Chinese,
// Indiaas > Indiase.
func inflect(base string) string {
	r := []rune(base)
	n := len(r)
	if n >= 3 && !isVowel(r[n-1]) && isVowel(r[n-2]) && r[n-2] == r[n-3] {
		return string(r[:n-2]) + string(r[n-1]) + "e"
	}
	return base + "e"
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiou", unicode.ToLower(r)) }

// key is the map key of a form: its folded words joined with spaces.
func key(form string) string {
	words, _ := formWords(form)
	return strings.Join(words, " ")
}

// formWords splits a form into folded words the way tokenize splits text,
// and reports whether the form is in capitals only.
func formWords(form string) (words []string, capitals bool) {
	tokens := tokenize(nil, form)
	letters := 0
	capitals = true
	for _, t := range tokens {
		words = append(words, text.Fold(t.text(form)))
		capitals = capitals && !t.lower
		for _, r := range t.text(form) {
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	return words, capitals && letters >= 2
}

// formProblem says what is wrong with a form, or "" when nothing is.
func formProblem(form string) string {
	tokens := tokenize(nil, form)
	if len(tokens) == 0 {
		return "has no words"
	}
	if !tokens[0].upper {
		return "must start with a capital, as text writes it"
	}
	for _, t := range tokens[1:] {
		if !t.gap.joins() {
			return "has words that only spaces or hyphens may separate"
		}
	}
	return ""
}

// add adds one form. A form can come twice for the same code (Zweden is the
// country and its inhabitants); the first keeps its form and guards. Two
// codes for one form is a mistake in the data.
func (b *builder) add(e entry, form string) {
	if problem := formProblem(form); problem != "" {
		b.fail("%s: %q %s", e.origin, form, problem)
		return
	}
	e.words, e.capitals = formWords(form)
	k := strings.Join(e.words, " ")
	old, dup := b.entries[k]
	if !dup {
		b.entries[k] = &e
		b.order = append(b.order, k)
		return
	}
	if old.code != e.code || old.kind != e.kind {
		b.fail("%s: %q is %s already (%s)", e.origin, form, describeEntry(old), old.origin)
		return
	}
	old.capitals = old.capitals && e.capitals // "Navo" may be written so, as well as "NAVO"
	old.language = old.language || e.language
}

func describeEntry(e *entry) string {
	if e.kind == 0 {
		return "a phrase that names nothing"
	}
	return e.code
}

func (b *builder) addLookup(code, form string) {
	words, capitals := formWords(form)
	k := strings.Join(words, " ")
	capitals = capitals && utf8.RuneCountInString(strings.ReplaceAll(k, ".", "")) <= 2
	for _, n := range b.g.lookup[k] {
		if n.code == code {
			return
		}
	}
	b.g.lookup[k] = append(b.g.lookup[k], lookupName{code: code, capitals: capitals})
}

// index files every entry under its first word, longest first, so that
// matching tries "Wit-Rusland" before "Wit" and "Saudi-Arabië" before
// "Saudi".
func (b *builder) index() {
	b.g.byFirst = make(map[string][]*entry, len(b.entries))
	for _, k := range b.order {
		e, ok := b.entries[k]
		if !ok {
			continue // removed by a query row
		}
		b.g.byFirst[e.words[0]] = append(b.g.byFirst[e.words[0]], e)
	}
	for _, list := range b.g.byFirst {
		slices.SortStableFunc(list, func(x, y *entry) int { return len(y.words) - len(x.words) })
	}
}
