// Package gui is Dossier's window: the article list and the reader, both
// drawing one shared State. It never creates the Fyne app (cmd/dossier does),
// so its widgets are tested with Fyne's test driver, without a display.
package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
)

// MainWindow is Dossier's reading room for one corpus.
type MainWindow struct {
	app    fyne.App
	window fyne.Window
	state  *State

	list   *articleList
	reader *reader

	mode       ThemeMode
	themeItems map[ThemeMode]*fyne.MenuItem
	mainMenu   *fyne.MainMenu
	themeMenu  *fyne.Menu
}

// New builds the main window for the articles of c, applies the theme the user
// chose last time and opens the newest article, so the reader is never empty.
func New(app fyne.App, c *corpus.Corpus) *MainWindow {
	m := &MainWindow{app: app, state: NewState()}
	m.setTheme(parseThemeMode(app.Preferences().StringWithFallback(preferenceTheme, string(ThemeSystem))))

	docs := c.Docs()
	if len(docs) > 0 {
		m.state.OpenArticle(docs[0].ID)
	}
	m.list = newArticleList(docs, m.state)
	m.reader = newReader(c, m.state)
	m.list.otherKey = m.typedKey

	m.window = app.NewWindow(textWindowTitle)
	m.window.SetMainMenu(m.buildMainMenu())

	split := container.NewHSplit(m.sidebar(len(docs)), m.reader)
	split.Offset = 0.34
	m.window.SetContent(split)
	m.window.SetPadded(false) // the sidebar's tint runs to the window's edges
	m.window.Resize(fyne.NewSize(1180, 760))
	m.window.Canvas().SetOnTypedKey(m.typedKey)
	// With the list focused, Up and Down move through the articles straight away.
	m.window.Canvas().Focus(m.list)
	return m
}

// Window is the Fyne window, for showing and running it.
func (m *MainWindow) Window() fyne.Window { return m.window }

// ShowAndRun shows the window and runs the app until it quits.
func (m *MainWindow) ShowAndRun() { m.window.ShowAndRun() }

// State is the window's view state, the one thing its views share.
func (m *MainWindow) State() *State { return m.state }

// ThemeMode is the appearance in use: system, light or dark.
func (m *MainWindow) ThemeMode() ThemeMode { return m.mode }

// SetThemeMode switches between following the system and a fixed light or
// dark appearance, and remembers the choice for the next start.
func (m *MainWindow) SetThemeMode(mode ThemeMode) {
	m.setTheme(mode)
	m.app.Preferences().SetString(preferenceTheme, string(mode))
	for each, item := range m.themeItems {
		item.Checked = each == mode
	}
	m.themeMenu.Refresh()
	m.mainMenu.Refresh()
}

func (m *MainWindow) setTheme(mode ThemeMode) {
	m.mode = mode
	m.app.Settings().SetTheme(newReadingTheme(mode))
}

func (m *MainWindow) buildMainMenu() *fyne.MainMenu {
	m.themeItems = make(map[ThemeMode]*fyne.MenuItem)
	var items []*fyne.MenuItem
	for _, mode := range ThemeModes() {
		item := fyne.NewMenuItem(mode.Label(), func() { m.SetThemeMode(mode) })
		item.Checked = mode == m.mode
		m.themeItems[mode] = item
		items = append(items, item)
	}
	m.themeMenu = fyne.NewMenu(textMenuTheme, items...)
	themeParent := fyne.NewMenuItem(textMenuTheme, nil)
	themeParent.ChildMenu = m.themeMenu

	view := fyne.NewMenu(textMenuView, themeParent)
	if fyne.CurrentDevice().IsBrowser() {
		// A web page is closed with its tab; "Afsluiten" would only freeze it.
		m.mainMenu = fyne.NewMainMenu(view)
	} else {
		quit := fyne.NewMenuItem(textMenuQuit, m.app.Quit)
		quit.IsQuit = true
		m.mainMenu = fyne.NewMainMenu(fyne.NewMenu(textMenuFile, quit), view)
	}
	return m.mainMenu
}

// sidebar is the list with a small header: what it lists, how many, and the
// appearance control, on a tinted background that sets it apart from the page.
func (m *MainWindow) sidebar(count int) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(textArticles, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	countText := mutedText(articleCount(count), theme.SizeNameCaptionText, fyne.TextStyle{})
	countText.Wrapping = fyne.TextWrapOff

	var themeButton *widget.Button
	themeButton = widget.NewButtonWithIcon("", contrastIcon(), func() {
		c := m.window.Canvas()
		at := fyne.NewPos(0, themeButton.Size().Height)
		widget.ShowPopUpMenuAtRelativePosition(m.themeMenu, c, at, themeButton)
	})
	themeButton.Importance = widget.LowImportance

	header := container.NewBorder(nil, nil, container.NewHBox(title, countText), themeButton)
	// A little inset keeps the rounded selection off the window's edge.
	const inset = 6
	list := container.New(layout.NewCustomPaddedLayout(inset, inset, inset, inset), m.list)
	header = container.New(layout.NewCustomPaddedLayout(inset, 0, inset, inset), header)
	body := container.NewBorder(container.NewVBox(header, widget.NewSeparator()), nil, nil, nil, list)
	return container.NewStack(newThemedFill(colorSidebar), body)
}

func articleCount(n int) string {
	if n == 0 {
		return textNoArticles
	}
	return groupDigits(n)
}

// typedKey handles keys that reach the window, or that the list passes on:
// paging the reader and moving through the articles when nothing has focus.
func (m *MainWindow) typedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyPageDown, fyne.KeySpace:
		m.reader.scrollPage(true)
	case fyne.KeyPageUp:
		m.reader.scrollPage(false)
	case fyne.KeyHome:
		m.reader.scroll.ScrollToTop()
	case fyne.KeyEnd:
		m.reader.scroll.ScrollToBottom()
	case fyne.KeyUp, fyne.KeyDown:
		m.list.step(e.Name == fyne.KeyDown)
	}
}

// themedFill is a background in a theme colour that follows theme changes,
// which a bare canvas.Rectangle does not.
type themedFill struct {
	widget.BaseWidget
	color fyne.ThemeColorName
	rect  *canvas.Rectangle
}

func newThemedFill(name fyne.ThemeColorName) *themedFill {
	f := &themedFill{color: name, rect: canvas.NewRectangle(nil)}
	f.ExtendBaseWidget(f)
	return f
}

func (f *themedFill) CreateRenderer() fyne.WidgetRenderer {
	r := &themedFillRenderer{fill: f}
	r.Refresh()
	return r
}

type themedFillRenderer struct{ fill *themedFill }

func (r *themedFillRenderer) Layout(size fyne.Size)        { r.fill.rect.Resize(size) }
func (r *themedFillRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *themedFillRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.fill.rect} }
func (r *themedFillRenderer) Destroy()                     {}
func (r *themedFillRenderer) Refresh() {
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	r.fill.rect.FillColor = r.fill.Theme().Color(r.fill.color, variant)
	r.fill.rect.Refresh()
}

// NewErrorWindow is what Dossier shows instead of the reading room when the
// articles cannot be loaded at all: a message a user can read, not a crash.
func NewErrorWindow(app fyne.App, err error) fyne.Window {
	w := app.NewWindow(textWindowTitle)
	heading := widget.NewLabelWithStyle(textLoadFailed, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	detail := widget.NewLabel(err.Error())
	detail.Wrapping = fyne.TextWrapWord
	detail.Selectable = true
	w.SetContent(container.NewPadded(container.NewVBox(heading, detail)))
	w.Resize(fyne.NewSize(560, 240))
	return w
}
