package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/sahilm/fuzzy"

	"dossier/corpus/geo"
	"dossier/corpus/library"
	"dossier/corpus/text"
	"dossier/gui/view"
)

// quickOpen is the Ctrl+P palette: a few letters of a headline, a country or
// an organisation, in order but not necessarily together ("mcrnmob", "marok"),
// and Enter goes there: an article opens in the reader, a country or an
// organisation becomes a filter. Matching is github.com/sahilm/fuzzy's
// subsequence matching, over the folded names (so "israel" finds Israël).
type quickOpen struct {
	session *view.Session
	state   *view.State
	canvas  fyne.Canvas
	onDone  func()

	entry    *quickEntry
	list     *widget.List
	items    []quickItem
	selected int
	// selecting is set while the palette itself selects a line, which must
	// not count as the user's tap.
	selecting bool
	popup     *widget.PopUp

	placesOf *library.Library // the library places were gathered from
	places   []placeName
}

// quickItem is one line of the palette.
type quickItem struct {
	kind   geo.Kind // 0 for an article
	id     string   // the article's id or the place's code
	label  string
	spans  [][2]int // matched runes of label
	detail string
}

// placeName is one name of a country or organisation the corpus names, folded for matching.
type placeName struct {
	code, name, folded string
	origin             []int // FoldIndexed's map from folded bytes to runes of name
	kind               geo.Kind
	articles           int
}

const (
	quickArticles = 40 // at most this many headlines
	quickPlaces   = 5  // and this many countries and organisations, above them
)

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
			label.style = fyne.TextStyle{Bold: it.kind != 0}
			label.Set(it.label, spansToMarks(it.spans))
			detail := row.Objects[1].(*widget.RichText)
			detail.Segments[0].(*widget.TextSegment).Text = it.detail
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

// Items are the lines shown, for tests.
func (q *quickOpen) Items() []quickItem { return q.items }

func (q *quickOpen) update() {
	pattern := text.Fold(q.entry.Text)
	lib := q.session.Library()
	q.items = q.items[:0]
	if pattern != "" {
		q.items = append(q.items, q.matchPlaces(lib, pattern)...)
	}
	for _, m := range lib.Index().QuickOpen(q.entry.Text, quickArticles) {
		q.items = append(q.items, quickItem{id: m.Doc.ID, label: m.Doc.Title, spans: m.Spans,
			detail: joinMeta(shortDate(m.Doc.Date), m.Doc.Source)})
	}
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

// matchPlaces finds the countries and organisations the corpus names whose
// Dutch or English name matches, best first, each once.
func (q *quickOpen) matchPlaces(lib *library.Library, pattern string) []quickItem {
	if q.placesOf != lib {
		q.places = placeNames(lib, q.session.Lang())
		q.placesOf = lib
	}
	folded := make([]string, len(q.places))
	for i, p := range q.places {
		folded[i] = p.folded
	}
	var out []quickItem
	seen := map[string]bool{}
	for _, m := range fuzzy.Find(pattern, folded) {
		p := q.places[m.Index]
		if seen[p.code] {
			continue
		}
		seen[p.code] = true
		var spans [][2]int
		for _, b := range m.MatchedIndexes {
			if b < len(p.origin) {
				r := p.origin[b]
				if n := len(spans); n > 0 && spans[n-1][1] >= r {
					spans[n-1][1] = max(spans[n-1][1], r+1)
				} else {
					spans = append(spans, [2]int{r, r + 1})
				}
			}
		}
		kind := tr("quickopen.country")
		if p.kind == geo.Organization {
			kind = tr("quickopen.organization")
		}
		out = append(out, quickItem{kind: p.kind, id: p.code, label: p.name, spans: spans,
			detail: joinMeta(kind, articleCount(p.articles))})
		if len(out) == quickPlaces {
			break
		}
	}
	return out
}

// placeNames lists the names, in the interface's language first and then the
// other, of every country and organisation the library's articles name.
func placeNames(lib *library.Library, lang string) []placeName {
	other := "en"
	if lang == "en" {
		other = "nl"
	}
	var out []placeName
	add := func(totals []geo.Total, kind geo.Kind) {
		for _, t := range totals {
			for _, l := range []string{lang, other} {
				name := lib.Gazetteer().Name(t.Code, l)
				if name == "" {
					continue
				}
				folded, origin := text.FoldIndexed(name)
				out = append(out, placeName{code: t.Code, name: name, folded: folded, origin: origin, kind: kind, articles: t.Articles})
			}
		}
	}
	add(lib.Countries(), geo.Country)
	add(lib.Organizations(), geo.Organization)
	return out
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
	if it.kind == 0 {
		q.state.OpenArticle(it.id)
	} else {
		q.state.AddCountry(it.id)
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
