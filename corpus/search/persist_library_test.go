package search_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/geo"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// The tests here index collections as the library does, with every option
// it gives Build (countries, organisations, roles, country and group
// mentions, events, spellings), save the index, load it, and ask both the
// same questions: the loaded index must answer each exactly as the built
// one.

// queryOptions are the query-time options the library gives Build.
func queryOptions(l *library.Library) search.Options {
	return search.Options{
		CountryNames: l.Gazetteer().Lookup,
		GroupNames: func(words string) []string {
			if g, ok := geo.DefaultThreatActors().Lookup(words); ok {
				return []string{g.Name}
			}
			return nil
		},
		Spellings: geo.DefaultSpellings().Of,
	}
}

func TestLoadAnswersAsBuiltSeeds(t *testing.T) {
	l, err := library.OpenSeed()
	if err != nil {
		t.Fatal(err)
	}
	compareLoaded(t, l, 300)
}

func TestLoadAnswersAsBuiltGenerated(t *testing.T) {
	docs, err := gen.Documents(2000, 21)
	if err != nil {
		t.Fatal(err)
	}
	c, problems := corpus.New(docs)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	l, err := library.Open(context.Background(), c, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	compareLoaded(t, l, 400)
}

// compareLoaded saves the library's index, loads it and compares the
// answers of both to queries many queries made of the collection's words.
func compareLoaded(t *testing.T, l *library.Library, queries int) {
	built := l.Index()
	loaded, err := search.Load(built.Docs(), sectionsOf(search.SaveSections(t, built)), queryOptions(l))
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Len() != built.Len() || loaded.Terms() != built.Terms() || !slices.Equal(loaded.Docs(), built.Docs()) {
		t.Fatalf("loaded %d documents and %d terms; built %d and %d", loaded.Len(), loaded.Terms(), built.Len(), built.Terms())
	}
	docs := built.Docs()
	for d := range docs {
		if loaded.FoldedTitle(d) != built.FoldedTitle(d) {
			t.Fatalf("title %d: %q loaded, %q built", d, loaded.FoldedTitle(d), built.FoldedTitle(d))
		}
	}
	hits, kinds := 0, map[search.Mode]int{}
	for i, q := range testQueries(l, queries) {
		want, got := built.Search(q), loaded.Search(q)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("query %d %+v:\nloaded %+v\nbuilt  %+v", i, q, got, want)
		}
		hits += len(want.Hits)
		kinds[want.Mode]++
		wantFirst, wantDays := built.EventDays(q, corpus.Month{}, corpus.Month{})
		gotFirst, gotDays := loaded.EventDays(q, corpus.Month{}, corpus.Month{})
		if wantFirst != gotFirst || !slices.Equal(wantDays, gotDays) {
			t.Fatalf("query %+v: event days from %d %v loaded, from %d %v built", q, gotFirst, gotDays, wantFirst, wantDays)
		}
		from, to := corpus.Month{Year: 2017 + i%4, Month: 1}, corpus.Month{Year: 2018 + i%4, Month: 6}
		wantIDs, wantTotal := built.EventDocs(q, from, to, 10)
		gotIDs, gotTotal := loaded.EventDocs(q, from, to, 10)
		if wantTotal != gotTotal || !slices.Equal(wantIDs, gotIDs) {
			t.Fatalf("query %+v: event documents %v of %d loaded, %v of %d built", q, gotIDs, gotTotal, wantIDs, wantTotal)
		}
		doc := docs[i%len(docs)]
		if len(want.Hits) > 0 {
			doc = want.Hits[len(want.Hits)-1].Doc
		}
		if w, g := built.Highlight(q, doc), loaded.Highlight(q, doc); !reflect.DeepEqual(w, g) {
			t.Fatalf("query %+v, article %s: highlights %v loaded, %v built", q, doc.ID, g, w)
		}
		pattern := quickPattern(docs[(i*7)%len(docs)].Title, i)
		if w, g := built.QuickOpen(pattern, 20), loaded.QuickOpen(pattern, 20); !reflect.DeepEqual(w, g) {
			t.Fatalf("quick open %q: %v loaded, %v built", pattern, g, w)
		}
	}
	// The comparison is only worth as much as the answers are varied.
	if hits < queries/2 || kinds[search.ModeAll] == 0 || kinds[search.ModePartial] == 0 {
		t.Fatalf("%d hits in all, modes %v: the queries hardly match", hits, kinds)
	}
}

// sectionsOf serves saved sections as a file would.
func sectionsOf(sections map[string][]byte) func(string) ([]byte, bool) {
	return func(name string) ([]byte, bool) {
		data, ok := sections[name]
		return data, ok
	}
}

// testQueries makes n queries of the words of the library's articles, of
// every kind a reader types, with every kind of filter.
func testQueries(l *library.Library, n int) []search.Query {
	docs := l.Index().Docs()
	rng := rand.New(rand.NewPCG(uint64(len(docs)), 16))
	var words []string
	for _, d := range docs[:min(len(docs), 200)] {
		for _, p := range d.Paragraphs {
			words = append(words, strings.FieldsFunc(p.Text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })...)
		}
	}
	word := func() string { return words[rng.IntN(len(words))] }
	runes := func(w string, from, to int) string {
		r := []rune(w)
		from, to = max(0, min(from, len(r))), max(0, min(to, len(r)))
		return string(r[from:max(from, to)])
	}
	kinds := []func() string{
		word,
		func() string { return word() + " " },
		func() string { return runes(word(), 0, 3+rng.IntN(3)) }, // a prefix being typed
		func() string { // a typo: two neighbours swapped
			r := []rune(word())
			if len(r) > 3 {
				k := 1 + rng.IntN(len(r)-2)
				r[k], r[k+1] = r[k+1], r[k]
			}
			return string(r)
		},
		func() string { w := word(); return runes(w, len([]rune(w))-6, len([]rune(w))) + " " }, // a compound's part
		func() string { // a phrase of neighbours
			i := rng.IntN(len(words) - 1)
			return `"` + words[i] + " " + words[i+1] + `"`
		},
		func() string { return word() + " OR " + word() },
		func() string { return word() + " -" + word() },
		func() string { return word() + " " + word() + " " + word() },
		func() string { return fmt.Sprint(2015 + rng.IntN(8)) },
		func() string { return fmt.Sprint(2017+rng.IntN(4)) + " " + word() },
		func() string {
			return []string{"Frankrijk", "Rusland", "Verenigde Staten", "VS sancties", "China spionage", "Morocco",
				"APT28", "Fancy Bear", "Poetin", "Putin", "Kiev", "EU-diplomaten", "Israël"}[rng.IntN(13)]
		},
		func() string { return "" },
	}
	months := []corpus.Month{{}, {Year: 2018, Month: 1}, {Year: 2019, Month: 6}, {Year: 2020, Month: 12}}
	var out []search.Query
	for i := range n {
		q := search.Query{Text: kinds[i%len(kinds)](), Limit: 5 + rng.IntN(20), Offset: rng.IntN(3)}
		switch (i / len(kinds)) % 8 {
		case 1:
			q.Countries = []string{"RU"}
		case 2:
			q.Countries, q.AllCountries = []string{"CN", "US"}, rng.IntN(2) == 0
		case 3:
			q.Actors = []string{"RU", "CN"}
		case 4:
			q.Targets = []string{"US", "EU"}
		case 5:
			q.From, q.To, q.By = months[rng.IntN(len(months))], months[rng.IntN(len(months))], search.DateBy(rng.IntN(3))
		case 6:
			for range 5 {
				q.IDs = append(q.IDs, docs[rng.IntN(len(docs))].ID)
			}
		case 7:
			q.Countries, q.From, q.By = []string{"FR", "MA", "EU"}, months[1+rng.IntN(3)], search.ByEither
		}
		out = append(out, q)
	}
	return out
}

// quickPattern is a few letters of title, as a reader types them to find
// it: its first letters, or every third letter.
func quickPattern(title string, i int) string {
	r := []rune(title)
	if i%2 == 0 {
		return string(r[:min(len(r), 6)])
	}
	var out []rune
	for k := 0; k < len(r) && len(out) < 6; k += 3 {
		out = append(out, r[k])
	}
	return string(out)
}

// TestLoadIsQuick is a guard, not a benchmark: loading 2,000 articles'
// index must take a fraction of building it.
func TestLoadIsQuick(t *testing.T) {
	docs, err := gen.Documents(2000, 22)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	built, err := search.Build(context.Background(), docs, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	building := time.Since(start)
	sections := search.SaveSections(t, built)
	start = time.Now()
	if _, err := search.Load(built.Docs(), sectionsOf(sections), search.Options{}); err != nil {
		t.Fatal(err)
	}
	if loading := time.Since(start); loading > building/4 {
		t.Errorf("loading took %v, building %v", loading, building)
	}
}
