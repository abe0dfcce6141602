package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/library"
	"dossier/gui/view"
)

// quickOpen is the Ctrl+P palette: a few letters of a headline, a country,
// an organisation or a threat-actor group (by any of its names), in order but
// not necessarily together ("mcrnmob", "marok", "fancy"), and Enter goes
// where the highlighted line points: an article opens in the reader, a
// country or an organisation becomes a filter, a group becomes the search,
// by its own name, which finds it by all its names. What matches and in
// which order is library.QuickOpen's business, shared with dossier-cli open.
type quickOpen struct {
	session *view.Session
	state   *view.State
	canvas  fyne.Canvas
	onDone  func()

	entry    *quickEntry
	list     *widget.List
	items    []library.QuickItem
	selected int
	// selecting is set while the palette itself selects a line, which must
	// not count as the user's tap.
	selecting bool
	popup     *widget.PopUp
}

// quickLines is the most lines the palette shows.
const quickLines = 40 + library.QuickPlaces

func newQuickOpen(s *view.Session, c fyne.Canvas, onDone func()) *quickOpen {
	q := &quickOpen{session: s, state: s.State(), canvas: c, onDone: onDone}
	q.entry = newQuickEntry(q)
	q.entry.SetPlaceHolder(tr("quickopen.placeholder"))
	q.entry.OnChanged = func(string) { q.update() }
	q.list = widget.NewList(
		func() int { return len(q.items) },
		func() fyne.CanvasObject {
			label := newFlowText("", theme.SizeNameText, fyne.TextStyle{})
			label.maxLines = 1
			detail := mutedText("", theme.SizeNameCaptionText, fyne.TextStyle{})
			detail.Wrapping = fyne.TextWrapOff
			return container.NewBorder(nil, nil, nil, detail, label)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(q.items) {
				return
			}
			it := q.items[i]
			row := o.(*fyne.Container)
			label := row.Objects[0].(*flowText)
			label.style = fyne.TextStyle{Bold: it.Kind != library.QuickArticle}
			label.Set(it.Label, spansToMarks(it.Spans))
			detail := row.Objects[1].(*widget.RichText)
			detail.Segments[0].(*widget.TextSegment).Text = q.quickDetail(it)
			detail.Refresh()
		})
	q.list.OnSelected = func(i widget.ListItemID) {
		if q.selecting {
			return
		}
		q.selected = i // a tap on a line goes there
		q.activate()
	}
	box := container.NewBorder(q.entry, nil, nil, nil, q.list)
	q.popup = widget.NewModalPopUp(box, c)
	return q
}

// Show opens the palette with an empty pattern: the newest articles.
func (q *quickOpen) Show() {
	q.entry.SetText("")
	q.update()
	size := q.canvas.Size()
	q.popup.Resize(fyne.NewSize(min(640, size.Width-40), min(460, size.Height-80)))
	q.popup.Show()
	q.canvas.Focus(q.entry)
}

// Hide closes the palette.
func (q *quickOpen) Hide() {
	q.popup.Hide()
	if q.onDone != nil {
		q.onDone()
	}
}

func (q *quickOpen) update() {
	q.items = q.session.Library().QuickOpen(q.entry.Text, q.session.Lang(), quickLines)
	q.selected = 0
	q.list.Refresh()
	q.selecting = true
	if len(q.items) > 0 {
		q.list.Select(0)
		q.list.ScrollToTop()
	} else {
		q.list.UnselectAll()
	}
	q.selecting = false
}

// quickDetail is the grey text at the end of a line: an article's date and
// source, or what kind of place it is and how many articles name it, or for
// a group its own name (when another matched), its country and its articles.
func (q *quickOpen) quickDetail(it library.QuickItem) string {
	switch it.Kind {
	case library.QuickArticle:
		if it.Doc == nil {
			return ""
		}
		return joinMeta(shortDate(it.Doc.Date), it.Doc.Source)
	case library.QuickOrganization:
		return joinMeta(tr("quickopen.organization"), articleCount(it.Articles))
	case library.QuickGroup:
		kind := tr("quickopen.group")
		if it.ID != it.Label {
			kind = tr("quickopen.group.named", map[string]any{"Name": it.ID})
		}
		country := ""
		if it.Group != nil && it.Group.Country != "" {
			country = q.session.CountryName(it.Group.Country)
		}
		return joinMeta(kind, country, articleCount(it.Articles))
	}
	return joinMeta(tr("quickopen.country"), articleCount(it.Articles))
}

func (q *quickOpen) move(by int) {
	if len(q.items) == 0 {
		return
	}
	q.selected = min(max(q.selected+by, 0), len(q.items)-1)
	q.selecting = true
	q.list.Select(q.selected)
	q.list.ScrollTo(q.selected)
	q.selecting = false
}

// activate goes to the selected line and closes the palette.
func (q *quickOpen) activate() {
	if q.selected < 0 || q.selected >= len(q.items) {
		return
	}
	it := q.items[q.selected]
	q.Hide()
	switch it.Kind {
	case library.QuickArticle:
		q.state.OpenArticle(it.ID)
	case library.QuickGroup:
		q.state.SetQuery(it.ID)
	default:
		q.state.AddCountry(it.ID)
	}
}

// quickEntry is the palette's text field: Up and Down choose, Enter goes,
// Esc closes.
type quickEntry struct {
	widget.Entry
	q *quickOpen
}

func newQuickEntry(q *quickOpen) *quickEntry {
	e := &quickEntry{q: q}
	e.ExtendBaseWidget(e)
	return e
}

func (e *quickEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyUp:
		e.q.move(-1)
	case fyne.KeyDown:
		e.q.move(1)
	case fyne.KeyPageUp:
		e.q.move(-10)
	case fyne.KeyPageDown:
		e.q.move(10)
	case fyne.KeyReturn, fyne.KeyEnter:
		e.q.activate()
	case fyne.KeyEscape:
		e.q.Hide()
	default:
		e.Entry.TypedKey(k)
	}
}

// showQuickOpen opens the Ctrl+P palette.
func (m *MainWindow) showQuickOpen() {
	if m.quick == nil {
		m.quick = newQuickOpen(m.session, m.window.Canvas(), func() { m.window.Canvas().Focus(m.search) })
	}
	m.quick.Show()
}
