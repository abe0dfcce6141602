package gui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// progressDialog stands for work that runs off the UI goroutine (opening a
// collection, importing): a dialog with the work's name, how far it has
// come and a Cancel button. Cancelling closes the dialog at once, and
// whatever the work still hands back is dropped, however long it takes to
// notice. Its fields and methods belong to the UI goroutine.
type progressDialog struct {
	stop      context.CancelFunc
	dialog    dialog.Dialog
	bar       *widget.ProgressBar
	stage     *widget.Label
	done      bool // the work has handed back its result
	cancelled bool // cancel was called before that
}

// progressEvery is the least time between two progress updates, so that a
// folder of 100,000 files does not queue 100,000 redraws.
const progressEvery = 50 * time.Millisecond

// showProgress shows the dialog titled title for the work named name, and
// returns it with the context the work runs in, which Cancel cancels.
func (m *MainWindow) showProgress(title, name, cancelText string) (*progressDialog, context.Context) {
	ctx, stop := context.WithCancel(context.Background())
	p := &progressDialog{stop: stop, bar: widget.NewProgressBar(), stage: widget.NewLabel("")}
	label := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	label.Truncation = fyne.TextTruncateEllipsis
	cancelButton := widget.NewButton(cancelText, p.cancel)
	content := container.NewVBox(label, p.bar, p.stage, container.NewHBox(cancelButton))
	p.dialog = dialog.NewCustomWithoutButtons(title, content, m.window)
	p.dialog.Resize(fyne.NewSize(520, 0))
	p.dialog.Show()
	return p, ctx
}

// cancel stops the work, as the Cancel button does.
func (p *progressDialog) cancel() {
	p.stop()
	if !p.done && !p.cancelled {
		p.cancelled = true
		p.dialog.Hide()
	}
}

// reporter returns what the work's goroutine calls to say how far it has
// come: the bar shows done of total and the line under it the translation
// key with Done and Total, at most every progressEvery (and at the end).
func (p *progressDialog) reporter(m *MainWindow) func(key string, done, total int) {
	return m.progressReporter(p.show)
}

// progressReporter is what work off the UI goroutine calls to say how far
// it has come: show runs on the UI goroutine with the stage's translation
// key, done and total, at most every progressEvery (and at the end).
func (m *MainWindow) progressReporter(show func(key string, done, total int)) func(key string, done, total int) {
	last := time.Time{}
	return func(key string, done, total int) {
		if now := time.Now(); now.Sub(last) >= progressEvery || done == total {
			last = now
			m.do(func() { show(key, done, total) })
		}
	}
}

// stageText says how far a stage has come: the translation key with Done
// and Total.
func stageText(key string, done, total int) string {
	return tr(key, map[string]any{"Done": groupDigits(done), "Total": groupDigits(total)})
}

func (p *progressDialog) show(key string, done, total int) {
	if p.done || p.cancelled {
		return
	}
	if total > 0 {
		p.bar.SetValue(float64(done) / float64(total))
	}
	p.stage.SetText(stageText(key, done, total))
}

// finish closes the dialog once the work has handed back its result, and
// reports whether it was cancelled first: then the result is to be
// dropped, even if the work finished meanwhile, since the user said stop.
func (p *progressDialog) finish() (cancelled bool) {
	p.done = true
	p.stop()
	p.dialog.Hide()
	return p.cancelled
}
