package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

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

// TestRememberedFolderReopensWithItsArticle restarts with a corpus folder
// remembered: it loads in the background and its last article comes back.
func TestRememberedFolderReopensWithItsArticle(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	dir := writeCorpus(t, 12)
	first, h := openWindow(t, a, seed)
	first.loadFolder(dir)
	h.runUntil(t, func() bool { return first.loader.done })
	first.State().OpenArticle("a007")
	first.Window().Close()

	again := make(handBack, 1000)
	m := New(a, seed, Options{do: again.do})
	t.Cleanup(func() { closeWindow(a, m.Window()) })
	if m.loader == nil {
		t.Fatal("the remembered folder is not being loaded")
	}
	again.runUntil(t, func() bool { return m.loader.done })
	if m.session.Library().Corpus().Len() != 12 || m.State().OpenID() != "a007" {
		t.Errorf("after the restart: %d articles, article %q open; want the folder's 12 and a007", m.session.Library().Corpus().Len(), m.State().OpenID())
	}
}
