package gui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/library"
)

// corpusLoader opens a collection (see collection) in the background: reading
// it and building what the window needs run on their own goroutine,
// cancellable, while a dialog shows how far they are. The result is handed
// back to the UI goroutine (through MainWindow.do, which is fyne.Do), and
// only then does the window switch to it, so that a collection that fails to
// open leaves the window as it was.
type corpusLoader struct {
	*progressDialog
	from collection
	link string // a view to show once loading ends (see OpenArgs)
	// ended, when set, is called on the UI goroutine once the load has
	// ended: with true when it opened its collection, false when it
	// failed, was cancelled or was replaced by another.
	ended func(opened bool)
}

// backToBuiltin returns to the articles built into Dossier.
func (m *MainWindow) backToBuiltin() {
	if m.loader != nil {
		m.loader.cancel()
	}
	seed, err := m.builtin()
	if err != nil {
		m.showMessage(textLoadFailed(), errorText(err))
		return
	}
	m.mem.Corpus = ""
	m.remember()
	if m.session.Library() != seed {
		m.session.SetLibrary(seed)
	}
}

// load opens the collection c in the background, replacing any load still
// running.
func (m *MainWindow) load(c collection) {
	if m.loader != nil && !m.loader.done {
		m.loader.cancel()
	}
	progress, ctx := m.showProgress(tr(c.loadingKey), c.path, tr("corpus.cancel"))
	l := &corpusLoader{progressDialog: progress, from: c}
	m.loader = l
	report := progress.reporter(m)
	go func() {
		lib, problems, err := c.open(ctx, report)
		m.do(func() { m.finishLoad(l, lib, problems, err) })
	}()
}

// finishLoad switches to the opened library, or says why it could not, and
// reports the files that failed to load.
func (m *MainWindow) finishLoad(l *corpusLoader, lib *library.Library, problems []corpus.Problem, err error) {
	if l.finish() {
		err = context.Canceled
	}
	opened := false
	if l.ended != nil {
		defer func() { l.ended(opened) }()
	}
	if m.loader != l {
		return // a later load replaced this one
	}
	if l.link != "" {
		// The view Dossier was started with, in whatever corpus is now shown.
		defer m.openLinkLogged(l.link)
	}
	opened = m.settle(l.from, lib, problems, err)
}

// showReport shows a summary and the problems, one "path:line: message" a
// line in the interface's language, selectable for copying. Long lines wrap
// inside a scroll that only scrolls down, so that no message is cut off.
func (m *MainWindow) showReport(title, summary string, problems []corpus.Problem) {
	head := widget.NewLabel(summary)
	head.Wrapping = fyne.TextWrapWord
	content := fyne.CanvasObject(head)
	size := fyne.NewSize(560, 0)
	if len(problems) > 0 {
		content = container.NewBorder(head, nil, nil, nil, container.NewVScroll(wrappedText(reportText(problems))))
		size = fyne.NewSize(760, 420)
	}
	d := dialog.NewCustom(title, tr("dialog.close"), content, m.window)
	d.Resize(size)
	d.Show()
	m.report = d
}
