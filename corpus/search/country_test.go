package search

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"dossier/corpus"
	"dossier/corpus/geo"
	"dossier/corpus/text"
)

// geoMentions converts an article's country mentions as the library does.
func geoMentions(p *geo.Places) []CountryMention {
	var out []CountryMention
	add := func(paragraph int, mentions []geo.Mention) {
		for _, m := range mentions {
			if m.Kind == geo.Country {
				out = append(out, CountryMention{Code: m.Code, Paragraph: paragraph, Start: m.RuneStart, End: m.RuneEnd})
			}
		}
	}
	add(-1, p.Title)
	for i, ms := range p.Paragraphs {
		add(i, ms)
	}
	return out
}

// geoOptions wires the gazetteer into an index of docs, as the library does.
func geoOptions(docs []*corpus.Document) Options {
	g := geo.Default()
	places := make(map[*corpus.Document]*geo.Places, len(docs))
	for _, d := range docs {
		p := g.Document(d)
		places[d] = &p
	}
	return Options{
		Countries: func(d *corpus.Document) []string {
			var codes []string
			for _, c := range places[d].Countries {
				codes = append(codes, c.Code)
			}
			return codes
		},
		Organizations: func(d *corpus.Document) []string {
			var codes []string
			for _, c := range places[d].Organizations {
				codes = append(codes, c.Code)
			}
			return codes
		},
		CountryMentions: func(d *corpus.Document) []CountryMention { return geoMentions(places[d]) },
		CountryNames:    g.Lookup,
		Spellings:       geo.DefaultSpellings().Of,
	}
}

// seedGeoIndex is the seed corpus indexed with its country mentions.
var seedGeoIndex = sync.OnceValues(func() (*Index, error) {
	c, err := corpus.LoadSeed()
	if err != nil {
		return nil, err
	}
	return Build(context.Background(), c.Docs(), geoOptions(c.Docs()))
})

func mustSeedGeoIndex(t testing.TB) *Index { return mustIndex(t, seedGeoIndex) }

// fakeCountries makes options whose mentions are the words of forms
// wherever a document writes them, and whose names are the keys of names.
func fakeCountries(forms map[string]string, names map[string][]string) Options {
	return Options{
		CountryMentions: func(d *corpus.Document) []CountryMention {
			var out []CountryMention
			find := func(paragraph int, s string) {
				for form, code := range forms {
					for at := 0; ; {
						i := strings.Index(s[at:], form)
						if i < 0 {
							break
						}
						start := utf8.RuneCountInString(s[:at+i])
						out = append(out, CountryMention{Code: code, Paragraph: paragraph, Start: start, End: start + utf8.RuneCountInString(form)})
						at += i + len(form)
					}
				}
			}
			find(-1, d.Title)
			for i, p := range d.Paragraphs {
				find(i, p.Text)
			}
			return out
		},
		CountryNames: func(words string) []string { return names[words] },
	}
}

// marked returns the marked stretches of s.
func marked(s string, spans [][2]int) []string {
	runes := []rune(s)
	var out []string
	for _, sp := range spans {
		if sp[0] >= 0 && sp[0] < sp[1] && sp[1] <= len(runes) {
			out = append(out, string(runes[sp[0]:sp[1]]))
		}
	}
	return out
}

func hitOf(res Result, id string) *Hit {
	for i := range res.Hits {
		if res.Hits[i].Doc.ID == id {
			return &res.Hits[i]
		}
	}
	return nil
}

func TestCountryEvidenceOrder(t *testing.T) {
	// One document per kind of evidence for "diplomaat", which here names
	// the country XX, mentioned as "Diplomatië".
	opts := fakeCountries(map[string]string{"Diplomatië": "XX"}, map[string][]string{"diplomaat": {"XX"}})
	ix := build(t, opts,
		doc("typo", "2020-01", "Bericht", filler+" De diplonaat sprak."),
		doc("compound", "2020-01", "Bericht", filler+" De topdiplomaat sprak."),
		doc("prefix", "2020-01", "Bericht", filler+" Het diplomaatschap sprak."),
		doc("country", "2020-01", "Bericht", filler+" Het Diplomatië sprak."),
		doc("stem", "2020-01", "Bericht", filler+" De diplomaten sprak."),
		doc("exact", "2020-01", "Bericht", filler+" De diplomaat sprak."),
	)
	res := ix.Search(Query{Text: "diplomaat"})
	want := []string{"exact", "stem", "country", "prefix", "compound", "typo"}
	if got := hitIDs(res); !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	for i, h := range res.Hits {
		if len(h.Why) != 1 || string(h.Why[0]) != h.Doc.ID {
			t.Errorf("%s matched because %v", h.Doc.ID, h.Why)
		}
		if i > 0 && res.Hits[i-1].Score <= h.Score {
			t.Errorf("score of %s (%v) not above %s (%v)", res.Hits[i-1].Doc.ID, res.Hits[i-1].Score, h.Doc.ID, h.Score)
		}
	}
	if h := hitOf(res, "country"); h == nil || !slices.Equal(marked(h.Snippet, h.Spans), []string{"Diplomatië"}) {
		t.Errorf("the mention is not marked: %+v", h)
	}
}

func TestCountryMentionNeverHidesTheWord(t *testing.T) {
	opts := fakeCountries(map[string]string{"Frankrijk": "FR", "Franse": "FR"}, map[string][]string{"Frankrijk": {"FR"}, "frankrijk": {"FR"}})
	ix := build(t, opts,
		doc("once", "2020-01", "Bericht", filler+" Frankrijk zweeg."),
		doc("often", "2020-01", "Bericht", filler+" Frankrijk zweeg; de Franse, Franse, Franse en Franse diplomaten ook."),
		doc("mentions", "2020-01", "Bericht", filler+" Ook de Franse, Franse, Franse en Franse diplomaten zwegen."),
		doc("none", "2020-01", "Bericht", filler+" Niemand zweeg."),
	)
	res := ix.Search(Query{Text: "Frankrijk "})
	if got := hitIDs(res); len(got) != 3 || got[0] != "often" || !slices.Contains(got, "once") || !slices.Contains(got, "mentions") {
		t.Fatalf("hits %v, want the article with the word and most mentions first", got)
	}
	for id, want := range map[string][]Reason{"once": {ReasonExact}, "often": {ReasonExact}, "mentions": {ReasonCountry}} {
		if got := whyOf(res, id); !slices.Equal(got, want) {
			t.Errorf("%s matched because %v, want %v", id, got, want)
		}
	}
	if h := hitOf(res, "often"); h == nil || !slices.Equal(marked(h.Snippet, h.Spans), []string{"Frankrijk", "Franse", "Franse", "Franse", "Franse"}) {
		t.Errorf("often: marks %q in %q", marked(h.Snippet, h.Spans), h.Snippet)
	}
	// Quotes ask for the word itself.
	if got := hitIDs(ix.Search(Query{Text: `"Frankrijk"`})); len(got) != 2 || slices.Contains(got, "mentions") {
		t.Errorf(`"Frankrijk": %v, want the articles with the word only`, got)
	}
	// A word that names no country is searched as before.
	if got := hitIDs(ix.Search(Query{Text: "franse "})); len(got) != 2 || slices.Contains(got, "once") {
		t.Errorf("franse: %v", got)
	}
}

func TestCountryInTitle(t *testing.T) {
	opts := fakeCountries(map[string]string{"Franse": "FR"}, map[string][]string{"Frankrijk": {"FR"}})
	ix := build(t, opts,
		doc("body", "2021-01", "Nieuws uit Den Haag", filler+" De Franse, Franse en Franse diplomaten."),
		doc("title", "2020-01", "De Franse diplomaten", filler+" Het gaat om spionage."),
	)
	res := ix.Search(Query{Text: "Frankrijk "})
	if got := hitIDs(res); !slices.Equal(got, []string{"title", "body"}) {
		t.Fatalf("order %v, want the title's mention first", got)
	}
	h := res.Hits[0]
	if got := marked(h.Doc.Title, h.TitleSpans); !slices.Equal(got, []string{"Franse"}) {
		t.Errorf("title %q marks %q", h.Doc.Title, got)
	}
}

func TestCountryNameOfSeveralWords(t *testing.T) {
	us := []string{"US"}
	opts := fakeCountries(map[string]string{"Amerikaanse": "US", "Verenigde Staten": "US"},
		map[string][]string{"Verenigde Staten": us, "verenigde staten": us, "Verenigde  Staten": us})
	ix := build(t, opts,
		doc("name", "2020-01", "Bericht", filler+" De Verenigde Staten zwegen."),
		doc("adjective", "2020-01", "Bericht", filler+" De Amerikaanse regering zweeg."),
		doc("apart", "2020-01", "Bericht", filler+" De staten van de Verenigde Naties zwegen."),
	)
	for _, q := range []string{"Verenigde Staten", "verenigde staten ", "Verenigde  Staten"} {
		res := ix.Search(Query{Text: q})
		if got := hitIDs(res); !slices.Equal(got, []string{"name", "adjective"}) {
			t.Errorf("%q: hits %v, want the name, then the adjective", q, got)
			continue
		}
		if why := whyOf(res, "name"); !slices.Equal(why, []Reason{ReasonExact}) {
			t.Errorf("%q: the name matched because %v", q, why)
		}
		if why := whyOf(res, "adjective"); !slices.Equal(why, []Reason{ReasonCountry}) {
			t.Errorf("%q: the adjective matched because %v", q, why)
		}
		if h := hitOf(res, "name"); !slices.Contains(marked(h.Snippet, h.Spans), "Verenigde Staten") {
			t.Errorf("%q: marks %q in %q", q, marked(h.Snippet, h.Spans), h.Snippet)
		}
	}
	// Words that only together name a country are not each the country.
	if got := hitIDs(ix.Search(Query{Text: "Verenigde Naties"})); !slices.Equal(got, []string{"apart"}) {
		t.Errorf("Verenigde Naties: %v", got)
	}
	// Quoted, or apart, the words are words.
	if got := hitIDs(ix.Search(Query{Text: `"Verenigde Staten"`})); !slices.Equal(got, []string{"name"}) {
		t.Errorf(`"Verenigde Staten": %v`, got)
	}
	if got := hitIDs(ix.Search(Query{Text: "Verenigde, Staten"})); len(got) != 2 || slices.Contains(got, "adjective") {
		t.Errorf("Verenigde, Staten: %v", got)
	}
}

func TestCountryUnknownToTheIndex(t *testing.T) {
	// CountryNames knows the country; no article mentions it: the words are
	// searched as words, and a misspelt one gets its suggestion.
	opts := fakeCountries(map[string]string{"Franse": "FR"}, map[string][]string{"Verenigde Staten": {"US"}, "Marokko": {"MA"}})
	ix := build(t, opts,
		doc("apart", "2020-01", "Bericht", filler+" De staten van de Verenigde Naties zwegen."),
		doc("fr", "2020-01", "Bericht", filler+" Het Franse Marokkko zweeg."),
	)
	if got := hitIDs(ix.Search(Query{Text: "Verenigde Staten"})); !slices.Equal(got, []string{"apart"}) {
		t.Errorf("Verenigde Staten: %v", got)
	}
	if res := ix.Search(Query{Text: "Marokko"}); res.Suggestion != "Marokkko" {
		t.Errorf("Marokko: suggestion %q", res.Suggestion)
	}
}

func TestCountryMentionsOutOfBounds(t *testing.T) {
	d := doc("d", "2020-01", "Kort", "Frans.", "Twee.")
	opts := Options{
		CountryMentions: func(*corpus.Document) []CountryMention {
			return []CountryMention{
				{Code: "FR", Paragraph: -2, Start: 0, End: 1},
				{Code: "FR", Paragraph: 2, Start: 0, End: 1},
				{Code: "FR", Paragraph: 0, Start: 3, End: 2},
				{Code: "FR", Paragraph: 0, Start: -1, End: 2},
				{Code: "", Paragraph: 0, Start: 0, End: 2},
				{Code: "FR", Paragraph: 1, Start: 3, End: 99}, // clipped to the text
				{Code: "FR", Paragraph: 1, Start: 50, End: 99},
				{Code: "FR", Paragraph: -1, Start: 2, End: 40},
			}
		},
		CountryNames: func(string) []string { return []string{"FR", "FR", "XX"} },
	}
	ix := build(t, opts, d)
	res := ix.Search(Query{Text: "Frankrijk"})
	if len(res.Hits) != 1 || !slices.Equal(res.Hits[0].Why, []Reason{ReasonCountry}) {
		t.Fatalf("hits %+v", res.Hits)
	}
	h := res.Hits[0]
	if got := marked(h.Snippet, h.Spans); !slices.Equal(got, []string{"e."}) {
		t.Errorf("snippet %q marks %q", h.Snippet, got)
	}
	if got := marked(h.Doc.Title, h.TitleSpans); !slices.Equal(got, []string{"rt"}) {
		t.Errorf("title %q marks %q", h.Doc.Title, got)
	}
}

func TestParseQueryCountryNames(t *testing.T) {
	names := geo.Default().Lookup
	tests := []struct{ in, want string }{
		{"Frankrijk", "frankrijk*@FR[0:9]"},
		{"frankrijk pegasus", "frankrijk@FR[0:9] pegasus*[10:17]"},
		{"VS ", "vs@US[0:2]"},
		{"vs ", "vs[0:2]"}, // "versus"
		{"Verenigde Staten", `"verenigde+staten"@US[0:16]`},
		{"de Verenigde  Staten en Frankrijk", `de[0:2] "verenigde+staten"@US[3:20] en[21:23] frankrijk*@FR[24:33]`},
		{"Saudi-Arabië", "saudiarabie*@SA[0:12]"},
		{"saudi arabia hackers", `"saudi+arabia"@SA[0:12] hackers*[13:20]`},
		{"Papoea Nieuw-Guinea", `"papoea+nieuw+guinea"@PG[0:19]`},
		{"Bosnië en Herzegovina", `"bosnie+en+herzegovina"@BA[0:21]`},
		{"Noord Korea Korea", `"noord+korea"@KP[0:11] korea*@KP,KR[12:17]`},
		{`"Verenigde Staten"`, `"verenigde+staten"[1:17]`},
		{`Verenigde "Staten"`, `verenigde[0:9] "staten"[11:17]`},
		{"Verenigde, Staten", "verenigde[0:9] staten*[11:17]"},
		{"Verenigde Sta", "verenigde[0:9] sta*[10:13]"},
		{"Frankrijk Frankrijk", "frankrijk@FR[0:9]"},
		{"Marokkaanse", "marokkaanse*[0:11]"},
		// Inhabitants name their country as names do.
		{"Fransen ", "fransen@FR[0:7]"},
		{"noren ", "noren[0:5]"}, // skates
		{"Noren spionage", "noren@NO[0:5] spionage*[6:14]"},
		{"North Koreans ", `"north+koreans"@KP[0:13]`},
		{"Chinees ", "chinees[0:7]"},
	}
	var a text.Analyzer
	for _, tt := range tests {
		if got := describeClauses(parseQuery(&a, tt.in, names)); got != tt.want {
			t.Errorf("parseQuery(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

// TestSeedCountrySpans checks, on the seed corpus with its mentions, that
// every hit of a country query has a mark, and every mark lies inside its
// snippet or title.
func TestSeedCountrySpans(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	for _, q := range []string{"Frankrijk", "France", "Morocco", "VS", "Verenigde Staten", "United States",
		"Duitsland", "Cyprus", "Rusland", "Russia", "Israël", "Saudi-Arabië", "Zuid-Afrika",
		"frankrijk pegasus", "VS trump", "Oekraïne", "Iran", "China hackers",
		"Fransen", "Marokkanen", "Amerikanen", "Russen", "Rus", "Israëliërs", "Cyprioten", "Chinezen", "Americans", "French"} {
		res := ix.Search(Query{Text: q})
		if res.Total == 0 {
			t.Errorf("%q: no hits", q)
		}
		for _, h := range res.Hits {
			checkSpansWithin(t, q, h.Snippet, h.Spans)
			checkSpansWithin(t, q, h.Doc.Title, h.TitleSpans)
			if len(h.Spans) == 0 && len(h.TitleSpans) == 0 {
				t.Errorf("%q: %s has no span marked: %q", q, h.Doc.ID, h.Snippet)
			}
			if !slices.ContainsFunc(h.Why, func(r Reason) bool { return r == ReasonExact || r == ReasonStem || r == ReasonCountry }) {
				t.Errorf("%q: %s matched because %v", q, h.Doc.ID, h.Why)
			}
		}
	}
}

// TestSeedCountriesChangeNothingElse checks that the seed matching rules
// hold as well when the index knows the countries, but for the words that
// name one.
func TestSeedCountriesChangeNothingElse(t *testing.T) {
	plain, withGeo := mustSeedIndex(t), mustSeedGeoIndex(t)
	for _, q := range []string{"pegasus", "pegasis", "diplomaat", "kernk", "spionage ", "chinese leger",
		`"Shadow Brokers"`, "EU-diplomaten", "email", "100000", "amerikaanse inlichtingendienst", "Marokkaanse", "russische hackers"} {
		a, b := plain.Search(Query{Text: q}), withGeo.Search(Query{Text: q})
		if !slices.Equal(hitIDs(a), hitIDs(b)) || a.Suggestion != b.Suggestion {
			t.Errorf("%q: hits %v, with countries %v", q, hitIDs(a), hitIDs(b))
			continue
		}
		for i := range a.Hits {
			ha, hb := a.Hits[i], b.Hits[i]
			if !slices.Equal(ha.Why, hb.Why) || ha.Score != hb.Score || ha.Snippet != hb.Snippet || !slices.Equal(ha.Spans, hb.Spans) {
				t.Errorf("%q: %s differs with countries: %+v, %+v", q, ha.Doc.ID, ha, hb)
			}
		}
	}
}
