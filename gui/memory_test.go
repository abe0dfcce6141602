package gui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestBookmarksPersistAcrossWindows(t *testing.T) {
	a := test.NewTempApp(t)
	lib := seedLibrary(t)
	m, _ := openWindow(t, a, lib)
	macron, cia := "003_0df74ff2f132de6e", "000_ff3dc8e55b17b03b"

	rows := rowsInScreenOrder(m)
	test.Tap(rows[0].star) // the Macron article, newest first
	m.State().OpenArticle(cia)
	m.Window().Canvas().(fyne.Shortcutable).TypedShortcut(shortcutBookmark) // Ctrl+D on the open article
	if got := m.State().Bookmarks(); !slices.Equal(got, []string{cia, macron}) {
		t.Fatalf("bookmarks = %v, want the CIA and Macron articles", got)
	}
	if name := rowsInScreenOrder(m)[0].star.Icon.Name(); !strings.Contains(name, "star.svg") {
		t.Errorf("the first row's star is %q, not the filled star", name)
	}

	test.Tap(m.bookmarks) // the "Bladwijzers" filter
	if m.session.Total() != 2 || chipLabels(m.chips.Chips())[0] != "Bladwijzers" {
		t.Errorf("the bookmarks filter shows %d articles and chips %v", m.session.Total(), chipLabels(m.chips.Chips()))
	}
	test.Type(m.search, "pegasus")
	if m.session.Total() != 1 {
		t.Errorf("\"pegasus\" among the bookmarks finds %d, want 1", m.session.Total())
	}
	m.Window().Close()

	again, _ := openWindow(t, a, lib)
	if got := again.State().Bookmarks(); !slices.Equal(got, []string{cia, macron}) {
		t.Errorf("after a restart the bookmarks are %v", got)
	}
	if got := again.State().OpenID(); got != cia {
		t.Errorf("after a restart the open article is %q, want the last one read, %q", got, cia)
	}
	if got := a.Preferences().StringList(preferenceBookmarks); len(got) != 2 {
		t.Errorf("preference %q = %v", preferenceBookmarks, got)
	}
}

func TestScrollPositionAndTextSizeAreRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	lib := seedLibrary(t)
	m, _ := openWindow(t, a, lib)
	m.Window().Resize(fyne.NewSize(1280, 500))
	m.reader.scrollPage(true)
	offset := m.reader.scroll.Offset.Y
	m.SetTextSize(21)
	m.Window().Close() // closing saves at once

	again, _ := openWindow(t, a, lib)
	again.Window().Resize(fyne.NewSize(1280, 500))
	if again.TextSize() != 21 {
		t.Errorf("text size after a restart = %v, want 21", again.TextSize())
	}
	if offset <= 0 || again.reader.scroll.Offset.Y != offset {
		t.Errorf("scroll after a restart = %v, want %v", again.reader.scroll.Offset.Y, offset)
	}
}

// TestMemorySurvivesLostPreferences plays a kill in the middle of Fyne's
// preferences write, which leaves them empty at the next start: the atomic
// copy brings everything back.
func TestMemorySurvivesLostPreferences(t *testing.T) {
	dir := t.TempDir()
	a := test.NewTempApp(t)
	m := New(a, seedLibrary(t), Options{syncSearch: true, MemoryDir: dir, NoRestoreCorpus: true})
	m.State().ToggleBookmark("002_cb3a6902d3015a5d")
	m.SetThemeMode(ThemeDark)
	m.Window().Close()
	if _, err := os.Stat(filepath.Join(dir, memoryFile)); err != nil {
		t.Fatalf("no atomic copy: %v", err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}

	fresh := test.NewTempApp(t) // preferences lost
	again := New(fresh, seedLibrary(t), Options{syncSearch: true, MemoryDir: dir, NoRestoreCorpus: true})
	defer again.Window().Close()
	if !again.State().IsBookmarked("002_cb3a6902d3015a5d") || again.ThemeMode() != ThemeDark {
		t.Errorf("after losing the preferences: bookmarks %v, theme %q", again.State().Bookmarks(), again.ThemeMode())
	}

	// A torn copy (not possible through writeFileAtomic, but a disk can lie)
	// is ignored in favour of the preferences.
	os.WriteFile(filepath.Join(dir, memoryFile), []byte(`{"version": 99, "bookm`), 0o600)
	if got := loadMemory(fresh.Preferences(), dir); got.Version == 99 {
		t.Errorf("a torn copy was read: %+v", got)
	}
}

func TestWriteFileAtomicReplaces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.json")
	for _, data := range []string{"one", "two"} {
		if err := writeFileAtomic(path, []byte(data)); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(path); string(got) != data {
			t.Errorf("file holds %q, want %q", got, data)
		}
	}
}

// TestTheArticleReadLastIsRestoredFromAFilteredList: an article opened
// from a filtered list (a query, a country, the bookmarks, with the list
// moving under it) is the one shown after a restart, where no filter is set.
func TestTheArticleReadLastIsRestoredFromAFilteredList(t *testing.T) {
	for _, open := range []struct {
		name string
		do   func(m *MainWindow)
	}{
		{"a row tapped in a searched list", func(m *MainWindow) {
			test.Type(m.search, "hackers")
			m.list.Select(1)
		}},
		{"Down through a country filter", func(m *MainWindow) {
			m.state.AddCountry("CN")
			m.window.Canvas().Focus(m.search)
			m.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
			m.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		}},
		{"the bookmarks filter, then its filter cleared", func(m *MainWindow) {
			m.state.ToggleBookmark("002_cb3a6902d3015a5d")
			m.state.SetBookmarksOnly(true)
			m.list.Select(0)
			m.state.ClearFilters()
		}},
	} {
		t.Run(open.name, func(t *testing.T) {
			dir := t.TempDir()
			a := test.NewTempApp(t)
			m := New(a, seedLibrary(t), Options{syncSearch: true, MemoryDir: dir, NoRestoreCorpus: true})
			m.Window().Resize(fyne.NewSize(1280, 800))
			open.do(m)
			want := m.State().OpenID()
			if want == "" || want == seedLibrary(t).Corpus().Docs()[0].ID {
				t.Fatalf("the test opened %q, not an article other than the newest", want)
			}
			m.Window().Close()

			again := New(a, seedLibrary(t), Options{syncSearch: true, MemoryDir: dir, NoRestoreCorpus: true})
			defer again.Window().Close()
			if got := again.State().OpenID(); got != want {
				t.Errorf("after a restart the open article is %q, want %q", got, want)
			}
		})
	}
}
