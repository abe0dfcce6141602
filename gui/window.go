// Package gui is Dossier's reading room: a search bar, the results, the
// reader, a world map and a timeline, all drawing one shared State through
// one session that runs the search. It never creates the Fyne app
// (cmd/dossier does), so its widgets are tested with Fyne's test driver,
// without a display.
package gui

import (
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/gui/view"
	"dossier/gui/worldmap"
)

// Options tune New.
type Options struct {
	// MemoryDir is the folder for the atomic copy of what Dossier remembers
	// (see memory); "" keeps it in the preferences only, as in the browser.
	MemoryDir string
	// NoRestoreCorpus stops New from reopening the corpus folder of the last
	// run, for tests.
	NoRestoreCorpus bool

	// do replaces fyne.Do in tests, which run handed-back work themselves.
	do func(func())
	// syncSearch runs every search at once, on the UI goroutine, as widget
	// tests want; the window searches in the background.
	syncSearch bool
}

// MainWindow is Dossier's reading room for one library.
type MainWindow struct {
	app     fyne.App
	window  fyne.Window
	state   *view.State
	session *view.Session
	seed    *library.Library // the built-in articles, to go back to
	opts    Options

	search     *searchBar
	chips      *filterChips
	count      *widget.RichText
	suggestion *widget.Hyperlink
	bookmarks  *widget.Button
	list       *resultList
	empty      *emptyState
	reader     *reader
	mapView    *MapView
	timeline   *Timeline

	mem       memory
	saveTimer *time.Timer
	restoreID string // the article to reopen once its corpus has loaded

	mode ThemeMode
	// systemVariant is the system's scheme as the browser build last heard
	// of it (see followColorScheme); nil where Fyne follows it itself.
	systemVariant *fyne.ThemeVariant
	textSize      float32
	themeItems    map[ThemeMode]*fyne.MenuItem
	mainMenu      *fyne.MainMenu
	themeMenu     *fyne.Menu

	loader *corpusLoader
	report dialog.Dialog // the last corpus report, for tests
	quick  *quickOpen

	// do runs a function on the UI goroutine: fyne.Do, or Options.do.
	do func(func())
}

// New builds the main window over lib, the built-in articles, with what the
// user chose last time: theme, text size, bookmarks, the corpus folder (which
// is then loaded in the background) and the article they were reading.
func New(app fyne.App, lib *library.Library, opts Options) *MainWindow {
	addTranslations()
	m := &MainWindow{app: app, state: view.NewState(), seed: lib, opts: opts, do: opts.do}
	if m.do == nil {
		m.do = fyne.Do
	}
	m.mem = loadMemory(app.Preferences(), opts.MemoryDir)
	m.textSize = validTextSize(float32(m.mem.TextSize))
	m.setTheme(parseThemeMode(m.mem.Theme))
	m.state.SetBookmarks(m.mem.Bookmarks)

	background := func(f func()) { go f() }
	if opts.syncSearch {
		background = nil
	}
	m.session = view.NewSession(lib, m.state, view.Options{Lang: interfaceLanguage(), Background: background, Do: m.do})
	m.restoreID = m.mem.Article
	if _, ok := m.session.Doc(m.restoreID); ok {
		m.state.OpenArticle(m.restoreID)
	} else if docs := lib.Corpus().Docs(); len(docs) > 0 {
		m.state.OpenArticle(docs[0].ID)
	}
	if m.restoreID != m.state.OpenID() && (m.mem.Corpus == "" || opts.NoRestoreCorpus) {
		// The remembered article is gone and no other corpus is on its way.
		m.mem.Article, m.mem.Scroll = m.state.OpenID(), 0
	}

	m.window = app.NewWindow(textWindowTitle())
	m.buildViews()
	m.window.SetMainMenu(m.buildMainMenu())
	m.window.SetContent(m.layout())
	m.window.SetPadded(false) // the sidebar's tint runs to the window's edges
	m.window.Resize(fyne.NewSize(1280, 800))
	m.window.Canvas().SetOnTypedKey(m.typedKey)
	m.window.Canvas().SetOnTypedRune(m.typedRune)
	m.addShortcuts()
	m.window.SetOnClosed(m.flushMemory)

	m.session.OnChanged(m.changed)
	m.changed(view.ChangeResult | view.ChangeLibrary)
	if m.restoreID == m.state.OpenID() && m.mem.Scroll > 0 {
		m.reader.restoreScroll(float32(m.mem.Scroll))
	}
	m.followBrowserAddress() // in the browser: show the view the address names; the address then follows the view
	m.window.Canvas().Focus(m.search)

	if m.mem.Corpus != "" && !opts.NoRestoreCorpus && !fyne.CurrentDevice().IsBrowser() {
		m.loadFolder(m.mem.Corpus)
	}
	return m
}

// Window is the Fyne window, for showing and running it.
func (m *MainWindow) Window() fyne.Window { return m.window }

// ShowAndRun shows the window and runs the app until it quits.
func (m *MainWindow) ShowAndRun() { m.window.ShowAndRun() }

// State is the window's view state, the one thing its views share.
func (m *MainWindow) State() *view.State { return m.state }

func (m *MainWindow) buildViews() {
	m.search = newSearchBar(m.state)
	m.search.onKey = m.typedKey
	m.search.onShortcut = m.typedShortcut
	m.chips = newFilterChips(m.session)
	m.count = mutedText("", theme.SizeNameCaptionText, fyne.TextStyle{})
	m.count.Wrapping = fyne.TextWrapOff
	m.suggestion = widget.NewHyperlink("", nil)
	m.suggestion.OnTapped = func() {
		if s := m.session.Result().Suggestion; s != "" {
			m.state.SetQuery(s)
		}
	}
	m.bookmarks = widget.NewButtonWithIcon(textBookmarksChip(), starOutlineIcon(), func() {
		m.state.SetBookmarksOnly(!m.state.BookmarksOnly())
	})
	m.bookmarks.Importance = widget.LowImportance

	m.list = newResultList(m.session)
	m.list.otherKey = m.typedKey
	m.list.otherRune = m.typedRune
	m.empty = newEmptyState(m.session)

	m.reader = newReader(m.session)
	m.reader.onTextSize = m.stepTextSize
	m.reader.onScrolled = m.scrolled

	if world, err := worldmap.Load(); err == nil {
		m.mapView = NewMapView(world, m.session.CountryName, m.state.ToggleCountry)
	} else {
		fyne.LogError("Dossier's world map", err)
	}
	m.timeline = NewTimeline(func(from, to corpus.Month) {
		if from == (corpus.Month{}) && to == (corpus.Month{}) {
			m.state.ClearRange()
		} else {
			m.state.SetRange(from, to)
		}
	}, func(month corpus.Month) { m.state.SetRange(month, month) })
}

// Proportions of the window: the results column, and the strip with the map
// and the timeline below. At 1280×800 the strip is about 230 dp tall, the
// map about 510 dp wide: Equal Earth is about twice as wide as tall, so the
// globe fills the map's pane, and the reader keeps its 680 dp column and
// over 500 dp of height.
const (
	sidebarShare = 0.34
	stripShare   = 0.70 // of the height, above the strip
	mapShare     = 0.40 // of the strip's width
)

// layout places the views: on the left the search bar, the filter chips, the
// count and the results, on a tinted background; on the right the reader;
// along the bottom the map (under the results) and the timeline (under the
// reader), which both narrow what is above them.
func (m *MainWindow) layout() fyne.CanvasObject {
	var themeButton *widget.Button
	themeButton = widget.NewButtonWithIcon("", contrastIcon(), func() {
		c := m.window.Canvas()
		at := fyne.NewPos(0, themeButton.Size().Height)
		widget.ShowPopUpMenuAtRelativePosition(m.themeMenu, c, at, themeButton)
	})
	themeButton.Importance = widget.LowImportance

	const inset = 8
	searchRow := container.NewBorder(nil, nil, nil, themeButton, m.search)
	header := container.NewBorder(nil, nil, container.NewHBox(m.count, m.suggestion), m.bookmarks)
	top := container.New(layout.NewCustomPaddedLayout(inset, 0, inset, inset/2),
		container.NewVBox(searchRow, m.chips, header))
	results := container.New(layout.NewCustomPaddedLayout(0, inset/2, inset/2, inset/2),
		container.NewStack(m.list, m.empty))
	sidebar := container.NewStack(newThemedFill(colorSidebar),
		container.NewBorder(container.NewVBox(top, widget.NewSeparator()), nil, nil, nil, results))

	main := container.NewHSplit(sidebar, m.reader)
	main.Offset = sidebarShare

	var mapPane fyne.CanvasObject = container.NewCenter(mutedText(tr("pending.map"), theme.SizeNameText, fyne.TextStyle{}))
	if m.mapView != nil {
		mapPane = m.mapView
	}
	strip := container.NewHSplit(mapPane, container.New(layout.NewCustomPaddedLayout(0, 0, inset, inset), m.timeline))
	strip.Offset = mapShare
	all := container.NewVSplit(main, container.NewStack(newThemedFill(colorSidebar), strip))
	all.Offset = stripShare
	return all
}

// changed brings the window's own parts up to date; the list, the reader,
// the chips and the empty state follow the session themselves.
func (m *MainWindow) changed(c view.Change) {
	if c.Has(view.ChangeResult) {
		result := m.session.Result()
		m.count.Segments[0].(*widget.TextSegment).Text = articleCount(result.Total)
		m.count.Refresh()
		if result.Suggestion != "" && result.Total > 0 {
			m.suggestion.SetText(textSuggestion(result.Suggestion))
			m.suggestion.Show()
		} else {
			m.suggestion.Hide()
		}
		if m.mapView != nil {
			m.mapView.SetData(m.session.MapData())
		}
		m.timeline.SetData(m.session.TimelineData())
	}
	if c.Has(view.ChangeQuery) {
		m.search.follow()
	}
	if c.Has(view.ChangeBookmarksOnly) {
		if m.state.BookmarksOnly() {
			m.bookmarks.Importance = widget.HighImportance
			m.bookmarks.SetIcon(starIcon())
		} else {
			m.bookmarks.Importance = widget.LowImportance
			m.bookmarks.SetIcon(starOutlineIcon())
		}
		m.bookmarks.Refresh()
	}
	if c.Has(view.ChangeLibrary) {
		m.search.SetPlaceHolder(searchPlaceholder(m.session.Library().Corpus().Len()))
		title := textWindowTitle()
		if m.mem.Corpus != "" && m.session.Library() != m.seed {
			title += " — " + filepath.Base(m.mem.Corpus)
		}
		m.window.SetTitle(title)
		if _, ok := m.session.Doc(m.restoreID); ok && m.restoreID != m.state.OpenID() {
			// The article read last, in the corpus folder that has now loaded.
			scroll := m.mem.Scroll
			m.state.OpenArticle(m.restoreID) // which forgets the scroll position
			m.reader.restoreScroll(float32(scroll))
			m.mem.Scroll = scroll
		}
	}
	if c.Has(view.ChangeOpen) {
		m.restoreID = ""
		m.mem.Article, m.mem.Scroll = m.state.OpenID(), 0
		m.remember()
	}
	if c.Has(view.ChangeBookmarks) {
		m.mem.Bookmarks = m.state.Bookmarks()
		m.remember()
	}
}

// ThemeMode is the appearance in use: system, light or dark.
func (m *MainWindow) ThemeMode() ThemeMode { return m.mode }

// SetThemeMode switches between following the system and a fixed light or
// dark appearance, and remembers the choice for the next start.
func (m *MainWindow) SetThemeMode(mode ThemeMode) {
	m.setTheme(mode)
	m.mem.Theme = string(mode)
	m.remember()
	for each, item := range m.themeItems {
		item.Checked = each == mode
	}
	m.themeMenu.Refresh()
	m.mainMenu.Refresh()
}

func (m *MainWindow) setTheme(mode ThemeMode) {
	m.mode = mode
	t := newReadingTheme(mode, m.textSize)
	t.system = m.systemVariant
	withGLContext(func() { m.app.Settings().SetTheme(t) })
}

// TextSize is the reader's body text size in dp.
func (m *MainWindow) TextSize() float32 { return m.textSize }

// SetTextSize changes the reader's text size (the rest of the window keeps
// its size) and remembers it.
func (m *MainWindow) SetTextSize(size float32) {
	size = validTextSize(size)
	if size == m.textSize {
		return
	}
	m.textSize = size
	m.setTheme(m.mode)
	m.mem.TextSize = float64(size)
	m.remember()
}

func (m *MainWindow) stepTextSize(larger bool) { m.SetTextSize(nextTextSize(m.textSize, larger)) }

// scrolled remembers how far the open article is read, a moment after the
// reader stops scrolling, so that scrolling does not rewrite the preferences
// at every step.
func (m *MainWindow) scrolled(offset float32) {
	m.mem.Scroll = float64(offset)
	if m.saveTimer != nil {
		m.saveTimer.Stop()
	}
	m.saveTimer = time.AfterFunc(700*time.Millisecond, func() { m.do(m.remember) })
}

// remember saves what Dossier remembers (see memory).
func (m *MainWindow) remember() {
	if err := saveMemory(m.app.Preferences(), m.opts.MemoryDir, &m.mem); err != nil {
		fyne.LogError("Dossier could not remember its state", err)
	}
}

// flushMemory saves at once, when the window closes.
func (m *MainWindow) flushMemory() {
	if m.saveTimer != nil {
		m.saveTimer.Stop()
	}
	m.remember()
	if m.loader != nil {
		m.loader.cancel()
	}
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
	m.themeMenu = fyne.NewMenu(tr("menu.theme"), items...)
	themeParent := fyne.NewMenuItem(tr("menu.theme"), nil)
	themeParent.ChildMenu = m.themeMenu

	item := func(label string, action func(), shortcut fyne.Shortcut) *fyne.MenuItem {
		i := fyne.NewMenuItem(label, action)
		i.Shortcut = shortcut
		return i
	}
	view := fyne.NewMenu(tr("menu.view"), themeParent, fyne.NewMenuItemSeparator(),
		item(tr("menu.larger"), func() { m.stepTextSize(true) }, shortcutLarger),
		item(tr("menu.smaller"), func() { m.stepTextSize(false) }, shortcutSmaller),
		item(tr("menu.defaultsize"), func() { m.SetTextSize(defaultTextSize) }, shortcutDefaultSize),
	)
	goMenu := fyne.NewMenu(tr("menu.go"),
		item(tr("menu.search"), m.focusSearch, shortcutSearch),
		item(tr("menu.quickopen"), m.showQuickOpen, shortcutQuickOpen),
		fyne.NewMenuItemSeparator(),
		item(tr("menu.next"), func() { m.reader.stepMatch(true) }, shortcutNextMatch),
		item(tr("menu.previous"), func() { m.reader.stepMatch(false) }, shortcutPreviousMatch),
		fyne.NewMenuItemSeparator(),
		item(tr("menu.bookmark"), func() { m.state.ToggleBookmark(m.state.OpenID()) }, shortcutBookmark),
		item(tr("menu.bookmarks"), func() { m.state.SetBookmarksOnly(!m.state.BookmarksOnly()) }, nil),
		item(tr("menu.clearfilters"), m.state.ClearFilters, nil),
		fyne.NewMenuItemSeparator(),
		item(tr("menu.copylink"), m.CopyLink, nil),
	)
	help := fyne.NewMenu(tr("menu.help"), fyne.NewMenuItem(tr("menu.about"), m.showAbout))
	if fyne.CurrentDevice().IsBrowser() {
		// A web page is closed with its tab, and has no folders to open.
		m.mainMenu = fyne.NewMainMenu(view, goMenu, help)
	} else {
		quit := fyne.NewMenuItem(tr("menu.quit"), m.app.Quit)
		quit.IsQuit = true
		file := fyne.NewMenu(tr("menu.file"),
			item(tr("menu.opencorpus"), m.openCorpusFolder, shortcutOpenCorpus),
			item(tr("menu.builtin"), m.backToBuiltin, nil),
			fyne.NewMenuItemSeparator(), quit)
		m.mainMenu = fyne.NewMainMenu(file, view, goMenu, help)
	}
	return m.mainMenu
}

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
		shortcutNextMatch, shortcutPreviousMatch, shortcutBookmark, shortcutOpenCorpus} {
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
	addTranslations()
	w := app.NewWindow(textWindowTitle())
	heading := widget.NewLabelWithStyle(textLoadFailed(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	detail := widget.NewLabel(err.Error())
	detail.Wrapping = fyne.TextWrapWord
	detail.Selectable = true
	w.SetContent(container.NewPadded(container.NewVBox(heading, detail)))
	w.Resize(fyne.NewSize(560, 240))
	return w
}
