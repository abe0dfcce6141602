package geo

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseThreatActors reads the agencies and the groups (see
// data/agencies.tsv and data/threat_actors.tsv for their formats); kindOf
// says which codes are countries and which organisations.
func parseThreatActors(actors, agencies []byte, kindOf func(string) Kind) (*ThreatActors, error) {
	p := &actorParser{
		t: &ThreatActors{
			byWords:      map[string]int{},
			byCompact:    map[string]int{},
			agencyByName: map[string]*Agency{},
		},
		kindOf: kindOf,
		owners: map[string]string{},
	}
	// Agencies first: a group names its agency.
	p.records(agencies, "agencies.tsv", []string{"name", "country", "forms", "source"}, p.agency)
	p.records(actors, "threat_actors.tsv", []string{"name", "country", "agency", "aliases", "source"}, p.group)
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return p.t, nil
}

type actorParser struct {
	t      *ThreatActors
	kindOf func(string) Kind
	// owners says, by the words of each name joined with spaces (and,
	// after a zero byte, without), whose name it is and where
	// ("APT28 (threat_actors.tsv:58)").
	owners map[string]string
	errs   []error
}

func (p *actorParser) fail(origin, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("%s: %s", origin, fmt.Sprintf(format, args...)))
}

// records calls each with the fields of every line that is not blank or a
// comment, after checking that it has the columns: fields are separated by
// tabs, a run of tabs counting as one so that columns can be aligned.
func (p *actorParser) records(data []byte, file string, columns []string, each func(origin string, fields []string)) {
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if trimmed := strings.TrimSpace(line); trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		origin := fmt.Sprintf("%s:%d", file, n+1)
		if !utf8.ValidString(line) {
			p.fail(origin, "not valid UTF-8")
			continue
		}
		fields := strings.FieldsFunc(line, func(r rune) bool { return r == '\t' })
		if len(fields) != len(columns) {
			p.fail(origin, "want %d fields separated by tabs (%s), got %d", len(columns), strings.Join(columns, ", "), len(fields))
			continue
		}
		ok := true
		for i, f := range fields {
			if fields[i] = strings.TrimSpace(f); fields[i] == "" {
				hint := ""
				if columns[i] == "agency" || columns[i] == "aliases" || columns[i] == "forms" {
					hint = ` (write "-" for none)`
				}
				p.fail(origin, "the %s is empty%s", columns[i], hint)
				ok = false
			}
		}
		if ok {
			each(origin, fields)
		}
	}
}

// agency reads a line of agencies.tsv: name, country, forms, source.
func (p *actorParser) agency(origin string, f []string) {
	a := &Agency{Country: f[1], Source: f[3]}
	if kind := p.kindOf(a.Country); kind != Country && kind != Organization {
		p.fail(origin, "%q is no country or organisation code of the gazetteer", a.Country)
		return
	}
	if !p.source(origin, a.Source) {
		return
	}
	name, forms, ok := p.names(origin, f[0], list(f[2]), nil, a)
	if !ok {
		return
	}
	a.Name, a.Forms = name, forms
	p.t.agencies = append(p.t.agencies, a)
	p.t.agencyByName[a.Name] = a
}

// group reads a line of threat_actors.tsv: name, country, agency, aliases,
// source.
func (p *actorParser) group(origin string, f []string) {
	g := &ThreatActor{Country: f[1], Source: f[4]}
	switch p.kindOf(g.Country) {
	case Country:
	case Organization:
		p.fail(origin, "%q is an organisation; a group is attributed to a country", g.Country)
		return
	default:
		p.fail(origin, "%q is no country code of the gazetteer (codes.txt)", g.Country)
		return
	}
	if f[2] != "-" {
		a := p.t.agencyByName[f[2]]
		if a == nil {
			p.fail(origin, "agencies.tsv names no agency %q", f[2])
			return
		}
		if a.Country != g.Country {
			p.fail(origin, "the agency %s is of %s, not of %s", a.Name, a.Country, g.Country)
			return
		}
		g.Agency = a.Name
	}
	if !p.source(origin, g.Source) {
		return
	}
	name, aliases, ok := p.names(origin, f[0], list(f[3]), g, nil)
	if !ok {
		return
	}
	g.Name, g.Aliases = name, aliases
	p.t.groups = append(p.t.groups, g)
}

// names reads the main name of a line and its other names, for the group g
// or the agency a, all owned by the line. It reports false when the main
// name is refused; another name that is refused is left out, with its
// problem reported.
func (p *actorParser) names(origin, main string, others []string, g *ThreatActor, a *Agency) (name string, rest []string, ok bool) {
	label, _ := unmark(main)
	owner := fmt.Sprintf("%s (%s)", label, origin)
	if name, ok = p.name(origin, owner, main, g, a); !ok {
		return "", nil, false
	}
	for _, other := range others {
		if other, ok := p.name(origin, owner, other, g, a); ok {
			rest = append(rest, other)
		}
	}
	return name, rest, true
}

func (p *actorParser) source(origin, source string) bool {
	if source == "-" {
		p.fail(origin, "a line needs its source")
		return false
	}
	return true
}

// list splits a field of names separated by commas; "-" is none. Empty
// names stay, for name to refuse.
func list(field string) []string {
	if field == "-" {
		return nil
	}
	return strings.Split(field, ",")
}

// name checks one name of a group or an agency (owner, which the error
// messages show) and adds it to the thesaurus's aliases, returning it
// without its "*" mark.
func (p *actorParser) name(origin, owner, text string, g *ThreatActor, a *Agency) (string, bool) {
	text, common := unmark(text)
	if text == "" || text == "-" {
		p.fail(origin, "a name is empty")
		return "", false
	}
	if strings.Contains(text, "*") {
		p.fail(origin, "%q: a \"*\" may only end a name", text)
		return "", false
	}
	words := aliasWords(text)
	if problem := wordsProblem(words); problem != "" {
		p.fail(origin, "%q %s", text, problem)
		return "", false
	}
	spaced, compact := strings.Join(words, " "), strings.Join(words, "")
	if other, dup := p.owners[spaced]; dup {
		if other == owner {
			p.fail(origin, "%q is on the line twice: case, diacritics and what separates words do not matter", text)
		} else {
			p.fail(origin, "%q is a name of %s already", text, other)
		}
		return "", false
	}
	// Compact keys live in the same map behind a byte no word contains.
	if other, dup := p.owners["\x00"+compact]; dup && other != owner {
		p.fail(origin, "%q, written without its spaces, is a name of %s", text, other)
		return "", false
	}
	p.owners[spaced] = owner
	p.owners["\x00"+compact] = owner
	i := len(p.t.aliases)
	p.t.aliases = append(p.t.aliases, Alias{Text: text, Words: words, Common: common, Actor: g, Agency: a})
	p.t.byWords[spaced] = i
	if _, ok := p.t.byCompact[compact]; !ok {
		p.t.byCompact[compact] = i
	}
	return text, true
}

// unmark trims a name and takes off its "*", saying whether it had one.
func unmark(text string) (string, bool) {
	text = strings.TrimSpace(text)
	if rest, ok := strings.CutSuffix(text, "*"); ok {
		return strings.TrimSpace(rest), true
	}
	return text, false
}

// wordsProblem says what keeps words from naming a group or an agency, or
// "" when nothing does: they are letters and digits, not a number alone,
// and long enough not to be any abbreviation.
func wordsProblem(words []string) string {
	if len(words) == 0 {
		return "has no word"
	}
	runes, digitsOnly := 0, true
	for _, w := range words {
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				digitsOnly = false
			case unicode.IsDigit(r):
			default:
				return "is not words of letters and digits"
			}
			runes++
		}
	}
	if digitsOnly {
		return "is only a number"
	}
	if runes < 3 {
		return "is shorter than three letters or digits"
	}
	return ""
}
