//go:build !js

package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

func TestDroppedFolderOrDossierOpens(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)

	dir := writeCorpus(t, 5)
	m.openDropped([]fyne.URI{storage.NewFileURI(dir)})
	h.runUntil(t, func() bool { return m.loader != nil && m.loader.done })
	if got := m.session.Library().Corpus().Len(); got != 5 {
		t.Errorf("after dropping a folder of 5 articles the window shows %d", got)
	}

	closeOverlays(m)
	missing := filepath.Join(t.TempDir(), "weg.dossier")
	m.openDropped([]fyne.URI{storage.NewFileURI(missing)})
	h.runUntil(t, func() bool { return m.loader.done })
	if texts := windowTexts(m); !strings.Contains(texts, "Het dossierbestand kon niet worden geopend") {
		t.Errorf("a dropped dossier that is not there was not reported as a dossier:\n%s", texts)
	}
}

func TestDroppingSomethingElseSaysWhatItTakes(t *testing.T) {
	article := filepath.Join(t.TempDir(), "artikel.txt")
	if err := os.WriteFile(article, []byte("date 2020-01\n\nTekst.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, items := range map[string][]fyne.URI{
		"an article file": {storage.NewFileURI(article)},
		"two folders":     {storage.NewFileURI(t.TempDir()), storage.NewFileURI(t.TempDir())},
		"nothing":         nil,
	} {
		t.Run(name, func(t *testing.T) {
			a := test.NewTempApp(t)
			seed := seedLibrary(t)
			m, _ := openWindow(t, a, seed)
			m.openDropped(items)
			if m.loader != nil {
				t.Errorf("dropping %s started a load", name)
			}
			if texts := windowTexts(m); !strings.Contains(texts, "Sleep één map met artikelen of één dossierbestand") {
				t.Errorf("dropping %s did not say what the window takes:\n%s", name, texts)
			}
			if m.session.Library() != seed {
				t.Errorf("dropping %s changed the collection", name)
			}
		})
	}
}
