package view

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/corpus"
	"dossier/corpus/roles"
	"dossier/corpus/search"
)

// A link to a view carries the view state in a URL fragment:
//
//	#q=pegasus&c=MA&from=2018-01&to=2021-12&doc=003_0df74ff2f132de6e
//	#q=spionage&a=CN&t=EU,CY&map=actors
//	#from=2017-01&to=2017-12&by=event
//
// q is the query as typed, c the country filter (codes, comma-separated, or
// c repeated), match=all when an article must be about all of them, a and t
// the actor and target filters (codes, as c), map what the map counts
// (actors or targets; mentions when left out), from and to the month range
// (either may be left out for an open end), by what the range filters on
// (event or either; the publication date when left out), doc the article in
// the reader.
// Parts left out are empty in the view. In the browser the page's address follows the view, so copying it
// shares the view and reloading keeps it; the desktop app copies the same
// fragment and accepts one as its command-line argument.

// LinkView is what a link to a view carries: the query, the country and role
// filters, what the map counts, the month range and the open article. The
// bookmarks and the bookmarks filter are the reader's own and stay out of
// links.
type LinkView struct {
	Query     string
	Countries []string // upper case, sorted, without duplicates
	Mode      CountryMode
	Actors    []string // as Countries
	Targets   []string // as Countries
	Map       MapMode
	From, To  corpus.Month
	By        search.DateBy
	Doc       string // an article id, or "" for whichever is open
}

// ViewOf is the part of the state a link carries.
func ViewOf(s *State) LinkView {
	from, to := s.Range()
	return LinkView{Query: s.Query(), Countries: slices.Clone(s.Countries()), Mode: s.CountryMode(),
		Actors: slices.Clone(s.Actors()), Targets: slices.Clone(s.Targets()), Map: s.MapMode(),
		From: from, To: to, By: s.By(), Doc: s.OpenID()}
}

// FormatLink is the fragment of a link to the state's view, with its "#", or
// "" for a view with nothing to carry.
func FormatLink(s *State) string { return ViewOf(s).Fragment() }

// Fragment writes the view as a URL fragment, with its "#": parts in a fixed
// order, empty parts left out, and every byte outside a small safe set
// percent-encoded, so that browsers keep it exactly as written.
func (v LinkView) Fragment() string {
	var parts []string
	add := func(key, value string) {
		if value != "" {
			parts = append(parts, key+"="+escapeLinkValue(value))
		}
	}
	add("q", v.Query)
	add("c", strings.Join(v.Countries, ","))
	if v.Mode == AllCountries {
		add("match", "all")
	}
	add("a", strings.Join(v.Actors, ","))
	add("t", strings.Join(v.Targets, ","))
	if v.Map != MapMentions {
		add("map", v.Map.String())
	}
	if v.From != (corpus.Month{}) {
		add("from", v.From.String())
	}
	if v.To != (corpus.Month{}) {
		add("to", v.To.String())
	}
	if v.By != search.ByPublished {
		add("by", v.By.String())
	}
	add("doc", v.Doc)
	if len(parts) == 0 {
		return ""
	}
	return "#" + strings.Join(parts, "&")
}

// escapeLinkValue percent-encodes all but letters, digits and "-._~!$'()*,;:@/?",
// which a fragment may hold as they are. "&", "=", "+", "#", "%" and spaces
// are encoded: they separate parts or mean something else when read back.
func escapeLinkValue(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~!$'()*,;:@/?", c) >= 0 {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// Limits that keep a hostile or mangled link from doing harm: an id longer
// than any, or thousands of countries (in each of c, a and t). A query is cut as the search bar cuts
// it, at search.MaxQueryRunes.
const (
	maxLinkDoc       = 200 // bytes
	maxLinkCountries = 50
)

// ParseLink reads a link to a view: a fragment with or without its "#", or a
// whole address, whose fragment it reads. It is tolerant, as links get cut
// and edited by hand: a part it cannot use is left out of the view and named
// in the error, and the rest still counts. It never panics.
//
// Parts are separated by "&", values percent-encoded, "+" read as a space as
// in a form. Country codes are folded to upper case; ids and codes are only
// checked for their form here: whether the corpus knows them is the
// window's business (see MainWindow.OpenLink).
func ParseLink(link string) (LinkView, error) {
	var v LinkView
	if _, fragment, found := strings.Cut(link, "#"); found {
		link = fragment
	} else if strings.Contains(link, "://") {
		return v, nil // an address without a fragment: the empty view
	}
	var errs []error
	bad := func(part string, err error) { errs = append(errs, fmt.Errorf("link part %q: %w", part, err)) }
	for _, part := range strings.Split(link, "&") {
		if part == "" {
			continue
		}
		rawKey, rawValue, _ := strings.Cut(part, "=")
		key, err1 := url.QueryUnescape(rawKey)
		value, err2 := url.QueryUnescape(rawValue)
		if err := errors.Join(err1, err2); err != nil {
			bad(part, err)
			continue
		}
		if !utf8.ValidString(value) {
			bad(part, errors.New("not UTF-8"))
			continue
		}
		switch key {
		case "q":
			v.Query = cleanQuery(value)
		case "c":
			v.Countries = appendLinkCodes(v.Countries, value, func(err error) { bad(part, err) })
		case "a":
			v.Actors = appendLinkCodes(v.Actors, value, func(err error) { bad(part, err) })
		case "t":
			v.Targets = appendLinkCodes(v.Targets, value, func(err error) { bad(part, err) })
		case "map":
			if m, ok := parseMapMode(strings.ToLower(strings.TrimSpace(value))); ok {
				v.Map = m
			} else {
				bad(part, errors.New("not mentions, actors or targets"))
			}
		case "match":
			switch strings.ToLower(strings.TrimSpace(value)) {
			case "all":
				v.Mode = AllCountries
			case "any", "":
				v.Mode = AnyCountry
			default:
				bad(part, errors.New("not any or all"))
			}
		case "by":
			if by, err := search.ParseDateBy(strings.ToLower(strings.TrimSpace(value))); err == nil {
				v.By = by
			} else {
				bad(part, errors.New("not published, event or either"))
			}
		case "from", "to":
			m, err := corpus.ParseMonth(strings.TrimSpace(value))
			if err != nil {
				bad(part, err)
			} else if key == "from" {
				v.From = m
			} else {
				v.To = m
			}
		case "doc":
			if value == "" || len(value) > maxLinkDoc || strings.ContainsFunc(value, unicode.IsControl) {
				bad(part, errors.New("not an article id"))
			} else {
				v.Doc = value
			}
		default:
			bad(part, errors.New("unknown part"))
		}
	}
	for _, codes := range []*[]string{&v.Countries, &v.Actors, &v.Targets} {
		slices.Sort(*codes)
		*codes = slices.Compact(*codes)
	}
	if v.From != (corpus.Month{}) && v.To != (corpus.Month{}) && v.To.Before(v.From) {
		v.From, v.To = v.To, v.From // as State.SetRange takes them
	}
	return v, errors.Join(errs...)
}

// appendLinkCodes appends the codes of a value of c, a or t (comma-separated)
// to codes, upper case, and tells bad of each it refuses: one that is not a
// code's form, or one beyond maxLinkCountries.
func appendLinkCodes(codes []string, value string, bad func(error)) []string {
	for _, code := range strings.Split(value, ",") {
		code = strings.ToUpper(strings.TrimSpace(code))
		switch {
		case code == "":
		case !isCountryCode(code):
			bad(fmt.Errorf("%q is not a country code", code))
		case len(codes) >= maxLinkCountries:
			bad(fmt.Errorf("more than %d countries", maxLinkCountries))
		default:
			codes = append(codes, code)
		}
	}
	return codes
}

// cleanQuery makes a query of a link fit the one-line search bar: control
// characters become spaces, and it is cut at search.MaxQueryRunes.
func cleanQuery(q string) string {
	q, _ = search.LimitQuery(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q))
	return q
}

// isCountryCode reports whether code has the form of the gazetteer's codes:
// ISO 3166-1 alpha-2 (MA) or an organisation's (EU, NATO), two to four
// letters, so that a country's name (c=Marokko) is refused, not looked up.
func isCountryCode(code string) bool {
	if len(code) < 2 || len(code) > 4 {
		return false
	}
	for _, c := range code {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// Apply makes the state show the view, as one change: the query, exactly
// the view's countries, mode, roles, map mode, range and what it filters on, and the view's
// article when it names one (a link without doc keeps the article that is
// open).
func (v LinkView) Apply(s *State) {
	s.Batch(func() {
		s.SetQuery(v.Query)
		s.SetCountries(v.Countries)
		s.SetCountryMode(v.Mode)
		s.SetRoles(roles.Actor, v.Actors)
		s.SetRoles(roles.Target, v.Targets)
		s.SetMapMode(v.Map)
		s.SetRange(v.From, v.To)
		s.SetBy(v.By)
		if v.Doc != "" {
			s.OpenArticle(v.Doc)
		}
	})
}

// OpenLink shows the view a link names (see ParseLink), leaving out an
// article the open corpus does not have, and a country or organisation it
// does not know or that no article of it is about (in the role the link
// gives it). The error names every part left out; the rest of the view is
// shown all the same, as one change.
func (s *Session) OpenLink(link string) error {
	v, err := ParseLink(link)
	errs := []error{err}
	if v.Doc != "" {
		if _, ok := s.Doc(v.Doc); !ok {
			errs = append(errs, fmt.Errorf("link: no article %q in this corpus", v.Doc))
			v.Doc = ""
		}
	}
	gazetteer := s.lib.Gazetteer()
	v.Countries = slices.DeleteFunc(v.Countries, func(code string) bool {
		switch {
		case gazetteer.KindOf(code) == 0:
			errs = append(errs, fmt.Errorf("link: no country or organisation %q", code))
			return true
		case !s.HasArticlesAbout(code):
			errs = append(errs, fmt.Errorf("link: no article about %q in this corpus", code))
			return true
		}
		return false
	})
	for _, role := range []struct {
		codes *[]string
		role  roles.Role
	}{{&v.Actors, roles.Actor}, {&v.Targets, roles.Target}} {
		*role.codes = slices.DeleteFunc(*role.codes, func(code string) bool {
			switch {
			case gazetteer.KindOf(code) == 0:
				errs = append(errs, fmt.Errorf("link: no country or organisation %q as %s", code, role.role))
				return true
			case !s.HasArticlesWithRole(role.role, code):
				errs = append(errs, fmt.Errorf("link: no article with %q as %s in this corpus", code, role.role))
				return true
			}
			return false
		})
	}
	v.Apply(s.state)
	return errors.Join(errs...)
}
