package gui

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/library"
)

// startWindow builds the window as the browser does (see Start), up to its
// first frame: the frame and the search bar, no library yet. The test runs
// start itself, and the work it hands back.
func startWindow(t *testing.T, seed func() (*library.Library, error), candidates ...collection) (*MainWindow, handBack) {
	t.Helper()
	a := test.NewTempApp(t)
	h := make(handBack, 10000)
	startWith := func() []func() collection {
		var out []func() collection
		for _, c := range candidates {
			out = append(out, func() collection { return c })
		}
		return out
	}
	m := newStarting(a, seed, Options{syncSearch: true, do: h.do, startWith: startWith})
	m.Window().Resize(fyne.NewSize(1280, 800))
	t.Cleanup(func() { closeWindow(a, m.Window()) })
	return m, h
}

// countedSeed opens the built-in articles and counts how often it is asked.
func countedSeed(t *testing.T) (func() (*library.Library, error), *int) {
	calls := 0
	return func() (*library.Library, error) {
		calls++
		return seedLibrary(t), nil
	}, &calls
}

// windowTexts is every label's, rich text's and button's text in the
// window and its overlays.
func windowTexts(m *MainWindow) string {
	roots := append([]fyne.CanvasObject{m.Window().Content()}, m.Window().Canvas().Overlays().List()...)
	var texts []string
	for _, root := range roots {
		for _, o := range objectsUnder(root) {
			switch w := o.(type) {
			case *widget.Label:
				texts = append(texts, w.Text)
			case *widget.RichText:
				texts = append(texts, w.String())
			case *widget.Button:
				texts = append(texts, w.Text)
			}
		}
	}
	return strings.Join(texts, "\n")
}

func TestStartShowsTheSearchBarBeforeTheArticles(t *testing.T) {
	seed, calls := countedSeed(t)
	m, h := startWindow(t, seed)

	if m.opened() || *calls != 0 {
		t.Fatalf("before the first frame: opened %v, the built-in articles opened %d times", m.opened(), *calls)
	}
	if texts := windowTexts(m); !strings.Contains(texts, "De artikelen worden geopend…") {
		t.Errorf("the first frame does not say what is opening:\n%s", texts)
	}
	if m.Window().Canvas().Focused() != m.search {
		t.Errorf("the search bar does not have the focus before the articles are there")
	}
	// The menu is there from the first frame; before the views, it does
	// nothing, rather than reach for views that are not there yet.
	for _, menu := range m.Window().MainMenu().Items {
		for _, item := range menu.Items {
			if item.Action != nil && !item.IsQuit {
				item.Action()
			}
		}
	}
	test.Type(m.search, "pegasus")

	m.start(context.Background())
	h.runUntil(t, m.opened)
	if *calls != 1 {
		t.Errorf("the built-in articles opened %d times, want once", *calls)
	}
	if got := m.session.Query().Text; got != "pegasus" {
		t.Errorf("the search typed before the articles came is %q, want %q", got, "pegasus")
	}
	if m.session.Total() == 0 || m.list == nil {
		t.Errorf("after the start: %d results, list %v", m.session.Total(), m.list)
	}
	if strings.Contains(windowTexts(m), "De artikelen worden geopend…") {
		t.Errorf("the window still says the articles are opening")
	}
	if m.Window().Canvas().Focused() != m.search {
		t.Errorf("the search bar lost the focus when the views came")
	}
}

func TestStartOpensItsCollectionInsteadOfTheBuiltinArticles(t *testing.T) {
	seed, calls := countedSeed(t)
	dir := writeCorpus(t, 12)
	c := folderCollection(dir)
	c.quiet = true
	m, h := startWindow(t, seed, c)

	m.start(context.Background())
	h.runUntil(t, m.opened)
	if got := m.session.Library().Corpus().Len(); got != 12 {
		t.Errorf("the window opened with %d articles, want the collection's 12", got)
	}
	if *calls != 0 {
		t.Errorf("the built-in articles were opened %d times for nothing", *calls)
	}
	if m.mem.Corpus != dir || !strings.Contains(m.Window().Title(), filepath.Base(dir)) {
		t.Errorf("remembered %q, title %q", m.mem.Corpus, m.Window().Title())
	}
	// Its broken file is reported, quiet as the start is.
	if m.report == nil || !strings.Contains(windowTexts(m), "kapot.txt:1: ") {
		t.Errorf("the broken file was not reported:\n%s", windowTexts(m))
	}

	m.backToBuiltin()
	if *calls != 1 || m.session.Total() != 4 {
		t.Errorf("back to the built-in articles: opened %d times, %d results", *calls, m.session.Total())
	}
}

func TestStartSaysWhyItsCollectionDidNotOpen(t *testing.T) {
	seed, _ := countedSeed(t)
	missing := folderCollection(filepath.Join(t.TempDir(), "bestaat-niet"))
	m, h := startWindow(t, seed, missing)
	m.start(context.Background())
	h.runUntil(t, m.opened)
	if m.session.Total() != 4 {
		t.Errorf("the window opened with %d results, want the 4 built-in articles", m.session.Total())
	}
	if !strings.Contains(windowTexts(m), "De map kon niet worden geopend") {
		t.Errorf("no error shown:\n%s", windowTexts(m))
	}
	if m.mem.Corpus != "" {
		t.Errorf("a collection that did not open was remembered: %q", m.mem.Corpus)
	}
}

func TestStartingCollectionCanBeSkipped(t *testing.T) {
	seed, _ := countedSeed(t)
	waiting := collection{path: "published:groot.dossier", name: "groot.dossier", quiet: true,
		open: func(ctx context.Context, progress func(string, int, int)) (*library.Library, []corpus.Problem, error) {
			progress("published.stage.download", 40, 100)
			<-ctx.Done()
			return nil, nil, ctx.Err()
		}}
	m, h := startWindow(t, seed, waiting, folderCollection(writeCorpus(t, 3)))
	go m.start(context.Background())
	h.runUntil(t, func() bool {
		return m.starting != nil && m.starting.cancel.Visible() && m.starting.progress.Visible()
	})
	texts := windowTexts(m)
	if !strings.Contains(texts, "groot.dossier wordt geopend…") {
		t.Errorf("the starting window does not name the collection:\n%s", texts)
	}
	if got := m.starting.progress.TextFormatter(); got != "Dossierbestand downloaden: 40%" {
		t.Errorf("progress reads %q", got)
	}
	test.Tap(m.starting.cancel) // the built-in articles, not the next collection
	h.runUntil(t, m.opened)
	if m.session.Total() != 4 {
		t.Errorf("after skipping, %d results, want the 4 built-in articles", m.session.Total())
	}
	if m.mem.Corpus != "" || m.Window().Canvas().Overlays().Top() != nil {
		t.Errorf("skipping was remembered (%q) or reported", m.mem.Corpus)
	}
}

func TestStartWithoutAnyArticlesSaysWhy(t *testing.T) {
	m, h := startWindow(t, func() (*library.Library, error) { return nil, errors.New("stuk") })
	m.start(context.Background())
	h.runUntil(t, func() bool { return m.starting == nil })
	if texts := windowTexts(m); !strings.Contains(texts, textLoadFailed()) || !strings.Contains(texts, "stuk") {
		t.Errorf("the window does not say the articles could not be opened:\n%s", texts)
	}
}

// TestStartTriesTheNextCollection: a kept collection whose data is gone
// gives way to the site's dossier, and the reader is told.
func TestStartTriesTheNextCollection(t *testing.T) {
	seed, calls := countedSeed(t)
	gone := folderCollection(filepath.Join(t.TempDir(), "weg"))
	dir := writeCorpus(t, 7)
	next := folderCollection(dir)
	next.quiet = true
	m, h := startWindow(t, seed, gone, next)
	m.start(context.Background())
	h.runUntil(t, m.opened)
	if got := m.session.Library().Corpus().Len(); got != 7 || *calls != 0 {
		t.Errorf("the window opened with %d articles (built-in opened %d times), want the second collection's 7", got, *calls)
	}
	if m.mem.Corpus != dir {
		t.Errorf("remembered %q, want %q", m.mem.Corpus, dir)
	}
	if texts := windowTexts(m); !strings.Contains(texts, "De map kon niet worden geopend") {
		t.Errorf("the first collection's failure was not said:\n%s", texts)
	}
}
