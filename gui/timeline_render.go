package gui

// The timeline's renderer: pools of rectangles and texts placed from the
// layout's numbers, refreshed only where something changed.

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// CreateRenderer is part of fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	r := &timelineRenderer{
		timeline:       t,
		selectionShade: canvas.NewRectangle(color.Transparent),
		hoverShade:     canvas.NewRectangle(color.Transparent),
		gridLine:       canvas.NewRectangle(color.Transparent),
		baseLine:       canvas.NewRectangle(color.Transparent),
		scaleLabel:     canvas.NewText("", color.Transparent),
		tip:            newFloatingTip(),
		focusRing:      canvas.NewRectangle(color.Transparent),
		cursorMark:     canvas.NewRectangle(color.Transparent),
		eventLine:      canvas.NewRectangle(color.Transparent),
	}
	r.plot = newPlotPainter(&r.backgroundBars, &r.bars, &r.eventBars, &r.dayMarks)
	r.rebuildObjects()
	return r
}

// timelinePalette is the theme's colours as the timeline uses them.
type timelinePalette struct {
	accent, mutedBar, backgroundBar color.Color
	selection, hover, line, tick    color.Color
	label, strongLabel              color.Color
	tip                             tipColors
	focus                           color.Color
	// The layer of events: its bars, those outside a selection that
	// filters on events, a month's in the faint when its days are drawn
	// over it, and the band's hairline.
	event, mutedEvent, faintEvent, eventLine color.Color
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
		tip:           themeTipColors(th),
		// Opaque rather than the theme's translucent focus colour: the ring
		// is thin and must be seen against both the plot and the window.
		focus:      c(theme.ColorNamePrimary),
		event:      withAlpha(c(colorDate), 0xb0),
		mutedEvent: withAlpha(fg, 0x30),
		faintEvent: withAlpha(c(colorDate), 0x70),
		eventLine:  withAlpha(c(colorDate), 0x50),
	}
}

// timelineRenderer draws a Timeline with pools of rectangles and texts that
// grow to the most bars and labels ever shown and are hidden when not needed;
// the bars and event marks are painted into one raster (timeline_plot.go).
type timelineRenderer struct {
	timeline *Timeline
	// Scratch space, reused across refreshes.
	buckets    []timelineBucket
	axis       []timelineAxisLabel
	tickMonths []int

	selectionShade, hoverShade *canvas.Rectangle
	backgroundBars, bars       plotLayer
	eventBars, dayMarks        plotLayer // the layer of events (timeline_events.go)
	plot                       *plotPainter
	eventLine                  *canvas.Rectangle
	gridLine, baseLine         *canvas.Rectangle
	ticks                      []*canvas.Rectangle
	labels                     []*canvas.Text
	scaleLabel                 *canvas.Text
	tip                        *floatingTip
	focusRing                  *canvas.Rectangle
	cursorMark                 *canvas.Rectangle

	objects []fyne.CanvasObject
}

func (r *timelineRenderer) Destroy()                     {}
func (r *timelineRenderer) MinSize() fyne.Size           { return fyne.NewSize(timelineMinWidth, timelineHeight) }
func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *timelineRenderer) Layout(size fyne.Size)        { r.draw(size) }
func (r *timelineRenderer) Refresh()                     { r.draw(r.timeline.Size()) }

// rebuildObjects lists the objects back to front: shading, bars, axis, labels,
// the hover label, and the focus ring around everything.
func (r *timelineRenderer) rebuildObjects() {
	objects := make([]fyne.CanvasObject, 0, 16+len(r.ticks)+len(r.labels))
	objects = append(objects, r.selectionShade, r.hoverShade, r.plot.raster)
	objects = append(objects, r.eventLine, r.gridLine, r.baseLine)
	for _, tick := range r.ticks {
		objects = append(objects, tick)
	}
	objects = append(objects, r.cursorMark)
	for _, l := range r.labels {
		objects = append(objects, l)
	}
	objects = append(objects, r.scaleLabel, r.timeline.bySwitch)
	objects = append(objects, r.tip.objects()...)
	r.objects = append(objects, r.focusRing)
}

func (r *timelineRenderer) draw(size fyne.Size) {
	t := r.timeline
	g := t.geometry(size)
	colors := t.palette()
	r.buckets = t.data.appendVisibleBuckets(r.buckets[:0], g)

	maxCount := timelineScaleMax(r.buckets)
	r.drawBars(g, colors, maxCount)
	r.drawEvents(g, colors)
	r.plot.place(size)
	grown := r.drawAxis(g, colors)
	r.placeSwitch(size)
	r.drawShades(g, colors)
	r.drawScale(g, colors, maxCount)
	grown = r.drawTip(g, colors) || grown
	if grown {
		r.rebuildObjects()
	}
	r.drawFocus(size, colors)
}

// drawBars places one bar per bucket, and a faint one behind it for the
// background count.
func (r *timelineRenderer) drawBars(g timelineGeometry, colors timelinePalette, maxCount int) {
	t := r.timeline
	plotHeightPixels := math.Round(float64((g.barBottom - g.top) * g.scale))
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
	bottom := g.snap(g.barBottom)
	for i, b := range r.buckets {
		left, right := g.barEdges(b)
		fill := colors.accent
		if selection := t.shownSelection(); selection.ok && !selection.contains(b.first) && t.filtersPublished() {
			fill = colors.mutedBar
		}
		if h := heightOf(b.count); h > 0 && right > left {
			r.bars.place(i, left, bottom-h, right, bottom, fill)
		} else {
			r.bars.hide(i)
		}
		if h := heightOf(b.background); h > 0 && right > left && t.data.background != nil {
			r.backgroundBars.place(i, left, bottom-h, right, bottom, colors.backgroundBar)
		} else {
			r.backgroundBars.hide(i)
		}
	}
	r.bars.hideFrom(len(r.buckets))
	r.backgroundBars.hideFrom(len(r.buckets))
}

// drawShades places the selected range's shading and the hovered column's,
// or the keyboard cursor's.
func (r *timelineRenderer) drawShades(g timelineGeometry, colors timelinePalette) {
	t := r.timeline
	top, bottom := g.snap(g.top), g.snap(g.bottom)
	if s := t.shownSelection(); s.ok && float64(s.to+1) > g.viewStart && float64(s.from) < g.viewEnd {
		left := max(g.snap(g.x(float64(s.from))), g.snap(g.left))
		right := min(g.snap(g.x(float64(s.to+1))), g.snap(g.right))
		placeRect(r.selectionShade, left, top, right, bottom, colors.selection)
	} else {
		hideObject(r.selectionShade)
	}
	if b, ok := r.markedBucket(g); ok && !t.drag.active {
		left := max(g.snap(g.x(float64(b.first))), g.snap(g.left))
		right := min(g.snap(g.x(float64(b.last+1))), g.snap(g.right))
		placeRect(r.hoverShade, left, top, right, bottom, colors.hover)
	} else {
		hideObject(r.hoverShade)
	}
	// A month is a few pixels wide when zoomed out, too narrow for the shade
	// alone to show where the keyboard is; a caret under the bar does.
	if b, ok := t.keyboardBucket(g); ok && !t.drag.active {
		left := max(g.snap(g.x(float64(b.first))), g.snap(g.left))
		right := min(g.snap(g.x(float64(b.last+1))), g.snap(g.right))
		placeRect(r.cursorMark, left, bottom+1/g.scale, right, bottom+timelineTickLength, colors.focus)
	} else {
		hideObject(r.cursorMark)
	}
}

// markedBucket is the bar that is shaded and labelled: the keyboard cursor's
// when the keys were used last, else the hovered one.
func (r *timelineRenderer) markedBucket(g timelineGeometry) (timelineBucket, bool) {
	if b, ok := r.timeline.keyboardBucket(g); ok {
		return b, true
	}
	return r.hoveredBucket(g)
}

func (r *timelineRenderer) hoveredBucket(g timelineGeometry) (timelineBucket, bool) {
	t := r.timeline
	if !t.hovering {
		return timelineBucket{}, false
	}
	return t.data.bucketAtX(g, t.hoverAt.X)
}

// drawScale draws the hairline at the tallest bar's height with its count,
// so the reader can tell 3 articles a month from 3,000.
func (r *timelineRenderer) drawScale(g timelineGeometry, colors timelinePalette, maxCount int) {
	line := 1 / g.scale
	bottom := g.snap(g.barBottom)
	placeRect(r.baseLine, g.snap(g.left), bottom, g.snap(g.right), bottom+line, colors.tick)
	if maxCount == 0 {
		hideObject(r.gridLine)
		hideObject(r.scaleLabel)
		return
	}
	label := timelineScaleHint(maxCount, g.bucketMonths)
	size := placeText(r.scaleLabel, label, fyne.NewPos(g.left, 0), g.captionSize, false, colors.label)
	top := g.snap(g.top)
	// The label sits just above the line, which starts after it so they never cross.
	placeRect(r.gridLine, g.snap(g.left+size.Width+timelineLabelGap/2), top, g.snap(g.right), top+line, colors.line)
}

// drawTip draws the hover label near the pointer: the hovered bar's period and
// count, or over the layer of events a few of its events, or while
// selecting, the range being dragged over. For the keyboard
// it names the cursor's bar or the pending range, at the top of the plot
// beside the cursor, as there is no pointer to follow.
func (r *timelineRenderer) drawTip(g timelineGeometry, colors timelinePalette) (grown bool) {
	t := r.timeline
	var text string
	var lines []tipLine
	var at fyne.Position
	atTop := false
	switch {
	case t.drag.active && !t.drag.panning && t.selection.ok:
		text, at = t.rangeSummary(t.selection), t.drag.pointer
	case t.drag.active:
	default:
		if b, ok := t.keyboardBucket(g); ok {
			text = timelineBucketLabel(b, t.data.background != nil)
			if t.keys.pending.ok {
				text = t.rangeSummary(t.keys.pending)
			}
			at, atTop = fyne.NewPos(g.x(float64(b.first+b.last+1)/2), g.top), true
		} else if target, ok := r.hoveredEvents(g); ok {
			lines, at = t.eventTipLines(target), t.hoverAt
		} else if b, ok := r.hoveredBucket(g); ok {
			text, at = timelineBucketLabel(b, t.data.background != nil), t.hoverAt
		}
	}
	if text != "" {
		lines = []tipLine{{{text: text}}}
	}
	if len(lines) == 0 {
		r.tip.hide()
		return false
	}
	box := r.tip.measure(lines, g.captionSize)
	// Up and to the right of the pointer, flipped left near the right edge and
	// kept inside the strip, so it never hides the bar it describes.
	x := at.X + timelineTipOffset
	if x+box.Width > g.width {
		x = at.X - timelineTipOffset - box.Width
	}
	x = max(0, x)
	y := max(0, min(at.Y-box.Height-timelineTipOffset/2, g.bottom-box.Height))
	if atTop {
		y = g.top
	}
	return r.tip.show(lines, fyne.NewPos(g.snap(x), g.snap(y)), g.captionSize, colors.tip)
}

// drawFocus rings the whole strip while it has keyboard focus.
func (r *timelineRenderer) drawFocus(size fyne.Size, colors timelinePalette) {
	if !r.timeline.keys.focused {
		hideObject(r.focusRing)
		return
	}
	ring := r.focusRing
	if ring.StrokeColor != colors.focus || ring.StrokeWidth != timelineFocusRing {
		ring.StrokeColor, ring.StrokeWidth, ring.CornerRadius = colors.focus, timelineFocusRing, timelineFocusRing*2
		ring.Refresh()
	}
	// Strokes are centred on the edge: inset by half, so none is clipped away.
	inset := float32(timelineFocusRing) / 2
	placeRect(ring, inset, inset, size.Width-inset, size.Height-inset, color.Transparent)
}
