package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestFolderArchiveOpensAFolderFromMemory opens a folder of articles held
// in memory, as the browser does with a folder the reader chose: its
// articles load, a broken file is reported by its path inside the folder,
// and the key, not a path on disk, is remembered.
func TestFolderArchiveOpensAFolderFromMemory(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	archive, err := folderArchive(map[string][]byte{
		"2019/macron.txt": []byte("date 2019-05 Macron en Pegasus\n\nDe Marokkaanse dienst luisterde mee.\n"),
		"2020/eu.txt":     []byte("date 2020-02 De EU en China\n\nDiplomaten werden bespioneerd.\n"),
		"2020/kapot.txt":  []byte("geen datum hier\n"),
		"lees mij.md":     []byte("geen artikel"),
	})
	if err != nil {
		t.Fatal(err)
	}
	const key = "kept:abc/artikelen"
	m.load(folderArchiveCollection(key, "artikelen", archive))
	h.runUntil(t, func() bool { return m.loader.done })

	if lib := m.session.Library(); lib == seed || lib.Corpus().Len() != 2 {
		t.Fatalf("after loading, the window shows %d articles, want the folder's 2", lib.Corpus().Len())
	}
	report := overlayTexts(m)
	if !strings.Contains(report, "artikelen") || !strings.Contains("\n"+report, "\n2020/kapot.txt:1: ") {
		t.Errorf("the report does not name the broken file by its path in the folder:\n%s", report)
	}
	if got := a.Preferences().String(preferenceCorpus); got != key {
		t.Errorf("remembered corpus %q, want %q", got, key)
	}
	if !strings.HasSuffix(m.Window().Title(), "— artikelen") {
		t.Errorf("title %q does not name the folder", m.Window().Title())
	}
}

func TestFolderArchiveThatIsNoneFails(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	m.load(folderArchiveCollection("kept:x/map", "map", []byte("geen zip")))
	h.runUntil(t, func() bool { return m.loader.done })
	if m.session.Library() != seed || a.Preferences().String(preferenceCorpus) != "" {
		t.Error("a damaged archive replaced the built-in articles")
	}
}
