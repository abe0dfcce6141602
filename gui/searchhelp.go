package gui

import (
	"embed"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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

// helpSectionHeading starts a section of the help: a heading of the fourth
// level, under the README's "### Nederlands" and "### English".
const helpSectionHeading = "\n#### "

// searchHelpContent draws the help: one block of rich text per section,
// whose padding sets the sections apart; in one block Fyne spaces a heading
// from the paragraph above it no more than from the one below, and the
// sections run together.
func searchHelpContent(source string) fyne.CanvasObject {
	box := container.NewVBox()
	for i, section := range strings.Split(source, helpSectionHeading) {
		if i > 0 {
			section = strings.TrimPrefix(helpSectionHeading, "\n") + section
		}
		text := widget.NewRichTextFromMarkdown(unwrapLines(section))
		text.Wrapping = fyne.TextWrapWord
		box.Add(text)
	}
	return box
}

// showSearchHelp shows the query syntax (Help › Zoeken) in a dialog that
// scrolls and closes with Esc.
func (m *MainWindow) showSearchHelp() {
	m.searchHelpDialog = m.showScrollingDialog(tr("menu.searchhelp"), searchHelpContent(searchHelpText()))
}

// showScrollingDialog shows content in a dialog with a Close button, as
// large as the window allows up to a comfortable reading size, and gives it
// the keys: arrows and pages scroll, Esc closes.
func (m *MainWindow) showScrollingDialog(title string, content fyne.CanvasObject) dialog.Dialog {
	scroll := newKeyScroll(content)
	d := dialog.NewCustom(title, tr("dialog.close"), scroll, m.window)
	scroll.onEscape = d.Hide
	size := m.window.Canvas().Size()
	d.Resize(fyne.NewSize(min(640, size.Width-40), min(800, size.Height-40)))
	d.Show()
	m.window.Canvas().Focus(scroll)
	return d
}

// unwrapLines joins the lines of each paragraph: the source wraps them for
// the README, and Fyne's rich text, given a paragraph as several pieces,
// breaks a piece that starts near the right edge letter by letter.
func unwrapLines(markdown string) string {
	paragraphs := strings.Split(markdown, "\n\n")
	for i, p := range paragraphs {
		paragraphs[i] = strings.ReplaceAll(p, "\n", " ")
	}
	return strings.Join(paragraphs, "\n\n")
}
