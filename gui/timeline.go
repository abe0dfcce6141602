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
// When months get narrower than timelineMinBarPixels device pixels, the bars
// are drawn per quarter, year or several years, so the strip stays legible
// however long the corpus is. Everything is drawn with a pool of rectangles
// and texts that is reused across refreshes; only objects whose position,
// size, colour or text changed are refreshed, so hovering touches a handful.

import (
	"image/color"
	"math"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
)

// Sizes in dp unless the name says pixels.
const (
	timelineHeight   = 140
	timelineMinWidth = 240
	// timelineMinVisibleMonths is how far one can zoom in: half a year still
	// shows bars in context rather than one slab across the window.
	timelineMinVisibleMonths = 6
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
}

var (
	_ fyne.Tappable      = (*Timeline)(nil)
	_ fyne.Draggable     = (*Timeline)(nil)
	_ fyne.Scrollable    = (*Timeline)(nil)
	_ desktop.Hoverable  = (*Timeline)(nil)
	_ desktop.Mouseable  = (*Timeline)(nil)
	_ desktop.Cursorable = (*Timeline)(nil)
)

// timelineData is what SetData was given, as dense per-month slices over the span.
type timelineData struct {
	first      int   // Month.Index of the span's first month
	months     int   // months in the span; 0 when there is nothing to show
	counts     []int // matching articles per month of the span
	background []int // all articles per month, or nil when the caller gave none
}

func (d *timelineData) end() int { return d.first + d.months } // one past the last month

// timelineRange is an inclusive range of month indices; ok is false for "none".
type timelineRange struct {
	from, to int
	ok       bool
}

func (r timelineRange) contains(m int) bool { return r.ok && r.from <= m && m <= r.to }

// timelineDrag is one drag gesture, from its first Dragged to DragEnd.
type timelineDrag struct {
	active  bool
	panning bool // panning the view rather than selecting months
	anchor  timelineBucket
	pointer fyne.Position
}

// timelineBucket is one bar: a month, or the months of a quarter or year(s)
// when months are too narrow to draw, clipped to the corpus's span.
type timelineBucket struct {
	first, last       int // month indices, inclusive
	count, background int
}

// NewTimeline returns an empty timeline. onRange is called when the reader
// selects a range by dragging (from <= to, inclusive), or clears it (both zero
// months); onMonth when the reader taps a single month. Either may be nil.
func NewTimeline(onRange func(from, to corpus.Month), onMonth func(m corpus.Month)) *Timeline {
	t := &Timeline{onRange: onRange, onMonth: onMonth}
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
	}
	t.data.first, t.data.months = first, months
	t.data.counts = timelineDense(t.data.counts, first, months, counts)
	if background.Len() == 0 {
		t.data.background = nil
	} else {
		t.data.background = timelineDense(t.data.background, first, months, background)
	}
	// A search that finishes in the middle of a drag must not yank the
	// selection from under the pointer; the drag reports its own range at the end.
	if !t.drag.active {
		t.selection = timelineRangeOf(from, to, &t.data)
	}
	t.clampView()
	t.Refresh()
}

// timelineDense lays counts over the months of the span, reusing buf.
func timelineDense(buf []int, first, months int, counts corpus.MonthCounts) []int {
	if cap(buf) < months {
		buf = make([]int, months)
	}
	buf = buf[:months]
	for i := range buf {
		buf[i] = counts.Get(corpus.MonthFromIndex(first + i))
	}
	return buf
}

// timelineRangeOf reads a selected range the way State keeps it: both ends
// zero is no range, one zero end is open and runs to that end of the span.
func timelineRangeOf(from, to corpus.Month, data *timelineData) timelineRange {
	zero := corpus.Month{}
	if (from == zero && to == zero) || data.months == 0 {
		return timelineRange{}
	}
	a, b := data.first, data.end()-1
	if from != zero {
		a = from.Index()
	}
	if to != zero {
		b = to.Index()
	}
	return timelineRange{from: min(a, b), to: max(a, b), ok: true}
}

// CreateRenderer is part of fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	r := &timelineRenderer{
		timeline:       t,
		selectionShade: canvas.NewRectangle(color.Transparent),
		hoverShade:     canvas.NewRectangle(color.Transparent),
		gridLine:       canvas.NewRectangle(color.Transparent),
		baseLine:       canvas.NewRectangle(color.Transparent),
		scaleLabel:     canvas.NewText("", color.Transparent),
		tipBox:         canvas.NewRectangle(color.Transparent),
		tipText:        canvas.NewText("", color.Transparent),
	}
	r.rebuildObjects()
	return r
}

// Tapped is part of fyne.Tappable: a bar picks its period, empty space clears.
func (t *Timeline) Tapped(e *fyne.PointEvent) {
	g := t.geometry(t.Size())
	b, ok := t.bucketAtX(g, e.Position.X)
	if !ok || b.count == 0 || t.selection == (timelineRange{from: b.first, to: b.last, ok: true}) {
		t.clearSelection()
		return
	}
	t.selection = timelineRange{from: b.first, to: b.last, ok: true}
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
		t.drag.panning = t.pressModifier&fyne.KeyModifierShift != 0 || start.Y >= g.bottom
		if !t.drag.panning {
			t.drag.anchor, _ = t.bucketAtX(g, g.clampX(start.X))
		}
	}
	t.drag.pointer = e.Position
	if t.drag.panning {
		t.panBy(g, e.Dragged.DX)
	} else if current, ok := t.bucketAtX(g, g.clampX(e.Position.X)); ok {
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
	newWidth = max(min(newWidth, float64(t.data.months)), min(timelineMinVisibleMonths, float64(t.data.months)))
	anchor := g.monthAt(g.clampX(e.Position.X))
	share := (anchor - t.viewStart) / width
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
	if t.hovering && t.hoverAt.Y >= g.bottom && t.zoomedIn() {
		return desktop.HResizeCursor
	}
	return desktop.DefaultCursor
}

func (t *Timeline) zoomedIn() bool { return t.viewEnd-t.viewStart < float64(t.data.months) }

// timelineGeometry maps months to positions for one size of the widget.
type timelineGeometry struct {
	width                    float32
	left, right, top, bottom float32 // the plot area, in dp; the axis is below bottom
	scale                    float32 // device pixels per dp
	viewStart, viewEnd       float64
	bucketMonths             int
	captionSize              float32
}

// geometry lays the strip out: the scale hint on top, the plot, and one row
// of axis labels below, with the bars fitted to the device's pixels.
func (t *Timeline) geometry(size fyne.Size) timelineGeometry {
	th := t.Theme()
	caption := th.Size(theme.SizeNameCaptionText)
	textHeight := fyne.MeasureText("0", caption, fyne.TextStyle{}).Height
	pad := th.Size(theme.SizeNamePadding)
	g := timelineGeometry{
		width:       size.Width,
		left:        pad,
		right:       max(pad+1, size.Width-pad),
		top:         textHeight + 2,
		bottom:      max(textHeight+3, size.Height-textHeight-timelineTickLength-2),
		scale:       1,
		viewStart:   t.viewStart,
		viewEnd:     t.viewEnd,
		captionSize: caption,
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil && c.Scale() > 0 {
		g.scale = c.Scale()
	}
	g.bucketMonths = timelineBucketMonths(g.pixelsPerMonth() * float64(g.scale))
	return g
}

// timelineBucketMonths picks how many months one bar covers: a month, a quarter, a
// year or a round number of years, the first whose bars are at least
// timelineMinBarPixels apart.
func timelineBucketMonths(pixelsPerMonth float64) int {
	for _, n := range []int{1, 3, 12, 24, 60, 120, 240, 600, 1200} {
		if float64(n)*pixelsPerMonth >= timelineMinBarPixels {
			return n
		}
	}
	return 1200
}

func (g timelineGeometry) pixelsPerMonth() float64 {
	if g.viewEnd <= g.viewStart {
		return 1
	}
	return float64(g.right-g.left) / (g.viewEnd - g.viewStart)
}

func (g timelineGeometry) x(month float64) float32 {
	return g.left + float32((month-g.viewStart)*g.pixelsPerMonth())
}

func (g timelineGeometry) monthAt(x float32) float64 {
	return g.viewStart + float64(x-g.left)/g.pixelsPerMonth()
}

// clampX keeps x over the plot, so dragging past its ends selects up to the
// first or last visible bar rather than months nobody can see.
func (g timelineGeometry) clampX(x float32) float32 {
	return max(g.left, min(x, g.right-0.01))
}

// snap rounds to the nearest device pixel, which keeps bar edges crisp.
func (g timelineGeometry) snap(v float32) float32 {
	return float32(math.Round(float64(v*g.scale))) / g.scale
}

// bucketAtX is the bar whose column contains x, if any.
func (t *Timeline) bucketAtX(g timelineGeometry, x float32) (timelineBucket, bool) {
	if t.data.months == 0 || x < g.left || x >= g.right {
		return timelineBucket{}, false
	}
	m := int(math.Floor(g.monthAt(x)))
	if m < t.data.first || m >= t.data.end() {
		return timelineBucket{}, false
	}
	return t.bucket(timelineAlign(m, g.bucketMonths), g.bucketMonths), true
}

// bucket sums the months [start, start+n) that lie inside the span.
func (t *Timeline) bucket(start, n int) timelineBucket {
	b := timelineBucket{first: max(start, t.data.first), last: min(start+n, t.data.end()) - 1}
	for m := b.first; m <= b.last; m++ {
		b.count += t.data.counts[m-t.data.first]
		if t.data.background != nil {
			b.background += t.data.background[m-t.data.first]
		}
	}
	return b
}

// appendVisibleBuckets adds the bars that overlap the view, in order.
func (t *Timeline) appendVisibleBuckets(buf []timelineBucket, g timelineGeometry) []timelineBucket {
	if t.data.months == 0 {
		return buf
	}
	n := g.bucketMonths
	first := max(t.data.first, int(math.Floor(g.viewStart)))
	end := min(t.data.end(), int(math.Ceil(g.viewEnd)))
	for start := timelineAlign(first, n); start < end; start += n {
		buf = append(buf, t.bucket(start, n))
	}
	return buf
}

// timelineAlign rounds a month index down to a multiple of n. Month indices count
// from January of year 0, so quarters and years fall on calendar boundaries.
func timelineAlign(m, n int) int { return m - ((m%n)+n)%n }

// selectionSummary is the label shown while dragging: the period and its matches.
func (t *Timeline) selectionSummary() string {
	s := t.bucket(t.selection.from, t.selection.to-t.selection.from+1)
	return timelineBucketLabel(s, t.data.background != nil)
}

// timelineBucketLabel is the hover text: "dec 2018 · 2 artikelen".
func timelineBucketLabel(b timelineBucket, withBackground bool) string {
	period := timelinePeriod(corpus.MonthFromIndex(b.first), corpus.MonthFromIndex(b.last))
	return period + textMetaSep() + timelineCount(b.count, b.background, withBackground)
}

// timelineCount is "2 artikelen", or "2 van 40 artikelen" when the background
// counts are shown and differ.
func timelineCount(count, background int, withBackground bool) string {
	if withBackground && background != count {
		return articlesOf(count, background)
	}
	return articlesPhrase(count)
}

// timelinePeriod names a bar's period: "dec 2018", "2018", and otherwise as
// the range chip does, "jan 2018 – mrt 2018".
func timelinePeriod(first, last corpus.Month) string {
	switch {
	case first == last:
		return shortMonth(first)
	case first.Year == last.Year && first.Month == time.January && last.Month == time.December:
		return strconv.Itoa(first.Year)
	}
	return rangeLabel(first, last)
}

// timelineScaleHint is the y-scale hint, "max. 1.942 per maand", naming the
// period one bar covers so that aggregated bars are never read as months.
func timelineScaleHint(maxCount, bucketMonths int) string {
	most := map[string]any{"Max": groupDigits(maxCount)}
	switch bucketMonths {
	case 1:
		return tr("timeline.max.month", most)
	case 3:
		return tr("timeline.max.quarter", most)
	}
	return trN("timeline.max.years", bucketMonths/12, most)
}

// timelinePalette is the theme's colours as the timeline uses them.
type timelinePalette struct {
	accent, mutedBar, backgroundBar color.Color
	selection, hover, line, tick    color.Color
	label, strongLabel              color.Color
	tipFill, tipStroke, tipText     color.Color
}

// palette derives the timeline's colours from the theme: the accent for the
// matches (in the selection, if there is one), the foreground faded for the
// rest, so both variants of any theme work.
func (t *Timeline) palette() timelinePalette {
	th := t.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	c := func(name fyne.ThemeColorName) color.Color { return th.Color(name, variant) }
	fg := c(theme.ColorNameForeground)
	return timelinePalette{
		accent:        c(theme.ColorNamePrimary),
		mutedBar:      withAlpha(fg, 0x50),
		backgroundBar: withAlpha(fg, 0x0e),
		selection:     c(theme.ColorNameSelection),
		hover:         c(theme.ColorNameHover),
		line:          withAlpha(fg, 0x30),
		tick:          withAlpha(fg, 0x60),
		label:         c(colorMuted),
		strongLabel:   fg,
		tipFill:       c(theme.ColorNameOverlayBackground),
		tipStroke:     withAlpha(fg, 0x40),
		tipText:       fg,
	}
}

// timelineRenderer draws a Timeline with pools of rectangles and texts that
// grow to the most bars and labels ever shown and are hidden when not needed.
type timelineRenderer struct {
	timeline *Timeline
	// Scratch space, reused across refreshes.
	buckets    []timelineBucket
	axis       []timelineAxisLabel
	tickMonths []int

	selectionShade, hoverShade *canvas.Rectangle
	backgroundBars, bars       []*canvas.Rectangle
	gridLine, baseLine         *canvas.Rectangle
	ticks                      []*canvas.Rectangle
	labels                     []*canvas.Text
	scaleLabel                 *canvas.Text
	tipBox                     *canvas.Rectangle
	tipText                    *canvas.Text

	objects []fyne.CanvasObject
}

func (r *timelineRenderer) Destroy()                     {}
func (r *timelineRenderer) MinSize() fyne.Size           { return fyne.NewSize(timelineMinWidth, timelineHeight) }
func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *timelineRenderer) Layout(size fyne.Size)        { r.draw(size) }
func (r *timelineRenderer) Refresh()                     { r.draw(r.timeline.Size()) }

// rebuildObjects lists the objects back to front: shading, bars, axis, labels,
// and the hover label on top of everything.
func (r *timelineRenderer) rebuildObjects() {
	objects := make([]fyne.CanvasObject, 0, 8+len(r.backgroundBars)+len(r.bars)+len(r.ticks)+len(r.labels))
	objects = append(objects, r.selectionShade, r.hoverShade)
	for _, b := range r.backgroundBars {
		objects = append(objects, b)
	}
	for _, b := range r.bars {
		objects = append(objects, b)
	}
	objects = append(objects, r.gridLine, r.baseLine)
	for _, tick := range r.ticks {
		objects = append(objects, tick)
	}
	for _, l := range r.labels {
		objects = append(objects, l)
	}
	r.objects = append(objects, r.scaleLabel, r.tipBox, r.tipText)
}

func (r *timelineRenderer) draw(size fyne.Size) {
	t := r.timeline
	g := t.geometry(size)
	colors := t.palette()
	r.buckets = t.appendVisibleBuckets(r.buckets[:0], g)

	maxCount := timelineScaleMax(r.buckets)
	grown := r.drawBars(g, colors, maxCount)
	grown = r.drawAxis(g, colors) || grown
	if grown {
		r.rebuildObjects()
	}
	r.drawShades(g, colors)
	r.drawScale(g, colors, maxCount)
	r.drawTip(g, colors)
}

// timelineScaleMax is the count the full height of the plot stands for: the
// largest number of matches in a visible bar, so that a narrow search stays
// readable even in a corpus of 100,000 articles. Background bars share that
// scale and are cut off at the top where they are taller: their height still
// compares truly with the matches wherever it fits, and where it does not the
// full faint column says "far more articles here than match". Only when
// nothing visible matches do the background bars set the scale, so the
// reader still sees where the corpus has articles.
func timelineScaleMax(buckets []timelineBucket) int {
	matches, all := 0, 0
	for _, b := range buckets {
		matches, all = max(matches, b.count), max(all, b.background)
	}
	if matches > 0 {
		return matches
	}
	return all
}

// drawBars places one bar per bucket, and a faint one behind it for the
// background count. It reports whether the pools grew.
func (r *timelineRenderer) drawBars(g timelineGeometry, colors timelinePalette, maxCount int) (grown bool) {
	t := r.timeline
	for len(r.bars) < len(r.buckets) {
		r.bars = append(r.bars, canvas.NewRectangle(color.Transparent))
		r.backgroundBars = append(r.backgroundBars, canvas.NewRectangle(color.Transparent))
		grown = true
	}
	plotHeightPixels := math.Round(float64((g.bottom - g.top) * g.scale))
	heightOf := func(n int) float32 {
		if n <= 0 || maxCount == 0 {
			return 0
		}
		// Bars are proportional to their counts, but never so short that a
		// month with a single article among thousands disappears.
		pixels := max(math.Round(float64(n)/float64(maxCount)*plotHeightPixels), min(2, plotHeightPixels))
		pixels = min(pixels, plotHeightPixels)
		return float32(pixels) / g.scale
	}
	bottom := g.snap(g.bottom)
	for i, b := range r.buckets {
		left, right := r.barEdges(g, b)
		fill := colors.accent
		if t.selection.ok && !t.selection.contains(b.first) {
			fill = colors.mutedBar
		}
		if h := heightOf(b.count); h > 0 && right > left {
			r.placeRect(r.bars[i], left, bottom-h, right, bottom, fill)
		} else {
			r.hide(r.bars[i])
		}
		if h := heightOf(b.background); h > 0 && right > left && t.data.background != nil {
			r.placeRect(r.backgroundBars[i], left, bottom-h, right, bottom, colors.backgroundBar)
		} else {
			r.hide(r.backgroundBars[i])
		}
	}
	for i := len(r.buckets); i < len(r.bars); i++ {
		r.hide(r.bars[i])
		r.hide(r.backgroundBars[i])
	}
	return grown
}

// barEdges is a bar's left and right edge in dp: centred in its column, a
// whole number of device pixels wide so that all bars look alike, with a gap
// to its neighbours, and clipped to the plot.
func (r *timelineRenderer) barEdges(g timelineGeometry, b timelineBucket) (left, right float32) {
	columnLeft, columnRight := g.x(float64(b.first)), g.x(float64(b.last+1))
	pitch := float64((columnRight - columnLeft) * g.scale)
	gap := max(1, math.Round(pitch*0.2))
	width := math.Floor(min(pitch-gap, float64(timelineMaxBarWidth*g.scale)))
	width = max(width, 1)
	leftPixels := math.Round(float64(columnLeft*g.scale) + (pitch-width)/2)
	left = float32(leftPixels) / g.scale
	right = float32(leftPixels+width) / g.scale
	return max(left, g.snap(g.left)), min(right, g.snap(g.right))
}

// drawShades places the selected range's shading and the hovered column's.
func (r *timelineRenderer) drawShades(g timelineGeometry, colors timelinePalette) {
	t := r.timeline
	top, bottom := g.snap(g.top), g.snap(g.bottom)
	if s := t.selection; s.ok && float64(s.to+1) > g.viewStart && float64(s.from) < g.viewEnd {
		left := max(g.snap(g.x(float64(s.from))), g.snap(g.left))
		right := min(g.snap(g.x(float64(s.to+1))), g.snap(g.right))
		r.placeRect(r.selectionShade, left, top, right, bottom, colors.selection)
	} else {
		r.hide(r.selectionShade)
	}
	if b, ok := r.hoveredBucket(g); ok && !t.drag.active {
		left := max(g.snap(g.x(float64(b.first))), g.snap(g.left))
		right := min(g.snap(g.x(float64(b.last+1))), g.snap(g.right))
		r.placeRect(r.hoverShade, left, top, right, bottom, colors.hover)
	} else {
		r.hide(r.hoverShade)
	}
}

func (r *timelineRenderer) hoveredBucket(g timelineGeometry) (timelineBucket, bool) {
	t := r.timeline
	if !t.hovering {
		return timelineBucket{}, false
	}
	return t.bucketAtX(g, t.hoverAt.X)
}

// drawScale draws the hairline at the tallest bar's height with its count,
// so the reader can tell 3 articles a month from 3,000.
func (r *timelineRenderer) drawScale(g timelineGeometry, colors timelinePalette, maxCount int) {
	line := 1 / g.scale
	bottom := g.snap(g.bottom)
	r.placeRect(r.baseLine, g.snap(g.left), bottom, g.snap(g.right), bottom+line, colors.tick)
	if maxCount == 0 {
		r.hide(r.gridLine)
		r.hide(r.scaleLabel)
		return
	}
	label := timelineScaleHint(maxCount, g.bucketMonths)
	size := r.placeText(r.scaleLabel, label, fyne.NewPos(g.left, 0), g.captionSize, false, colors.label)
	top := g.snap(g.top)
	// The label sits just above the line, which starts after it so they never cross.
	r.placeRect(r.gridLine, g.snap(g.left+size.Width+timelineLabelGap/2), top, g.snap(g.right), top+line, colors.line)
}

// timelineAxisLabel is one label of the axis, placed but not yet drawn.
type timelineAxisLabel struct {
	text        string
	left, width float32
	year        bool // a year, drawn bold and in the foreground colour
}

// drawAxis draws the axis labels and the ticks where years begin. It reports
// whether the pools grew.
func (r *timelineRenderer) drawAxis(g timelineGeometry, colors timelinePalette) (grown bool) {
	r.axis = r.axisLabels(r.axis[:0], g)
	for len(r.labels) < len(r.axis) {
		r.labels = append(r.labels, canvas.NewText("", color.Transparent))
		grown = true
	}
	y := g.snap(g.bottom + timelineTickLength)
	for i, l := range r.axis {
		fill := colors.label
		if l.year {
			fill = colors.strongLabel
		}
		r.placeText(r.labels[i], l.text, fyne.NewPos(l.left, y), g.captionSize, l.year, fill)
	}
	for _, l := range r.labels[len(r.axis):] {
		r.hide(l)
	}

	ticks := r.yearTicks(g)
	for len(r.ticks) < len(ticks) {
		r.ticks = append(r.ticks, canvas.NewRectangle(color.Transparent))
		grown = true
	}
	bottom := g.snap(g.bottom)
	for i, month := range ticks {
		x := g.snap(g.x(float64(month)))
		r.placeRect(r.ticks[i], x, bottom, x+1/g.scale, bottom+timelineTickLength, colors.tick)
	}
	for _, tick := range r.ticks[len(ticks):] {
		r.hide(tick)
	}
	return grown
}

// axisLabels labels the axis on one row: every month when there is room
// ("2018 feb mrt …", the year standing in for January), every quarter when
// there is less, and otherwise years, each or every few. When no January is
// in view, the year is pinned at the left, so a zoomed-in axis never leaves
// the reader guessing which year it shows.
func (r *timelineRenderer) axisLabels(buf []timelineAxisLabel, g timelineGeometry) []timelineAxisLabel {
	t := r.timeline
	if t.data.months == 0 {
		return buf
	}
	label := func(text string, centre float32, year bool) timelineAxisLabel {
		width := fyne.MeasureText(text, g.captionSize, fyne.TextStyle{Bold: year}).Width
		left := g.snap(max(0, min(centre-width/2, g.width-width)))
		if left+width > g.width { // rounded past the edge
			left -= 1 / g.scale
		}
		return timelineAxisLabel{text: text, left: left, width: width, year: year}
	}
	pitch := float32(g.pixelsPerMonth())
	yearWidth := fyne.MeasureText("2000", g.captionSize, fyne.TextStyle{Bold: true}).Width
	// Looked up once: every lookup goes through the translations.
	names := monthNames("months.short")
	widestMonth := float32(0)
	for _, name := range names {
		widestMonth = max(widestMonth, fyne.MeasureText(name, g.captionSize, fyne.TextStyle{}).Width)
	}
	need := max(yearWidth, widestMonth) + timelineLabelGap
	first := max(t.data.first, int(math.Floor(g.viewStart)))
	end := min(t.data.end(), int(math.Ceil(g.viewEnd)))

	if 3*pitch < need {
		stride := 1
		for _, s := range []int{1, 2, 5, 10, 20, 50, 100} {
			stride = s
			if float32(12*s)*pitch >= yearWidth+timelineLabelGap {
				break
			}
		}
		for year := corpus.MonthFromIndex(first).Year; year*12 < end; year++ {
			if year%stride != 0 {
				continue
			}
			lo, hi := float64(max(year*12, t.data.first)), float64(min(year*12+12, t.data.end()))
			if stride == 1 {
				// A year cut by the edge of the view is labelled in its visible part.
				lo, hi = max(lo, g.viewStart), min(hi, g.viewEnd)
				if float32(hi-lo)*pitch < yearWidth {
					continue
				}
			}
			if centre := g.x((lo + hi) / 2); centre >= g.left && centre <= g.right {
				buf = append(buf, label(strconv.Itoa(year), centre, false))
			}
		}
		return buf
	}

	step := 1
	if pitch < need {
		step = 3
	}
	months := len(buf)
	for m := timelineAlign(first, step); m < end; m += step {
		centre := g.x(float64(m) + 0.5)
		if m < first || centre < g.left || centre > g.right {
			continue
		}
		month := corpus.MonthFromIndex(m)
		if month.Month == time.January {
			buf = append(buf, label(strconv.Itoa(month.Year), centre, true))
		} else {
			buf = append(buf, label(names[month.Month-1], centre, false))
		}
	}
	if len(buf) == months || buf[months].year {
		return buf
	}
	// Pin the year at the left, dropping the month labels it covers; if the
	// next year's label is that close, it tells the year well enough alone.
	pinned := label(strconv.Itoa(corpus.MonthFromIndex(first).Year), g.left, true)
	pinned.left = g.snap(g.left)
	kept := months
	for _, l := range buf[months:] {
		if l.left < pinned.left+pinned.width+timelineLabelGap {
			if l.year {
				return buf
			}
			continue
		}
		buf[kept] = l
		kept++
	}
	buf = append(buf[:kept], timelineAxisLabel{})
	copy(buf[months+1:], buf[months:kept])
	buf[months] = pinned
	return buf
}

// yearTicks are the month indices where visible years begin, thinned out to
// every second, fourth, … year when they would crowd closer than 6 dp.
func (r *timelineRenderer) yearTicks(g timelineGeometry) []int {
	t := r.timeline
	r.tickMonths = r.tickMonths[:0]
	if t.data.months == 0 {
		return r.tickMonths
	}
	pitch := float32(g.pixelsPerMonth())
	stride := 1
	for 12*float32(stride)*pitch < 6 {
		stride *= 2
	}
	first := max(t.data.first, int(math.Floor(g.viewStart)))
	end := min(t.data.end(), int(math.Ceil(g.viewEnd)))
	for year := corpus.MonthFromIndex(first).Year + 1; year*12 < end; year++ {
		if m := year * 12; year%stride == 0 && float64(m) > g.viewStart && float64(m) < g.viewEnd {
			r.tickMonths = append(r.tickMonths, m)
		}
	}
	return r.tickMonths
}

// drawTip draws the hover label near the pointer: the hovered bar's period and
// count, or while selecting, the range being dragged over.
func (r *timelineRenderer) drawTip(g timelineGeometry, colors timelinePalette) {
	t := r.timeline
	var text string
	var at fyne.Position
	switch {
	case t.drag.active && !t.drag.panning && t.selection.ok:
		text, at = t.selectionSummary(), t.drag.pointer
	case !t.drag.active:
		if b, ok := r.hoveredBucket(g); ok {
			text, at = timelineBucketLabel(b, t.data.background != nil), t.hoverAt
		}
	}
	if text == "" {
		r.hide(r.tipBox)
		r.hide(r.tipText)
		return
	}
	padX, padY := float32(6), float32(3)
	textSize := fyne.MeasureText(text, g.captionSize, fyne.TextStyle{})
	box := fyne.NewSize(textSize.Width+2*padX, textSize.Height+2*padY)
	// Up and to the right of the pointer, flipped left near the right edge and
	// kept inside the strip, so it never hides the bar it describes.
	x := at.X + timelineTipOffset
	if x+box.Width > g.width {
		x = at.X - timelineTipOffset - box.Width
	}
	x = max(0, x)
	y := max(0, min(at.Y-box.Height-timelineTipOffset/2, g.bottom-box.Height))
	x, y = g.snap(x), g.snap(y)
	r.tipBox.CornerRadius = 4
	r.tipBox.StrokeWidth = 1
	if r.tipBox.StrokeColor != colors.tipStroke {
		r.tipBox.StrokeColor = colors.tipStroke
		r.tipBox.Refresh()
	}
	r.placeRect(r.tipBox, x, y, x+box.Width, y+box.Height, colors.tipFill)
	r.placeText(r.tipText, text, fyne.NewPos(x+padX, y+padY), g.captionSize, false, colors.tipText)
}

// placeRect moves, sizes, colours and shows a rectangle, and asks for a
// repaint only when one of those changed, so an unchanged bar costs nothing.
func (*timelineRenderer) placeRect(r *canvas.Rectangle, left, top, right, bottom float32, fill color.Color) {
	pos, size := fyne.NewPos(left, top), fyne.NewSize(right-left, bottom-top)
	if r.Visible() && r.Position() == pos && r.Size() == size && r.FillColor == fill {
		return
	}
	r.FillColor = fill
	r.Move(pos)
	r.Resize(size)
	r.Show()
	r.Refresh()
}

// placeText sets, positions and shows a text, refreshing it only when it
// changed, and returns its size.
func (*timelineRenderer) placeText(t *canvas.Text, text string, pos fyne.Position, size float32, bold bool, fill color.Color) fyne.Size {
	changed := t.Text != text || t.TextSize != size || t.TextStyle.Bold != bold || t.Color != fill || !t.Visible()
	t.Text, t.TextSize, t.TextStyle, t.Color = text, size, fyne.TextStyle{Bold: bold}, fill
	measured := t.MinSize()
	t.Move(pos)
	t.Resize(measured)
	if !t.Visible() {
		t.Show()
	}
	if changed {
		t.Refresh()
	}
	return measured
}

func (*timelineRenderer) hide(o fyne.CanvasObject) {
	if o.Visible() {
		o.Hide()
	}
}
