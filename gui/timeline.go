package gui

// The timeline is the strip of monthly bars that shows when the articles
// matching the current search were published, and lets the reader narrow the
// search to a period.
//
// How the window uses it:
//
//	tl := NewTimeline(
//		func(from, to corpus.Month) { /* set the date range; zero months clear it */ },
//		func(m corpus.Month) { /* set the date range to the single month m */ },
//	)
//	tl.SetData([2]corpus.Month{first, last}, result.Facets.Months, allArticlesPerMonth, from, to)
//
// SetData is cheap (about 30 µs for 250 months, redrawing included) and can
// be called after every search. The timeline never changes the window's state
// by itself: it reports gestures through the two callbacks and shows whatever
// range the next SetData brings, so the chip and the timeline cannot disagree.
//
// Gestures (desktop; on touch screens drag selects and tap picks a month):
//   - Drag across the bars: select a range of months. The selection snaps to
//     the bars and is reported once, when the button is released.
//   - Tap a bar: onMonth with its month (onRange with the quarter or year when
//     the bars are aggregated). Tapping the bar that is the whole selection
//     again, or tapping where there are no matches, clears the selection, so a
//     double tap on a bar also clears. A tap is a whole column: the space above
//     a short bar belongs to it.
//   - Scroll wheel: zoom in and out around the pointer. Horizontal scrolling
//     (trackpads, Shift+wheel on some systems) pans.
//   - Pan while zoomed in: drag along the axis labels, Shift+drag anywhere, or
//     drag with the right or middle mouse button.
//   - Hover: a label near the pointer names the bar's period and its count.
//
// The keyboard can do what the pointer does; see timeline_keys.go.
//
// Below the bars, a layer of events shows when the matching articles say
// things happened, and a switch says whether a selected range keeps the
// articles published then, those that tell of then, or either; see
// timeline_events.go.
//
// When months get narrower than timelineMinBarPixels device pixels, the bars
// are drawn per quarter, year or several years, so the strip stays legible
// however long the corpus is. Everything is drawn with a pool of rectangles
// and texts that is reused across refreshes; only objects whose position,
// size, colour or text changed are refreshed, so hovering touches a handful.

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/search"
	"dossier/gui/view"
)

// Sizes in dp unless the name says pixels.
const (
	timelineHeight   = 140
	timelineMinWidth = 240
	// timelineMinVisibleMonths is how far one can zoom in: half a year still
	// shows bars in context rather than one slab across the window. Where
	// events are known to the day, one can zoom in to a month
	// (timelineMinVisibleDayMonths), to see them day by day.
	timelineMinVisibleMonths    = 6
	timelineMinVisibleDayMonths = 1
	// timelineMinBarPixels is the narrowest distance between bars, in device
	// pixels, before months are combined: two pixels of bar and one of gap.
	timelineMinBarPixels = 3
	timelineMaxBarWidth  = 36 // a few months across a wide window stay bars, not slabs
	timelineTickLength   = 4
	timelineLabelGap     = 8 // the least space between two axis labels
	timelineTipOffset    = 12
	// timelineZoomPerNotch is the zoom factor of one wheel notch, which Fyne
	// reports as a scroll of timelineScrollNotch (25 on Linux and Windows, 10 on
	// macOS, where notches are finer anyway).
	timelineZoomPerNotch = 1.25
	timelineScrollNotch  = 25
	timelineFocusRing    = 2 // the focus ring's width
)

// Timeline shows how many articles match per month across the corpus, and
// lets the reader select a period by dragging, zoom by scrolling and pan.
// Use NewTimeline; touch it on the UI goroutine only.
type Timeline struct {
	widget.BaseWidget

	onRange func(from, to corpus.Month)
	onMonth func(m corpus.Month)

	data      timelineData
	selection timelineRange
	// viewStart and viewEnd are the visible stretch of the axis as fractional
	// month indices (corpus.Month.Index), so zooming and panning are smooth
	// rather than jumping a month at a time.
	viewStart, viewEnd float64

	hovering bool
	hoverAt  fyne.Position
	drag     timelineDrag
	// pressModifier and pressButton are those of the last mouse press, which
	// fyne.DragEvent does not carry; panButtonAt is where a right or middle
	// button drag was last seen.
	pressModifier fyne.KeyModifier
	pressButton   desktop.MouseButton
	panButtonAt   fyne.Position

	keys timelineKeys

	// The layer of events (timeline_events.go).
	// OnBy is called with what the switch chose the range to filter on;
	// while it is nil, the timeline has no switch.
	OnBy     func(search.DateBy)
	by       search.DateBy
	bySwitch *wordSwitch
	// events gives the details of the layer (its days, its events, opening
	// one); nil draws the layer without them.
	events      timelineEventSource
	eventMonths corpus.MonthCounts
	eventDays   timelineDays
	eventList   timelineEventList // the events under the pointer, as last fetched
}

var (
	_ fyne.Tappable      = (*Timeline)(nil)
	_ fyne.Draggable     = (*Timeline)(nil)
	_ fyne.Scrollable    = (*Timeline)(nil)
	_ desktop.Hoverable  = (*Timeline)(nil)
	_ desktop.Mouseable  = (*Timeline)(nil)
	_ desktop.Cursorable = (*Timeline)(nil)
)

// timelineDrag is one drag gesture, from its first Dragged to DragEnd.
type timelineDrag struct {
	active  bool
	panning bool // panning the view rather than selecting months
	anchor  timelineBucket
	pointer fyne.Position
}

// NewTimeline returns an empty timeline. onRange is called when the reader
// selects a range by dragging (from <= to, inclusive), or clears it (both zero
// months); onMonth when the reader taps a single month. Either may be nil.
func NewTimeline(onRange func(from, to corpus.Month), onMonth func(m corpus.Month)) *Timeline {
	t := &Timeline{onRange: onRange, onMonth: onMonth}
	t.bySwitch = newWordSwitch(byNames, func(i int) {
		if t.OnBy != nil {
			t.OnBy(view.DateBys()[i])
		}
	})
	// The switch is the legend too: the bars' colour, the events', both.
	t.bySwitch.swatches = [][]fyne.ThemeColorName{{theme.ColorNamePrimary}, {colorDate}, {theme.ColorNamePrimary, colorDate}}
	t.ExtendBaseWidget(t)
	return t
}

// SetData shows new counts. span is the corpus's first and last month, which
// the axis always covers; counts are the matching articles per month, and
// months outside the span are ignored. background, when not empty, is drawn
// as faint bars behind the counts (all articles per month, say), so the
// reader sees what the filter hides; see timelineScaleMax for how the two
// share the height. from and to are the selected range to highlight: zero
// months for none, one zero end for a range open on that side.
//
// The zoom is kept while the span stays the same, and reset when it changes.
func (t *Timeline) SetData(span [2]corpus.Month, counts, background corpus.MonthCounts, from, to corpus.Month) {
	first, last := span[0].Index(), span[1].Index()
	months := last - first + 1
	if span[0] == (corpus.Month{}) || months <= 0 {
		first, months = 0, 0
	}
	if first != t.data.first || months != t.data.months {
		t.viewStart, t.viewEnd = float64(first), float64(first+months)
		// Another corpus: the keyboard's months may not be in it.
		t.keys = timelineKeys{focused: t.keys.focused}
	}
	t.data.first, t.data.months = first, months
	t.data.counts = timelineDense(t.data.counts, first, months, counts)
	if background.Len() == 0 {
		t.data.background = nil
	} else {
		t.data.background = timelineDense(t.data.background, first, months, background)
	}
	t.denseEvents()
	// A search that finishes in the middle of a drag must not yank the
	// selection from under the pointer; the drag reports its own range at the end.
	if !t.drag.active {
		t.selection = timelineRangeOf(from, to, &t.data)
	}
	t.clampView()
	t.Refresh()
}

// Tapped is part of fyne.Tappable: a bar picks its period, empty space
// clears, and the layer of events lists the events there.
func (t *Timeline) Tapped(e *fyne.PointEvent) {
	g := t.geometry(t.Size())
	if t.inEvents(g, e.Position) {
		t.tapEvents(g, e.Position)
		return
	}
	b, ok := t.data.bucketAtX(g, e.Position.X)
	if !ok || b.count == 0 || t.selection == (timelineRange{from: b.first, to: b.last, ok: true}) {
		t.clearSelection()
		return
	}
	t.selection = timelineRange{from: b.first, to: b.last, ok: true}
	if t.keys.focused {
		// The keyboard carries on from the bar the pointer picked.
		t.keys.cursor, t.keys.placed, t.keys.pending = b.first, true, timelineRange{}
	}
	t.Refresh()
	if b.first == b.last {
		if t.onMonth != nil {
			t.onMonth(corpus.MonthFromIndex(b.first))
		}
		return
	}
	t.reportSelection()
}

func (t *Timeline) clearSelection() {
	if !t.selection.ok {
		return
	}
	t.selection = timelineRange{}
	t.Refresh()
	t.reportSelection()
}

func (t *Timeline) reportSelection() {
	if t.onRange == nil {
		return
	}
	if !t.selection.ok {
		t.onRange(corpus.Month{}, corpus.Month{})
		return
	}
	t.onRange(corpus.MonthFromIndex(t.selection.from), corpus.MonthFromIndex(t.selection.to))
}

// Dragged is part of fyne.Draggable. Fyne reports where the pointer is now and
// how far it moved since the last event, so the first event also tells where
// the drag began.
func (t *Timeline) Dragged(e *fyne.DragEvent) {
	if t.data.months == 0 {
		return
	}
	g := t.geometry(t.Size())
	if !t.drag.active {
		start := e.Position.Subtract(e.Dragged)
		t.drag = timelineDrag{active: true}
		// The pointer takes over from the keyboard, as a tap does.
		t.keys.pending, t.keys.showing = timelineRange{}, false
		t.drag.panning = t.pressModifier&fyne.KeyModifierShift != 0 || start.Y >= g.bottom
		if !t.drag.panning {
			t.drag.anchor, _ = t.data.bucketAtX(g, g.clampX(start.X))
		}
	}
	t.drag.pointer = e.Position
	if t.drag.panning {
		t.panBy(g, e.Dragged.DX)
	} else if current, ok := t.data.bucketAtX(g, g.clampX(e.Position.X)); ok {
		t.selection = timelineRange{
			from: min(t.drag.anchor.first, current.first),
			to:   max(t.drag.anchor.last, current.last),
			ok:   true,
		}
	}
	t.Refresh()
}

// DragEnd is part of fyne.Draggable: a selecting drag reports its range now,
// once, rather than searching again at every step of the drag.
func (t *Timeline) DragEnd() {
	selecting := t.drag.active && !t.drag.panning
	// No hover event arrives during a drag, so the pointer is where the drag
	// left it, not where it was last seen hovering.
	t.hoverAt = t.drag.pointer
	t.drag = timelineDrag{}
	t.pressModifier = 0
	t.Refresh()
	if selecting && t.selection.ok {
		t.reportSelection()
	}
}

// Scrolled is part of fyne.Scrollable: vertical scrolling zooms around the
// pointer, keeping the month under it in place; horizontal scrolling pans.
func (t *Timeline) Scrolled(e *fyne.ScrollEvent) {
	if t.data.months == 0 {
		return
	}
	g := t.geometry(t.Size())
	dx, dy := float64(e.Scrolled.DX), float64(e.Scrolled.DY)
	if math.Abs(dx) > math.Abs(dy) {
		t.panBy(g, e.Scrolled.DX)
		t.Refresh()
		return
	}
	width := t.viewEnd - t.viewStart
	newWidth := width * math.Pow(timelineZoomPerNotch, -dy/timelineScrollNotch)
	newWidth = max(min(newWidth, float64(t.data.months)), min(timelineMinVisibleDayMonths, float64(t.data.months)))
	anchor := g.monthAt(g.clampX(e.Position.X))
	share := (anchor - t.viewStart) / width
	if newWidth < timelineMinVisibleMonths && !t.hasDays(anchor-share*newWidth, anchor+(1-share)*newWidth) {
		// Closer than half a year only to see events day by day: where
		// there are none, stay where the zoom got to.
		newWidth = max(newWidth, min(width, timelineMinVisibleMonths, float64(t.data.months)))
	}
	t.viewStart = anchor - share*newWidth
	t.viewEnd = t.viewStart + newWidth
	t.clampView()
	t.Refresh()
}

// panBy moves the view by dx dp of pointer movement: the axis follows the pointer.
func (t *Timeline) panBy(g timelineGeometry, dx float32) {
	shift := float64(dx) / g.pixelsPerMonth()
	t.viewStart -= shift
	t.viewEnd -= shift
	t.clampView()
}

// clampView keeps the view inside the span without changing its width.
func (t *Timeline) clampView() {
	lo, hi := float64(t.data.first), float64(t.data.end())
	width := min(t.viewEnd-t.viewStart, hi-lo)
	if width <= 0 {
		width = hi - lo
	}
	t.viewStart = max(lo, min(t.viewStart, hi-width))
	t.viewEnd = t.viewStart + width
}

// MouseIn is part of desktop.Hoverable.
func (t *Timeline) MouseIn(e *desktop.MouseEvent) { t.MouseMoved(e) }

// MouseMoved is part of desktop.Hoverable: it moves the hover label, and pans
// while the right or middle button is held (Fyne only reports primary-button
// drags as Dragged).
func (t *Timeline) MouseMoved(e *desktop.MouseEvent) {
	if e.Button&(desktop.MouseButtonSecondary|desktop.MouseButtonTertiary) != 0 &&
		t.pressButton&(desktop.MouseButtonSecondary|desktop.MouseButtonTertiary) != 0 {
		t.panBy(t.geometry(t.Size()), e.Position.X-t.panButtonAt.X)
		t.panButtonAt = e.Position
	}
	t.hovering, t.hoverAt = true, e.Position
	t.keys.showing = false
	t.Refresh()
}

// MouseOut is part of desktop.Hoverable.
func (t *Timeline) MouseOut() {
	t.hovering = false
	t.Refresh()
}

// MouseDown is part of desktop.Mouseable: it notes the button and modifiers,
// which decide whether the drag that may follow selects or pans.
func (t *Timeline) MouseDown(e *desktop.MouseEvent) {
	t.pressModifier, t.pressButton, t.panButtonAt = e.Modifier, e.Button, e.Position
}

// MouseUp is part of desktop.Mouseable.
func (t *Timeline) MouseUp(*desktop.MouseEvent) { t.pressButton, t.pressModifier = 0, 0 }

// Cursor is part of desktop.Cursorable: the axis shows it can be dragged
// sideways once there is something to pan to.
func (t *Timeline) Cursor() desktop.Cursor {
	g := t.geometry(t.Size())
	switch {
	case !t.hovering:
	case t.hoverAt.Y >= g.bottom && t.zoomedIn():
		return desktop.HResizeCursor
	case t.inEvents(g, t.hoverAt):
		if _, ok := t.eventTargetAt(g, t.hoverAt.X); ok {
			return desktop.PointerCursor // opens the events
		}
	}
	return desktop.DefaultCursor
}

func (t *Timeline) zoomedIn() bool { return t.viewEnd-t.viewStart < float64(t.data.months) }

// geometry lays the strip out: the scale hint (and the switch) on top, the
// plot with the layer of events at its foot, and one row of axis labels
// below, with the bars fitted to the device's pixels.
func (t *Timeline) geometry(size fyne.Size) timelineGeometry {
	th := t.Theme()
	caption := th.Size(theme.SizeNameCaptionText)
	textHeight := fyne.MeasureText("0", caption, fyne.TextStyle{}).Height
	pad := th.Size(theme.SizeNamePadding)
	top := textHeight + 2
	if t.switchShown() {
		top = max(top, t.bySwitch.MinSize().Height+2)
	}
	g := timelineGeometry{
		width:       size.Width,
		left:        pad,
		right:       max(pad+1, size.Width-pad),
		top:         top,
		bottom:      max(top+1, size.Height-textHeight-timelineTickLength-2),
		scale:       1,
		viewStart:   t.viewStart,
		viewEnd:     t.viewEnd,
		captionSize: caption,
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil && c.Scale() > 0 {
		g.scale = c.Scale()
	}
	g.barBottom, g.eventTop = g.bottom, g.bottom
	if t.data.events != nil {
		band := g.snap(min(timelineEventsMax, max(timelineEventsMin, (g.bottom-g.top)*timelineEventsShare)))
		g.barBottom = g.snap(max(g.top+1, g.bottom-band-timelineEventsGap))
		g.eventTop = g.snap(g.barBottom + timelineEventsGap)
	}
	g.bucketMonths = timelineBucketMonths(g.pixelsPerMonth() * float64(g.scale))
	g.days = t.data.events != nil && g.bucketMonths == 1 && g.pixelsPerMonth()*float64(g.scale) >= 31*timelineMinDayPixels
	return g
}
