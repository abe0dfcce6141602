package gui

import (
	"context"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/library"
)

// generatedLibraries caches generated libraries per size for the tests and
// benchmarks of one test binary.
var generatedLibraries sync.Map // int -> func() (*library.Library, error)

func generatedLibrary(tb testing.TB, n int) *library.Library {
	tb.Helper()
	once, _ := generatedLibraries.LoadOrStore(n, sync.OnceValues(func() (*library.Library, error) {
		docs, err := gen.Documents(n, 1)
		if err != nil {
			return nil, err
		}
		c, _ := corpus.New(docs)
		return library.Open(context.Background(), c, library.Options{})
	}))
	lib, err := once.(func() (*library.Library, error))()
	if err != nil {
		tb.Fatal(err)
	}
	return lib
}

func TestResultsAreFetchedAPageAtATime(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := openWindow(t, a, generatedLibrary(t, 3000))
	if m.session.Total() != 3000 || m.list.Length() != 3000 {
		t.Fatalf("total %d, list length %d, want 3000", m.session.Total(), m.list.Length())
	}
	if n := m.session.PagesFetched(); n != 1 {
		t.Errorf("%d pages fetched at start, want 1", n)
	}
	if rows := len(objectsOfType[*resultRow](m.list)); rows > 20 {
		t.Errorf("the list built %d rows for a window that shows a few", rows)
	}
	m.list.ScrollTo(2500)
	if n := m.session.PagesFetched(); n < 2 || n > 4 {
		t.Errorf("after scrolling to hit 2500, %d pages fetched, want the first and a few around it", n)
	}
	hit, ok := m.session.Hit(2500)
	if !ok || hit.Doc == nil {
		t.Fatal("no hit 2500")
	}
	m.list.Select(2500)
	if m.State().OpenID() != hit.Doc.ID {
		t.Errorf("selecting row 2500 opened %q, want %q", m.State().OpenID(), hit.Doc.ID)
	}
	// Down from there fetches on as needed.
	m.list.step(true)
	if next, _ := m.session.Hit(2501); m.State().OpenID() != next.Doc.ID {
		t.Errorf("Down from 2500 opened %q, want hit 2501", m.State().OpenID())
	}
}
