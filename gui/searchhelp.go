package gui

import (
	"embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// The query syntax, one Markdown file per language. The README's section
// "Zoeken / Query syntax" quotes both word for word (a test keeps them
// alike), so the window and the README never tell different stories.
//
//go:embed help/search.*.md
var searchHelpFiles embed.FS

// searchHelpText is the query syntax in the interface's language, Dutch
// for a language without its own file.
func searchHelpText() string {
	data, err := searchHelpFiles.ReadFile("help/search." + interfaceLanguage() + ".md")
	if err != nil {
		data, _ = searchHelpFiles.ReadFile("help/search.nl.md")
	}
	return string(data)
}

// showSearchHelp shows the query syntax (Help › Zoeken) in a dialog that
// scrolls and closes with Esc.
func (m *MainWindow) showSearchHelp() {
	text := widget.NewRichTextFromMarkdown(searchHelpText())
	text.Wrapping = fyne.TextWrapWord
	m.searchHelpDialog = m.showScrollingDialog(tr("menu.searchhelp"), text)
}

// showScrollingDialog shows content in a dialog with a Close button, as
// large as the window allows up to a comfortable reading size, and gives it
// the keys: arrows and pages scroll, Esc closes.
func (m *MainWindow) showScrollingDialog(title string, content fyne.CanvasObject) dialog.Dialog {
	scroll := newKeyScroll(content)
	d := dialog.NewCustom(title, tr("dialog.close"), scroll, m.window)
	scroll.onEscape = d.Hide
	size := m.window.Canvas().Size()
	d.Resize(fyne.NewSize(min(640, size.Width-40), min(640, size.Height-40)))
	d.Show()
	m.window.Canvas().Focus(scroll)
	return d
}
