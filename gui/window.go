// Package gui is Dossier's reading room: a search bar, the results, the
// reader, a world map and a timeline, all drawing one shared State through
// one session that runs the search. It never creates the Fyne app
// (cmd/dossier does), so its widgets are tested with Fyne's test driver,
// without a display.
package gui

import (
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/corpus/search"
	"dossier/gui/view"
	"dossier/gui/worldmap"
)

// Options tune New.
type Options struct {
	// MemoryDir is the folder for the atomic copy of what Dossier remembers
	// (see memory); "" keeps it in the preferences only, as in the browser.
	MemoryDir string
	// NoRestoreCorpus stops New from reopening the corpus folder or dossier
	// file of the last run, for tests.
	NoRestoreCorpus bool

	// do replaces fyne.Do in tests, which run handed-back work themselves.
	do func(func())
	// syncSearch runs every search at once, on the UI goroutine, as widget
	// tests want; the window searches in the background.
	syncSearch bool
	// search replaces the library's search, for tests (view.Options.Search).
	search func(*library.Library, search.Query) search.Result
	// events replaces the library's dated events, for tests
	// (view.Options.Events).
	events func(*library.Library) view.EventSource
	// startWith replaces the collections Start tries first (see
	// startCollections), for tests.
	startWith func() []func() collection
}

// MainWindow is Dossier's reading room for one library.
type MainWindow struct {
	app     fyne.App
	window  fyne.Window
	state   *view.State
	session *view.Session
	seed    *library.Library // the built-in articles, to go back to (see builtin)
	// openSeed opens the built-in articles, where the window started
	// without them (see Start).
	openSeed func() (*library.Library, error)
	// starting is what the window shows until it has its views (see Start).
	starting *starting
	// root holds what the window shows, from the starting layout to the
	// views, where the window started in two steps (see Start and show).
	root *fyne.Container
	opts Options

	search     *searchBar
	chips      *filterChips
	count      *widget.RichText
	cutNotice  *widget.RichText // says the query was cut to search.MaxQueryRunes
	suggestion *widget.Hyperlink
	partial    *partialNotice  // says the hits have most of the words, not all
	sidebar    *fyne.Container // the header and the results, laid out again when the header changes height
	bookmarks  *widget.Button
	list       *resultList
	empty      *emptyState
	reader     *reader
	mapView    *MapView
	timeline   *Timeline

	// The reading area, and the same with the map and timeline strip below
	// it; body holds one of the two.
	main      fyne.CanvasObject
	withStrip *container.Split
	body      *fyne.Container
	stripItem *fyne.MenuItem

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
	// shortcutsDialog is the last Help › Keyboard shortcuts, for tests.
	shortcutsDialog dialog.Dialog
	// searchHelpDialog is the last Help › Zoeken, for tests.
	searchHelpDialog dialog.Dialog
	quick            *quickOpen

	// do runs a function on the UI goroutine: fyne.Do, or Options.do.
	do func(func())
}

// New builds the main window over lib, the built-in articles, with what the
// user chose last time: theme, text size, bookmarks, the corpus folder or
// dossier file (which is then loaded in the background) and the article they
// were reading.
func New(app fyne.App, lib *library.Library, opts Options) *MainWindow {
	m := newFrame(app, opts)
	m.seed = lib
	m.open(lib)
	if m.mem.Corpus != "" && !opts.NoRestoreCorpus && !fyne.CurrentDevice().IsBrowser() {
		m.load(collectionAt(m.mem.Corpus))
	}
	return m
}

// newFrame builds what the window holds before it has a library: what the
// user chose last time, the window, its menu and the search bar, which
// takes typing from the start.
func newFrame(app fyne.App, opts Options) *MainWindow {
	addTranslations()
	m := &MainWindow{app: app, state: view.NewState(), opts: opts, do: opts.do}
	if m.do == nil {
		m.do = fyne.Do
	}
	m.mem = loadMemory(app.Preferences(), opts.MemoryDir)
	m.textSize = validTextSize(float32(m.mem.TextSize))
	m.setTheme(parseThemeMode(m.mem.Theme))
	m.state.SetBookmarks(m.mem.Bookmarks)

	m.window = app.NewWindow(textWindowTitle())
	m.search = newSearchBar(m.state)
	m.window.SetMainMenu(m.buildMainMenu())
	m.window.SetPadded(false) // the sidebar's tint runs to the window's edges
	m.window.Resize(fyne.NewSize(1280, 800))
	return m
}

// open builds the window's views over lib and shows them: the library's
// search session, the results, the reader, the map and the timeline, and
// the keys and shortcuts that drive them.
func (m *MainWindow) open(lib *library.Library) {
	background := func(f func()) { go f() }
	if m.opts.syncSearch {
		background = nil
	}
	opts := view.Options{Lang: interfaceLanguage(), Background: background, Do: m.do, Search: m.opts.search, Events: m.opts.events}
	if background != nil {
		opts.Yield, opts.Settle = m.afterDrawing(), m.afterTypingPauses()
	}
	m.session = view.NewSession(lib, m.state, opts)
	m.restoreID = m.mem.Article
	if _, ok := m.session.Doc(m.restoreID); ok {
		m.state.OpenArticle(m.restoreID)
	} else if docs := lib.Corpus().Docs(); len(docs) > 0 {
		m.state.OpenArticle(docs[0].ID)
	}
	if m.restoreID != m.state.OpenID() && (m.mem.Corpus == "" || m.opts.NoRestoreCorpus) {
		// The remembered article is gone and no other corpus is on its way.
		m.mem.Article, m.mem.Scroll = m.state.OpenID(), 0
	}

	m.buildViews()
	m.show(m.layout())
	m.window.Canvas().SetOnTypedKey(m.typedKey)
	m.window.Canvas().SetOnTypedRune(m.typedRune)
	m.addShortcuts()
	m.listenForDrops()
	m.window.SetOnClosed(m.flushMemory)

	m.session.OnChanged(m.changed)
	m.changed(view.ChangeResult | view.ChangeLibrary)
	if m.restoreID == m.state.OpenID() && m.mem.Scroll > 0 {
		m.reader.restoreScroll(float32(m.mem.Scroll))
	}
	m.followBrowserAddress() // in the browser: show the view the address names; the address then follows the view
	m.window.Canvas().Focus(m.search)
}

// opened reports whether the window has its views (see open): until then
// its menu and keys do nothing.
func (m *MainWindow) opened() bool { return m.session != nil }

// Window is the Fyne window, for showing and running it.
func (m *MainWindow) Window() fyne.Window { return m.window }

// ShowAndRun shows the window and runs the app until it quits.
func (m *MainWindow) ShowAndRun() { m.window.ShowAndRun() }

// State is the window's view state, the one thing its views share.
func (m *MainWindow) State() *view.State { return m.state }

// loadWorld is the world map's shapes, parsed once for the program's life
// (and ahead of the views by prepareOpening).
var loadWorld = sync.OnceValues(worldmap.Load)

func (m *MainWindow) buildViews() {
	m.search.onKey = m.typedKey
	m.search.onShortcut = m.typedShortcut
	m.chips = newFilterChips(m.session)
	m.chips.onEmpty = m.focusSearch
	m.count = mutedText("", theme.SizeNameCaptionText, fyne.TextStyle{})
	m.cutNotice = mutedText(tr("search.cut", map[string]any{"Max": search.MaxQueryRunes}), theme.SizeNameCaptionText, fyne.TextStyle{})
	m.cutNotice.Hide()
	m.count.Wrapping = fyne.TextWrapOff
	m.suggestion = widget.NewHyperlink("", nil)
	m.suggestion.Wrapping = fyne.TextWrapWord // on a line of its own, as long as it needs
	m.suggestion.OnTapped = func() {
		if s := m.session.Result().Suggestion; s != "" {
			m.state.SetQuery(s)
		}
	}
	m.partial = newPartialNotice(m.session)
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

	if world, err := loadWorld(); err == nil {
		m.mapView = NewMapView(world, m.session.CountryName, m.state.ToggleOnMap)
		m.mapView.OnMode = m.state.SetMapMode
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
	m.timeline.OnBy = m.state.SetBy
	m.timeline.events = sessionEvents{m.session}
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
	}
	if c.Has(view.ChangeResult | view.ChangeBy) {
		m.timeline.SetEvents(m.session.TimelineEvents())
		m.timeline.SetData(m.session.TimelineData())
	}
	if c.Has(view.ChangeResult|view.ChangeMapMode) && m.mapView != nil {
		m.mapView.SetMapData(m.session.MapData())
	}
	if c.Has(view.ChangeQuery) {
		m.search.follow()
		if m.state.QueryCut() {
			m.cutNotice.Show()
		} else {
			m.cutNotice.Hide()
		}
	}
	if c.Has(view.ChangeResult | view.ChangeQuery | view.ChangeCountries | view.ChangeRoles | view.ChangeRange | view.ChangeBy | view.ChangeBookmarksOnly) {
		m.relayoutSidebar()
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
