package gui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/search"

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
	// PageUp and PageDown, F3 and F1. onShortcut the shortcuts it does not know.
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
		if b.Text != b.state.Query() {
			b.follow() // the state cut the text: show what is searched for
		}
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
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyF3, fyne.KeyF1:
		if b.onKey != nil {
			b.onKey(e)
		}
	default:
		b.Entry.TypedKey(e)
	}
}

// TypedShortcut lets the window's own shortcuts (Ctrl+K, Ctrl+P, Ctrl+=…)
// through; copy, undo and the like stay the entry's, and paste is cut to
// size first.
func (b *searchBar) TypedShortcut(s fyne.Shortcut) {
	if _, custom := s.(*desktop.CustomShortcut); custom && b.onShortcut != nil {
		b.onShortcut(s)
		return
	}
	if paste, ok := s.(*fyne.ShortcutPaste); ok && paste.Clipboard != nil {
		b.Entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: pastedText(b.fitPaste(paste.Clipboard.Content()))})
		return
	}
	b.Entry.TypedShortcut(s)
}

// fitPaste cuts pasted text so that the query stays one rune over
// search.MaxQueryRunes at most: Fyne's entry lays a single line out whole on
// every change, and a pasted book took it minutes per keystroke. The one
// rune over lets the state see the text was longer, cut it, and say so.
// Line breaks and other control characters become spaces, as the one-line
// bar cannot show them.
func (b *searchBar) fitPaste(text string) string {
	kept := utf8.RuneCountInString(b.Text) - utf8.RuneCountInString(b.SelectedText())
	room := max(search.MaxQueryRunes-kept, 0) + 1
	var out strings.Builder
	for _, r := range text {
		if room == 0 {
			break
		}
		if unicode.IsControl(r) {
			r = ' '
		}
		out.WriteRune(r)
		room--
	}
	return out.String()
}

// pastedText is a clipboard that holds the text to paste, cut to size.
type pastedText string

func (p pastedText) Content() string   { return string(p) }
func (p pastedText) SetContent(string) {}
