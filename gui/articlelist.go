package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
)

// articleList lists the articles, newest first, and opens the one the user
// picks. It follows the State, so an article opened elsewhere is selected here.
type articleList struct {
	widget.List

	docs  []*corpus.Document
	state *State

	// otherKey receives the keys the list has no use for (PageDown for the
	// reader, say); the window decides where they go.
	otherKey func(*fyne.KeyEvent)
}

func newArticleList(docs []*corpus.Document, state *State) *articleList {
	l := &articleList{docs: docs, state: state}
	l.Length = func() int { return len(l.docs) }
	l.CreateItem = func() fyne.CanvasObject { return newArticleRow() }
	l.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) { o.(*articleRow).show(l.docs[i]) }
	l.OnSelected = func(i widget.ListItemID) { l.state.OpenArticle(l.docs[i].ID) }
	l.ExtendBaseWidget(l)
	state.OnChanged(l.follow)
	l.follow()
	return l
}

// follow selects the open article; selecting what is already open is a no-op
// in both the list and the state, so the two cannot loop.
func (l *articleList) follow() {
	if i := l.openIndex(); i >= 0 {
		l.Select(i)
	} else {
		l.UnselectAll()
	}
}

func (l *articleList) openIndex() int {
	id := l.state.OpenID()
	for i, d := range l.docs {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// Resize gives each row the height its headline needs at the new width: one
// line or two, so short headlines leave no gap above their date.
func (l *articleList) Resize(size fyne.Size) {
	if size.Width != l.Size().Width {
		th := l.Theme()
		for i, d := range l.docs {
			_, _, height := rowMetrics(th, headlineLines(th, d.Title, size.Width))
			l.SetItemHeight(i, height)
		}
	}
	l.List.Resize(size)
}

// TypedKey makes Up and Down open the previous or next article at once: Fyne's
// list only moves a focus marker and waits for Space, which is slow for reading
// through a dossier. The marker still moves so that it stays on the selection.
func (l *articleList) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyUp, fyne.KeyDown:
		l.List.TypedKey(e)
		l.step(e.Name == fyne.KeyDown)
	default: // including Space, which Fyne's list would use to select
		if l.otherKey != nil {
			l.otherKey(e)
		}
	}
}

// step opens the next (or previous) article in the list's order.
func (l *articleList) step(next bool) {
	if len(l.docs) == 0 {
		return
	}
	i := l.openIndex()
	switch {
	case i < 0:
		i = 0
	case next:
		i = min(i+1, len(l.docs)-1)
	default:
		i = max(i-1, 0)
	}
	l.state.OpenArticle(l.docs[i].ID)
}

// articleRow is one line of the list: the headline over two lines at most,
// then the date and the source.
type articleRow struct {
	widget.BaseWidget
	headline *widget.Label
	meta     *widget.RichText
}

func newArticleRow() *articleRow {
	r := &articleRow{
		headline: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		meta:     mutedText("", theme.SizeNameCaptionText, fyne.TextStyle{}),
	}
	r.headline.Wrapping = fyne.TextWrapWord
	r.headline.Truncation = fyne.TextTruncateEllipsis
	r.meta.Truncation = fyne.TextTruncateEllipsis
	r.meta.Wrapping = fyne.TextWrapOff
	r.ExtendBaseWidget(r)
	return r
}

func (r *articleRow) show(doc *corpus.Document) {
	r.headline.SetText(doc.Title)
	r.meta.Segments[0].(*widget.TextSegment).Text = joinMeta(shortDate(doc.Date), doc.Source)
	r.meta.Refresh()
}

func (r *articleRow) CreateRenderer() fyne.WidgetRenderer {
	return &articleRowRenderer{row: r}
}

type articleRowRenderer struct {
	row *articleRow
}

// maxHeadlineLines is how many lines a headline may take before it ends in "…".
const maxHeadlineLines = 2

// rowMetrics measures a row in a theme: how tall a headline of the given
// number of lines is with its padding, where the meta line starts (right
// under the headline's text, not under its padding) and the whole row's height.
func rowMetrics(th fyne.Theme, lines int) (headline, metaTop, total float32) {
	pad := th.Size(theme.SizeNameInnerPadding)
	line := fyne.MeasureText("Mg", th.Size(theme.SizeNameText), fyne.TextStyle{Bold: true}).Height
	meta := fyne.MeasureText("Mg", th.Size(theme.SizeNameCaptionText), fyne.TextStyle{}).Height + 2*pad
	headline = 2*pad + float32(lines)*line
	metaTop = headline - pad - pad/2
	return headline, metaTop, metaTop + meta
}

// headlineLines is how many lines title wraps to in a row of the given width.
func headlineLines(th fyne.Theme, title string, width float32) int {
	pad := th.Size(theme.SizeNameInnerPadding)
	if fyne.MeasureText(title, th.Size(theme.SizeNameText), fyne.TextStyle{Bold: true}).Width <= width-2*pad {
		return 1
	}
	return maxHeadlineLines
}

func (r *articleRowRenderer) Layout(size fyne.Size) {
	th := r.row.Theme()
	headline, metaTop, _ := rowMetrics(th, headlineLines(th, r.row.headline.Text, size.Width))
	r.row.headline.Move(fyne.NewPos(0, 0))
	r.row.headline.Resize(fyne.NewSize(size.Width, headline))
	r.row.meta.Move(fyne.NewPos(0, metaTop))
	r.row.meta.Resize(fyne.NewSize(size.Width, r.row.meta.MinSize().Height))
}

// MinSize is the tallest row; the list shortens rows whose headline fits on one line.
func (r *articleRowRenderer) MinSize() fyne.Size {
	_, _, total := rowMetrics(r.row.Theme(), maxHeadlineLines)
	return fyne.NewSize(max(r.row.headline.MinSize().Width, r.row.meta.MinSize().Width), total)
}

func (r *articleRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.row.headline, r.row.meta}
}

func (r *articleRowRenderer) Refresh() {
	r.row.headline.Refresh()
	r.row.meta.Refresh()
}

func (r *articleRowRenderer) Destroy() {}
