package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/gui/view"
)

// searchBar is where the query is typed. Results follow every keystroke;
// there is no button. Up, Down and Enter move through the results without
// leaving it, Esc clears it, and the window's shortcuts work while it has
// the focus (Fyne gives a focused entry every shortcut first).
type searchBar struct {
	widget.Entry

	state *view.State
	clear *widget.Button

	// onKey receives the keys the entry has no use for: Up, Down, Enter,
	// PageUp and PageDown, F3. onShortcut the shortcuts it does not know.
	onKey      func(*fyne.KeyEvent)
	onShortcut func(fyne.Shortcut)
}

func newSearchBar(state *view.State) *searchBar {
	b := &searchBar{state: state}
	b.ExtendBaseWidget(b)
	b.clear = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { b.state.SetQuery("") })
	b.clear.Importance = widget.LowImportance
	b.clear.Hide()
	b.ActionItem = b.clear
	b.OnChanged = func(s string) {
		b.showClear()
		b.state.SetQuery(s)
	}
	return b
}

// follow shows the state's query when something else changed it (Esc, the
// "Bedoelde u" suggestion), without echoing it back as a change.
func (b *searchBar) follow() {
	if q := b.state.Query(); q != b.Text {
		b.SetText(q)
		b.CursorColumn = len([]rune(q))
		b.Refresh()
	}
	b.showClear()
}

func (b *searchBar) showClear() {
	if b.Text == "" {
		b.clear.Hide()
	} else {
		b.clear.Show()
	}
}

// TypedKey sends navigation keys to the results and the reader; Esc clears
// the query. Everything else edits the text.
func (b *searchBar) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyEscape:
		b.state.SetQuery("")
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyF3:
		if b.onKey != nil {
			b.onKey(e)
		}
	default:
		b.Entry.TypedKey(e)
	}
}

// TypedShortcut lets the window's own shortcuts (Ctrl+K, Ctrl+P, Ctrl+=…)
// through; copy, paste, undo and the like stay the entry's.
func (b *searchBar) TypedShortcut(s fyne.Shortcut) {
	if _, custom := s.(*desktop.CustomShortcut); custom && b.onShortcut != nil {
		b.onShortcut(s)
		return
	}
	b.Entry.TypedShortcut(s)
}
