package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// writeCorpus writes a folder of n good articles and one broken file.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf("date 2020-%02d Artikel %d over Marokko\n\nDe Marokkaanse regering zweeg over spionage nummer %d.\n", i%12+1, i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "kapot.txt"), []byte("geen datum hier\n"), 0o600)
	return dir
}

func TestOpenCorpusFolderLoadsInTheBackgroundAndReports(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	dir := writeCorpus(t, 30)

	m.loadFolder(dir)
	if m.session.Library() != seed {
		t.Fatal("the window switched before the folder was loaded")
	}
	h.runUntil(t, func() bool { return m.loader.done })

	lib := m.session.Library()
	if lib == seed || lib.Corpus().Len() != 30 {
		t.Fatalf("after loading, the window shows %d articles, want the folder's 30", lib.Corpus().Len())
	}
	if m.session.Total() != 30 || m.count.String() != "30 artikelen" {
		t.Errorf("results %d, count %q", m.session.Total(), m.count.String())
	}
	if _, ok := m.session.Doc(m.State().OpenID()); !ok {
		t.Errorf("the open article %q is not in the new corpus", m.State().OpenID())
	}
	if m.report == nil {
		t.Fatal("no report")
	}
	var texts []string
	for _, o := range m.Window().Canvas().Overlays().List() {
		for _, l := range objectsOfType[*widget.Label](o) {
			texts = append(texts, l.Text)
		}
	}
	report := strings.Join(texts, "\n")
	if !strings.Contains(report, "30 artikelen") || !strings.Contains(report, "kapot.txt:1: ") {
		t.Errorf("the report does not name the broken file with its line:\n%s", report)
	}
	if got := a.Preferences().String(preferenceCorpus); got != dir {
		t.Errorf("remembered corpus %q, want %q", got, dir)
	}
	if !strings.Contains(m.Window().Title(), filepath.Base(dir)) {
		t.Errorf("title %q does not name the folder", m.Window().Title())
	}

	m.backToBuiltin()
	if m.session.Library() != seed || m.session.Total() != 4 || a.Preferences().String(preferenceCorpus) != "" {
		t.Errorf("back to the built-in corpus: %d results, corpus pref %q", m.session.Total(), a.Preferences().String(preferenceCorpus))
	}
}

func TestOpenCorpusFolderCanBeCancelled(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	m.loadFolder(writeCorpus(t, 300))
	m.loader.cancel() // as the Cancel button does
	h.runUntil(t, func() bool { return m.loader.done })
	if m.session.Library() != seed {
		t.Errorf("a cancelled load replaced the corpus")
	}
	if a.Preferences().String(preferenceCorpus) != "" {
		t.Errorf("a cancelled load was remembered")
	}
}

func TestMissingFolderSaysSo(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	m.loadFolder(filepath.Join(t.TempDir(), "bestaat-niet"))
	h.runUntil(t, func() bool { return m.loader.done })
	if m.session.Library() != seed {
		t.Errorf("a missing folder replaced the corpus")
	}
	var texts []string
	for _, o := range m.Window().Canvas().Overlays().List() {
		for _, l := range objectsOfType[*widget.Label](o) {
			texts = append(texts, l.Text)
		}
	}
	if !strings.Contains(strings.Join(texts, "\n"), "De map kon niet worden geopend") {
		t.Errorf("no error shown; the overlays read %q", texts)
	}
}

// TestRememberedCollectionReopensWithItsArticle restarts with a corpus
// folder, or a dossier file, remembered: it loads in the background and its
// last article comes back.
func TestRememberedCollectionReopensWithItsArticle(t *testing.T) {
	for _, kind := range []string{"folder", "dossier"} {
		t.Run(kind, func(t *testing.T) {
			a := test.NewTempApp(t)
			seed := seedLibrary(t)
			first, h := openWindow(t, a, seed)
			path := writeCorpus(t, 12)
			if kind == "dossier" {
				path = packDossier(t, 12)
			}
			first.OpenArgs([]string{path})
			h.runUntil(t, func() bool { return first.loader.done })
			first.State().OpenArticle("a007")
			first.Window().Close()

			again := make(handBack, 1000)
			m := New(a, seed, Options{syncSearch: true, do: again.do})
			t.Cleanup(func() { closeWindow(a, m.Window()) })
			if m.loader == nil || m.loader.from.path != path {
				t.Fatalf("the remembered %s is not being loaded", kind)
			}
			again.runUntil(t, func() bool { return m.loader.done })
			if m.session.Library().Corpus().Len() != 12 || m.State().OpenID() != "a007" {
				t.Errorf("after the restart: %d articles, article %q open; want the %s's 12 and a007", m.session.Library().Corpus().Len(), m.State().OpenID(), kind)
			}
		})
	}
}

// overlayTexts are the texts of the labels on the window's overlays: the
// dialogs.
func overlayTexts(m *MainWindow) string {
	var texts []string
	for _, o := range m.Window().Canvas().Overlays().List() {
		for _, l := range objectsOfType[*widget.Label](o) {
			texts = append(texts, l.Text)
		}
	}
	return strings.Join(texts, "\n")
}

// TestOpenArgsFolderThenLink starts as `dossier FOLDER '#q=…&doc=…'` does:
// the folder loads in the background, then the link's view is shown in it,
// naming one of its articles.
func TestOpenArgsFolderThenLink(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	dir := writeCorpus(t, 12)
	t.Chdir(filepath.Dir(dir))

	m.OpenArgs([]string{filepath.Base(dir), "#q=marokko&doc=a007"}) // a relative path
	if m.loader == nil || m.loader.done {
		t.Fatal("the folder is not loading")
	}
	if m.State().Query() != "" {
		t.Errorf("the link was applied before its folder loaded (query %q)", m.State().Query())
	}
	h.runUntil(t, func() bool { return m.loader.done })
	if m.session.Library().Corpus().Len() != 12 {
		t.Fatalf("the window shows %d articles, want the folder's 12", m.session.Library().Corpus().Len())
	}
	if m.State().OpenID() != "a007" || m.State().Query() != "marokko" {
		t.Errorf("after loading: article %q, query %q; want the link's a007 and marokko", m.State().OpenID(), m.State().Query())
	}
	if got := a.Preferences().String(preferenceCorpus); got != dir {
		t.Errorf("remembered corpus %q, want the absolute %q", got, dir)
	}
}

func TestOpenArgsLinkAlone(t *testing.T) {
	for _, link := range []string{"#q=pegasus&c=MA", "http://127.0.0.1:8080/#q=pegasus&c=MA", "q=pegasus&c=MA"} {
		a := test.NewTempApp(t)
		m, _ := openWindow(t, a, seedLibrary(t))
		m.OpenArgs([]string{link})
		if m.loader != nil {
			t.Errorf("%q started loading a folder", link)
		}
		if m.State().Query() != "pegasus" || len(m.State().Countries()) != 1 {
			t.Errorf("%q: query %q, countries %v", link, m.State().Query(), m.State().Countries())
		}
		if texts := overlayTexts(m); texts != "" {
			t.Errorf("%q showed a dialog: %s", link, texts)
		}
	}
}

// TestOpenArgsBadPathsSaySo: a missing folder, a file and a second folder
// each get a sentence in one error dialog; the window shows the built-in
// articles, or the one folder that could be opened.
func TestOpenArgsBadPathsSaySo(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	dir, other := writeCorpus(t, 3), writeCorpus(t, 4)
	missing := filepath.Join(t.TempDir(), "bestaat-niet")
	file := filepath.Join(dir, "a001.txt")

	m.OpenArgs([]string{missing, file, dir, other, ""})
	texts := overlayTexts(m)
	for _, want := range []string{
		"Dossier kon niet alles openen waarmee het werd gestart",
		"De map ‘" + missing + "’ bestaat niet.",
		"‘" + file + "’ is geen map en geen dossierbestand.",
		"Dossier opent één map of dossierbestand tegelijk; ‘" + other + "’ is overgeslagen.",
	} {
		if !strings.Contains(texts, want) {
			t.Errorf("the dialog lacks %q; the overlays read:\n%s", want, texts)
		}
	}
	h.runUntil(t, func() bool { return m.loader.done })
	if m.session.Library().Corpus().Len() != 3 {
		t.Errorf("the window shows %d articles, want the first folder's 3", m.session.Library().Corpus().Len())
	}

	// Nothing but bad paths: the built-in articles stay, and nothing loads.
	m2, _ := openWindow(t, test.NewTempApp(t), seed)
	m2.OpenArgs([]string{missing})
	if m2.loader != nil || m2.session.Library() != seed || !strings.Contains(overlayTexts(m2), "bestaat niet") {
		t.Errorf("a missing folder: loader %v, overlays %q", m2.loader, overlayTexts(m2))
	}
}

// TestOpenArgsReplacesTheRememberedFolder: a folder on the command line wins
// over the one opened last, whose load is cancelled.
func TestOpenArgsReplacesTheRememberedFolder(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	remembered, given := writeCorpus(t, 5), writeCorpus(t, 7)
	a.Preferences().SetString(preferenceCorpus, remembered)
	a.Preferences().SetInt(preferenceVersion, 1)

	h := make(handBack, 1000)
	m := New(a, seed, Options{syncSearch: true, do: h.do})
	t.Cleanup(func() { closeWindow(a, m.Window()) })
	restoring := m.loader
	if restoring == nil || restoring.from.path != remembered {
		t.Fatal("the remembered folder is not loading")
	}
	m.OpenArgs([]string{given})
	h.runUntil(t, func() bool { return m.loader.done && restoring.done })
	if m.session.Library().Corpus().Len() != 7 || a.Preferences().String(preferenceCorpus) != given {
		t.Errorf("the window shows %d articles and remembers %q; want the given folder's 7",
			m.session.Library().Corpus().Len(), a.Preferences().String(preferenceCorpus))
	}
}

// TestCancelClosesTheDialogAtOnce: Cancel does not wait for the loading
// goroutine to notice; what it hands back later is dropped, even a finished
// load.
func TestCancelClosesTheDialogAtOnce(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	m.loadFolder(writeCorpus(t, 20))
	if !strings.Contains(overlayTexts(m), "Corpus openen") {
		t.Fatalf("no loading dialog; overlays %q", overlayTexts(m))
	}
	for len(h) == 0 { // let the goroutine finish, its result still queued
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	m.loader.cancel()
	if texts := overlayTexts(m); strings.Contains(texts, "Corpus openen") {
		t.Errorf("the dialog is still open after Cancel: %q", texts)
	}
	h.runUntil(t, func() bool { return m.loader.done })
	if m.session.Library() != seed || m.report != nil {
		t.Errorf("a load finished before Cancel was handled was shown anyway")
	}
}
