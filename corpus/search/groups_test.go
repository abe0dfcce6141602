package search

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/corpus"
	"dossier/corpus/geo"
)

// groupOptions finds the groups of the thesaurus in docs as the roles
// would, more simply: every name of a group written as the data writes it,
// case and all, is a mention. Query words are looked up in the thesaurus.
func groupOptions(docs []*corpus.Document) Options {
	thesaurus := geo.DefaultThreatActors()
	mentions := map[*corpus.Document][]GroupMention{}
	find := func(d *corpus.Document, paragraph int, s string) {
		for _, a := range thesaurus.Aliases() {
			if a.Actor == nil || a.Common {
				continue
			}
			for at := 0; ; {
				k := strings.Index(s[at:], a.Text)
				if k < 0 {
					break
				}
				start := utf8.RuneCountInString(s[:at+k])
				mentions[d] = append(mentions[d], GroupMention{Group: a.Actor.Name, Paragraph: paragraph,
					Start: start, End: start + utf8.RuneCountInString(a.Text)})
				at += k + len(a.Text)
			}
		}
	}
	for _, d := range docs {
		find(d, -1, d.Title)
		for i, p := range d.Paragraphs {
			find(d, i, p.Text)
		}
	}
	return Options{
		GroupMentions: func(d *corpus.Document) []GroupMention { return mentions[d] },
		GroupNames: func(words string) []string {
			if g, ok := thesaurus.Lookup(words); ok {
				return []string{g.Name}
			}
			return nil
		},
	}
}

func groupCorpus() []*corpus.Document {
	return []*corpus.Document{
		doc("apt28", "2024-05", "Bericht", "De groep APT28 viel de Bondsdag aan. "+filler),
		doc("fancy", "2024-04", "Bericht", "Hackers van Fancy Bear vielen de Bondsdag aan. "+filler),
		doc("sofacy", "2024-03", "Bericht", "Sofacy viel de Bondsdag aan. "+filler),
		doc("lazarus", "2024-02", "Bericht", "De groep Lazarus stal cryptomunten. "+filler),
		doc("bear", "2024-01", "Bericht", "Een bear market en een fancy dress party. "+filler),
		doc("apart", "2023-12", "Bericht", "Fancy hackers, een Bear. "+filler),
	}
}

// groupCase is a query and what each hit must show: its reason for the
// first query word, and the words marked in its snippet and title.
type groupCase struct {
	query string
	hits  []string // in order of rank
	why   map[string]Reason
	marks map[string][]string // the marked words, snippet then title
}

func TestSearchByGroup(t *testing.T) {
	docs := groupCorpus()
	ix := build(t, groupOptions(docs), docs...)
	fancyBear := []string{"Fancy Bear"}
	tests := []groupCase{
		{
			// The name itself ranks above the other names, in the body as
			// in the title; the shorter article first among equals.
			query: "APT28",
			hits:  []string{"apt28", "sofacy", "fancy"},
			why:   map[string]Reason{"apt28": ReasonExact, "fancy": ReasonGroup, "sofacy": ReasonGroup},
			marks: map[string][]string{"apt28": {"APT28"}, "fancy": fancyBear, "sofacy": {"Sofacy"}},
		},
		{query: "apt28 ", hits: []string{"apt28", "sofacy", "fancy"}},
		{query: "APT 28", hits: []string{"sofacy", "apt28", "fancy"},
			why: map[string]Reason{"apt28": ReasonGroup, "fancy": ReasonGroup, "sofacy": ReasonGroup}},
		{
			// Two words that name the group together: where they are
			// written, as the exact name; elsewhere, its other names.
			query: "fancy bear",
			hits:  []string{"fancy", "sofacy", "apt28"},
			why:   map[string]Reason{"apt28": ReasonGroup, "fancy": ReasonExact, "sofacy": ReasonGroup},
			marks: map[string][]string{"apt28": {"APT28"}, "fancy": fancyBear},
		},
		{query: "FANCY  BEAR", hits: []string{"fancy", "sofacy", "apt28"}},
		{query: "FancyBear", hits: []string{"sofacy", "apt28", "fancy"},
			why: map[string]Reason{"apt28": ReasonGroup, "fancy": ReasonGroup, "sofacy": ReasonGroup}},
		{query: "fancy-bear", hits: []string{"sofacy", "apt28", "fancy"}},
		// Quoted words ask for the words: no group.
		{query: `"fancy bear"`, hits: []string{"fancy"}, why: map[string]Reason{"fancy": ReasonPhrase}},
		// Not adjacent, the words name nothing.
		{query: "fancy hackers bear", hits: []string{"apart", "fancy"}},
		// A group with other words, all of which must match.
		{query: "Sofacy Bondsdag", hits: []string{"sofacy", "apt28", "fancy"},
			why: map[string]Reason{"sofacy": ReasonExact, "apt28": ReasonGroup, "fancy": ReasonGroup}},
		// Leaving out a group leaves out every article that names it.
		{query: "bondsdag -APT28", hits: nil},
		{query: "hackers -sofacy", hits: []string{"apart"}},
		{query: "Lazarus", hits: []string{"lazarus"}, why: map[string]Reason{"lazarus": ReasonExact}},
	}
	for _, tt := range tests {
		res := ix.Search(Query{Text: tt.query})
		if got := hitIDs(res); !slices.Equal(got, tt.hits) {
			t.Errorf("%q: hits %v, want %v", tt.query, got, tt.hits)
			continue
		}
		for id, want := range tt.why {
			h := hitOf(res, id)
			if len(h.Words) == 0 || h.Words[0].Reason != want || !slices.Contains(h.Why, want) {
				t.Errorf("%q: %s matched as %v (why %v), want %s", tt.query, id, h.Words, h.Why, want)
			}
		}
		for id, want := range tt.marks {
			h := hitOf(res, id)
			got := append(marked(h.Snippet, h.Spans), marked(h.Doc.Title, h.TitleSpans)...)
			if !slices.Equal(got, want) {
				t.Errorf("%q: %s marks %q, want %q", tt.query, id, got, want)
			}
			if !slices.Equal(h.Words[0].Forms, want) {
				t.Errorf("%q: %s forms %q, want %q", tt.query, id, h.Words[0].Forms, want)
			}
		}
	}
}

// The reader marks a group's names where it marks a country's: in the
// whole article, title and paragraphs.
func TestHighlightGroup(t *testing.T) {
	docs := groupCorpus()
	docs = append(docs, doc("both", "2020-01", "APT28 en Fancy Bear", "Eerst APT28.", "Dan Sofacy, dan Fancy Bear."))
	ix := build(t, groupOptions(docs), docs...)
	d := docs[len(docs)-1]
	h := ix.Highlight(Query{Text: "apt28"}, d)
	got := append(marked(d.Title, h.Title), markedIn(d, h)...)
	want := []string{"APT28", "Fancy Bear", "APT28", "Sofacy", "Fancy Bear"}
	if !slices.Equal(got, want) {
		t.Errorf("marked %q, want %q", got, want)
	}
}

// Without group mentions in the index, a group's name is a word like any
// other.
func TestGroupNamesWithoutMentions(t *testing.T) {
	docs := groupCorpus()
	opts := groupOptions(docs)
	opts.GroupMentions = nil
	ix := build(t, opts, docs...)
	if got := hitIDs(ix.Search(Query{Text: "APT28"})); !slices.Equal(got, []string{"apt28"}) {
		t.Errorf("APT28 without mentions: %v", got)
	}
	if got := hitIDs(ix.Search(Query{Text: "fancy bear"})); !slices.Equal(slices.Sorted(slices.Values(got)), []string{"apart", "bear", "fancy"}) {
		t.Errorf("fancy bear without mentions: %v", got)
	}
}

// Countries and groups together: their mentions share one numbering, and
// neither is taken for the other.
func TestGroupsBesideCountries(t *testing.T) {
	docs := []*corpus.Document{
		doc("ru", "2024-02", "Bericht", "Rusland ontkent. "+filler),
		doc("grp", "2024-01", "Bericht", "Sofacy in Frankrijk. "+filler),
	}
	opts := groupOptions(docs)
	g := geo.Default()
	places := map[*corpus.Document]geo.Places{}
	for _, d := range docs {
		places[d] = g.Document(d)
	}
	opts.CountryMentions = func(d *corpus.Document) []CountryMention { p := places[d]; return geoMentions(&p) }
	opts.CountryNames = g.Lookup
	opts.Countries = func(d *corpus.Document) []string {
		var codes []string
		for _, c := range places[d].Countries {
			codes = append(codes, c.Code)
		}
		return codes
	}
	ix := build(t, opts, docs...)
	for _, tt := range []struct {
		query string
		hits  []string
		why   Reason
	}{
		{"APT28", []string{"grp"}, ReasonGroup},
		{"Frankrijk", []string{"grp"}, ReasonExact},
		{"France", []string{"grp"}, ReasonCountry},
		{"Russia", []string{"ru"}, ReasonCountry},
		{"France APT28", []string{"grp"}, ReasonCountry},
	} {
		res := ix.Search(Query{Text: tt.query})
		if got := hitIDs(res); !slices.Equal(got, tt.hits) || res.Hits[0].Why[0] != tt.why {
			t.Errorf("%q: hits %v why %v, want %v %s", tt.query, got, res.Hits[0].Why, tt.hits, tt.why)
		}
	}
	res := ix.Search(Query{Text: "France APT28"})
	if w := res.Hits[0].Words; len(w) != 2 || w[0].Reason != ReasonCountry || w[1].Reason != ReasonGroup {
		t.Errorf("France APT28: words %+v", w)
	}
	// A group's key is no country: the country facet and filter know none.
	if _, ok := res.Facets.Countries[groupKey("APT28")]; ok || len(ix.Search(Query{Countries: []string{groupKey("APT28")}}).Hits) != 0 {
		t.Errorf("a group is taken for a country: %v", res.Facets.Countries)
	}
}
