package gui

// The timeline's layer of events: below the bars of when the matching
// articles were published, a band of teal bars hangs down for when the
// things they tell of happened (package dates: "in september vorig jaar",
// "op 8 februari"), as many articles as talk of each month.
//
//   - Hover the band: a tip names the month (or bar) and a few of its events,
//     their words bold in their sentences, "and N more".
//   - Click the band, or press Down with the keyboard's cursor on a bar: the
//     article of a lone event opens at its sentence; with more, a list of
//     them opens, and a click (or Enter) on one opens it there.
//   - Zoomed in far enough for days, the band also marks, day by day, the
//     events known to the day (Session.EventDays); where there are any, the
//     zoom goes on from half a year down to a month.
//   - The switch top right (Left and Right with the focus) says what a
//     selected range keeps: the articles published then (the bars), those
//     that tell of then (the band), or either; its colours are the legend.
//     The selection shows on the layers it filters.
//
// Selection stays by whole months however far one zooms in: the state's
// range (view.State.SetRange) is a range of months, and the articles' events
// are filtered by the months they cover.

import (
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/library"
	"dossier/corpus/search"
	"dossier/gui/view"
)

// Sizes of the layer, in dp unless the name says otherwise.
const (
	timelineEventsShare = 0.28 // of the plot's height
	timelineEventsMin   = 14
	timelineEventsMax   = 44
	timelineEventsGap   = 3 // between the bars and the band
	// timelineMinDayPixels is the narrowest a day may be, in device
	// pixels, for the band to mark days.
	timelineMinDayPixels = 3
	timelineTipEvents    = 3   // events in the hover tip
	timelineListEvents   = 8   // events in the list a click opens
	timelineExcerptRunes = 100 // of a sentence, in the tip, at most
	timelineDayMargin    = 2   // months fetched beyond the view, for panning
)

// timelineEvent is an event as the timeline lists it: its article, the
// sentence it is in and the event's words in it.
type timelineEvent struct {
	id, title string
	sentence  string
	words     [2]int // runes of sentence
	event     dates.Event
}

// timelineEventSource gives the layer its details; the window's is the
// session's (sessionEvents).
type timelineEventSource interface {
	// days counts, per day of the months [first, last], the matching
	// articles with an event known to the day then (search.Day numbers).
	days(first, last corpus.Month) (firstDay int, counts []int)
	// in lists the events of the months [first, last], at most limit of
	// them, and how many there are; on those of a day.
	in(first, last corpus.Month, limit int) ([]timelineEvent, int)
	on(day, limit int) ([]timelineEvent, int)
	// open shows an event's article at its sentence.
	open(timelineEvent)
}

// sessionEvents are a session's events of its matching articles.
type sessionEvents struct{ s *view.Session }

func (e sessionEvents) days(first, last corpus.Month) (int, []int) { return e.s.EventDays(first, last) }

func (e sessionEvents) in(first, last corpus.Month, limit int) ([]timelineEvent, int) {
	refs, total := e.s.EventsIn(first, last, limit)
	return e.items(refs), total
}

func (e sessionEvents) on(day, limit int) ([]timelineEvent, int) {
	refs, total := e.s.EventsOn(day, limit)
	return e.items(refs), total
}

func (e sessionEvents) open(ev timelineEvent) {
	e.s.State().OpenArticleAt(ev.id, ev.event.Paragraph, ev.event.Sentence)
}

func (e sessionEvents) items(refs []library.EventRef) []timelineEvent {
	out := make([]timelineEvent, 0, len(refs))
	for _, r := range refs {
		doc, ok := e.s.Doc(r.ID)
		if !ok {
			continue
		}
		ev := r.Event
		words := [2]int{ev.Words.RuneStart - ev.Sentence.RuneStart, ev.Words.RuneEnd - ev.Sentence.RuneStart}
		out = append(out, timelineEvent{id: r.ID, title: doc.Title, sentence: ev.SentenceText(doc), words: words, event: ev})
	}
	return out
}

// SetEvents shows the layer of events: per month, the matching articles
// with an event then (view.Session.TimelineEvents; none when the corpus has
// no events, and then no layer), and what the range filters on, which the
// switch shows. Call it before SetData, which draws.
func (t *Timeline) SetEvents(months corpus.MonthCounts, by search.DateBy) {
	t.eventMonths, t.by = months, by
	t.bySwitch.show(slices.Index(view.DateBys(), by))
	// A new result: the days and lists fetched were the last one's.
	t.eventDays, t.eventList = timelineDays{}, timelineEventList{}
	t.denseEvents()
}

// denseEvents lays the event months over the span.
func (t *Timeline) denseEvents() {
	if t.eventMonths.Len() == 0 || t.data.months == 0 {
		t.data.events = nil
		return
	}
	t.data.events = timelineDense(t.data.events, t.data.first, t.data.months, t.eventMonths)
}

// switchShown reports whether the timeline has its switch: whether anyone
// listens to it.
func (t *Timeline) switchShown() bool { return t.OnBy != nil }

// filtersEvents and filtersPublished report whether the range, as By reads
// it, keeps articles by their events, and by their publication.
func (t *Timeline) filtersEvents() bool    { return t.by == search.ByEvent || t.by == search.ByEither }
func (t *Timeline) filtersPublished() bool { return t.by != search.ByEvent }

// timelineDays are the day counts of the months [first, last] as last
// fetched, kept while the result stays.
type timelineDays struct {
	first, last int // month indices
	firstDay    int
	counts      []int
	fetched     bool
}

// dayCounts are the articles per day of the months [first, last] (month
// indices), from firstDay on: fetched for a few months more than asked, so
// that panning day by day does not search at every step.
func (t *Timeline) dayCounts(first, last int) (firstDay int, counts []int) {
	if t.events == nil || t.data.events == nil {
		return 0, nil
	}
	d := &t.eventDays
	if !d.fetched || first < d.first || last > d.last {
		lo := max(t.data.first, first-timelineDayMargin)
		hi := min(t.data.end()-1, last+timelineDayMargin)
		if lo > hi {
			return 0, nil
		}
		firstDay, counts := t.events.days(corpus.MonthFromIndex(lo), corpus.MonthFromIndex(hi))
		*d = timelineDays{first: lo, last: hi, firstDay: firstDay, counts: counts, fetched: true}
	}
	return d.firstDay, d.counts
}

// dayCount is the articles with an event on day (search.Day), or 0.
func (t *Timeline) dayCount(day int) int {
	d := t.eventDays
	if i := day - d.firstDay; d.fetched && i >= 0 && i < len(d.counts) {
		return d.counts[i]
	}
	return 0
}

// hasDays reports whether the months from to to (fractional month indices)
// have an event known to the day.
func (t *Timeline) hasDays(from, to float64) bool {
	first := max(t.data.first, int(math.Floor(from)))
	last := min(t.data.end()-1, int(math.Ceil(to))-1)
	if first > last {
		return false
	}
	firstDay, counts := t.dayCounts(first, last)
	lo := search.Day(corpus.MonthFromIndex(first), 1) - firstDay
	hi := search.Day(corpus.MonthFromIndex(last+1), 1) - firstDay
	for i := max(lo, 0); i < min(hi, len(counts)); i++ {
		if counts[i] > 0 {
			return true
		}
	}
	return false
}

// dayAt is the day (search.Day) under x, for a month wide enough to draw
// its days.
func (g timelineGeometry) dayAt(x float32) int {
	at := g.monthAt(x)
	m := int(math.Floor(at))
	month := corpus.MonthFromIndex(m)
	days := daysInMonth(month)
	day := min(days, int((at-float64(m))*float64(days))+1)
	return search.Day(month, day)
}

// dayEdges are the left and right edge of a day's column (search.Day).
func (g timelineGeometry) dayEdges(day int) (left, right float32) {
	y, m, d := search.DayDate(day)
	month := corpus.Month{Year: y, Month: m}
	days := float64(daysInMonth(month))
	at := float64(month.Index())
	return g.x(at + float64(d-1)/days), g.x(at + float64(d)/days)
}

func daysInMonth(m corpus.Month) int {
	return time.Date(m.Year, m.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// inEvents reports whether pos is on the layer of events.
func (t *Timeline) inEvents(g timelineGeometry, pos fyne.Position) bool {
	return t.data.events != nil && pos.Y >= g.eventTop && pos.Y < g.bottom && pos.X >= g.left && pos.X < g.right
}

// timelineEventTarget is what the layer has at a place: the events of a
// bar's months, or of a day.
type timelineEventTarget struct {
	first, last int // month indices, inclusive
	day         int // a day (search.Day), or -1 for the months
	// articles is how many articles tell of it; -1 when the bar has several
	// months, whose articles are not known apart.
	articles int
}

// eventTargetAt is what the layer has under x, if anything.
func (t *Timeline) eventTargetAt(g timelineGeometry, x float32) (timelineEventTarget, bool) {
	b, ok := t.data.bucketAtX(g, x)
	if !ok || t.data.events == nil {
		return timelineEventTarget{}, false
	}
	if g.days && t.events != nil {
		day := g.dayAt(x)
		t.dayCounts(b.first, b.last)
		if n := t.dayCount(day); n > 0 {
			return timelineEventTarget{first: b.first, last: b.last, day: day, articles: n}, true
		}
	}
	return t.bucketEvents(b)
}

// bucketEvents is the events of bar b, if it has any.
func (t *Timeline) bucketEvents(b timelineBucket) (timelineEventTarget, bool) {
	if b.events == 0 {
		return timelineEventTarget{}, false
	}
	target := timelineEventTarget{first: b.first, last: b.last, day: -1, articles: -1}
	if b.first == b.last {
		target.articles = b.events
	}
	return target, true
}

// timelineEventList is a target's events as last fetched.
type timelineEventList struct {
	target  timelineEventTarget
	limit   int
	events  []timelineEvent
	total   int
	fetched bool
}

// eventsOf fetches the events of a target, at most limit, keeping the last
// fetch so that a hover moving within a bar does not search again.
func (t *Timeline) eventsOf(target timelineEventTarget, limit int) ([]timelineEvent, int) {
	l := &t.eventList
	if t.events == nil {
		return nil, 0
	}
	if !l.fetched || l.target != target || l.limit < limit {
		var events []timelineEvent
		var total int
		if target.day >= 0 {
			events, total = t.events.on(target.day, limit)
		} else {
			events, total = t.events.in(corpus.MonthFromIndex(target.first), corpus.MonthFromIndex(target.last), limit)
		}
		*l = timelineEventList{target: target, limit: limit, events: events, total: total, fetched: true}
	}
	return l.events[:min(limit, len(l.events))], l.total
}

// eventTipLines are the hover tip over the layer: what and when, then a few
// events, their words bold, and how many more there are.
func (t *Timeline) eventTipLines(target timelineEventTarget) []tipLine {
	header := eventsHeader(corpus.MonthFromIndex(target.first), corpus.MonthFromIndex(target.last), target.day, target.articles)
	lines := []tipLine{{{text: header}}}
	events, total := t.eventsOf(target, timelineTipEvents)
	// As many runes as the strip is wide, about.
	caption := t.Theme().Size(theme.SizeNameCaptionText)
	perRune := fyne.MeasureText("abcdefghijklmnopqrstuvwxyz", caption, fyne.TextStyle{}).Width / 26
	most := min(timelineExcerptRunes, max(24, int((t.Size().Width-4*tipPadX)/perRune)-2))
	for _, e := range events {
		before, words, after := eventExcerpt(e.sentence, e.words, most)
		lines = append(lines, tipLine{{text: before}, {text: words, bold: true}, {text: after}})
	}
	if more := total - len(events); more > 0 {
		lines = append(lines, tipLine{{text: trN("timeline.events.more", more), muted: true}})
	}
	return lines
}

// eventExcerpt cuts a sentence to about most runes around its words
// [words[0], words[1]) (runes), on word boundaries, with "…" where it was
// cut: the text before the words, the words, and the text after.
func eventExcerpt(sentence string, words [2]int, most int) (before, inner, after string) {
	runes := []rune(sentence)
	from, to := max(0, min(words[0], len(runes))), max(0, min(words[1], len(runes)))
	if from > to {
		from, to = to, from
	}
	room := max(0, most-(to-from))
	left := room / 2
	right := room - left
	// Room one side does not need goes to the other.
	if from < left {
		right += left - from
		left = from
	}
	if len(runes)-to < right {
		left += right - (len(runes) - to)
		right = len(runes) - to
	}
	// On word boundaries: a cut word is left out.
	start := max(0, from-left)
	if start > 0 && runes[start-1] != ' ' {
		if i := strings.IndexRune(string(runes[start:from]), ' '); i >= 0 {
			start += utf8.RuneCountInString(string(runes[start:from])[:i]) + 1
		} else {
			start = from
		}
	}
	end := min(len(runes), to+right)
	if end < len(runes) && runes[end] != ' ' {
		if i := strings.LastIndex(string(runes[to:end]), " "); i >= 0 {
			end = to + utf8.RuneCountInString(string(runes[to:end])[:i])
		} else {
			end = to
		}
	}
	before, inner, after = string(runes[start:from]), string(runes[from:to]), string(runes[to:end])
	if start > 0 {
		before = "…" + before
	}
	if end < len(runes) {
		after = strings.TrimRight(after, " ,;:") + "…"
	}
	return before, inner, after
}

// tapEvents is a click on the layer of events at pos.
func (t *Timeline) tapEvents(g timelineGeometry, pos fyne.Position) {
	if target, ok := t.eventTargetAt(g, pos.X); ok {
		t.openEvents(target, pos)
	}
}

// openEvents opens the article of a target's lone event at its sentence,
// or lists its events under pos, to open one.
func (t *Timeline) openEvents(target timelineEventTarget, pos fyne.Position) {
	events, total := t.eventsOf(target, timelineListEvents)
	switch {
	case len(events) == 0:
	case total == 1:
		t.events.open(events[0])
	default:
		t.showEventList(target, events, total, pos)
	}
}

// eventListWidth is the widest the list of events gets, in dp.
const eventListWidth = 520

// showEventList opens the list of a target's events, a row for each (its
// sentence, the event's words marked as the reader marks dates, and its
// article's title), and how many more there are. A click on a row, or
// Enter on it (the first row has the focus), opens its article there;
// Escape closes the list.
func (t *Timeline) showEventList(target timelineEventTarget, events []timelineEvent, total int, pos fyne.Position) {
	c := fyne.CurrentApp().Driver().CanvasForObject(t)
	if c == nil {
		return
	}
	var popup *widget.PopUp
	closeList := func() {
		popup.Hide()
		c.Focus(t)
	}
	header := eventsHeader(corpus.MonthFromIndex(target.first), corpus.MonthFromIndex(target.last), target.day, target.articles)
	blocks := []fyne.CanvasObject{widget.NewLabelWithStyle(header, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	var first fyne.Focusable
	for _, e := range events {
		row := newEventRow(e, func() {
			popup.Hide()
			t.events.open(e)
		})
		if first == nil {
			first = row
		}
		blocks = append(blocks, row)
	}
	if more := total - len(events); more > 0 {
		blocks = append(blocks, mutedText(trN("timeline.events.more", more), theme.SizeNameCaptionText, fyne.TextStyle{}))
	}
	blocks = append(blocks, container.NewHBox(newEscapeButton(tr("dialog.close"), closeList)))
	pad := theme.Padding()
	width := min(eventListWidth, c.Size().Width-4*pad)
	column := container.New(&readingColumn{maxWidth: width, margin: fyne.NewSize(pad, pad)}, blocks...)
	column.Resize(fyne.NewSize(width+2*pad, 1))
	column.Resize(fyne.NewSize(width+2*pad, column.MinSize().Height))
	// The pop-up's own padding goes round the column.
	size := column.MinSize().Add(fyne.NewSquareSize(theme.InnerPadding()))
	size = fyne.NewSize(width+2*pad+theme.InnerPadding(), min(size.Height, c.Size().Height-2*pad))
	popup = widget.NewPopUp(container.NewVScroll(column), c)
	popup.Resize(size)
	// Above the timeline, where there is room, by the pointer; the tip of
	// the pointer's hover would stay under it.
	t.hovering = false
	t.Refresh()
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(t).Add(pos)
	x := max(0, min(at.X-size.Width/2, c.Size().Width-size.Width))
	y := max(0, at.Y-size.Height-pad)
	popup.ShowAtPosition(fyne.NewPos(x, y))
	if first != nil {
		c.Focus(first)
	}
}

// eventRow is one event of the list: its sentence with the event's words
// marked, and its article's title below, muted. A tap, or Enter or Space
// with the focus, opens it.
type eventRow struct {
	widget.BaseWidget
	pressable
	sentence, title *flowText
}

func newEventRow(e timelineEvent, onTap func()) *eventRow {
	r := &eventRow{}
	r.pressable = pressable{self: r, press: onTap}
	r.sentence = newFlowText(e.sentence, theme.SizeNameText, fyne.TextStyle{})
	r.sentence.Set(e.sentence, []mark{{start: e.words[0], end: e.words[1], kind: markDate}})
	r.sentence.maxLines = 3
	r.title = newFlowText(e.title, theme.SizeNameCaptionText, fyne.TextStyle{})
	r.title.colorName = colorMuted
	r.title.maxLines = 1
	r.ExtendBaseWidget(r)
	return r
}

// Text is the row's sentence, for tests.
func (r *eventRow) Text() string { return string(r.sentence.text) }

func (r *eventRow) CreateRenderer() fyne.WidgetRenderer {
	rr := &eventRowRenderer{r: r, back: canvas.NewRectangle(nil)}
	rr.Refresh()
	return rr
}

type eventRowRenderer struct {
	r    *eventRow
	back *canvas.Rectangle
}

func (rr *eventRowRenderer) Layout(size fyne.Size) {
	rr.back.Resize(size)
	rr.r.sentence.Resize(fyne.NewSize(size.Width, rr.r.sentence.MinSize().Height))
	rr.r.sentence.Resize(fyne.NewSize(size.Width, rr.r.sentence.MinSize().Height))
	h := rr.r.sentence.MinSize().Height
	rr.r.title.Move(fyne.NewPos(0, h-theme.Padding()))
	rr.r.title.Resize(fyne.NewSize(size.Width, rr.r.title.MinSize().Height))
}

func (rr *eventRowRenderer) MinSize() fyne.Size {
	w := rr.r.Size().Width
	rr.r.sentence.Resize(fyne.NewSize(w, rr.r.sentence.Size().Height))
	rr.r.title.Resize(fyne.NewSize(w, rr.r.title.Size().Height))
	return fyne.NewSize(0, rr.r.sentence.MinSize().Height+rr.r.title.MinSize().Height-theme.Padding())
}

func (rr *eventRowRenderer) Refresh() {
	rr.r.drawRing(rr.back, rr.r.Theme())
	rr.r.sentence.Refresh()
	rr.r.title.Refresh()
	rr.Layout(rr.r.Size())
}

func (rr *eventRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.back, rr.r.sentence, rr.r.title}
}

func (rr *eventRowRenderer) Destroy() {}
