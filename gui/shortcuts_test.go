package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

func TestClearFiltersShortcut(t *testing.T) {
	m, _, _ := openSeed(t)
	m.state.SetQuery("cia")
	m.state.AddCountry("US")
	m.state.SetBookmarksOnly(true)
	m.window.Canvas().Focus(m.search)
	m.search.TypedShortcut(shortcutClearFilters) // the search bar has the focus, as it mostly has
	if m.state.HasFilters() || m.state.Query() != "cia" {
		t.Errorf("Ctrl+Shift+X left filters %v, query %q (the query stays)", m.state.HasFilters(), m.state.Query())
	}
}

// TestTheStripFoldsAway: Ctrl+Shift+M gives the reader the window's height,
// and the choice is remembered.
func TestTheStripFoldsAway(t *testing.T) {
	m, _, _ := openSeed(t)
	tall := m.reader.Size().Height
	m.typedShortcut(shortcutStrip)
	if m.StripShown() || onCanvas(m, m.timeline) {
		t.Fatal("the strip is still on screen")
	}
	if h := m.reader.Size().Height; h < tall+150 {
		t.Errorf("without the strip the reader is %v dp tall, with it %v", h, tall)
	}
	if !m.mem.StripHidden {
		t.Error("the folded strip is not remembered")
	}
	m.typedShortcut(shortcutStrip)
	if !m.StripShown() || !onCanvas(m, m.timeline) || m.reader.Size().Height != tall {
		t.Errorf("after showing the strip again: shown %v, reader %v dp tall (was %v)", m.StripShown(), m.reader.Size().Height, tall)
	}
}

// onCanvas reports whether o is part of what the window draws.
func onCanvas(m *MainWindow, o fyne.CanvasObject) bool {
	for _, each := range objectsUnder(m.window.Content()) {
		if each == o {
			return true
		}
	}
	return false
}

// TestHelpListsTheShortcuts: F1 shows every shortcut with what it does, in
// the interface's language, and none of the keys is left untranslated.
func TestHelpListsTheShortcuts(t *testing.T) {
	m, _, _ := openSeed(t)
	m.window.Canvas().Focus(m.search) // where the focus mostly is
	m.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	if m.shortcutsDialog == nil {
		t.Fatal("F1 showed no shortcuts")
	}
	var texts []string
	for _, l := range objectsOfType[*widget.Label](m.window.Canvas().Overlays().Top()) {
		texts = append(texts, l.Text)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Ctrl+Shift+X", "Alle filters wissen", "Spatie", "Tijdlijn: periode toepassen", "Ctrl+Shift+M"} {
		if !strings.Contains(all, want) {
			t.Errorf("the shortcuts list lacks %q", want)
		}
	}
	if strings.Contains(all, "help.") || strings.Contains(all, "keys.") || strings.Contains(all, "{") {
		t.Errorf("an untranslated key in the list:\n%s", all)
	}
}
