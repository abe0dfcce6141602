package library

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"dossier/corpus"
	"dossier/corpus/geo"
	"dossier/corpus/search"
	"dossier/corpus/text"
)

// QuickKind says what a QuickItem is.
type QuickKind uint8

const (
	QuickArticle      QuickKind = iota // an article, to open
	QuickCountry                       // a country, to filter on
	QuickOrganization                  // the EU, the UN or NATO, to filter on
	QuickGroup                         // a threat-actor group, to search for by all its names
)

// String names the kind: "article", "country", "organization", "group".
func (k QuickKind) String() string {
	switch k {
	case QuickCountry:
		return "country"
	case QuickOrganization:
		return "organization"
	case QuickGroup:
		return "group"
	}
	return "article"
}

// quickKindOf is the kind of a place of the gazetteer's kind.
func quickKindOf(k geo.Kind) QuickKind {
	if k == geo.Organization {
		return QuickOrganization
	}
	return QuickCountry
}

// QuickItem is one answer of QuickOpen: an article, a country or an
// organisation the corpus names, or a threat-actor group it names.
type QuickItem struct {
	Kind QuickKind
	// ID is the article's id, the place's code, or the group's name as the
	// thesaurus gives it ("APT28"), which searches for it by all its names.
	ID string
	// Label is what to show: the article's title, the place's name in the
	// language asked for (or in the other when that one matched), or the
	// group's name that matched ("Fancy Bear").
	Label string
	Spans [][2]int // the matched runes of Label, [start, end), in order
	// Articles is, for a place or a group, how many articles name it.
	Articles int
	// Doc is the article, for an article.
	Doc *corpus.Document
	// Group is the group, for a group: its names and its country.
	Group *geo.ThreatActor
}

// QuickPlaces is the most countries, organisations and groups QuickOpen
// gives, so that they, which rank first, leave room for articles.
const QuickPlaces = 5

// matchTier is how well a pattern matches a label; lower is better.
type matchTier int

const (
	tierWord    matchTier = iota // the pattern is a whole word, or whole words, of the label
	tierStart                    // a word of the label starts with the pattern
	tierInside                   // the pattern is inside a word of the label
	tierScatter                  // the pattern's letters are in the label in order
	tierNone
)

// QuickOpen finds articles by their titles, countries and organisations
// the corpus names by their Dutch or English names, and threat-actor groups
// it names by any of theirs ("fancy" finds APT28 as Fancy Bear), as a
// reader types a few letters of them (the Ctrl+P palette; dossier-cli open).
// lang ("nl" or "en") is the language of place names shown first. At most
// limit items are returned (all when limit <= 0), among them at most
// QuickPlaces places and groups. A group ranks as a place does, and is
// given once, by its best-matching name (its own name when equal).
//
// The pattern is read as search.QuickPattern reads it: folded (case and
// diacritics do not count, "israel" finds Israël), runs of spaces as one.
// The rules, best first:
//
//  1. An empty pattern lists the newest articles, and no place.
//  2. A label with the pattern as a whole word, or whole words ("cia" in
//     "… inlichtingendienst CIA heeft …", "europese unie"), ranks above one
//     where a word merely starts with it, which ranks above one with the
//     pattern inside a word ("spionage" in "cyberspionage"), which ranks
//     above one that has the pattern's letters only scattered, in order
//     ("mcrnmob" in "Macrons mobiel"; github.com/sahilm/fuzzy matching).
//     So "cia" puts the CIA article before China, whose name holds c-i-a
//     scattered, and "mar" puts Marokko before any scattered match.
//  3. Within the same rule, places come before articles: a place is a
//     shorter, rarer target, and choosing it filters the articles.
//  4. Places of the same rule rank by the articles that name them, most
//     first; then as Countries and then Organizations list them, names in
//     lang first. A place whose names both match is given once,
//     by its better-matching name (the one in lang when equal).
//  5. Articles of the same rule rank newest first; scattered matches rank
//     by fuzzy's score first, best first, for place and article alike.
func (l *Library) QuickOpen(pattern, lang string, limit int) []QuickItem {
	p := search.QuickPattern(pattern)
	docs := l.index.Docs()
	if limit <= 0 {
		limit = len(docs) + QuickPlaces
	}
	if p == "" {
		out := make([]QuickItem, 0, min(limit, len(docs)))
		for _, d := range docs[:min(limit, len(docs))] {
			out = append(out, QuickItem{ID: d.ID, Label: d.Title, Doc: d})
		}
		return out
	}

	var found []quickMatch
	// Places: the name in lang, then in the other language; then groups by
	// each of their names.
	var scatterNames []placeName
	for _, pl := range append(l.placeNames(lang), l.groupNames()...) {
		tier, at := contiguousTier(pl.folded, p)
		if tier == tierNone {
			scatterNames = append(scatterNames, pl)
			continue
		}
		found = append(found, quickMatch{tier: tier, place: pl, at: at})
	}
	// Articles.
	var scatterDocs []int
	contiguous := 0
	for d := range docs {
		tier, at := contiguousTier(l.index.FoldedTitle(d), p)
		if tier == tierNone {
			scatterDocs = append(scatterDocs, d)
			continue
		}
		found = append(found, quickMatch{tier: tier, doc: d, at: at})
		contiguous++
	}
	// Scattered letters, only when the better rules leave room.
	if contiguous < limit {
		var folded []string
		for _, pl := range scatterNames {
			folded = append(folded, pl.folded)
		}
		for _, d := range scatterDocs {
			folded = append(folded, l.index.FoldedTitle(d))
		}
		for _, m := range fuzzy.Find(p, folded) {
			qm := quickMatch{tier: tierScatter, score: m.Score, bytes: m.MatchedIndexes}
			if m.Index < len(scatterNames) {
				qm.place = scatterNames[m.Index]
			} else {
				qm.doc = scatterDocs[m.Index-len(scatterNames)]
			}
			found = append(found, qm)
		}
	}
	slices.SortStableFunc(found, compareQuick)

	out := make([]QuickItem, 0, min(limit, len(found)))
	places := map[string]bool{}
	for _, m := range found {
		if len(out) == limit {
			break
		}
		if m.place.code != "" {
			if places[m.place.code] || len(places) == QuickPlaces {
				continue
			}
			places[m.place.code] = true
			out = append(out, QuickItem{Kind: m.place.kind, ID: m.place.code, Label: m.place.name,
				Spans: m.spans(m.place.name, len(p)), Articles: m.place.articles, Group: m.place.group})
			continue
		}
		d := docs[m.doc]
		out = append(out, QuickItem{ID: d.ID, Label: d.Title, Spans: m.spans(d.Title, len(p)), Doc: d})
	}
	return out
}

// quickMatch is a label that matches, before it becomes a QuickItem.
type quickMatch struct {
	tier  matchTier
	place placeName // its code is empty for an article
	doc   int       // the article's number in the index, newest first
	at    int       // where the pattern is in the folded label, for contiguous tiers
	score int       // fuzzy's score, for tierScatter
	bytes []int     // the matched bytes of the folded label, for tierScatter
}

// compareQuick orders matches by the rules of QuickOpen.
func compareQuick(a, b quickMatch) int {
	if c := cmp.Compare(a.tier, b.tier); c != 0 {
		return c
	}
	if a.tier == tierScatter {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
	}
	aPlace, bPlace := a.place.code != "", b.place.code != ""
	switch {
	case aPlace && !bPlace:
		return -1
	case !aPlace && bPlace:
		return 1
	case aPlace:
		return cmp.Or(cmp.Compare(b.place.articles, a.place.articles), cmp.Compare(a.place.order, b.place.order))
	}
	return cmp.Compare(a.doc, b.doc)
}

// spans returns the matched runes of label, whose folded form the match
// was found in; n is the pattern's length in bytes.
func (m quickMatch) spans(label string, n int) [][2]int {
	_, origin := text.FoldIndexed(label)
	if m.tier == tierScatter {
		return text.FoldedSpans(origin, m.bytes)
	}
	return text.FoldedRange(origin, m.at, m.at+n)
}

// contiguousTier finds the best place of pattern in the folded label and
// its tier: tierWord, tierStart or tierInside, with the byte offset; or
// tierNone.
func contiguousTier(label, pattern string) (matchTier, int) {
	best, bestAt := tierNone, 0
	for from := 0; from <= len(label)-len(pattern); {
		i := strings.Index(label[from:], pattern)
		if i < 0 {
			break
		}
		at := from + i
		tier := tierInside
		if wordStart(label, at) {
			tier = tierStart
			if wordEnd(label, at+len(pattern)) {
				tier = tierWord
			}
		}
		if tier < best {
			best, bestAt = tier, at
			if tier == tierWord {
				break
			}
		}
		_, size := utf8.DecodeRuneInString(label[at:])
		from = at + size
	}
	return best, bestAt
}

// wordStart reports whether a word of s starts at byte at: no letter or
// digit comes just before it.
func wordStart(s string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return at == 0 || !isWordRune(r)
}

// wordEnd reports whether a word of s ends at byte at.
func wordEnd(s string, at int) bool {
	r, _ := utf8.DecodeRuneInString(s[at:])
	return at == len(s) || !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// placeName is one name of a country, an organisation or a group the
// corpus names.
type placeName struct {
	code, name, folded string
	kind               QuickKind
	articles           int
	order              int              // the name's place in the list: lang's names come first
	group              *geo.ThreatActor // for a group's name
}

// placeNames lists the names of every country and organisation the
// library's articles name: in lang, then in the other language.
func (l *Library) placeNames(lang string) []placeName {
	other := "en"
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		lang, other = "en", "nl"
	}
	var out []placeName
	for _, l2 := range []string{lang, other} {
		for _, list := range []struct {
			totals []geo.Total
			kind   geo.Kind
		}{{l.countries, geo.Country}, {l.organizations, geo.Organization}} {
			for _, t := range list.totals {
				name := l.gazetteer.Name(t.Code, l2)
				if name == "" {
					continue
				}
				out = append(out, placeName{code: t.Code, name: name, folded: text.Fold(name),
					kind: quickKindOf(list.kind), articles: t.Articles, order: len(out)})
			}
		}
	}
	return out
}

// groupNames lists every name of every threat-actor group the library's
// articles name, each group's own name first, groups in the order of the
// thesaurus; code is the group's own name, order follows the places'.
func (l *Library) groupNames() []placeName {
	articles := l.groupArticles
	if len(articles) == 0 {
		return nil
	}
	var out []placeName
	for _, g := range geo.DefaultThreatActors().Groups() {
		n := articles[g.Name]
		if n == 0 {
			continue
		}
		for _, name := range append([]string{g.Name}, g.Aliases...) {
			out = append(out, placeName{code: g.Name, name: name, folded: text.Fold(name),
				kind: QuickGroup, articles: n, order: 1<<20 + len(out), group: g})
		}
	}
	return out
}
