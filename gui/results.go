package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/search"
	"dossier/gui/view"
)

// resultList lists the hits of the session's result, best first (newest
// first without a query), and opens the one the user picks. Rows are made
// only for what is on screen and hits are fetched a page at a time as the
// list scrolls, so a result of 100,000 articles costs what one of 50 does.
// It follows the State: an article opened elsewhere is selected here.
type resultList struct {
	widget.List

	session *view.Session
	state   *view.State

	// otherKey receives the keys the list has no use for (PageDown for the
	// reader, say); otherRune the characters ("/" focuses the search bar).
	otherKey  func(*fyne.KeyEvent)
	otherRune func(rune)
}

func newResultList(s *view.Session) *resultList {
	l := &resultList{session: s, state: s.State()}
	l.Length = func() int { return l.session.Total() }
	l.CreateItem = func() fyne.CanvasObject { return newResultRow(l) }
	l.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		if hit, ok := l.session.Hit(i); ok {
			o.(*resultRow).show(hit)
		}
	}
	l.OnSelected = func(i widget.ListItemID) {
		if hit, ok := l.session.Hit(i); ok {
			l.state.OpenArticle(hit.Doc.ID)
		}
	}
	l.ExtendBaseWidget(l)
	s.OnChanged(l.changed)
	l.follow()
	return l
}

func (l *resultList) changed(c view.Change) {
	switch {
	case c.Has(view.ChangeResult):
		l.UnselectAll()
		l.Refresh()
		l.ScrollToTop()
		l.follow()
	case c.Has(view.ChangeOpen):
		l.follow()
	case c.Has(view.ChangeBookmarks):
		l.Refresh() // the stars
	}
}

// follow selects the open article when it is among the hits fetched so far;
// selecting what is already open is a no-op in both the list and the state,
// so the two cannot loop.
func (l *resultList) follow() {
	if i := l.session.IndexOf(l.state.OpenID()); i >= 0 {
		l.Select(i)
	} else {
		l.UnselectAll()
	}
}

// TypedKey makes Up and Down open the previous or next article at once: Fyne's
// list only moves a focus marker and waits for Space, which is slow for reading
// through a dossier. The marker still moves so that it stays on the selection.
func (l *resultList) TypedKey(e *fyne.KeyEvent) {
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

// TypedRune passes characters on: the list itself has no use for them.
func (l *resultList) TypedRune(r rune) {
	if l.otherRune != nil {
		l.otherRune(r)
	}
}

// step opens the next (or previous) hit; from outside the list, Down opens the first.
func (l *resultList) step(next bool) {
	total := l.session.Total()
	if total == 0 {
		return
	}
	i := l.session.IndexOf(l.state.OpenID())
	switch {
	case i < 0:
		i = 0
	case next:
		i = min(i+1, total-1)
	default:
		i = max(i-1, 0)
	}
	l.openAt(i)
}

// openAt opens the i-th hit and scrolls it into view.
func (l *resultList) openAt(i int) {
	if hit, ok := l.session.Hit(i); ok {
		l.state.OpenArticle(hit.Doc.ID)
		l.ScrollTo(i)
	}
}

// openFirstUnlessListed opens the best hit unless the open article is already
// one of the hits: what Enter in the search bar does.
func (l *resultList) openFirstUnlessListed() {
	if l.session.IndexOf(l.state.OpenID()) < 0 {
		l.openAt(0)
	}
}

// resultRow is one hit: the headline with its matched words highlighted, a
// meta line (date, source, the countries it names most), the snippet with its
// matches, a line on the words that matched in another form or not at all
// (when any did), and a star to bookmark it.
type resultRow struct {
	widget.BaseWidget
	list *resultList
	id   string

	headline *flowText
	meta     *widget.RichText
	snippet  *flowText
	notes    *flowText
	star     *widget.Button
	starred  bool // what the star shows
	renderer *resultRowRenderer
}

// resultCodes is how many country codes a row shows.
const resultCodes = 4

func newResultRow(l *resultList) *resultRow {
	r := &resultRow{
		list:     l,
		headline: newFlowText("", theme.SizeNameText, fyne.TextStyle{Bold: true}),
		meta:     mutedText("", theme.SizeNameCaptionText, fyne.TextStyle{}),
		snippet:  newFlowText("", sizeSnippet, fyne.TextStyle{}),
		notes:    newFlowText("", theme.SizeNameCaptionText, fyne.TextStyle{}),
	}
	r.headline.maxLines = 2
	r.snippet.colorName = colorSnippet
	r.notes.colorName = colorMuted
	r.notes.maxLines = 1
	r.notes.Hide()
	r.meta.Truncation = fyne.TextTruncateEllipsis
	r.meta.Wrapping = fyne.TextWrapOff
	r.star = widget.NewButtonWithIcon("", starOutlineIcon(), func() { r.list.state.ToggleBookmark(r.id) })
	r.star.Importance = widget.LowImportance
	r.ExtendBaseWidget(r)
	return r
}

func (r *resultRow) show(hit search.Hit) {
	doc := hit.Doc
	r.id = doc.ID
	r.headline.Set(doc.Title, spansToMarks(hit.TitleSpans))
	r.meta.Segments[0].(*widget.TextSegment).Text = joinMeta(shortDate(doc.Date), doc.Source,
		strings.Join(r.list.session.Codes(doc.ID, resultCodes), " "))
	r.snippet.Set(hit.Snippet, spansToMarks(hit.Spans))
	if notes := view.WordNotes(hit); len(notes) > 0 {
		r.notes.Set(wordNotesText(notes))
		r.notes.Show()
	} else {
		r.notes.Set("", nil)
		r.notes.Hide()
	}
	// The star is drawn again only when it changes: a row is shown anew at
	// every keystroke, and a button's refresh draws its icon anew.
	if starred := r.list.state.IsBookmarked(doc.ID); starred != r.starred {
		r.starred = starred
		if starred {
			r.star.SetIcon(starIcon())
		} else {
			r.star.SetIcon(starOutlineIcon())
		}
	}
	if r.renderer != nil {
		r.renderer.refreshText()
	}
}

func spansToMarks(spans [][2]int) []mark {
	marks := make([]mark, len(spans))
	for i, sp := range spans {
		marks[i] = mark{start: sp[0], end: sp[1], kind: markMatch}
	}
	return marks
}

func (r *resultRow) CreateRenderer() fyne.WidgetRenderer {
	r.renderer = &resultRowRenderer{row: r}
	return r.renderer
}

type resultRowRenderer struct{ row *resultRow }

// rowLines is how many lines of text a row holds: a headline of two lines
// leaves two for the snippet, one of a single line leaves three; the line on
// how the words matched, when a row has one, takes the snippet's last. Every
// row is as tall, which lets the list place a row without measuring those
// above it.
const rowLines = 4

// rowMetrics measures a row in a theme: the height of a headline line, of the
// meta line and of a snippet line, with the padding around them.
func rowMetrics(th fyne.Theme) (headLine, metaLine, snipLine, pad, spacing float32) {
	pad = th.Size(theme.SizeNameInnerPadding)
	spacing = th.Size(theme.SizeNameLineSpacing)
	headLine = fyne.MeasureText("Mg", th.Size(theme.SizeNameText), fyne.TextStyle{Bold: true}).Height
	metaLine = fyne.MeasureText("Mg", th.Size(theme.SizeNameCaptionText), fyne.TextStyle{}).Height
	snipLine = fyne.MeasureText("Mg", th.Size(sizeSnippet), fyne.TextStyle{}).Height
	return
}

func (r *resultRowRenderer) Layout(size fyne.Size) {
	row := r.row
	th := row.Theme()
	headLine, metaLine, snipLine, pad, spacing := rowMetrics(th)
	starSize := fyne.NewSquareSize(headLine + pad)
	textWidth := size.Width - starSize.Width

	row.headline.Resize(fyne.NewSize(textWidth, row.headline.Size().Height))
	head := row.headline.MinSize()
	row.headline.Move(fyne.NewPos(0, 0))
	row.headline.Resize(fyne.NewSize(textWidth, head.Height))
	row.star.Move(fyne.NewPos(size.Width-starSize.Width, pad/2))
	row.star.Resize(starSize)

	y := head.Height - pad + spacing/2
	row.meta.Move(fyne.NewPos(0, y-pad))
	row.meta.Resize(fyne.NewSize(size.Width, metaLine+2*pad))
	y += metaLine + spacing

	headLines := int((head.Height - 2*pad + spacing + 0.5) / (headLine + spacing))
	snipLines := max(1, rowLines-max(headLines, 1))
	if row.notes.Visible() {
		snipLines = max(1, snipLines-1)
	}
	row.snippet.maxLines = snipLines
	row.snippet.Move(fyne.NewPos(0, y-pad))
	row.snippet.Resize(fyne.NewSize(size.Width, size.Height-y+pad))
	row.snippet.Refresh()
	if row.notes.Visible() {
		// Under the snippet's last line, however many it has.
		snip := row.snippet.MinSize().Height
		row.snippet.Resize(fyne.NewSize(size.Width, snip))
		top := y - pad + snip - 2*pad + spacing
		row.notes.Move(fyne.NewPos(0, top))
		row.notes.Resize(fyne.NewSize(size.Width, size.Height-top))
		row.notes.Refresh()
	}
	_ = snipLine
}

func (r *resultRowRenderer) MinSize() fyne.Size {
	headLine, metaLine, snipLine, pad, spacing := rowMetrics(r.row.Theme())
	height := 2*pad + 2*headLine + spacing + spacing/2 + metaLine + spacing + 2*snipLine + spacing + pad/2
	return fyne.NewSize(120, height)
}

func (r *resultRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.row.headline, r.row.meta, r.row.snippet, r.row.notes, r.row.star}
}

func (r *resultRowRenderer) Refresh() {
	r.refreshText()
	r.row.star.Refresh()
}

// refreshText lays the row out and draws its text again, leaving the star.
func (r *resultRowRenderer) refreshText() {
	r.Layout(r.row.Size())
	r.row.headline.Refresh()
	r.row.meta.Refresh()
}

func (r *resultRowRenderer) Destroy() {}
