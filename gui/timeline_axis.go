package gui

// The timeline's axis: which labels and year ticks fit under the bars at the
// current zoom, and drawing them.

import (
	"cmp"
	"image/color"
	"math"
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"dossier/corpus"
)

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
		placeText(r.labels[i], l.text, fyne.NewPos(l.left, y), g.captionSize, l.year, fill)
	}
	for _, l := range r.labels[len(r.axis):] {
		hideObject(l)
	}

	ticks := r.yearTicks(g)
	for len(r.ticks) < len(ticks) {
		r.ticks = append(r.ticks, canvas.NewRectangle(color.Transparent))
		grown = true
	}
	bottom := g.snap(g.bottom)
	for i, month := range ticks {
		x := g.snap(g.x(float64(month)))
		placeRect(r.ticks[i], x, bottom, x+1/g.scale, bottom+timelineTickLength, colors.tick)
	}
	for _, tick := range r.ticks[len(ticks):] {
		hideObject(tick)
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

	months := len(buf)
	if g.days {
		buf = r.dayLabels(buf, g, names, label)
	} else {
		step := 1
		if pitch < need {
			step = 3
		}
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
	}
	if len(buf) == months || buf[months].year {
		return buf
	}
	// Pin the year (and the month, zoomed in to days) at the left, dropping
	// the labels it covers; if the next year's label is that close, it tells
	// the year well enough alone.
	pinnedText := strconv.Itoa(corpus.MonthFromIndex(first).Year)
	if g.days {
		// Zoomed in to days, the month too.
		pinnedText = shortMonth(corpus.MonthFromIndex(first))
	}
	pinned := label(pinnedText, g.left, true)
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

// dayLabels labels the axis zoomed in to days: each month by its name (its
// year for January) from its first day on, and the days between by their
// numbers, every one, second, fifth or tenth day as there is room, none
// crowding a month's name.
func (r *timelineRenderer) dayLabels(buf []timelineAxisLabel, g timelineGeometry, names []string, label func(string, float32, bool) timelineAxisLabel) []timelineAxisLabel {
	t := r.timeline
	first := max(t.data.first, int(math.Floor(g.viewStart)))
	end := min(t.data.end(), int(math.Ceil(g.viewEnd)))
	perDay := float32(g.pixelsPerMonth()) / 31
	dayWidth := fyne.MeasureText("30", g.captionSize, fyne.TextStyle{}).Width + timelineLabelGap
	stride := 10
	for _, s := range []int{1, 2, 5, 10} {
		if float32(s)*perDay >= dayWidth {
			stride = s
			break
		}
	}
	start := len(buf)
	for m := first; m < end; m++ {
		month := corpus.MonthFromIndex(m)
		text, year := names[month.Month-1], false
		if month.Month == time.January {
			text, year = strconv.Itoa(month.Year), true
		}
		width := fyne.MeasureText(text, g.captionSize, fyne.TextStyle{Bold: year}).Width
		if x := g.x(float64(m)); x >= g.left && x+width <= g.right {
			buf = append(buf, label(text, x+width/2, year))
		}
	}
	monthLabels := buf[start:len(buf):len(buf)]
	for m := first; m < end; m++ {
		month := corpus.MonthFromIndex(m)
		days := daysInMonth(month)
		for d := stride; d <= days; d += stride {
			centre := g.x(float64(m) + (float64(d)-0.5)/float64(days))
			if centre < g.left || centre > g.right {
				continue
			}
			l := label(strconv.Itoa(d), centre, false)
			if !slices.ContainsFunc(monthLabels, func(n timelineAxisLabel) bool {
				return l.left < n.left+n.width+timelineLabelGap && n.left < l.left+l.width+timelineLabelGap
			}) {
				buf = append(buf, l)
			}
		}
	}
	slices.SortFunc(buf[start:], func(a, b timelineAxisLabel) int { return cmp.Compare(a.left, b.left) })
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
	if g.days {
		// Zoomed in to days, every month begins with a tick.
		r.tickMonths = r.tickMonths[:0]
		for m := first + 1; m < end; m++ {
			if float64(m) > g.viewStart && float64(m) < g.viewEnd {
				r.tickMonths = append(r.tickMonths, m)
			}
		}
	}
	return r.tickMonths
}
