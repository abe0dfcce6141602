//go:build !js

package main

import (
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"dossier/corpus/dossier"
	"dossier/corpus/gen"
	"dossier/internal/e2e"
)

// ownArticles are the headlines of the reader's own collection in these
// tests: words no built-in article has.
var ownArticles = []string{"Walrusspionage", "Zeppelinfabriek", "Kabeltrommel"}

// packOwnDossier packs the articles of ownArticles into name in a folder
// of its own, as `dossier-cli pack` does.
func packOwnDossier(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	for i, word := range ownArticles {
		text := fmt.Sprintf("date 2099-%02d %s in de haven\n\nDe dienst zag %s bij de kade, zei een woordvoerder.\n", i+1, word, strings.ToLower(word))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// Generated older articles beside them, so that the pack has text
	// enough to train its compression on.
	if err := gen.WriteDir(context.Background(), dir, 40, 1); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), name)
	if n, _, err := dossier.Pack(context.Background(), dir, file, dossier.PackOptions{}); err != nil || n != len(ownArticles)+40 {
		t.Fatalf("packing: %d articles, %v", n, err)
	}
	return file
}

// fileChooser answers the page's file pickers with the file set last,
// as a reader choosing it does.
type fileChooser struct {
	mu     sync.Mutex
	file   string
	chosen chan string
}

func (s *browserSession) interceptFileChooser() *fileChooser {
	s.t.Helper()
	fc := &fileChooser{chosen: make(chan string, 4)}
	if err := chromedp.Listen(s.ctx, func(ev any) {
		opened, ok := ev.(*page.EventFileChooserOpened)
		if !ok {
			return
		}
		fc.mu.Lock()
		file := fc.file
		fc.mu.Unlock()
		go func() {
			_, err := chromedp.Call(s.ctx, dom.SetFileInputFiles, dom.SetFileInputFilesParams{Files: []string{file}, BackendNodeID: opened.BackendNodeID})
			if err != nil {
				file = "error: " + err.Error()
			}
			fc.chosen <- file
		}()
	}); err != nil {
		s.t.Fatal(err)
	}
	if _, err := chromedp.Call(s.ctx, page.SetInterceptFileChooserDialog, page.SetInterceptFileChooserDialogParams{Enabled: true}); err != nil {
		s.t.Fatal(err)
	}
	return fc
}

// choose picks the File menu's item (by a word of it) and answers its
// file picker with file.
func (s *browserSession) chooseFile(fc *fileChooser, item, file string) {
	s.t.Helper()
	fc.mu.Lock()
	fc.file = file
	fc.mu.Unlock()
	s.menuItem("web-file-menu.png", item)
	select {
	case got := <-fc.chosen:
		if got != file {
			s.t.Fatalf("the file picker was answered with %s", got)
		}
	case <-time.After(30 * time.Second):
		s.t.Fatalf("the File menu's %q opened no file picker", item)
	}
}

// menuItem opens the File menu and clicks its item that holds word.
func (s *browserSession) menuItem(shot, word string) {
	s.t.Helper()
	s.click(s.waitForWord("web-menubar.png", "Bestand").Center())
	s.click(s.waitForWord(shot, word).Center())
}

// keptList is the list of kept collections, as the page's storage holds it.
func (s *browserSession) keptList() string {
	return s.eval(`(async () => {
		try {
			const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle("dossier-kept");
			return await (await (await dir.getFileHandle("kept.json")).getFile()).text();
		} catch (e) { return "none: " + e.name; }
	})()`)
}

// TestWebBuildKeepsTheReadersCollection opens a dossier file of the
// reader's through the File menu's picker, finds it open again after a
// reload with the network off and listed among the kept collections, sees
// a collection that does not fit said plainly without losing the kept one,
// and removes it.
func TestWebBuildKeepsTheReadersCollection(t *testing.T) {
	s := startBrowserSession(t)
	own := packOwnDossier(t, "haven.dossier")
	fc := s.interceptFileChooser()

	s.open("")
	s.waitForScreen("web-own-before.png", seedListWords[:4], ownArticles)
	s.chooseFile(fc, "Dossierbestand", own)
	s.waitForScreen("web-own-opened.png", append([]string{"haven.dossier"}, ownArticles...), nil)
	if !e2e.Eventually(30*time.Second, 500*time.Millisecond, func() bool { return strings.Contains(s.keptList(), `"name":"haven.dossier"`) }) {
		t.Fatalf("the dossier was not kept: the storage lists %s", s.keptList())
	}

	// Offline once the service worker has stored the build.
	s.eval(`(async () => { await navigator.serviceWorker.ready; return "ok"; })()`)
	e2e.Eventually(60*time.Second, 500*time.Millisecond, func() bool {
		return s.eval(`caches.keys().then((k) => k.join(","))`) == "dossier-"+s.build.Version
	})
	s.reopenOffline()
	s.waitForScreen("web-own-offline.png", ownArticles, []string{"Macrons"})

	s.menuItem("web-file-menu-kept.png", "Bewaarde")
	s.waitForScreen("web-kept.png", []string{"haven.dossier", "(geopend)", "dossierbestand", "43 artikelen", "vrij"}, nil)
	s.click(s.waitForWord("web-kept-close.png", "Sluiten").Center())

	// A second collection that does not fit: the browser says 1 kB is free.
	s.eval(`navigator.storage.estimate = async () => ({ usage: 1000, quota: 2000 }); "ok"`)
	before := s.keptList()
	other := packOwnDossier(t, "groot.dossier")
	s.chooseFile(fc, "Dossierbestand", other)
	s.waitForScreen("web-quota.png", []string{"niet", "genoeg", "ruimte", "groot.dossier", "nodig", "vrij"}, nil)
	if after := s.keptList(); after != before {
		t.Errorf("a collection that did not fit changed the kept ones: %s, was %s", after, before)
	}
	// The message, and under it the report of the opened file.
	s.click(s.waitForWord("web-quota-close.png", "Sluiten").Center())
	s.click(s.waitForWord("web-quota-close-2.png", "Sluiten").Center())

	// Switching back to the kept collection: the keyboard chooses it, the
	// mouse opens it.
	s.menuItem("web-file-menu-kept-2.png", "Bewaarde")
	s.waitForScreen("web-kept-2.png", []string{"haven.dossier"}, []string{"(geopend)"})
	s.pressKey(" ")
	// Open stands left of Remove, white on blue, which Tesseract misreads.
	beside := s.waitForWord("web-kept-chosen.png", "Verwijderen")
	_, y := beside.Center()
	s.click(beside.Left-45, y)
	s.waitForScreen("web-kept-switched.png", []string{"haven.dossier is geopend"}, nil)
	s.click(s.waitForWord("web-kept-switched-close.png", "Sluiten").Center())

	// Removing the open collection, which goes back to the built-in articles.
	s.menuItem("web-file-menu-kept-3.png", "Bewaarde")
	s.waitForScreen("web-kept-3.png", []string{"haven.dossier", "(geopend)"}, nil)
	s.pressKey(" ")
	remove := s.waitForWord("web-kept-chosen-2.png", "Verwijderen")
	s.click(remove.Center())
	// The confirmation's button stands right of its Annuleren, white on
	// blue, which Tesseract reads in the whole screen only now and then
	// ("PRAIRIES"): it is read in that row alone.
	var yes e2e.Word
	if !e2e.Eventually(30*time.Second, time.Second, func() bool {
		yes = e2e.Word{}
		shot := s.screenshot("web-kept-confirm.png")
		for _, cancel := range e2e.ReadWords(t, shot) {
			if strings.Trim(cancel.Text, ".…") != "Annuleren" {
				continue
			}
			row := image.Rect(cancel.Left, cancel.Top-cancel.H, cancel.Left+cancel.W+400, cancel.Top+2*cancel.H)
			for _, w := range e2e.ReadWordsIn(t, shot, row) {
				if strings.Trim(w.Text, ".…") == "Verwijderen" && (w.Top-remove.Top > 20 || remove.Top-w.Top > 20) {
					yes = w
				}
			}
		}
		return yes.Text != ""
	}) {
		t.Fatal("no confirmation to remove: see testoutput/web-kept-confirm.png")
	}
	s.click(yes.Center())
	if !e2e.Eventually(30*time.Second, 500*time.Millisecond, func() bool { return s.keptList() == "[]" }) {
		t.Errorf("after removing it, the storage lists %s", s.keptList())
	}
	s.waitForScreen("web-kept-none.png", []string{"bewaart", "nog", "geen", "collecties"}, []string{"haven.dossier"})
	s.click(s.waitForWord("web-kept-removed-close.png", "Sluiten").Center())
	s.waitForScreen("web-kept-removed.png", seedListWords[:4], ownArticles)

	// A folder of article files, through the folder picker: its broken file
	// is reported by its path in the folder, and the folder is kept.
	s.eval(`delete navigator.storage.estimate; "ok"`)
	folder := filepath.Join(t.TempDir(), "havenmap")
	for i, word := range ownArticles {
		text := fmt.Sprintf("date 2099-%02d %s in de haven\n\nDe dienst zag %s bij de kade.\n", i+1, word, strings.ToLower(word))
		if err := os.MkdirAll(filepath.Join(folder, "2099"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(folder, "2099", fmt.Sprintf("a%d.txt", i)), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(folder, "kapot.txt"), []byte("geen datum\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s.chooseFile(fc, "Map", folder)
	s.waitForScreen("web-folder-opened.png", []string{"3 artikelen uit havenmap", "kapot.txt:1"}, nil)
	if !e2e.Eventually(30*time.Second, 500*time.Millisecond, func() bool { return strings.Contains(s.keptList(), `"name":"havenmap","kind":"folder"`) }) {
		t.Fatalf("the folder was not kept: the storage lists %s", s.keptList())
	}
	s.t = t
	if other := s.otherOrigins(); len(other) > 0 {
		t.Errorf("the app asked other origins for %q", other)
	}
}

// pressKey presses and releases one key, as chromedp names it.
func (s *browserSession) pressKey(key string) {
	s.t.Helper()
	if err := chromedp.Do(s.ctx, chromedp.KeyEvent(key), chromedp.Sleep(500*time.Millisecond)); err != nil {
		s.t.Fatal(err)
	}
}
