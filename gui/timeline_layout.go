package gui

// The timeline's arithmetic: which months the span holds, how they group
// into bars, and where a month falls on the plot. Nothing here draws or
// holds a Fyne object, so it can be reasoned about (and tested) as numbers.

import (
	"math"

	"dossier/corpus"
)

// timelineData is what SetData (and SetEvents) was given, as dense
// per-month slices over the span.
type timelineData struct {
	first      int   // Month.Index of the span's first month
	months     int   // months in the span; 0 when there is nothing to show
	counts     []int // matching articles per month of the span
	background []int // all articles per month, or nil when the caller gave none
	// events are the matching articles with an event in the month, or nil
	// when the corpus has no events: then the layer of events is not drawn.
	events []int
}

func (d *timelineData) end() int { return d.first + d.months } // one past the last month

// timelineRange is an inclusive range of month indices; ok is false for "none".
type timelineRange struct {
	from, to int
	ok       bool
}

func (r timelineRange) contains(m int) bool { return r.ok && r.from <= m && m <= r.to }

// timelineBucket is one bar: a month, or the months of a quarter or year(s)
// when months are too narrow to draw, clipped to the corpus's span.
type timelineBucket struct {
	first, last       int // month indices, inclusive
	count, background int
	// events is the most matching articles with an event in one of its
	// months: an article about all of 2017 is one article in 2017, not
	// twelve, which a sum would make it.
	events int
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

// timelineGeometry maps months to positions for one size of the widget.
type timelineGeometry struct {
	width                    float32
	left, right, top, bottom float32 // the plot area, in dp; the axis is below bottom
	// barBottom is where the bars stand, and eventTop where the layer of
	// events below them begins (timeline_events.go); both are bottom when
	// there is no such layer.
	barBottom, eventTop float32
	scale               float32 // device pixels per dp
	viewStart, viewEnd  float64
	bucketMonths        int
	// days is set when a month is wide enough to draw its days (at least
	// timelineMinDayPixels device pixels each) and there is a layer of
	// events: it then marks the days its events are known to, and the axis
	// numbers the days.
	days        bool
	captionSize float32
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

// barEdges is a bar's left and right edge in dp: centred in its column, a
// whole number of device pixels wide so that all bars look alike, with a gap
// to its neighbours, and clipped to the plot.
func (g timelineGeometry) barEdges(b timelineBucket) (left, right float32) {
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

// bucketAtX is the bar whose column contains x, if any.
func (d *timelineData) bucketAtX(g timelineGeometry, x float32) (timelineBucket, bool) {
	if d.months == 0 || x < g.left || x >= g.right {
		return timelineBucket{}, false
	}
	m := int(math.Floor(g.monthAt(x)))
	if m < d.first || m >= d.end() {
		return timelineBucket{}, false
	}
	return d.bucket(timelineAlign(m, g.bucketMonths), g.bucketMonths), true
}

// bucket sums the months [start, start+n) that lie inside the span.
func (d *timelineData) bucket(start, n int) timelineBucket {
	b := timelineBucket{first: max(start, d.first), last: min(start+n, d.end()) - 1}
	for m := b.first; m <= b.last; m++ {
		b.count += d.counts[m-d.first]
		if d.background != nil {
			b.background += d.background[m-d.first]
		}
		if d.events != nil {
			b.events = max(b.events, d.events[m-d.first])
		}
	}
	return b
}

// appendVisibleBuckets adds the bars that overlap the view, in order.
func (d *timelineData) appendVisibleBuckets(buf []timelineBucket, g timelineGeometry) []timelineBucket {
	if d.months == 0 {
		return buf
	}
	n := g.bucketMonths
	first := max(d.first, int(math.Floor(g.viewStart)))
	end := min(d.end(), int(math.Ceil(g.viewEnd)))
	for start := timelineAlign(first, n); start < end; start += n {
		buf = append(buf, d.bucket(start, n))
	}
	return buf
}

// bucketOf is the bar of n months holding month m, m being kept in the span
// so that a month remembered from before a new search still finds a bar.
func (d *timelineData) bucketOf(m, n int) timelineBucket {
	m = max(d.first, min(m, d.end()-1))
	return d.bucket(timelineAlign(m, n), n)
}

// timelineAlign rounds a month index down to a multiple of n. Month indices count
// from January of year 0, so quarters and years fall on calendar boundaries.
func timelineAlign(m, n int) int { return m - ((m%n)+n)%n }

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
