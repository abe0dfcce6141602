package gui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/corpus/library"
)

// TestLookAtMatchNotesAndSearchHelp draws, for a person to look at, the
// window with partial results and rows that say how their words matched,
// and with Help › Zoeken open, at 800×600 and 1920×1080, light and dark,
// in Dutch and English; and the kept collections of the browser build. It writes PNGs only when DOSSIER_LOOK_DIR names a
// folder: `DOSSIER_LOOK_DIR=/tmp/look go test ./gui/ -run LookAt`.
func TestLookAtMatchNotesAndSearchHelp(t *testing.T) {
	dir := os.Getenv("DOSSIER_LOOK_DIR")
	if dir == "" {
		t.Skip("set DOSSIER_LOOK_DIR to a folder to draw the pictures in")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, language := range []string{"nl", "en"} {
		for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
			for _, size := range []fyne.Size{{Width: 800, Height: 600}, {Width: 1920, Height: 1080}} {
				name := fmt.Sprintf("%s-%s-%.0fx%.0f", language, mode, size.Width, size.Height)
				t.Run(name, func(t *testing.T) {
					if language != "nl" {
						inLanguage(t, language)
					}
					a := test.NewTempApp(t)
					h := make(handBack, 10000)
					m := New(a, seedLibrary(t), Options{syncSearch: true, NoRestoreCorpus: true, do: h.do, search: partialSearch})
					t.Cleanup(func() { closeWindow(a, m.Window()) })
					m.SetThemeMode(mode)
					m.Window().Resize(size)
					m.State().SetQuery("hackers xyz")
					first, _ := m.session.Hit(0)
					m.State().OpenArticle(first.Doc.ID)
					save(t, filepath.Join(dir, "partial-"+name+".png"), m)
					m.showSearchHelp()
					save(t, filepath.Join(dir, "help-"+name+".png"), m)
					closeOverlays(m)
					m.showKeptDialog(lookShelf(t), func(keptEntry) {}, func(keptEntry) {})
					save(t, filepath.Join(dir, "kept-"+name+".png"), m)

					s := newStarting(a, func() (*library.Library, error) { return seedLibrary(t), nil }, Options{do: h.do})
					t.Cleanup(func() { closeWindow(a, s.Window()) })
					s.SetThemeMode(mode)
					s.Window().Resize(size)
					save(t, filepath.Join(dir, "starting-"+name+".png"), s)
					s.showStartingCollection(collection{name: "spionage-2018-2024.dossier"}, func() {})
					s.startingProgress()("published.stage.download", 45, 100)
					for len(h) > 0 {
						(<-h)()
					}
					save(t, filepath.Join(dir, "starting-dossier-"+name+".png"), s)
				})
			}
		}
	}
}

func save(t *testing.T, path string, m *MainWindow) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, m.Window().Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// lookShelf is a shelf of two kept collections, the first of them open.
func lookShelf(t *testing.T) keptShelf {
	k := testKeeper(newFakeStore(10_000_000))
	added := time.Date(2026, 12, 7, 10, 0, 0, 0, time.Local)
	for _, e := range []struct {
		entry keptEntry
		size  int
	}{
		{keptEntry{ID: "a", Name: "spionage-2018-2024.dossier", Kind: keptDossier, Articles: 10000, Added: added}, 5_280_000},
		{keptEntry{ID: "b", Name: "mijn-artikelen", Kind: keptFolder, Articles: 43, Added: added.AddDate(0, 0, -3)}, 96_000},
	} {
		if err := k.keep(e.entry, make([]byte, e.size)); err != nil {
			t.Fatal(err)
		}
	}
	shelf, err := readKeptShelf(k, keptEntry{ID: "a", Name: "spionage-2018-2024.dossier"}.key())
	if err != nil {
		t.Fatal(err)
	}
	return shelf
}

func closeOverlays(m *MainWindow) {
	for o := m.Window().Canvas().Overlays().Top(); o != nil; o = m.Window().Canvas().Overlays().Top() {
		m.Window().Canvas().Overlays().Remove(o)
	}
}
