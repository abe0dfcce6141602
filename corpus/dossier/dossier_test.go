package dossier_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"dossier/corpus"
	"dossier/corpus/dossier"
	"dossier/corpus/gen"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// roundTrip writes lib to a dossier file and opens it again.
func roundTrip(t testing.TB, lib *library.Library) (*library.Library, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.dossier")
	if err := dossier.WriteFile(context.Background(), path, lib); err != nil {
		t.Fatalf("WriteFile: %v", err)
	}
	opened, err := dossier.Open(context.Background(), path, dossier.Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return opened, path
}

func seedLibrary(t testing.TB) *library.Library {
	t.Helper()
	lib, err := library.OpenSeed()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func generatedLibrary(t testing.TB, n int) *library.Library {
	t.Helper()
	docs, err := gen.Documents(n, 7)
	if err != nil {
		t.Fatal(err)
	}
	c, problems := corpus.New(docs)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	lib, err := library.Open(context.Background(), c, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// comparable is a search result with its articles named by id, so that
// results of two libraries compare.
func comparableResult(r search.Result) any {
	type hit struct {
		ID string
		search.Hit
	}
	hits := make([]hit, len(r.Hits))
	for i, h := range r.Hits {
		hits[i] = hit{ID: h.Doc.ID, Hit: h}
		hits[i].Doc = nil
	}
	r.Hits = nil
	return struct {
		R    search.Result
		Hits []hit
	}{r, hits}
}

// queries exercise every kind of match, operator and filter.
var queries = []search.Query{
	{Text: ""},
	{Text: "spionage"},
	{Text: "spion"},                // a prefix, still being typed
	{Text: "spionnage "},           // a typo
	{Text: "hackers Chinese "},     // two words
	{Text: "diplomaten "},          // inside a compound
	{Text: "\"Europese Unie\""},    // a phrase
	{Text: "Pegasus OR NSO "},      // or
	{Text: "hackers -China "},      // not
	{Text: "2018 "},                // a year
	{Text: "Frankrijk "},           // a country by name
	{Text: "Fransen "},             // its inhabitants
	{Text: "Amerikanen spionage "}, // both
	{Text: "APT28 "},               // a group
	{Text: "Poetin "},              // another spelling
	{Text: "xqzvw "},               // nothing
	{Text: "spionage", Countries: []string{"CN"}},
	{Text: "", Actors: []string{"CN"}},
	{Text: "", Targets: []string{"EU"}},
	{Text: "", From: corpus.Month{Year: 2018, Month: 1}, To: corpus.Month{Year: 2018, Month: 12}},
	{Text: "", From: corpus.Month{Year: 2017, Month: 9}, To: corpus.Month{Year: 2017, Month: 12}, By: search.ByEvent},
	{Text: "spionage", From: corpus.Month{Year: 2015, Month: 1}, To: corpus.Month{Year: 2019, Month: 12}, By: search.ByEither},
}

// sameLibrary checks that b says what a says: every article, its analyses,
// the totals, and the answers to queries.
func sameLibrary(t *testing.T, a, b *library.Library, extra []search.Query) {
	t.Helper()
	docsA, docsB := a.Corpus().Docs(), b.Corpus().Docs()
	if len(docsA) != len(docsB) {
		t.Fatalf("%d articles, want %d", len(docsB), len(docsA))
	}
	for i, da := range docsA {
		db := docsB[i]
		if da.ID != db.ID || da.Path != db.Path || da.Date != db.Date || da.Title != db.Title || da.Source != db.Source ||
			da.URL != db.URL || da.TitleInText != db.TitleInText {
			t.Fatalf("article %d: %+v, want %+v", i, *db, *da)
		}
		if db.Paragraphs != nil {
			t.Errorf("article %s holds its text in memory", db.ID)
		}
		if !reflect.DeepEqual(da.Body(), db.Body()) {
			t.Errorf("article %s: text differs", da.ID)
		}
		if !reflect.DeepEqual(a.Places(da.ID), b.Places(da.ID)) {
			t.Errorf("article %s: places differ", da.ID)
		}
		if !reflect.DeepEqual(a.Roles(da.ID), b.Roles(da.ID)) {
			t.Errorf("article %s: roles differ:\n%+v\n%+v", da.ID, a.Roles(da.ID), b.Roles(da.ID))
		}
		if !reflect.DeepEqual(a.Events(da.ID), b.Events(da.ID)) {
			t.Errorf("article %s: events differ", da.ID)
		}
	}
	for _, id := range []string{"", "nope"} {
		if b.Places(id) != nil || b.Roles(id) != nil || b.Events(id) != nil {
			t.Errorf("analyses of unknown id %q are not nil", id)
		}
	}
	same := func(what string, x, y any) {
		t.Helper()
		jx, _ := json.Marshal(x)
		jy, _ := json.Marshal(y)
		if string(jx) != string(jy) {
			t.Errorf("%s differ:\n%s\n%s", what, jx, jy)
		}
	}
	same("countries", a.Countries(), b.Countries())
	same("organizations", a.Organizations(), b.Organizations())
	same("role totals", a.RoleTotals(), b.RoleTotals())
	same("group counts", a.GroupArticles(), b.GroupArticles())
	for _, q := range append(queries, extra...) {
		q.Limit = 20
		ra, rb := a.Search(q), b.Search(q)
		if !reflect.DeepEqual(comparableResult(ra), comparableResult(rb)) {
			t.Errorf("query %+v: the dossier answers differently", q)
		}
		for _, h := range ra.Hits[:min(3, len(ra.Hits))] {
			if !reflect.DeepEqual(a.Highlight(q, h.Doc.ID), b.Highlight(q, h.Doc.ID)) {
				t.Errorf("query %q: highlights of %s differ", q.Text, h.Doc.ID)
			}
		}
		ea, na := a.EventsIn(q, corpus.Month{}, corpus.Month{}, 10)
		eb, nb := b.EventsIn(q, corpus.Month{}, corpus.Month{}, 10)
		if na != nb || !reflect.DeepEqual(ea, eb) {
			t.Errorf("query %q: events differ (%d, %d)", q.Text, na, nb)
		}
	}
	quick := func(items []library.QuickItem) []library.QuickItem {
		for i := range items {
			items[i].Doc = nil // the same article, read from a folder or from the file
		}
		return items
	}
	for _, p := range []string{"spi", "fra", "apt", "cia"} {
		same("quick open "+p, quick(a.QuickOpen(p, "nl", 20)), quick(b.QuickOpen(p, "nl", 20)))
	}
}

func TestSeedsRoundTrip(t *testing.T) {
	lib := seedLibrary(t)
	opened, _ := roundTrip(t, lib)
	sameLibrary(t, lib, opened, nil)
}

func TestGeneratedRoundTrip(t *testing.T) {
	lib := generatedLibrary(t, 1500)
	opened, _ := roundTrip(t, lib)
	var extra []search.Query
	for _, d := range lib.Corpus().Docs()[:40] {
		extra = append(extra, search.Query{Text: d.Title}, search.Query{Text: d.Title[:min(len(d.Title), 5)]})
	}
	sameLibrary(t, lib, opened, extra)
}

func TestWriteIsDeterministic(t *testing.T) {
	lib := seedLibrary(t)
	_, first := roundTrip(t, lib)
	_, second := roundTrip(t, lib)
	a, _ := os.ReadFile(first)
	b, _ := os.ReadFile(second)
	if string(a) != string(b) {
		t.Error("two writes of one library differ")
	}
}

func TestPackReportsBadFilesAndPacksTheRest(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"000_ff3dc8e55b17b03b.txt", "001_3ad7682215385845.txt"} {
		data, err := corpus.Seed().(interface{ ReadFile(string) ([]byte, error) }).ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("no date here\n"), 0o644)
	out := filepath.Join(t.TempDir(), "two.dossier")
	n, problems, err := dossier.Pack(context.Background(), dir, out, dossier.PackOptions{})
	if err != nil || n != 2 || len(problems) != 1 || filepath.Base(problems[0].Path) != "bad.txt" {
		t.Fatalf("Pack = %d, %v, %v", n, problems, err)
	}
	lib, err := dossier.Open(context.Background(), out, dossier.Options{})
	if err != nil || lib.Corpus().Len() != 2 {
		t.Fatalf("Open = %v", err)
	}
	if _, _, err := dossier.Pack(context.Background(), t.TempDir(), filepath.Join(t.TempDir(), "e.dossier"), dossier.PackOptions{}); err == nil ||
		!strings.Contains(err.Error(), "no article files") {
		t.Errorf("Pack of an empty folder: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := dossier.Pack(ctx, dir, filepath.Join(t.TempDir(), "c.dossier"), dossier.PackOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled Pack gave %v", err)
	}
}

// TestPackAlikeArticles packs a few short articles, too few and too alike
// for a dictionary to be trained on (zstd finds "0 sequences"): they are
// packed without one, and read back whole.
func TestPackAlikeArticles(t *testing.T) {
	dir := t.TempDir()
	for i, word := range []string{"Walrusspionage", "Zeppelinfabriek", "Kabeltrommel"} {
		text := fmt.Sprintf("date 2099-%02d %s in de haven\n\nDe dienst zag %s in zaak %d.\n", i+1, word, strings.ToLower(word), i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("2020-01-%02d_%016x.txt", i+1, i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "alike.dossier")
	n, problems, err := dossier.Pack(context.Background(), dir, out, dossier.PackOptions{})
	if err != nil || n != 3 || len(problems) != 0 {
		t.Fatalf("Pack = %d, %v, %v", n, problems, err)
	}
	lib, err := dossier.Open(context.Background(), out, dossier.Options{})
	if err != nil || lib.Corpus().Len() != 3 {
		t.Fatalf("Open = %v", err)
	}
	read := map[string]bool{}
	for _, doc := range lib.Corpus().Docs() {
		for _, p := range doc.Body() {
			read[p.Text] = true
		}
	}
	for i := range 3 {
		if want := fmt.Sprintf(" in zaak %d.", i); !containsKey(read, want) {
			t.Errorf("no article reads %q", want)
		}
	}
	if _, err := dossier.Check(context.Background(), out); err != nil {
		t.Error(err)
	}
}

func containsKey(m map[string]bool, part string) bool {
	for k := range m {
		if strings.Contains(k, part) {
			return true
		}
	}
	return false
}
