package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// wrappedText is a label for a message that may be long: a path, a list of
// problems. It wraps at spaces and breaks a word too long for a line (a
// path has no spaces), so that nothing is cut off or scrolls sideways, and
// it is selectable, for copying into a bug report or a search.
func wrappedText(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Selectable = true
	return l
}

// messageWidth is the width of a message dialog: wide enough for a path on
// a line, narrow enough to read.
const messageWidth = 520

// showError says why something failed, in a dialog whose title, text and
// button are in the interface's language. It replaces dialog.ShowError,
// whose text is the error's own (English) words on lines that do not wrap.
func (m *MainWindow) showError(title string, err error) dialog.Dialog {
	return m.showMessage(title, errorText(err))
}

// showMessage shows text under title with a Close button; the text wraps.
func (m *MainWindow) showMessage(title, text string) dialog.Dialog {
	d := dialog.NewCustom(title, tr("dialog.close"), wrappedText(text), m.window)
	d.Resize(fyne.NewSize(messageWidth, 0))
	d.Show()
	return d
}
