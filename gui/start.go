package gui

import (
	"context"
	"errors"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/dossier"
	"dossier/corpus/library"
)

// Start builds the window in two steps, for the browser: first the frame
// (see newFrame) with the search bar, which takes typing at once, and a line
// that says what is opening; after the window's first frame the collection
// to start with (see startCollections: the one the reader kept, or the one the
// site publishes), or else the built-in articles that seed opens, and then
// the views over it. A browser page has one thread: the views' building and
// the collection's opening would otherwise hold back the first frame by
// seconds, and a published collection would be opened after a window over
// the built-in articles had been built for nothing.
func Start(app fyne.App, seed func() (*library.Library, error), opts Options) *MainWindow {
	m := newStarting(app, seed, opts)
	go m.start(context.Background())
	return m
}

// starting is what the window shows until it has its views.
type starting struct {
	box      *fyne.Container // the status, progress and button, laid out again as they show
	status   *widget.RichText
	progress *widget.ProgressBar
	cancel   *widget.Button
	stop     context.CancelFunc
}

func newStarting(app fyne.App, seed func() (*library.Library, error), opts Options) *MainWindow {
	m := newFrame(app, opts)
	m.openSeed = sync.OnceValues(seed)
	m.starting = &starting{
		status:   mutedText(tr("start.opening"), theme.SizeNameText, fyne.TextStyle{}),
		progress: widget.NewProgressBar(),
	}
	m.starting.progress.Hide()
	m.starting.cancel = widget.NewButton(tr("corpus.cancel"), func() {
		if m.starting != nil && m.starting.stop != nil {
			m.starting.stop()
		}
	})
	m.starting.cancel.Importance = widget.LowImportance
	m.starting.cancel.Hide()
	m.starting.box = container.NewVBox(m.starting.status, m.starting.progress, container.NewHBox(m.starting.cancel))
	m.search.SetPlaceHolder(tr("search.placeholder.starting"))
	m.root = container.NewStack(m.startingLayout())
	m.window.SetContent(m.root)
	m.window.Canvas().Focus(m.search)
	return m
}

// startingLayout places the search bar and the status where the search bar
// and the results will be, over the same tints, so that the window does not
// jump when its views arrive.
func (m *MainWindow) startingLayout() fyne.CanvasObject {
	const inset = 8
	s := m.starting
	top := container.New(layout.NewCustomPaddedLayout(inset, 0, inset, inset/2),
		container.NewVBox(m.search, s.box))
	sidebar := container.NewStack(newThemedFill(colorSidebar), container.NewVBox(top))
	main := container.NewHSplit(sidebar, layout.NewSpacer())
	main.Offset = sidebarShare
	if m.mem.StripHidden {
		return main
	}
	withStrip := container.NewVSplit(main, newThemedFill(colorSidebar))
	withStrip.Offset = stripShare
	return withStrip
}

// start opens the collection to start with, after the window's first frame
// (see waitForFirstFrame), and builds the views over it: the first of
// startCollections that opens, else the built-in articles. The reader is
// told why a collection could not be opened, as when it is opened from the
// menu; Annuleren skips the rest.
func (m *MainWindow) start(ctx context.Context) {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	if err := waitForFirstFrame(ctx); err != nil {
		return
	}
	go prepareOpening()
	candidates := m.startCollections
	if m.opts.startWith != nil {
		candidates = m.opts.startWith
	}
	type attempt struct {
		c        collection
		lib      *library.Library
		problems []corpus.Problem
		err      error
	}
	var tried []attempt
	var lib *library.Library
	for _, next := range candidates() {
		if ctx.Err() != nil {
			break
		}
		c := next()
		m.do(func() { m.showStartingCollection(c, stop) })
		a := attempt{c: c}
		a.lib, a.problems, a.err = c.open(ctx, m.startingProgress())
		tried = append(tried, a)
		if a.err == nil && a.lib != nil {
			lib = a.lib
			break
		}
	}
	opened := lib != nil
	if !opened {
		seed, err := m.openSeed()
		if err != nil {
			m.do(func() { m.showStartFailed(err) })
			return
		}
		lib = seed
	}
	var last collection
	if len(tried) > 0 {
		last = tried[len(tried)-1].c
	}
	m.do(func() {
		m.starting = nil
		if opened {
			m.mem.Corpus = last.path // before open, which titles the window
		}
		m.open(lib)
		for _, a := range tried {
			m.settle(a.c, a.lib, a.problems, a.err)
		}
		m.started(last, opened)
	})
}

// prepareOpening makes what the views and a dossier's opening need whatever
// the collection: the world map's shapes, the gazetteer and the index's
// layout (dossier.Prepare). start runs it beside the collection's opening,
// which mostly waits at first (for a download, the browser's storage or the
// disk): in the browser's one thread these took 0.2 s of the opening after
// the wait.
func prepareOpening() {
	dossier.Prepare()
	_, _ = loadWorld()
}

// show puts content in the window: in place of the starting layout when the
// window started in two steps, else as its content. Fyne's SetContent lays
// the whole content out twice, at its minimum size and then at the
// window's (glCanvas.SetContent), and in the browser then drops every text
// texture and refreshes the whole tree once more (RescaleContext), where one
// layout at the window's size is all the views need (opening a
// 10,000-article dossier in the browser's profile: 541 -> 497 ms a load; the
// measuring of the words, most of a layout, is done once either way).
func (m *MainWindow) show(content fyne.CanvasObject) {
	if m.root == nil {
		m.window.SetContent(content)
		return
	}
	m.root.Objects = []fyne.CanvasObject{content}
	content.Move(fyne.Position{})
	content.Resize(m.root.Size())
	canvas.Refresh(m.root)
}

// showStartingCollection says which collection is opening, with a button
// that opens the built-in articles instead.
func (m *MainWindow) showStartingCollection(c collection, stop context.CancelFunc) {
	s := m.starting
	if s == nil {
		return
	}
	s.stop = stop
	setMutedText(s.status, tr("start.collection", map[string]any{"Name": c.name}))
	s.cancel.Show()
	s.box.Refresh()
}

// startingProgress is what the collection's opening calls to say how far
// it has come: the bar and the stage under the name, as the progress dialog
// shows them.
func (m *MainWindow) startingProgress() func(key string, done, total int) {
	return m.progressReporter(func(key string, done, total int) {
		s := m.starting
		if s == nil {
			return
		}
		if total > 0 {
			s.progress.SetValue(float64(done) / float64(total))
			if !s.progress.Visible() {
				s.progress.Show()
				s.box.Refresh()
			}
		}
		s.progress.TextFormatter = func() string { return stageText(key, done, total) }
		s.progress.Refresh()
	})
}

// showStartFailed says, in the window, that not even the built-in articles
// could be opened: what NewErrorWindow says on the desktop.
func (m *MainWindow) showStartFailed(err error) {
	m.starting = nil
	m.show(loadFailedContent(err))
}

// builtin is the built-in articles, opened when first needed where the
// window started with another collection (see Start).
func (m *MainWindow) builtin() (*library.Library, error) {
	if m.seed != nil {
		return m.seed, nil
	}
	lib, err := m.openSeed()
	if err == nil {
		m.seed = lib
	}
	return lib, err
}

// settle switches to lib, what collection c opened (a nil library: c holds
// no article), or tells why it could not: the end of a load (see
// corpusLoader) and of a start. It reports whether c is open.
func (m *MainWindow) settle(c collection, lib *library.Library, problems []corpus.Problem, err error) bool {
	switch {
	case errors.Is(err, context.Canceled):
		return false
	case err != nil:
		m.showMessage(tr(c.failedKey), c.say(err))
		return false
	case lib == nil:
		m.showReport(tr(c.reportKey), c.empty(), problems)
		return false
	}
	m.mem.Corpus = c.path
	m.remember()
	if m.session.Library() != lib {
		m.session.SetLibrary(lib)
	}
	if !c.quiet || len(problems) > 0 {
		m.showReport(tr(c.reportKey), c.opened(lib.Corpus().Len(), problems), problems)
	}
	return true
}

func setMutedText(t *widget.RichText, text string) {
	t.Segments[0].(*widget.TextSegment).Text = text
	t.Refresh()
}
