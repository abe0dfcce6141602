package gui

import (
	"image/color"
	"math"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"dossier/corpus"
)

// timelineCalls records what a Timeline reported to the window.
type timelineCalls struct {
	ranges [][2]corpus.Month
	months []corpus.Month
}

// timelineFixture is a Timeline alone in a test window, without padding, so
// canvas positions are the widget's own.
type timelineFixture struct {
	tl     *Timeline
	window fyne.Window
	calls  *timelineCalls
}

func newTimelineFixture(t testing.TB, mode ThemeMode, size fyne.Size) *timelineFixture {
	t.Helper()
	addTranslations() // as New does: the timeline lives in the window
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newReadingTheme(mode, defaultTextSize))
	calls := &timelineCalls{}
	tl := NewTimeline(
		func(from, to corpus.Month) { calls.ranges = append(calls.ranges, [2]corpus.Month{from, to}) },
		func(m corpus.Month) { calls.months = append(calls.months, m) },
	)
	w := test.NewWindow(tl)
	w.SetPadded(false)
	w.Resize(size)
	t.Cleanup(w.Close)
	return &timelineFixture{tl: tl, window: w, calls: calls}
}

func (f *timelineFixture) renderer() *timelineRenderer {
	return test.WidgetRenderer(f.tl).(*timelineRenderer)
}

func (f *timelineFixture) geometry() timelineGeometry { return f.tl.geometry(f.tl.Size()) }

// centreOf is the middle of a month's column, halfway up the bars.
func (f *timelineFixture) centreOf(m corpus.Month) fyne.Position {
	g := f.geometry()
	return fyne.NewPos(g.x(float64(m.Index())+0.5), (g.top+g.bottom)/2)
}

// barOf is the bar drawn for the bucket starting with month m.
func (f *timelineFixture) barOf(t *testing.T, m corpus.Month) *plotRect {
	t.Helper()
	r := f.renderer()
	for i, b := range r.buckets {
		if b.first == m.Index() {
			return r.bars.rects[i]
		}
	}
	t.Fatalf("no bar for %s among %d buckets", m, len(r.buckets))
	return nil
}

func month(s string) corpus.Month {
	m, err := corpus.ParseMonth(s)
	if err != nil {
		panic(err)
	}
	return m
}

func span(first, last string) [2]corpus.Month { return [2]corpus.Month{month(first), month(last)} }

// twoYears is a small corpus: 24 months, a few of them with matches.
var twoYears = monthCounts(map[string]int{"2018-02": 10, "2018-05": 5, "2018-12": 2, "2019-06": 1, "2019-11": 4})

// monthCounts turns "YYYY-MM" keys into the facet's form.
func monthCounts(byMonth map[string]int) corpus.MonthCounts {
	if len(byMonth) == 0 {
		return corpus.MonthCounts{}
	}
	first, last := -1, -1
	for key := range byMonth {
		i := month(key).Index()
		if first < 0 || i < first {
			first = i
		}
		last = max(last, i)
	}
	c := corpus.MonthCounts{First: corpus.MonthFromIndex(first), Counts: make([]int, last-first+1)}
	for key, n := range byMonth {
		c.Counts[month(key).Index()-first] = n
	}
	return c
}

// generatedCounts spreads total articles over the months of [first, last]
// deterministically: slow growth, a yearly rhythm and a few news spikes, the
// shape a real cyber-espionage archive has.
func generatedCounts(first, last corpus.Month, total int) corpus.MonthCounts {
	n := last.Index() - first.Index() + 1
	weights := make([]float64, n)
	sum := 0.0
	for i := range weights {
		w := 1 + 2*float64(i)/float64(n) + 0.4*math.Sin(float64(i)*2*math.Pi/12)
		if i%37 == 11 || i%53 == 29 {
			w *= 2.2 // a leak, an indictment, an expelled diplomat
		}
		weights[i] = w
		sum += w
	}
	counts := make(map[string]int, n)
	given := 0
	for i, w := range weights {
		c := int(w / sum * float64(total))
		counts[corpus.MonthFromIndex(first.Index()+i).String()] = c
		given += c
	}
	counts[last.String()] += total - given
	return monthCounts(counts)
}

func TestTimelineBarHeightsAreProportionalToCounts(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})

	r, g := f.renderer(), f.geometry()
	if g.bucketMonths != 1 || len(r.buckets) != 24 {
		t.Fatalf("%d buckets of %d months, want 24 of one month", len(r.buckets), g.bucketMonths)
	}
	full := g.snap(g.bottom) - g.snap(g.top)
	for key, want := range map[string]float32{"2018-02": full, "2018-05": full / 2, "2018-12": full / 5, "2019-06": full / 10} {
		bar := f.barOf(t, month(key))
		if !bar.Visible() || math.Abs(float64(bar.Size().Height-want)) > 1 {
			t.Errorf("%s: bar %v tall (visible %v), want %v: 10 articles fill the plot", key, bar.Size().Height, bar.Visible(), want)
		}
		if bottom := bar.Position().Y + bar.Size().Height; bottom != g.snap(g.bottom) {
			t.Errorf("%s: bar ends at %v, want on the axis at %v", key, bottom, g.snap(g.bottom))
		}
	}
	if bar := f.barOf(t, month("2018-01")); bar.Visible() {
		t.Errorf("a month without matches draws a bar %v tall", bar.Size().Height)
	}
	if got := r.scaleLabel.Text; got != "max. 10 per maand" {
		t.Errorf("scale hint = %q", got)
	}
}

func TestTimelineBarsAreEvenAndApart(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(1280, 140))
	f.tl.SetData(span("2005-01", "2025-10"), generatedCounts(month("2005-01"), month("2025-10"), 100_000), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})

	r := f.renderer()
	var widths []float32
	previousRight := float32(-1)
	for i := range r.buckets {
		bar := r.bars.rects[i]
		left, right := bar.Position().X, bar.Position().X+bar.Size().Width
		if left <= previousRight {
			t.Fatalf("bar %d starts at %v, touching the one before (ends %v)", i, left, previousRight)
		}
		previousRight = right
		if i > 0 && i < len(r.buckets)-1 { // the ends may be clipped to the plot
			widths = append(widths, bar.Size().Width)
		}
	}
	slices.Sort(widths)
	if widths[0] != widths[len(widths)-1] || widths[0] < 2 {
		t.Errorf("bar widths range from %v to %v, want all alike and at least 2", widths[0], widths[len(widths)-1])
	}
}

func TestTimelineAggregatesWhenMonthsGetTooNarrow(t *testing.T) {
	counts := generatedCounts(month("2005-01"), month("2025-10"), 100_000)
	for _, c := range []struct {
		width        float32
		bucketMonths int
		hint         string
	}{
		{1280, 1, "per maand"},
		{500, 3, "per kwartaal"},
		{240, 12, "per jaar"},
	} {
		f := newTimelineFixture(t, ThemeLight, fyne.NewSize(c.width, 140))
		f.tl.SetData(span("2005-01", "2025-10"), counts, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
		r, g := f.renderer(), f.geometry()
		if g.bucketMonths != c.bucketMonths {
			t.Errorf("width %v: bars cover %d months, want %d", c.width, g.bucketMonths, c.bucketMonths)
			continue
		}
		total := 0
		for _, b := range r.buckets {
			total += b.count
			if timelineAlign(b.first, c.bucketMonths) != b.first && b.first != month("2005-01").Index() {
				t.Errorf("width %v: bucket starts at %s, not on a calendar boundary", c.width, corpus.MonthFromIndex(b.first))
			}
		}
		if total != 100_000 {
			t.Errorf("width %v: bars add up to %d articles, want all 100000", c.width, total)
		}
		if hint := r.scaleLabel.Text; len(hint) < len(c.hint) || hint[len(hint)-len(c.hint):] != c.hint {
			t.Errorf("width %v: scale hint %q does not end in %q", c.width, hint, c.hint)
		}
	}
}

func TestTimelineBucketSizes(t *testing.T) {
	for _, c := range []struct {
		pixelsPerMonth float64
		want           int
	}{{5, 1}, {3, 1}, {2.9, 3}, {1, 3}, {0.9, 12}, {0.25, 12}, {0.2, 24}, {0.0001, 1200}} {
		if got := timelineBucketMonths(c.pixelsPerMonth); got != c.want {
			t.Errorf("timelineBucketMonths(%v) = %d, want %d", c.pixelsPerMonth, got, c.want)
		}
	}
}

func TestTimelineDragSelectsARange(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	c := f.window.Canvas()

	// test.Drag reports the pointer at pos having moved by the delta, as Fyne does.
	from, to := f.centreOf(month("2018-03")), f.centreOf(month("2018-09"))
	test.Drag(c, to, to.X-from.X, 0)
	want := [2]corpus.Month{month("2018-03"), month("2018-09")}
	if len(f.calls.ranges) != 1 || f.calls.ranges[0] != want {
		t.Fatalf("onRange calls = %v, want one with %v", f.calls.ranges, want)
	}

	// Leftwards, in steps: the range is ordered and reported once, at the end.
	from, to = f.centreOf(month("2019-04")), f.centreOf(month("2018-11"))
	mid := fyne.NewPos((from.X+to.X)/2, from.Y)
	f.tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: mid}, Dragged: fyne.NewDelta(mid.X-from.X, 0)})
	f.tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-mid.X, 0)})
	if len(f.calls.ranges) != 1 {
		t.Fatalf("onRange was called during the drag: %v", f.calls.ranges)
	}
	if s := f.tl.selection; !s.ok || s.from != month("2018-11").Index() || s.to != month("2019-04").Index() {
		t.Errorf("while dragging the timeline shows %v, want nov 2018 to apr 2019", s)
	}
	if got, want := f.renderer().tip.text(), rangeLabel(month("2018-11"), month("2019-04"))+textMetaSep()+articleCount(2); got != want {
		t.Errorf("drag label = %q, want %q", got, want)
	}
	f.tl.DragEnd()
	want = [2]corpus.Month{month("2018-11"), month("2019-04")}
	if len(f.calls.ranges) != 2 || f.calls.ranges[1] != want {
		t.Errorf("onRange calls = %v, want %v last", f.calls.ranges, want)
	}

	// Past the end of the plot the selection stops at the last visible month.
	// Fyne keeps sending a drag to the widget it began on; test.Drag cannot
	// start outside the widget, so the events are sent directly.
	from = f.centreOf(month("2019-10"))
	past := fyne.NewPos(f.tl.Size().Width+50, from.Y)
	f.tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: past}, Dragged: fyne.NewDelta(past.X-from.X, 0)})
	f.tl.DragEnd()
	want = [2]corpus.Month{month("2019-10"), month("2019-12")}
	if got := f.calls.ranges[len(f.calls.ranges)-1]; got != want {
		t.Errorf("dragging past the end selected %v, want %v", got, want)
	}
	if len(f.calls.months) != 0 {
		t.Errorf("dragging called onMonth: %v", f.calls.months)
	}
}

func TestTimelineTapPicksAMonthAndTapsClear(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	c := f.window.Canvas()

	test.TapCanvas(c, f.centreOf(month("2018-05")))
	if len(f.calls.months) != 1 || f.calls.months[0] != month("2018-05") {
		t.Fatalf("onMonth calls = %v, want mei 2018", f.calls.months)
	}
	// The window answers with the new range, as it will after every change.
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, month("2018-05"), month("2018-05"))
	if fill := f.barOf(t, month("2018-05")).FillColor; fill != paletteColor(theme.ColorNamePrimary, false) {
		t.Errorf("selected bar is %v, want the accent colour", fill)
	}

	// Above a short bar is still its column.
	top := fyne.NewPos(f.centreOf(month("2018-12")).X, f.geometry().top+1)
	test.TapCanvas(c, top)
	if got := f.calls.months[len(f.calls.months)-1]; got != month("2018-12") {
		t.Errorf("tapping above the dec 2018 bar picked %v", got)
	}

	// Tapping the selected month again clears, which makes a double tap clear.
	test.TapCanvas(c, top)
	if got := f.calls.ranges; len(got) != 1 || got[0] != ([2]corpus.Month{}) {
		t.Errorf("second tap: onRange calls = %v, want one clearing the range", got)
	}

	test.TapCanvas(c, f.centreOf(month("2018-05")))
	test.TapCanvas(c, f.centreOf(month("2018-01"))) // no matches: empty space
	if got := f.calls.ranges; len(got) != 2 || got[1] != ([2]corpus.Month{}) {
		t.Errorf("tap on an empty month: onRange calls = %v, want a second clear", got)
	}
	test.TapCanvas(c, f.centreOf(month("2018-01")))
	if got := len(f.calls.ranges); got != 2 {
		t.Errorf("clearing an empty selection called onRange again (%d calls)", got)
	}
}

func TestTimelineTapOnAQuarterSelectsTheQuarter(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(500, 140))
	f.tl.SetData(span("2005-01", "2025-10"), generatedCounts(month("2005-01"), month("2025-10"), 100_000), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	if f.geometry().bucketMonths != 3 {
		t.Fatalf("bars cover %d months, want quarters", f.geometry().bucketMonths)
	}
	test.TapCanvas(f.window.Canvas(), f.centreOf(month("2012-05")))
	want := [2]corpus.Month{month("2012-04"), month("2012-06")}
	if len(f.calls.ranges) != 1 || f.calls.ranges[0] != want || len(f.calls.months) != 0 {
		t.Errorf("onRange %v, onMonth %v; want the second quarter of 2012 as a range", f.calls.ranges, f.calls.months)
	}
}

func TestTimelineScrollZoomsAroundThePointer(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(1280, 140))
	f.tl.SetData(span("2005-01", "2025-10"), generatedCounts(month("2005-01"), month("2025-10"), 100_000), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})

	at := f.centreOf(month("2012-05"))
	before := f.geometry().monthAt(at.X)
	f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, 3*timelineScrollNotch)})

	g := f.geometry()
	if width := g.viewEnd - g.viewStart; math.Abs(width-250/math.Pow(timelineZoomPerNotch, 3)) > 1e-9 {
		t.Errorf("three notches show %v months, want 250/1.25³", width)
	}
	if after := g.monthAt(at.X); math.Abs(after-before) > 1e-9 {
		t.Errorf("the pointer was over month %v before zooming and %v after", before, after)
	}

	for range 40 {
		f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, timelineScrollNotch)})
	}
	g = f.geometry()
	if width := g.viewEnd - g.viewStart; width != timelineMinVisibleMonths {
		t.Errorf("zoomed all the way in shows %v months, want %d", width, timelineMinVisibleMonths)
	}
	if labels := visibleTexts(f.renderer().labels); !slices.Contains(labels, monthNames("months.short")[time.May-1]) || labels[0] != "2012" {
		t.Errorf("zoomed in, the axis shows %q, want month names after the year 2012", labels)
	}

	for range 60 {
		f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, -timelineScrollNotch)})
	}
	g = f.geometry()
	if g.viewStart != float64(month("2005-01").Index()) || g.viewEnd != float64(month("2025-10").Index()+1) {
		t.Errorf("zoomed all the way out shows %v to %v, want the whole span", g.viewStart, g.viewEnd)
	}
}

func TestTimelinePans(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(1280, 140))
	f.tl.SetData(span("2005-01", "2025-10"), generatedCounts(month("2005-01"), month("2025-10"), 100_000), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	zoomIn := func() {
		at := f.centreOf(month("2015-06"))
		f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, 8*timelineScrollNotch)})
	}
	zoomIn()
	g := f.geometry()
	perMonth := g.pixelsPerMonth()

	// Shift+drag over the bars pans: the axis follows the pointer 100 dp right.
	at := fyne.NewPos(600, (g.top+g.bottom)/2)
	f.tl.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}, Button: desktop.MouseButtonPrimary, Modifier: fyne.KeyModifierShift})
	test.Drag(f.window.Canvas(), at.AddXY(100, 0), 100, 0)
	if shift := g.viewStart - f.tl.viewStart; math.Abs(shift-100/perMonth) > 1e-9 {
		t.Errorf("Shift+drag moved the view by %v months, want %v", shift, 100/perMonth)
	}
	if len(f.calls.ranges) != 0 || f.tl.selection.ok {
		t.Errorf("panning selected a range: %v", f.calls.ranges)
	}

	// A plain drag along the axis labels pans too.
	g = f.geometry()
	axis := fyne.NewPos(600, g.bottom+8)
	test.Drag(f.window.Canvas(), axis.AddXY(-50, 0), -50, 0)
	if shift := f.tl.viewStart - g.viewStart; math.Abs(shift-50/perMonth) > 1e-9 {
		t.Errorf("dragging the axis moved the view by %v months, want %v", shift, 50/perMonth)
	}

	// So does moving with the right button held.
	g = f.geometry()
	f.tl.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}, Button: desktop.MouseButtonSecondary})
	f.tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at.AddXY(30, 0)}, Button: desktop.MouseButtonSecondary})
	f.tl.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at.AddXY(30, 0)}, Button: desktop.MouseButtonSecondary})
	if shift := g.viewStart - f.tl.viewStart; math.Abs(shift-30/perMonth) > 1e-9 {
		t.Errorf("right-button drag moved the view by %v months, want %v", shift, 30/perMonth)
	}

	// Panning stops at the ends of the corpus.
	f.tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(5000, g.bottom+8)}, Dragged: fyne.NewDelta(5000-600, 0)})
	f.tl.DragEnd()
	if f.tl.viewStart != float64(month("2005-01").Index()) {
		t.Errorf("panned past the start, to %v", corpus.MonthFromIndex(int(f.tl.viewStart)))
	}
}

func TestTimelineKeepsTheZoomWhileTheSpanStays(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: f.centreOf(month("2018-06"))}, Scrolled: fyne.NewDelta(0, 2*timelineScrollNotch)})
	zoomed := f.tl.viewEnd - f.tl.viewStart

	f.tl.SetData(span("2018-01", "2019-12"), monthCounts(map[string]int{"2018-03": 1}), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	if got := f.tl.viewEnd - f.tl.viewStart; got != zoomed {
		t.Errorf("a new search over the same corpus changed the zoom from %v to %v months", zoomed, got)
	}
	f.tl.SetData(span("2010-01", "2019-12"), monthCounts(map[string]int{"2018-03": 1}), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	if f.tl.viewStart != float64(month("2010-01").Index()) || f.tl.viewEnd != float64(month("2020-01").Index()) {
		t.Errorf("another corpus kept the view at %v–%v, want all of it", f.tl.viewStart, f.tl.viewEnd)
	}
}

func TestTimelineHoverNamesMonthAndCount(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	c, r := f.window.Canvas(), f.renderer()

	for _, h := range []struct{ month, want string }{
		{"2018-12", shortMonth(month("2018-12")) + textMetaSep() + articleCount(2)},
		{"2019-06", shortMonth(month("2019-06")) + textMetaSep() + articleCount(1)},
		{"2019-07", shortMonth(month("2019-07")) + textMetaSep() + "geen artikelen"},
	} {
		test.MoveMouse(c, f.centreOf(month(h.month)))
		if !r.tip.shown() || r.tip.text() != h.want {
			t.Errorf("hovering %s shows %q (visible %v), want %q", h.month, r.tip.text(), r.tip.shown(), h.want)
		}
		if !r.hoverShade.Visible() {
			t.Errorf("hovering %s does not mark its column", h.month)
		}
	}
	box := r.tip.box
	if box.Position().X < 0 || box.Position().X+box.Size().Width > f.tl.Size().Width || box.Position().Y < 0 {
		t.Errorf("hover label at %v size %v leaves the strip", box.Position(), box.Size())
	}

	f.tl.SetData(span("2018-01", "2019-12"), twoYears, monthCounts(map[string]int{"2019-06": 40}), corpus.Month{}, corpus.Month{})
	test.MoveMouse(c, f.centreOf(month("2019-06")))
	if want := shortMonth(month("2019-06")) + textMetaSep() + "1 van 40 artikelen"; r.tip.text() != want {
		t.Errorf("with background counts the label is %q, want %q", r.tip.text(), want)
	}

	f.tl.MouseOut()
	if r.tip.shown() || r.tip.shown() || r.hoverShade.Visible() {
		t.Errorf("the hover label stays after the pointer left")
	}
}

func TestTimelineHoverFollowsTheEndOfADrag(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	from, to := f.centreOf(month("2018-02")), f.centreOf(month("2018-12"))
	test.MoveMouse(f.window.Canvas(), from)
	test.Drag(f.window.Canvas(), to, to.X-from.X, 0)
	if got := f.renderer().tip.text(); got != shortMonth(month("2018-12"))+textMetaSep()+articleCount(2) {
		t.Errorf("after the drag the hover label says %q, want the month under the pointer", got)
	}
}

func TestTimelineOneMonthCorpus(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2021-07", "2021-07"), monthCounts(map[string]int{"2021-07": 3, "2021-08": 9}), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	r, g := f.renderer(), f.geometry()
	if len(r.buckets) != 1 || r.buckets[0].count != 3 {
		t.Fatalf("buckets = %+v, want jul 2021 with 3 articles (months outside the span ignored)", r.buckets)
	}
	bar := r.bars.rects[0]
	if bar.Size().Width > timelineMaxBarWidth || math.Abs(float64(bar.Position().X+bar.Size().Width/2-(g.left+g.right)/2)) > 1 {
		t.Errorf("the only bar is %v wide at %v, want at most %d dp, centred", bar.Size().Width, bar.Position().X, timelineMaxBarWidth)
	}
	if labels := visibleTexts(r.labels); !slices.Equal(labels, []string{"2021", monthNames("months.short")[time.July-1]}) {
		t.Errorf("axis labels = %q, want the year pinned left and the month", labels)
	}
	f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: f.centreOf(month("2021-07"))}, Scrolled: fyne.NewDelta(0, 100)})
	if f.tl.viewEnd-f.tl.viewStart != 1 {
		t.Errorf("zooming into a one-month corpus shows %v months", f.tl.viewEnd-f.tl.viewStart)
	}
}

func TestTimelineCursorShowsTheAxisPans(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	axis := fyne.NewPos(300, f.geometry().bottom+8)
	test.MoveMouse(f.window.Canvas(), axis)
	if c := f.tl.Cursor(); c != desktop.DefaultCursor {
		t.Errorf("fully zoomed out the axis shows cursor %v; there is nothing to pan", c)
	}
	f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: axis}, Scrolled: fyne.NewDelta(0, 50)})
	if c := f.tl.Cursor(); c != desktop.HResizeCursor {
		t.Errorf("zoomed in, the axis shows cursor %v, want the sideways arrows", c)
	}
	test.MoveMouse(f.window.Canvas(), fyne.NewPos(300, 60))
	if c := f.tl.Cursor(); c != desktop.DefaultCursor {
		t.Errorf("over the bars the cursor is %v", c)
	}
}

func TestTimelineShadesTheSelection(t *testing.T) {
	f := newTimelineFixture(t, ThemeDark, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, month("2018-03"), month("2018-06"))

	accent := paletteColor(theme.ColorNamePrimary, true)
	if fill := f.barOf(t, month("2018-05")).FillColor; fill != accent {
		t.Errorf("bar inside the range is %v, want the accent %v", fill, accent)
	}
	if fill := f.barOf(t, month("2018-02")).FillColor; fill == accent {
		t.Errorf("bar outside the range is in the accent colour, want it muted")
	}
	shade, g := f.renderer().selectionShade, f.geometry()
	if left, right := shade.Position().X, shade.Position().X+shade.Size().Width; !shade.Visible() ||
		left != g.snap(g.x(float64(month("2018-03").Index()))) || right != g.snap(g.x(float64(month("2018-07").Index()))) {
		t.Errorf("selection shade covers %v to %v, want mrt to jun 2018", left, right)
	}

	// A range open at one end (State allows that) runs to the end of the span.
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, month("2019-01"), corpus.Month{})
	if s := f.tl.selection; !s.ok || s.from != month("2019-01").Index() || s.to != month("2019-12").Index() {
		t.Errorf("from jan 2019 with an open end selects %v", s)
	}
}

func TestTimelineAxisLabelsNeverCollide(t *testing.T) {
	counts := generatedCounts(month("2005-01"), month("2025-10"), 100_000)
	for _, width := range []float32{240, 500, 800, 1280, 2400} {
		f := newTimelineFixture(t, ThemeLight, fyne.NewSize(width, 140))
		f.tl.SetData(span("2005-01", "2025-10"), counts, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
		for zoom := range 12 {
			r := f.renderer()
			var labels []*canvas.Text
			for _, l := range r.labels {
				if l.Visible() {
					labels = append(labels, l)
				}
			}
			if len(labels) < 2 {
				t.Errorf("width %v, zoom %d: only %d axis labels", width, zoom, len(labels))
			}
			for i := 1; i < len(labels); i++ {
				if end := labels[i-1].Position().X + labels[i-1].Size().Width; labels[i].Position().X < end+2 {
					t.Errorf("width %v, zoom %d: %q at %v runs into %q ending at %v", width, zoom,
						labels[i].Text, labels[i].Position().X, labels[i-1].Text, end)
				}
			}
			for _, l := range labels {
				if l.Position().X < 0 || l.Position().X+l.Size().Width > width {
					t.Errorf("width %v, zoom %d: label %q sticks out of the strip", width, zoom, l.Text)
				}
			}
			at := fyne.NewPos(width/3, 60)
			f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, 2*timelineScrollNotch)})
		}
	}
}

// TestTimelineDutchWording checks the labels word for word in Dutch, the
// default; the other tests compose their expectations from the translated
// helpers, so they hold in any interface language.
func TestTimelineDutchWording(t *testing.T) {
	addTranslations()
	if lang := interfaceLanguage(); lang != "nl" {
		t.Skipf("the interface speaks %q here (translations loaded by another test); the Dutch wording is not in use", lang)
	}
	for _, c := range []struct{ first, last, want string }{
		{"2018-12", "2018-12", "dec 2018"},
		{"2018-01", "2018-03", "jan 2018 – mrt 2018"},
		{"2018-01", "2018-12", "2018"},
		{"2018-06", "2019-12", "jun 2018 – dec 2019"},
	} {
		if got := timelinePeriod(month(c.first), month(c.last)); got != c.want {
			t.Errorf("timelinePeriod(%s, %s) = %q, want %q", c.first, c.last, got, c.want)
		}
	}
	for _, c := range []struct {
		count, background int
		withBackground    bool
		want              string
	}{
		{0, 0, false, "geen artikelen"},
		{1, 0, false, "1 artikel"},
		{1234, 0, false, "1.234 artikelen"},
		{2, 40, true, "2 van 40 artikelen"},
		{40, 40, true, "40 artikelen"},
	} {
		if got := timelineCount(c.count, c.background, c.withBackground); got != c.want {
			t.Errorf("timelineCount(%d, %d, %v) = %q, want %q", c.count, c.background, c.withBackground, got, c.want)
		}
	}
	if got := timelineScaleHint(1942, 3); got != "max. 1.942 per kwartaal" {
		t.Errorf("scale hint = %q", got)
	}
	b := timelineBucket{first: month("2018-12").Index(), last: month("2018-12").Index(), count: 2}
	if got := timelineBucketLabel(b, false); got != "dec 2018 · 2 artikelen" {
		t.Errorf("hover label = %q, want %q", got, "dec 2018 · 2 artikelen")
	}
}

func TestTimelineWithoutDataDrawsNothing(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData([2]corpus.Month{}, corpus.MonthCounts{}, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	test.MoveMouse(f.window.Canvas(), fyne.NewPos(300, 60))
	test.TapCanvas(f.window.Canvas(), fyne.NewPos(300, 60))
	test.Drag(f.window.Canvas(), fyne.NewPos(300, 60), 100, 0)
	f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(300, 60)}, Scrolled: fyne.NewDelta(0, 25)})
	for _, o := range f.renderer().Objects() {
		if _, isBaseline := o.(*canvas.Rectangle); o.Visible() && (!isBaseline || o != f.renderer().baseLine) {
			t.Errorf("an empty timeline shows %T at %v", o, o.Position())
		}
	}
	if len(f.calls.ranges)+len(f.calls.months) != 0 {
		t.Errorf("an empty timeline reported %v %v", f.calls.ranges, f.calls.months)
	}
}

// TestTimelineImages keeps masters of the strip in both themes and both
// languages: Dutch has the plain names, English a suffix ("_en").
func TestTimelineImages(t *testing.T) {
	counts := generatedCounts(month("2005-01"), month("2025-10"), 100_000)
	matches := searchMatches(counts)
	inEachLanguage(t, func(t *testing.T, suffix string) {
		for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
			name := string(mode) + suffix
			f := newTimelineFixture(t, mode, fyne.NewSize(800, 140))
			f.tl.SetData(span("2005-01", "2025-10"), matches, counts, month("2013-06"), month("2016-12"))
			test.MoveMouse(f.window.Canvas(), f.centreOf(month("2014-09")))
			test.AssertImageMatches(t, "timeline_"+name+".png", f.window.Canvas().Capture())

			f.tl.MouseOut()
			f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: f.centreOf(month("2016-12"))}, Scrolled: fyne.NewDelta(0, 10*timelineScrollNotch)})
			test.MoveMouse(f.window.Canvas(), f.centreOf(month("2017-03")))
			test.AssertImageMatches(t, "timeline_zoomed_"+name+".png", f.window.Canvas().Capture())
		}
	})
}

// searchMatches is what a search might match of counts: a tenth of the
// articles, far more in some years than in others.
func searchMatches(counts corpus.MonthCounts) corpus.MonthCounts {
	matches := corpus.MonthCounts{First: counts.First, Counts: make([]int, counts.Len())}
	for i, n := range counts.Counts {
		share := 0.1 * (1 + math.Sin(float64(counts.First.Index()+i)/9))
		matches.Counts[i] = int(float64(n) * share)
	}
	return matches
}

// paletteColor is a colour of Dossier's theme in the light or dark variant.
func paletteColor(name fyne.ThemeColorName, dark bool) color.Color {
	c, _ := readingPalette(name, dark)
	return c
}

// visibleTexts lists the texts of the visible labels.
func visibleTexts(labels []*canvas.Text) []string {
	var texts []string
	for _, l := range labels {
		if l.Visible() {
			texts = append(texts, l.Text)
		}
	}
	return texts
}

// BenchmarkTimelineSetData is what a new search costs the timeline: turning
// the facet map of 250 months (100,000 articles from 2005 to 2025) into bars,
// labels and colours at 1280×160, with the background counts as well.
func BenchmarkTimelineSetData(b *testing.B) {
	f := newTimelineFixture(b, ThemeLight, fyne.NewSize(1280, 160))
	counts := generatedCounts(month("2005-01"), month("2025-10"), 100_000)
	matches := corpus.MonthCounts{First: counts.First, Counts: make([]int, counts.Len())}
	for i, n := range counts.Counts {
		matches.Counts[i] = n / 3
	}
	s := span("2005-01", "2025-10")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		// Alternate the selection, so every round changes colours and shading.
		from := corpus.MonthFromIndex(month("2010-01").Index() + i%24)
		f.tl.SetData(s, matches, counts, from, month("2019-12"))
	}
}

// BenchmarkTimelineHover is one pointer move across the bars: the hover
// shade and the label follow, the bars stay as they are.
func BenchmarkTimelineHover(b *testing.B) {
	f := newTimelineFixture(b, ThemeLight, fyne.NewSize(1280, 160))
	f.tl.SetData(span("2005-01", "2025-10"), generatedCounts(month("2005-01"), month("2025-10"), 100_000), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	for i := 0; b.Loop(); i++ {
		f.tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(10+i%1200), 70)}})
	}
}

// BenchmarkTimelineCapture renders the whole strip with the test driver's
// software painter: far slower than the GPU, an upper bound for one frame.
func BenchmarkTimelineCapture(b *testing.B) {
	f := newTimelineFixture(b, ThemeLight, fyne.NewSize(1280, 160))
	counts := generatedCounts(month("2005-01"), month("2025-10"), 100_000)
	s := span("2005-01", "2025-10")
	for i := 0; b.Loop(); i++ {
		f.tl.SetData(s, counts, corpus.MonthCounts{}, corpus.MonthFromIndex(month("2010-01").Index()+i%24), month("2019-12"))
		f.window.Canvas().Capture()
	}
}
