package gui

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/library"
)

// corpusLoader opens a folder of articles in the background: reading the
// files, finding their countries and building the index run on their own
// goroutine, cancellable, while a dialog shows how far they are. The result
// is handed back to the UI goroutine (through MainWindow.do, which is
// fyne.Do), and only then does the window switch to it.
type corpusLoader struct {
	dir string
	// cancel stops the load, as the Cancel button does: the dialog closes
	// at once and whatever the loading goroutine still hands back is
	// dropped, however long it takes to notice. Call it on the UI goroutine.
	cancel func()
	link   string // a view to show once loading ends (see OpenArgs)

	dialog    dialog.Dialog
	bar       *widget.ProgressBar
	stage     *widget.Label
	done      bool // the loading goroutine has handed back its result
	cancelled bool // cancel was called before that
}

// progressEvery is the least time between two progress updates, so that a
// folder of 100,000 files does not queue 100,000 redraws.
const progressEvery = 50 * time.Millisecond

// openCorpusFolder asks for a folder and opens it (desktop only: the
// browser has no folders).
func (m *MainWindow) openCorpusFolder() {
	if fyne.CurrentDevice().IsBrowser() {
		return
	}
	d := dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
		if err != nil {
			m.showError(tr("dialog.error"), err)
			return
		}
		if uri != nil {
			m.loadFolder(uri.Path())
		}
	}, m.window)
	if m.mem.Corpus != "" { // start beside the folder opened last
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(m.mem.Corpus))); err == nil {
			d.SetLocation(dir)
		}
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// backToBuiltin returns to the articles built into Dossier.
func (m *MainWindow) backToBuiltin() {
	if m.loader != nil {
		m.loader.cancel()
	}
	m.mem.Corpus = ""
	m.remember()
	if m.session.Library() != m.seed {
		m.session.SetLibrary(m.seed)
	}
}

// loadFolder opens the corpus in dir in the background.
func (m *MainWindow) loadFolder(dir string) {
	if m.loader != nil && !m.loader.done {
		m.loader.cancel()
	}
	ctx, stop := context.WithCancel(context.Background())
	l := &corpusLoader{dir: dir, bar: widget.NewProgressBar(), stage: widget.NewLabel("")}
	l.cancel = func() {
		stop()
		if !l.done && !l.cancelled {
			l.cancelled = true
			l.dialog.Hide()
		}
	}
	m.loader = l

	name := widget.NewLabelWithStyle(dir, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	cancelButton := widget.NewButton(tr("corpus.cancel"), func() { l.cancel() })
	content := container.NewVBox(name, l.bar, l.stage, container.NewHBox(cancelButton))
	l.dialog = dialog.NewCustomWithoutButtons(tr("corpus.loading"), content, m.window)
	l.dialog.Resize(fyne.NewSize(520, 0))
	l.dialog.Show()

	go func() {
		last := time.Time{}
		report := func(key string, done, total int) {
			if now := time.Now(); now.Sub(last) >= progressEvery || done == total {
				last = now
				m.do(func() { l.show(key, done, total) })
			}
		}
		c, problems, err := corpus.LoadDir(ctx, dir, corpus.LoadOptions{
			Progress: func(done, total int) { report("corpus.stage.files", done, total) },
		})
		var lib *library.Library
		if err == nil && c.Len() > 0 {
			lib, err = library.Open(ctx, c, library.Options{Progress: func(stage library.Stage, done, total int) {
				key := "corpus.stage.places"
				if stage == library.StageIndex {
					key = "corpus.stage.index"
				}
				report(key, done, total)
			}})
		}
		m.do(func() { m.finishLoad(l, lib, problems, err) })
	}()
}

func (l *corpusLoader) show(key string, done, total int) {
	if l.done || l.cancelled {
		return
	}
	if total > 0 {
		l.bar.SetValue(float64(done) / float64(total))
	}
	l.stage.SetText(tr(key, map[string]any{"Done": groupDigits(done), "Total": groupDigits(total)}))
}

// finishLoad switches to the opened library, or says why it could not, and
// reports the files that failed to load.
func (m *MainWindow) finishLoad(l *corpusLoader, lib *library.Library, problems []corpus.Problem, err error) {
	if l.cancelled {
		err = context.Canceled // even if the load finished meanwhile: the user said stop
	}
	l.done = true
	l.cancel()
	l.dialog.Hide()
	if m.loader != l {
		return // a later load replaced this one
	}
	if l.link != "" {
		// The view Dossier was started with, in whatever corpus is now shown.
		defer m.openLinkLogged(l.link)
	}
	switch {
	case errors.Is(err, context.Canceled):
		return
	case err != nil:
		m.showError(tr("corpus.failed"), err)
		return
	case lib == nil:
		m.showReport(tr("corpus.empty", map[string]any{"Dir": l.dir}), problems)
		return
	}
	m.mem.Corpus = l.dir
	m.remember()
	m.session.SetLibrary(lib)
	loaded, dir := lib.Corpus().Len(), filepath.Base(l.dir)
	if len(problems) == 0 {
		m.showReport(trN("corpus.report.ok", loaded, map[string]any{"Dir": dir}), nil)
	} else {
		m.showReport(trN("corpus.report.problems", problemFiles(problems),
			map[string]any{"Dir": dir, "Articles": articleCount(loaded)}), problems)
	}
}

// showReport shows a summary and the problems, one "path:line: message" a
// line in the interface's language, selectable for copying. Long lines wrap
// inside a scroll that only scrolls down, so that no message is cut off.
func (m *MainWindow) showReport(summary string, problems []corpus.Problem) {
	head := widget.NewLabel(summary)
	head.Wrapping = fyne.TextWrapWord
	content := fyne.CanvasObject(head)
	size := fyne.NewSize(560, 0)
	if len(problems) > 0 {
		content = container.NewBorder(head, nil, nil, nil, container.NewVScroll(wrappedText(reportText(problems))))
		size = fyne.NewSize(760, 420)
	}
	d := dialog.NewCustom(tr("corpus.report.title"), tr("dialog.close"), content, m.window)
	d.Resize(size)
	d.Show()
	m.report = d
}

// OpenArgs opens what Dossier was started with (desktop only): an argument
// that names an existing folder is a corpus, opened in the background as
// File › Open corpus folder… does; one that looks like a link ("#q=pegasus",
// a web build's address, "q=pegasus") is a view, shown at once or, while a
// folder loads, once it has loaded, so that it may name one of its articles.
// Anything else is a path that does not lead to a folder, and an error
// dialog says so.
func (m *MainWindow) OpenArgs(args []string) {
	folder, link, problems := sortArgs(args)
	if folder != "" {
		if m.loader == nil || m.loader.done || m.loader.dir != folder {
			m.loadFolder(folder) // which cancels the remembered folder's load
		}
	}
	if link != "" {
		if m.loader != nil && !m.loader.done {
			m.loader.link = link
		} else {
			m.openLinkLogged(link)
		}
	}
	if len(problems) > 0 {
		m.showMessage(tr("args.failed"), strings.Join(problems, "\n"))
	}
}

func (m *MainWindow) openLinkLogged(link string) {
	if err := m.session.OpenLink(link); err != nil {
		fyne.LogError("Dossier could not show all of the link", err)
	}
}

// sortArgs sorts command-line arguments into a folder (made absolute), a
// link and problems, each a sentence in the interface's language.
func sortArgs(args []string) (folder, link string, problems []string) {
	for _, arg := range args {
		if strings.TrimSpace(arg) == "" {
			continue
		}
		info, statErr := os.Stat(arg)
		switch {
		case statErr == nil && info.IsDir():
			abs, err := filepath.Abs(arg)
			if err != nil {
				abs = filepath.Clean(arg)
			}
			if folder != "" && folder != abs {
				problems = append(problems, tr("args.extra", map[string]any{"Path": arg}))
				continue
			}
			folder = abs
		case looksLikeLink(arg):
			link = arg
		case statErr == nil:
			problems = append(problems, tr("args.notfolder", map[string]any{"Path": arg}))
		case errors.Is(statErr, fs.ErrNotExist):
			problems = append(problems, tr("args.missing", map[string]any{"Path": arg}))
		default:
			reason := corpus.OSReason(statErr)
			problems = append(problems, tr("args.unreadable", map[string]any{"Path": arg, "Reason": sayMessage(reason.Key, reason.Args)}))
		}
	}
	return folder, link, problems
}

// looksLikeLink tells a link to a view (see ParseLink) from a path: it has a
// fragment, is a web address, or starts with one of the link's keys.
func looksLikeLink(arg string) bool {
	if strings.Contains(arg, "#") || strings.Contains(arg, "://") {
		return true
	}
	for _, key := range []string{"q=", "c=", "from=", "to=", "doc="} {
		if strings.HasPrefix(arg, key) {
			return true
		}
	}
	return false
}
