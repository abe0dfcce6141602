package search

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"dossier/corpus"
)

// filler makes documents the same length, so that BM25's length
// normalisation does not decide orderings a test is about.
const filler = "Het kabinet sprak er dinsdag over in Den Haag met de Kamer."

// doc makes a document with the given id, month, title and paragraphs.
func doc(id, month, title string, paragraphs ...string) *corpus.Document {
	m, err := corpus.ParseMonth(month)
	if err != nil {
		panic(err)
	}
	d := &corpus.Document{ID: id, Path: id + ".txt", Date: corpus.Date{Month: m}, Title: title}
	for _, p := range paragraphs {
		d.Paragraphs = append(d.Paragraphs, corpus.Paragraph{Kind: corpus.KindParagraph, Text: p})
	}
	return d
}

func build(t testing.TB, opts Options, docs ...*corpus.Document) *Index {
	t.Helper()
	ix, err := Build(context.Background(), docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestAllWordsMustMatch(t *testing.T) {
	ix := build(t, Options{},
		doc("both", "2020-01", "Bericht", "Russische hackers vielen het netwerk aan."),
		doc("one", "2020-01", "Bericht", "Chinese hackers vielen het netwerk aan."),
		doc("other", "2020-01", "Bericht", "Russische diplomaten spraken."),
	)
	if got := hitIDs(ix.Search(Query{Text: "russische hackers"})); !slices.Equal(got, []string{"both"}) {
		t.Errorf("hits %v", got)
	}
	if got := ix.Search(Query{Text: "russische hackers"}); got.Mode != ModeAll || got.LeftOut != nil {
		t.Errorf("mode %q, left out %q; want all words and none left out", got.Mode, got.LeftOut)
	}
}

func TestPhrase(t *testing.T) {
	ix := build(t, Options{},
		doc("phrase", "2020-01", "Bericht", "De geheime dienst wist ervan."),
		doc("apart", "2020-01", "Bericht", "De dienst was niet geheime."),
		doc("paragraphs", "2020-01", "Bericht", "Het was allemaal geheime", "Dienst na dienst."),
		doc("inflected", "2020-01", "Bericht", "Twee geheime diensten werkten samen."),
		doc("hyphen", "2020-01", "Bericht", "De EU-diplomaten zwegen."),
	)
	tests := []struct {
		query string
		want  []string
	}{
		{`"geheime dienst"`, []string{"phrase", "inflected"}}, // phrase words match their inflections
		{`"dienst geheime"`, nil},
		{`"geheime dienst`, []string{"phrase", "inflected"}}, // a quote left open runs to the end
		{`"eu diplomaten"`, []string{"hyphen"}},
		{`"EU-diplomaten"`, []string{"hyphen"}},
		{`"geheime dienst" wist`, []string{"phrase"}},
	}
	for _, tt := range tests {
		got := hitIDs(ix.Search(Query{Text: tt.query}))
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: hits %v, want %v", tt.query, got, want)
		}
	}
}

func TestCountriesFilterAndFacets(t *testing.T) {
	countries := map[string][]string{
		"fr": {"FR"}, "ma": {"MA", "FR"}, "us": {"US"}, "none": nil, "old-us": {"US"},
	}
	ix := build(t, Options{Countries: func(d *corpus.Document) []string { return countries[d.ID] }},
		doc("fr", "2021-07", "Bericht", "Spionage in Parijs."),
		doc("ma", "2021-07", "Bericht", "Spionage vanuit Rabat."),
		doc("us", "2018-12", "Bericht", "Spionage in Washington."),
		doc("none", "2018-12", "Bericht", "Spionage."),
		doc("old-us", "2005-01", "Bericht", "Spionage in Washington."),
	)
	res := ix.Search(Query{Text: "spionage ", Countries: []string{"FR", "XX"}})
	if got := hitIDs(res); len(got) != 2 || !slices.Contains(got, "fr") || !slices.Contains(got, "ma") {
		t.Errorf("countries FR or XX: %v", got)
	}
	// The country facet ignores the country filter: it shows what else there is.
	if want := map[string]int{"FR": 2, "MA": 1, "US": 2}; !mapsEqual(res.Facets.Countries, want) {
		t.Errorf("country facet %v, want %v", res.Facets.Countries, want)
	}
	// The month facet respects the country filter.
	if want := map[string]int{"2021-07": 2}; !mapsEqual(res.Facets.Months.Map(), want) {
		t.Errorf("month facet %v, want %v", res.Facets.Months, want)
	}

	res = ix.Search(Query{Text: "spionage ", From: corpus.Month{Year: 2018, Month: 1}})
	if want := map[string]int{"FR": 2, "MA": 1, "US": 1}; !mapsEqual(res.Facets.Countries, want) {
		t.Errorf("country facet from 2018: %v, want %v", res.Facets.Countries, want)
	}
	if want := map[string]int{"2021-07": 2, "2018-12": 2, "2005-01": 1}; !mapsEqual(res.Facets.Months.Map(), want) {
		t.Errorf("month facet from 2018: %v, want %v", res.Facets.Months, want)
	}
	if res.Total != 4 {
		t.Errorf("total from 2018: %d", res.Total)
	}
	if res := ix.Search(Query{Countries: []string{"US"}, To: corpus.Month{Year: 2010, Month: 12}}); !slices.Equal(hitIDs(res), []string{"old-us"}) {
		t.Errorf("empty query, US until 2010: %v", hitIDs(res))
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestPaging(t *testing.T) {
	var docs []*corpus.Document
	for i := range 30 {
		docs = append(docs, doc(fmt.Sprintf("d%02d", i), fmt.Sprintf("20%02d-01", i), "Bericht", filler+" Spionage."))
	}
	ix := build(t, Options{}, docs...)
	all := ix.Search(Query{Text: "spionage ", Limit: 30})
	page := ix.Search(Query{Text: "spionage ", Limit: 7, Offset: 10})
	if all.Total != 30 || page.Total != 30 || len(page.Hits) != 7 {
		t.Fatalf("totals %d, %d, page of %d", all.Total, page.Total, len(page.Hits))
	}
	if got, want := hitIDs(page), hitIDs(all)[10:17]; !slices.Equal(got, want) {
		t.Errorf("page %v, want %v", got, want)
	}
	if got := ix.Search(Query{Text: "spionage ", Offset: 40}); len(got.Hits) != 0 || got.Total != 30 {
		t.Errorf("past the end: %d hits, total %d", len(got.Hits), got.Total)
	}
	if got := ix.Search(Query{Text: "spionage "}); len(got.Hits) != min(30, DefaultLimit) {
		t.Errorf("default limit gave %d hits", len(got.Hits))
	}
	empty := ix.Search(Query{Limit: 5, Offset: 28})
	if got := hitIDs(empty); !slices.Equal(got, []string{"d01", "d00"}) {
		t.Errorf("empty query, last page: %v", got)
	}
}

func TestFoldingAndSpelling(t *testing.T) {
	ix := build(t, Options{},
		doc("lig", "2020-01", "Bericht", "Het Ĳslandse parlement."),
		doc("mail", "2020-01", "Bericht", "Hij stuurde e-mails."),
		doc("mails", "2020-01", "Bericht", "Phishing emails genoemd."),
		doc("num", "2020-01", "Bericht", "Er ging 100.000 dollar om."),
		doc("invisible", "2020-01", "Bericht", "De spio\u200bnage ging door."),
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"ijslandse", []string{"lig"}},
		{"IJSLANDSE", []string{"lig"}},
		{"e-mail", []string{"mail", "mails"}},
		{"emails", []string{"mail", "mails"}},
		{"100000 ", []string{"num"}},
		{"100.000 ", []string{"num"}},
		{"spionage ", []string{"invisible"}},
		{"spi\u00adon\u200bage ", []string{"invisible"}},
	}
	for _, tt := range tests {
		got := hitIDs(ix.Search(Query{Text: tt.query}))
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: hits %v, want %v", tt.query, got, tt.want)
		}
	}
	// The mark covers the word, the invisible character inside it too.
	res := ix.Search(Query{Text: "spionage "})
	if len(res.Hits) != 1 || !slices.Equal(marked(res.Hits[0].Snippet, res.Hits[0].Spans), []string{"spio\u200bnage"}) {
		t.Errorf("spionage marks %+v", res.Hits)
	}
}

// TestSpansMarkMatchedWords checks, for many queries on the seed corpus, that
// every span lies inside its snippet or title and covers a word the query
// matched.
func TestSpansMarkMatchedWords(t *testing.T) {
	ix := mustSeedIndex(t)
	for _, q := range []string{"trump", "diplomaat", "spionage", "pegasis", "eu-diplomaten", "kernk",
		"israel", `"europese diplomaten"`, "amerikaanse inlichtingendienst", "e-mails", "email"} {
		for _, h := range ix.Search(Query{Text: q}).Hits {
			checkSpans(t, q, h.Snippet, h.Spans)
			checkSpans(t, q, h.Doc.Title, h.TitleSpans)
			if len(h.Spans) == 0 && len(h.TitleSpans) == 0 {
				t.Errorf("%q: %s has no span marked: %q", q, h.Doc.ID, h.Snippet)
			}
		}
	}
}

func checkSpans(t *testing.T, query, s string, spans [][2]int) {
	t.Helper()
	runes := []rune(s)
	last := -1
	for _, sp := range spans {
		if sp[0] < 0 || sp[0] >= sp[1] || sp[1] > len(runes) || sp[0] <= last {
			t.Errorf("%q: span %v of %q (%d runes) out of place (after %d)", query, sp, s, len(runes), last)
			return
		}
		last = sp[1]
		word := string(runes[sp[0]:sp[1]])
		if strings.IndexFunc(word, func(r rune) bool { return r == ' ' }) >= 0 {
			t.Errorf("%q: span %v covers %q, more than a word", query, sp, word)
		}
	}
}

func TestLongAndStrangeQueries(t *testing.T) {
	ix := mustSeedIndex(t)
	queries := []string{
		strings.Repeat("spionage ", 1200),
		strings.Repeat("a", 10000),
		strings.Repeat(`"`, 500),
		"\x00\x00\x00", "🙂🙂🙂", "שלום עולם", "习近平", `"open quote`, "---", "'s", "\xff\xfe",
	}
	for _, q := range queries {
		start := time.Now()
		res := ix.Search(Query{Text: q})
		if d := time.Since(start); d > time.Second {
			t.Errorf("query of %d bytes took %v", len(q), d)
		}
		if res.Total < len(res.Hits) {
			t.Errorf("total %d below %d hits", res.Total, len(res.Hits))
		}
	}
	if got := hitIDs(ix.Search(Query{Text: strings.Repeat("spionage ", 1200)})); len(got) != 2 {
		t.Errorf("a repeated word: %v", got)
	}
}

func TestEmptyIndex(t *testing.T) {
	ix := build(t, Options{})
	for _, q := range []Query{{}, {Text: "spionage"}, {Text: `"geheime dienst"`, Countries: []string{"US"}}} {
		res := ix.Search(q)
		if res.Total != 0 || len(res.Hits) != 0 || res.Facets.Months.Total() != 0 {
			t.Errorf("%+v on an empty index: %+v", q, res)
		}
	}
	if got := ix.QuickOpen("x", 5); len(got) != 0 {
		t.Errorf("quick open on an empty index: %v", got)
	}
}

func TestBuildCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, []*corpus.Document{doc("a", "2020-01", "A", "b")}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want context.Canceled", err)
	}
}

func TestBuildReportsProgress(t *testing.T) {
	var docs []*corpus.Document
	for i := range 2500 {
		docs = append(docs, doc(fmt.Sprint(i), "2020-01", "A", "b"))
	}
	var reports [][2]int
	build(t, Options{Progress: func(done, total int) { reports = append(reports, [2]int{done, total}) }}, docs...)
	if len(reports) < 2 || reports[len(reports)-1] != [2]int{2500, 2500} {
		t.Errorf("progress reports %v", reports)
	}
	for i := 1; i < len(reports); i++ {
		if reports[i][0] < reports[i-1][0] {
			t.Errorf("progress went back: %v", reports)
		}
	}
}

func TestConcurrentSearches(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	want := map[string][]string{}
	queries := []string{"trump", "pegasis", "spionage", `"europese diplomaten"`, "", "kernk", "Frankrijk", "Verenigde Staten"}
	for _, q := range queries {
		want[q] = hitIDs(ix.Search(Query{Text: q}))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 50 {
				q := queries[(g+i)%len(queries)]
				if got := hitIDs(ix.Search(Query{Text: q})); !slices.Equal(got, want[q]) {
					t.Errorf("%q concurrently: %v, want %v", q, got, want[q])
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestQuickOpen(t *testing.T) {
	ix := mustSeedIndex(t)
	got := ix.QuickOpen("macrons mobiel", 3)
	if len(got) == 0 || got[0].Doc.ID != seed003 {
		t.Fatalf("quick open: %v", got)
	}
	title := []rune(got[0].Doc.Title)
	var marked strings.Builder
	for _, s := range got[0].Spans {
		marked.WriteString(string(title[s[0]:s[1]]))
	}
	if marked.String() != "Macrons mobiel" {
		t.Errorf("marked %q in %q", marked.String(), got[0].Doc.Title)
	}
	if got := ix.QuickOpen("geinfiltreerd", 0); len(got) != 1 || got[0].Doc.ID != seed002 {
		t.Errorf("quick open with folding: %v", got)
	}
	if got := ix.QuickOpen("", 2); len(got) != 2 || got[0].Doc.ID != seed003 {
		t.Errorf("empty pattern: %v", got)
	}
}
