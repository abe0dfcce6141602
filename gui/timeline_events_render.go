package gui

// Drawing the timeline's layer of events (timeline_events.go): a bar per
// bucket hanging from the band's top, and when zoomed in to days, a mark
// per day with events known to the day, over its month's bar in the faint.

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"dossier/corpus"
	"dossier/corpus/search"
)

// timelineMonthStrip is the height of a month's events under its days, in dp.
const timelineMonthStrip = 5

// drawEvents places the layer's bars and day marks.
func (r *timelineRenderer) drawEvents(g timelineGeometry, colors timelinePalette) {
	t := r.timeline
	shown, marks := 0, 0
	if t.data.events == nil {
		hideObject(r.eventLine)
	} else {
		top := g.snap(g.eventTop)
		placeRect(r.eventLine, g.snap(g.left), top, g.snap(g.right), top+1/g.scale, colors.eventLine)
		top += 1 / g.scale
		bandPixels := math.Floor(float64((g.bottom - top) * g.scale))
		// heightOf is n's height in the band, most filling it.
		heightOf := func(n, most int) float32 {
			if n <= 0 || most <= 0 {
				return 0
			}
			pixels := min(bandPixels, max(math.Round(float64(n)/float64(most)*bandPixels), min(2, bandPixels)))
			return float32(pixels) / g.scale
		}
		most := 0
		for _, b := range r.buckets {
			most = max(most, b.events)
		}
		for i, b := range r.buckets {
			left, right := g.barEdges(b)
			fill := colors.event
			h := heightOf(b.events, most)
			if g.days {
				// Under its days, a month with events is a faint strip
				// along the band: some of them may be known to the month
				// only, and have no day to be drawn at.
				left, right = max(g.snap(g.x(float64(b.first))), g.snap(g.left)), min(g.snap(g.x(float64(b.last+1))), g.snap(g.right))
				fill = colors.faintEvent
				h = min(h, timelineMonthStrip)
			}
			if r.mutedEvents(b.first) {
				fill = colors.mutedEvent
			}
			if h > 0 && right > left {
				r.eventBars.place(i, left, top, right, top+h, fill)
			} else {
				r.eventBars.hide(i)
			}
		}
		shown = len(r.buckets)
		if g.days {
			marks = r.drawDays(g, colors, heightOf, top)
		}
	}
	r.eventBars.hideFrom(shown)
	r.dayMarks.hideFrom(marks)
}

// mutedEvents reports whether the events of month m are drawn muted: they
// are outside a selection that filters on events.
func (r *timelineRenderer) mutedEvents(m int) bool {
	t := r.timeline
	selection := t.shownSelection()
	return selection.ok && !selection.contains(m) && t.filtersEvents()
}

// drawDays places a mark for every visible day with events known to the
// day, as high as its count among the visible days'. It returns how many
// marks it placed.
func (r *timelineRenderer) drawDays(g timelineGeometry, colors timelinePalette, heightOf func(n, most int) float32, top float32) (marks int) {
	t := r.timeline
	first := max(t.data.first, int(math.Floor(g.viewStart)))
	last := min(t.data.end()-1, int(math.Ceil(g.viewEnd))-1)
	if first > last || t.events == nil {
		return 0
	}
	firstDay, counts := t.dayCounts(first, last)
	lo := max(0, search.Day(corpus.MonthFromIndex(first), 1)-firstDay)
	hi := min(len(counts), search.Day(corpus.MonthFromIndex(last+1), 1)-firstDay)
	most := 0
	for i := lo; i < hi; i++ {
		most = max(most, counts[i])
	}
	for i := lo; i < hi; i++ {
		if counts[i] == 0 {
			continue
		}
		day := firstDay + i
		left, right := g.dayEdges(day)
		// A whole number of pixels, with a gap, as the bars are.
		pitch := float64((right - left) * g.scale)
		width := max(1, math.Floor(pitch*0.7))
		leftPixels := math.Round(float64(left*g.scale) + (pitch-width)/2)
		left, right = float32(leftPixels)/g.scale, float32(leftPixels+width)/g.scale
		if right <= g.left || left >= g.right {
			continue
		}
		left, right = max(left, g.snap(g.left)), min(right, g.snap(g.right))
		fill := colors.event
		if y, m, _ := search.DayDate(day); r.mutedEvents(corpus.Month{Year: y, Month: m}.Index()) {
			fill = colors.mutedEvent
		}
		r.dayMarks.place(marks, left, top+1/g.scale, right, top+1/g.scale+heightOf(counts[i], most), fill)
		marks++
	}
	return marks
}

// hoveredEvents is what the layer of events has under the pointer.
func (r *timelineRenderer) hoveredEvents(g timelineGeometry) (timelineEventTarget, bool) {
	t := r.timeline
	if !t.hovering || !t.inEvents(g, t.hoverAt) {
		return timelineEventTarget{}, false
	}
	return t.eventTargetAt(g, t.hoverAt.X)
}

// placeSwitch puts the switch in the top right corner, above the plot,
// while the timeline has one.
func (r *timelineRenderer) placeSwitch(size fyne.Size) {
	sw := r.timeline.bySwitch
	if !r.timeline.switchShown() {
		hideObject(sw)
		return
	}
	room := sw.MinSize()
	sw.Resize(room)
	sw.Move(fyne.NewPos(size.Width-room.Width-r.timeline.Theme().Size(theme.SizeNamePadding), 0))
	if !sw.Visible() {
		sw.Show()
	}
}
