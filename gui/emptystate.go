package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/search"
	"dossier/gui/view"
)

// emptyState takes the results list's place when nothing matches: it says
// why (the query, the filters, or no bookmarks yet) and offers the way out,
// the corrected spelling ("Bedoelde u Pegasus?") or clearing the filters.
type emptyState struct {
	widget.BaseWidget
	session *view.Session
	state   *view.State

	title      *widget.Label
	reason     *widget.Label
	suggestion *widget.Hyperlink
	clear      *widget.Button
	box        *fyne.Container
}

func newEmptyState(s *view.Session) *emptyState {
	e := &emptyState{session: s, state: s.State()}
	e.title = widget.NewLabelWithStyle(tr("empty.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.reason = widget.NewLabel("")
	e.reason.Wrapping = fyne.TextWrapWord
	e.suggestion = widget.NewHyperlink("", nil)
	e.suggestion.OnTapped = e.useSuggestion
	e.suggestion.Wrapping = fyne.TextWrapWord
	e.clear = widget.NewButtonWithIcon(tr("empty.clearfilters"), theme.ContentClearIcon(), e.state.ClearFilters)
	e.box = container.NewVBox(e.title, e.reason, e.suggestion, container.NewHBox(e.clear))
	e.ExtendBaseWidget(e)
	s.OnChanged(func(c view.Change) {
		if c.Has(view.ChangeResult | view.ChangeBookmarks) {
			e.update()
		}
	})
	// Not refreshed: the widget has no renderer before it is on a canvas,
	// and a refresh would make one, measuring texts that are hidden.
	e.fill()
	return e
}

func (e *emptyState) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewPadded(e.box))
}

// Showing reports whether the empty state is shown. The widget itself stays
// in place over the list, taking no input, so that showing its content is a
// refresh of its own and not a relayout of the window.
func (e *emptyState) Showing() bool { return e.box.Visible() }

func (e *emptyState) update() {
	e.fill()
	e.Refresh()
}

// fill shows the box with the result's reason and way out, or hides it
// when there are results.
func (e *emptyState) fill() {
	result := e.session.Result()
	if result.Total > 0 {
		e.box.Hide()
		return
	}
	e.reason.SetText(emptyReason(e.state, e.session.Library().Corpus().Len() == 0, result.Mode == search.ModeNoWords))
	if result.Suggestion != "" {
		e.suggestion.SetText(textSuggestion(result.Suggestion))
		e.suggestion.Show()
	} else {
		e.suggestion.Hide()
	}
	if e.state.HasFilters() {
		e.clear.Show()
	} else {
		e.clear.Hide()
	}
	e.box.Show()
}

func (e *emptyState) useSuggestion() {
	if s := e.session.Result().Suggestion; s != "" {
		e.state.SetQuery(s)
	}
}
