package gui

import (
	"context"
	"slices"
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
	if n := len(m.session.pages); n != 1 {
		t.Errorf("%d pages fetched at start, want 1", n)
	}
	if rows := len(objectsOfType[*resultRow](m.list)); rows > 20 {
		t.Errorf("the list built %d rows for a window that shows a few", rows)
	}
	m.list.ScrollTo(2500)
	if _, ok := m.session.pages[2500/resultPage]; !ok || len(m.session.pages) > 4 {
		t.Errorf("after scrolling to hit 2500, pages %d fetched of %v", 2500/resultPage, len(m.session.pages))
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

func TestSessionGivesEveryViewTheSameResult(t *testing.T) {
	s := NewState()
	se := newSession(seedLibrary(t), s, "nl")
	var seen []Change
	se.OnChanged(func(c Change) { seen = append(seen, c) })

	s.SetQuery("china")
	if len(seen) != 1 || !seen[0].Has(ChangeResult) {
		t.Fatalf("a new query notified %v, want one change with a new result", seen)
	}
	counts, _ := se.MapData()
	span, months, background, _, _ := se.TimelineData()
	total := months.Total()
	if se.Total() != 3 || total != 3 || counts["CN"] != 3 {
		t.Errorf("\"china\": %d hits, %d in the timeline, China %d on the map; want 3 everywhere", se.Total(), total, counts["CN"])
	}
	if span[0] != (corpus.Month{Year: 2018, Month: 2}) || span[1] != (corpus.Month{Year: 2021, Month: 7}) || background.Get(corpus.Month{Year: 2018, Month: 12}) != 2 {
		t.Errorf("timeline span %v, background %v", span, background)
	}

	s.OpenArticle("003_0df74ff2f132de6e")
	if c := seen[len(seen)-1]; c.Has(ChangeResult) {
		t.Errorf("opening an article searched again")
	}
	s.AddCountry("CN")
	if _, sel := se.MapData(); len(sel) != 1 || sel[0] != "CN" {
		t.Errorf("the map's selection is %v", sel)
	}
}

func TestHighlightsMarkWhatTheSearchMatched(t *testing.T) {
	s := NewState()
	se := newSession(seedLibrary(t), s, "nl")
	for _, tt := range []struct {
		query, id string
		want      []string // among the marked words of the paragraphs
	}{
		{"pegasis", "003_0df74ff2f132de6e", []string{"Pegasus"}},
		{"hacker ", "001_3ad7682215385845", []string{"hackers"}},
		{"kernk", "002_cb3a6902d3015a5d", []string{"kernkoppen"}},
		{"Frankrijk", "003_0df74ff2f132de6e", []string{"Franse"}},
		{"", "003_0df74ff2f132de6e", nil},
	} {
		s.SetQuery(tt.query)
		doc, _ := se.Doc(tt.id)
		hl := se.Highlights(tt.id)
		var got []string
		for i, spans := range hl.Paragraphs {
			runes := []rune(doc.Paragraphs[i].Text)
			for _, sp := range spans {
				got = append(got, string(runes[sp[0]:sp[1]]))
			}
		}
		if tt.want == nil && (got != nil || hl.Title != nil) {
			t.Errorf("%q marks %q in %s", tt.query, got, tt.id)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q in %s marks %q, want %q among them", tt.query, tt.id, got, w)
			}
		}
	}
}
