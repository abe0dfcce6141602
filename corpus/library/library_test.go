package library_test

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"

	"dossier/corpus/library"
	"dossier/corpus/search"
)

var seed = sync.OnceValues(library.OpenSeed)

func openSeed(t *testing.T) *library.Library {
	t.Helper()
	l, err := seed()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// ids returns the hits' article numbers ("003"), in order.
func ids(res search.Result) []string {
	out := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = h.Doc.ID[:3]
	}
	return out
}

func hit(res search.Result, id string) *search.Hit {
	for i := range res.Hits {
		if strings.HasPrefix(res.Hits[i].Doc.ID, id) {
			return &res.Hits[i]
		}
	}
	return nil
}

// mark puts »…« around the spans of s, as dossier-cli shows them.
func mark(s string, spans [][2]int) string {
	runes := []rune(s)
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		b.WriteString(string(runes[at:sp[0]]) + "»" + string(runes[sp[0]:sp[1]]) + "«")
		at = sp[1]
	}
	b.WriteString(string(runes[at:]))
	return b.String()
}

// expect is what one hit of a query must show.
type expect struct {
	why     []search.Reason
	snippet string // a marked stretch the snippet must contain ("" for any)
	title   string // a marked stretch the title must contain ("" for any)
}

func TestSearchCountryNames(t *testing.T) {
	country, exact := []search.Reason{search.ReasonCountry}, []search.Reason{search.ReasonExact}
	franse := expect{why: country, snippet: "van de »Franse« president"}
	tests := []struct {
		query string
		hits  []string // in order
		each  map[string]expect
	}{
		{"Frankrijk", []string{"003"}, map[string]expect{"003": franse}},
		{"frankrijk", []string{"003"}, map[string]expect{"003": franse}},
		{"France", []string{"003"}, map[string]expect{"003": franse}},
		{"FRANKRIJK ", []string{"003"}, map[string]expect{"003": franse}},
		{"Morocco", []string{"003"}, map[string]expect{"003": {why: country, snippet: "van »Marokko«."}}},
		// The name itself is in 003: exact evidence.
		{"marokko", []string{"003"}, map[string]expect{"003": {why: exact, snippet: "»Marokko«"}}},
		// An adjective names no country: the word as before.
		{"Marokkaanse", []string{"003"}, map[string]expect{"003": {why: exact, snippet: "»Marokkaanse«"}}},
		{"VS", []string{"000", "002", "001"}, map[string]expect{
			"000": {why: country, snippet: "De »Amerikaanse« inlichtingendienst", title: "De »Amerikaanse« inlichtingendienst"},
			"001": {why: exact, snippet: "de »VS«"},
			"002": {why: exact, snippet: "»VS«"},
		}},
		{"Verenigde Staten", []string{"000", "002", "001"}, map[string]expect{
			"000": {why: country, snippet: "»Amerikaanse«", title: "»Amerikaanse«"},
			"001": {why: exact, snippet: "uit de »Verenigde Staten«, China"},
			"002": {why: country, snippet: "»VS«"},
		}},
		{"United States", []string{"000", "002", "001"}, map[string]expect{"001": {why: country, snippet: "de EU en de »VS«"}}},
		// 000 writes "Duitsland" once, and "Berlijnse" once.
		{"Duitsland", []string{"000"}, map[string]expect{"000": {why: exact, snippet: "in »Duitsland« woont"}}},
		{"Cyprus", []string{"002", "001"}, map[string]expect{"001": {why: exact, snippet: "»Cyprus«"}, "002": {why: exact, snippet: "»Cyprus«"}}},
		{"saoedi-arabie", []string{"001"}, map[string]expect{"001": {why: country, snippet: "»Saudi-Arabië«"}}},
		{"Zuid-Afrika", []string{"003"}, map[string]expect{"003": {why: exact, snippet: "»Zuid-Afrika«"}}},
		{"Israël", []string{"003", "001"}, map[string]expect{
			"001": {why: exact, snippet: "»Israël«"},
			"003": {why: country, snippet: "»Israëlische«"},
		}},
		{"Rusland", []string{"000", "001", "002"}, map[string]expect{
			"000": {why: exact, snippet: "»Rusland«", title: "schimmige »Rus«"},
			"002": {why: country, snippet: "»Russische«"},
		}},
		// Inhabitants name their country too, Dutch or English.
		{"Fransen", []string{"003"}, map[string]expect{"003": franse}},
		{"French ", []string{"003"}, map[string]expect{"003": franse}},
		// Another spelling of a name finds the one the article writes.
		{"Putin ", []string{"001", "000"}, map[string]expect{
			"000": {why: []search.Reason{search.ReasonSpelling}, snippet: "»Poetin«"},
			"001": {why: []search.Reason{search.ReasonSpelling}, snippet: "»Poetin«"},
		}},
		// A country with another word: both must match.
		{"frankrijk pegasus", []string{"003"}, map[string]expect{"003": {why: []search.Reason{search.ReasonExact, search.ReasonCountry}}}},
		// Words that name no country are searched as before.
		{"pegasus", []string{"003"}, map[string]expect{"003": {why: exact, snippet: "»Pegasus«"}}},
		{"amerikaanse inlichtingendienst", []string{"000"}, map[string]expect{"000": {why: exact}}},
		// Quotes ask for the words themselves.
		{`"Frankrijk"`, nil, nil},
		{`"Verenigde Staten"`, []string{"001"}, map[string]expect{"001": {why: []search.Reason{search.ReasonPhrase}}}},
	}
	l := openSeed(t)
	// No article has both: the best partial answer is the one with the
	// rarer word, and the country is what it lacks.
	if res := l.Search(search.Query{Text: "VS pegasus"}); res.Mode != search.ModePartial || ids(res)[0] != "003" || !slices.Equal(res.LeftOut, []string{"VS"}) {
		t.Errorf("VS pegasus: mode %s, hits %v, left out %q", res.Mode, ids(res), res.LeftOut)
	}
	for _, tt := range tests {
		res := l.Search(search.Query{Text: tt.query})
		if got := ids(res); !slices.Equal(got, tt.hits) {
			t.Errorf("%q: hits %v, want %v", tt.query, got, tt.hits)
			continue
		}
		if res.Suggestion != "" {
			t.Errorf("%q: suggests %q", tt.query, res.Suggestion)
		}
		for _, id := range slices.Sorted(maps.Keys(tt.each)) {
			want, h := tt.each[id], hit(res, id)
			if !slices.Equal(h.Why, want.why) {
				t.Errorf("%q: %s matched because %v, want %v", tt.query, id, h.Why, want.why)
			}
			if snippet := mark(h.Snippet, h.Spans); !strings.Contains(snippet, want.snippet) {
				t.Errorf("%q: %s snippet %s, want %s marked", tt.query, id, snippet, want.snippet)
			}
			if title := mark(h.Doc.Title, h.TitleSpans); want.title != "" && !strings.Contains(title, want.title) {
				t.Errorf("%q: %s title %s, want %s marked", tt.query, id, title, want.title)
			}
		}
	}
}

func TestSearchCountryWithFilterAndFacets(t *testing.T) {
	l := openSeed(t)
	// The country filter keeps the articles about CY; the query's country
	// is another, and the facet counts every country of the matches.
	res := l.Search(search.Query{Text: "VS", Countries: []string{"CY"}})
	if got := ids(res); !slices.Equal(got, []string{"002", "001"}) {
		t.Errorf("VS about CY: %v", got)
	}
	if res.Facets.Countries["US"] != 3 || res.Facets.Countries["CY"] != 2 || res.Facets.Months.Map()["2018-12"] != 2 || res.Facets.Months.Map()["2018-02"] != 0 {
		t.Errorf("VS about CY: facets %v", res.Facets)
	}
	for _, h := range res.Hits {
		if !slices.Equal(h.Why, []search.Reason{search.ReasonExact}) {
			t.Errorf("VS about CY: %s matched because %v", h.Doc.ID, h.Why)
		}
	}
	res = l.Search(search.Query{Text: "Frankrijk", Countries: []string{"MA"}})
	if got := ids(res); !slices.Equal(got, []string{"003"}) || !slices.Equal(res.Hits[0].Why, []search.Reason{search.ReasonCountry}) {
		t.Errorf("Frankrijk about MA: %v", got)
	}
	if res.Facets.Countries["FR"] != 1 || res.Facets.Countries["MA"] != 1 {
		t.Errorf("Frankrijk about MA: facets %v", res.Facets.Countries)
	}
	res = l.Search(search.Query{Text: "Frankrijk", Countries: []string{"US"}})
	if res.Total != 0 || res.Facets.Countries["FR"] != 1 {
		t.Errorf("Frankrijk about US: %v, facets %v", ids(res), res.Facets.Countries)
	}
	// The filter alone, as before: articles about FR.
	if got := ids(l.Search(search.Query{Countries: []string{"FR"}})); !slices.Equal(got, []string{"003"}) {
		t.Errorf("about FR: %v", got)
	}
}

func TestCountryMentions(t *testing.T) {
	l := openSeed(t)
	if got := library.CountryMentions(nil); got != nil {
		t.Errorf("nil places: %v", got)
	}
	for _, d := range l.Corpus().Docs() {
		for _, m := range library.CountryMentions(l.Places(d.ID)) {
			text := d.Title
			if m.Paragraph >= 0 {
				text = d.Paragraphs[m.Paragraph].Text
			}
			runes := []rune(text)
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End || m.Code == "EU" {
				t.Errorf("%s: mention %+v out of place", d.ID, m)
			}
		}
	}
}

func TestHighlightMarksCountryMentions(t *testing.T) {
	lib := openSeed(t)
	id := "003_0df74ff2f132de6e"
	d, _ := lib.Corpus().Doc(id)
	h := lib.Highlight(search.Query{Text: "Frankrijk"}, id)
	var got []string
	for i, spans := range h.Paragraphs {
		runes := []rune(d.Paragraphs[i].Text)
		for _, sp := range spans {
			got = append(got, string(runes[sp[0]:sp[1]]))
		}
	}
	if !slices.Contains(got, "Franse") {
		t.Errorf("\"Frankrijk\" marks %q, want the mentions \"Franse\"", got)
	}
	if h := lib.Highlight(search.Query{Text: "pegasus"}, "no such article"); h.Title != nil || h.Paragraphs != nil {
		t.Errorf("an unknown article is marked: %v", h)
	}
}
