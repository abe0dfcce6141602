package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The window's shortcuts. Ctrl is Cmd on macOS.
var (
	shortcutSearch        = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSearchK       = &desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutQuickOpen     = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutLarger        = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutLargerShift   = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutLargerPlus    = &desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSmaller       = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutDefaultSize   = &desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutNextMatch     = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPreviousMatch = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutBookmark      = &desktop.CustomShortcut{KeyName: fyne.KeyD, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutOpenCorpus    = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutClearFilters  = &desktop.CustomShortcut{KeyName: fyne.KeyX, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutStrip         = &desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// shortcutActions maps every shortcut to what it does, for the canvas and
// for the search bar, which is given shortcuts before the canvas.
func (m *MainWindow) shortcutActions() map[string]func() {
	actions := map[string]func(){
		shortcutSearch.ShortcutName():        m.focusSearch,
		shortcutSearchK.ShortcutName():       m.focusSearch,
		shortcutQuickOpen.ShortcutName():     m.showQuickOpen,
		shortcutLarger.ShortcutName():        func() { m.stepTextSize(true) },
		shortcutLargerShift.ShortcutName():   func() { m.stepTextSize(true) },
		shortcutLargerPlus.ShortcutName():    func() { m.stepTextSize(true) },
		shortcutSmaller.ShortcutName():       func() { m.stepTextSize(false) },
		shortcutDefaultSize.ShortcutName():   func() { m.SetTextSize(defaultTextSize) },
		shortcutNextMatch.ShortcutName():     func() { m.reader.stepMatch(true) },
		shortcutPreviousMatch.ShortcutName(): func() { m.reader.stepMatch(false) },
		shortcutBookmark.ShortcutName():      func() { m.state.ToggleBookmark(m.state.OpenID()) },
		shortcutClearFilters.ShortcutName():  m.state.ClearFilters,
		shortcutStrip.ShortcutName():         m.toggleStrip,
	}
	if !fyne.CurrentDevice().IsBrowser() {
		actions[shortcutOpenCorpus.ShortcutName()] = m.openCorpusFolder
	}
	// Ctrl+C reaches the window only when no entry has the focus, as after
	// selecting in the reader; a focused search bar copies its own text.
	actions[(&fyne.ShortcutCopy{}).ShortcutName()] = m.copySelection
	return actions
}

// copySelection puts the text selected in the reader on the clipboard.
func (m *MainWindow) copySelection() {
	if s := m.reader.Selection(); s != "" {
		m.app.Clipboard().SetContent(s)
	}
}

func (m *MainWindow) addShortcuts() {
	for _, s := range []*desktop.CustomShortcut{shortcutSearch, shortcutSearchK, shortcutQuickOpen,
		shortcutLarger, shortcutLargerShift, shortcutLargerPlus, shortcutSmaller, shortcutDefaultSize,
		shortcutNextMatch, shortcutPreviousMatch, shortcutBookmark, shortcutOpenCorpus, shortcutClearFilters, shortcutStrip} {
		m.window.Canvas().AddShortcut(s, m.typedShortcut)
	}
	m.window.Canvas().AddShortcut(&fyne.ShortcutCopy{}, m.typedShortcut)
	m.addBrowserHooks()
}

// typedShortcut runs a shortcut of the window, wherever it was typed.
func (m *MainWindow) typedShortcut(s fyne.Shortcut) {
	if action, ok := m.shortcutActions()[s.ShortcutName()]; ok {
		action()
	}
}

// focusSearch puts the cursor in the search bar with its text selected, so
// that typing replaces the query.
func (m *MainWindow) focusSearch() {
	m.window.Canvas().Focus(m.search)
	m.search.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// typedKey handles keys that reach the window, or that the search bar and
// the list pass on: moving through the results, opening one, paging the
// reader, stepping through the matches and clearing the query.
func (m *MainWindow) typedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyUp, fyne.KeyDown:
		m.list.step(e.Name == fyne.KeyDown)
	case fyne.KeyReturn, fyne.KeyEnter:
		m.list.openFirstUnlessListed()
	case fyne.KeyPageDown, fyne.KeySpace:
		m.reader.scrollPage(true)
	case fyne.KeyPageUp:
		m.reader.scrollPage(false)
	case fyne.KeyHome:
		m.reader.scrollTo(0)
	case fyne.KeyEnd:
		m.reader.scrollTo(m.reader.blocks.MinSize().Height)
	case fyne.KeyF3:
		m.reader.stepMatch(true)
	case fyne.KeyF1:
		m.showShortcuts()
	case fyne.KeyEscape:
		m.state.SetQuery("")
		m.focusSearch()
	}
}

// typedRune makes "/" go to the search bar, as on many web sites.
func (m *MainWindow) typedRune(r rune) {
	if r == '/' {
		m.focusSearch()
	}
}
