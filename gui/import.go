//go:build !js

package gui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/importer"
)

// importRun is one import in the background, as File › Import… starts it:
// the importer reads and writes on its own goroutines, cancellable, while a
// dialog shows how far it is, as corpusLoader does for opening a folder.
// Its result comes back to the UI goroutine through MainWindow.do; then
// the imported folder is opened as the corpus (with loadFolder) and the
// report is shown.
type importRun struct {
	sources []string
	out     string
	// Its cancel stops the import, as the Cancel button does: the dialog
	// closes at once, and the articles written by then stay, each a whole
	// file.
	*progressDialog
	// finished is set once nothing more follows: the imported folder is
	// open and the report shown, or the import failed or was cancelled.
	finished bool
	report   importer.Report
}

// importFileExtensions are the files the file dialog offers.
var importFileExtensions = []string{".html", ".htm", ".xhtml", ".rss", ".atom", ".xml", ".feed", ".csv", ".tsv", ".jsonl", ".ndjson", ".json"}

// showImport asks what to import, a file or a folder, and where to (desktop
// only: the browser has no folders).
func (m *MainWindow) showImport() {
	var chooser dialog.Dialog
	intro := widget.NewLabel(tr("import.intro"))
	intro.Wrapping = fyne.TextWrapWord
	fileButton := widget.NewButton(tr("import.choosefile"), func() {
		chooser.Hide()
		m.pickFile("dialog.importfile", importFileExtensions, m.confirmImport)
	})
	folderButton := widget.NewButton(tr("import.choosefolder"), func() {
		chooser.Hide()
		m.pickFolder("dialog.importfolder", m.confirmImport)
	})
	content := container.NewVBox(intro, container.NewHBox(fileButton, folderButton))
	chooser = dialog.NewCustom(tr("import.title"), tr("import.cancel"), content, m.window)
	chooser.Resize(fyne.NewSize(messageWidth, 0))
	chooser.Show()
}

// confirmImport shows where the articles of source will go, a new folder
// beside it by default (see defaultImportFolder), with a button to choose
// another, and imports on Import.
func (m *MainWindow) confirmImport(source string) {
	out := defaultImportFolder(source)
	from := wrappedText(tr("import.source", map[string]any{"Path": source}))
	to := wrappedText(tr("import.out", map[string]any{"Path": out}))
	other := widget.NewButton(tr("import.otherout"), func() {
		m.pickFolder("dialog.importout", func(dir string) {
			out = dir
			to.SetText(tr("import.out", map[string]any{"Path": out}))
		})
	})
	content := container.NewVBox(from, to, container.NewHBox(other))
	d := dialog.NewCustomConfirm(tr("import.title"), tr("import.start"), tr("import.cancel"), content, func(ok bool) {
		if ok {
			m.importInto([]string{source}, out)
		}
	}, m.window)
	d.Resize(fyne.NewSize(messageWidth, 0))
	d.Show()
}

// defaultImportFolder is where the articles of source go unless the reader
// chooses otherwise: a folder beside it named after it, "Bewaard" giving
// "Bewaard-dossier" and "feed.rss" "feed-dossier". Importing the same
// source again finds the same folder, and writes nothing twice.
func defaultImportFolder(source string) string {
	clean := filepath.Clean(source)
	name := strings.TrimSuffix(filepath.Base(clean), filepath.Ext(clean))
	if name == "" || name == "." || name == string(filepath.Separator) {
		name = "import"
	}
	return filepath.Join(filepath.Dir(clean), name+"-dossier")
}

// importInto imports sources into the folder out in the background, then
// opens out as the corpus. It returns the run, whose cancel the Cancel
// button calls.
func (m *MainWindow) importInto(sources []string, out string) *importRun {
	progress, ctx := m.showProgress(tr("import.running"), strings.Join(sources, ", "), tr("import.cancel"))
	r := &importRun{progressDialog: progress, sources: sources, out: out}
	report := progress.reporter(m)
	go func() {
		result, err := importer.Import(ctx, sources, out, importer.Options{
			Progress: func(stage importer.Stage, done, total int) {
				key := "import.stage.read"
				if stage == importer.StageWrite {
					key = "import.stage.write"
				}
				report(key, done, total)
			},
		})
		m.do(func() { m.finishImport(r, result, err) })
	}()
	return r
}

// finishImport opens the imported folder, or says why there is none.
func (m *MainWindow) finishImport(r *importRun, report importer.Report, err error) {
	if r.finish() {
		err = context.Canceled
	}
	r.report = report
	switch {
	case errors.Is(err, context.Canceled):
		r.finished = true
		return
	case err != nil:
		m.showError(tr("import.failed"), err)
		r.finished = true
		return
	case len(report.Written) == 0:
		m.showImportReport(r)
		r.finished = true
		return
	}
	m.loadFolder(r.out)
	m.loader.ended = func(opened bool) {
		if opened {
			// The load's own report ("all 13 articles … were opened") says
			// nothing more when the folder holds only what was imported.
			if m.report != nil && onlyImported(r.out, report.Written) {
				m.report.Hide()
			}
			m.showImportReport(r)
		}
		r.finished = true
	}
}

// onlyImported reports whether the folder out holds the written article
// files and nothing else that Dossier reads or reports.
func onlyImported(out string, written []string) bool {
	entries, err := os.ReadDir(out)
	if err != nil {
		return false
	}
	names := make(map[string]bool, len(written))
	for _, w := range written {
		names[filepath.Base(w)] = true
	}
	n := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if !names[e.Name()] {
			return false
		}
		n++
	}
	return n == len(names)
}

// showImportReport says how many articles were imported and lists the
// duplicates and every input that did not become an article, one line
// each, "path: reason" or "path:line: reason", in the interface's language.
func (m *MainWindow) showImportReport(r *importRun) {
	report := r.report
	var summary []string
	if n := len(report.Written); n > 0 {
		summary = append(summary, trN("import.report.done", n, map[string]any{"Dir": filepath.Base(r.out)}))
	} else {
		summary = append(summary, tr("import.report.none"))
	}
	if n := len(report.Duplicates); n > 0 {
		summary = append(summary, trN("import.report.duplicates", n))
	}
	if n := len(report.Problems); n > 0 {
		summary = append(summary, trN("import.report.problems", n))
	}
	head := widget.NewLabel(strings.Join(summary, " "))
	head.Wrapping = fyne.TextWrapWord
	content := fyne.CanvasObject(head)
	size := fyne.NewSize(560, 0)
	if lines := importReportLines(report); len(lines) > 0 {
		content = container.NewBorder(head, nil, nil, nil, container.NewVScroll(wrappedText(strings.Join(lines, "\n\n"))))
		size = fyne.NewSize(760, 420)
	}
	d := dialog.NewCustom(tr("import.report.title"), tr("dialog.close"), content, m.window)
	d.Resize(size)
	d.Show()
	m.report = d
}

// importReportLines are the report's problems, then its duplicates, at
// most maxReported lines and a count of the rest.
func importReportLines(report importer.Report) []string {
	var lines []string
	where := func(path string, line int) string {
		if line > 0 {
			return path + ":" + strconv.Itoa(line)
		}
		return path
	}
	for _, p := range report.Problems {
		message := p.Message
		if p.Key != "" {
			message = sayMessage(p.Key, p.Args)
		}
		lines = append(lines, where(p.Path, p.Line)+": "+message)
	}
	for _, d := range report.Duplicates {
		lines = append(lines, tr("import.duplicate."+d.By, map[string]any{"Where": where(d.Path, d.Line), "Of": filepath.Base(d.Of)}))
	}
	if len(lines) > maxReported {
		rest := len(lines) - maxReported
		lines = append(lines[:maxReported], trN("corpus.report.more", rest))
	}
	return lines
}
