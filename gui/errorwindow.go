package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// NewErrorWindow is what Dossier shows instead of the reading room when the
// articles cannot be loaded at all: a message a user can read, not a crash.
func NewErrorWindow(app fyne.App, err error) fyne.Window {
	addTranslations()
	w := app.NewWindow(textWindowTitle())
	w.SetContent(loadFailedContent(err))
	w.Resize(fyne.NewSize(560, 240))
	return w
}

// loadFailedContent says that the articles cannot be loaded, and why.
func loadFailedContent(err error) fyne.CanvasObject {
	heading := widget.NewLabelWithStyle(textLoadFailed(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewPadded(container.NewVBox(heading, wrappedText(errorText(err))))
}
