package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
)

// focus gives the timeline keyboard focus the way Tab does.
func (f *timelineFixture) focus(t *testing.T) {
	t.Helper()
	test.FocusNext(f.window.Canvas())
	if f.window.Canvas().Focused() != fyne.Focusable(f.tl) {
		t.Fatalf("Tab does not reach the timeline; focused: %v", f.window.Canvas().Focused())
	}
}

// press types keys into whatever has focus, as the driver does.
func (f *timelineFixture) press(keys ...fyne.KeyName) {
	for _, k := range keys {
		f.window.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
}

// shiftPress types keys with Shift held down.
func (f *timelineFixture) shiftPress(keys ...fyne.KeyName) {
	f.tl.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	f.press(keys...)
	f.tl.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

// cursor is the first and last month of the keyboard cursor's bar.
func (f *timelineFixture) cursor(t *testing.T) (first, last corpus.Month) {
	t.Helper()
	b, ok := f.tl.keyboardBucket(f.geometry())
	if !ok {
		t.Fatalf("no keyboard cursor is shown")
	}
	return corpus.MonthFromIndex(b.first), corpus.MonthFromIndex(b.last)
}

func TestTimelineArrowsMoveTheCursor(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	f.focus(t)
	r := f.renderer()
	if r.hoverShade.Visible() || r.tip.shown() {
		t.Errorf("focus alone marks a bar; the cursor should wait for the first key")
	}

	// Without a selection the cursor starts at the last month with matches.
	f.press(fyne.KeyRight)
	if first, _ := f.cursor(t); first != month("2019-11") {
		t.Errorf("first Right puts the cursor on %v, want nov 2019", first)
	}
	if want := shortMonth(month("2019-11")) + textMetaSep() + articleCount(4); !r.tip.shown() || r.tip.text() != want {
		t.Errorf("the cursor's label is %q (visible %v), want %q", r.tip.text(), r.tip.shown(), want)
	}
	g := f.geometry()
	if shade := r.hoverShade; !shade.Visible() || shade.Position().X != g.snap(g.x(float64(month("2019-11").Index()))) {
		t.Errorf("the cursor's column is not marked: shade at %v, visible %v", shade.Position(), shade.Visible())
	}

	f.press(fyne.KeyRight, fyne.KeyRight)
	if first, _ := f.cursor(t); first != month("2019-12") {
		t.Errorf("Right past the last month leaves the cursor on %v, want dec 2019", first)
	}
	f.press(fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft)
	if first, _ := f.cursor(t); first != month("2019-09") {
		t.Errorf("three times Left from dec 2019 reaches %v, want sep 2019", first)
	}
	f.press(fyne.KeyHome)
	if first, _ := f.cursor(t); first != month("2018-01") {
		t.Errorf("Home goes to %v", first)
	}
	f.press(fyne.KeyLeft)
	if first, _ := f.cursor(t); first != month("2018-01") {
		t.Errorf("Left before the first month goes to %v", first)
	}
	f.press(fyne.KeyEnd)
	if first, _ := f.cursor(t); first != month("2019-12") {
		t.Errorf("End goes to %v", first)
	}
	if len(f.calls.ranges)+len(f.calls.months) != 0 {
		t.Errorf("moving the cursor reported %v %v", f.calls.ranges, f.calls.months)
	}

	// After focus returns, the cursor starts afresh: at the selection's end.
	f.window.Canvas().Unfocus()
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, month("2018-03"), month("2018-06"))
	f.focus(t)
	f.press(fyne.KeyLeft)
	if first, _ := f.cursor(t); first != month("2018-06") {
		t.Errorf("with a selection, the first Left puts the cursor on %v, want jun 2018", first)
	}
}

func TestTimelineShiftExtendsAPendingRange(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	f.focus(t)
	f.press(fyne.KeyRight) // the cursor appears on nov 2019

	f.shiftPress(fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft)
	if p := f.tl.keys.pending; !p.ok || p.from != month("2019-08").Index() || p.to != month("2019-11").Index() {
		t.Errorf("Shift+Left three times from nov 2019 is pending %v, want aug to nov 2019", p)
	}
	r, g := f.renderer(), f.geometry()
	if shade := r.selectionShade; !shade.Visible() || shade.Position().X != g.snap(g.x(float64(month("2019-08").Index()))) {
		t.Errorf("the pending range is not shaded: shade at %v, visible %v", shade.Position(), shade.Visible())
	}
	if want := rangeLabel(month("2019-08"), month("2019-11")) + textMetaSep() + articleCount(4); r.tip.text() != want {
		t.Errorf("while extending the label says %q, want %q", r.tip.text(), want)
	}
	if len(f.calls.ranges)+len(f.calls.months) != 0 {
		t.Errorf("extending reported %v %v before Enter", f.calls.ranges, f.calls.months)
	}

	// The anchor stays where Shift was first used: back across it, the range flips.
	f.shiftPress(fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight)
	if p := f.tl.keys.pending; !p.ok || p.from != month("2019-11").Index() || p.to != month("2019-12").Index() {
		t.Errorf("back past the anchor the pending range is %v, want nov to dec 2019", p)
	}
	f.shiftPress(fyne.KeyHome)
	f.press(fyne.KeyEnter)
	want := [2]corpus.Month{month("2018-01"), month("2019-11")}
	if len(f.calls.ranges) != 1 || f.calls.ranges[0] != want || len(f.calls.months) != 0 {
		t.Errorf("Enter reported ranges %v and months %v, want one range %v", f.calls.ranges, f.calls.months, want)
	}
	if f.tl.keys.pending.ok {
		t.Errorf("the range is still pending after Enter")
	}

	// A plain arrow drops what Shift built.
	f.shiftPress(fyne.KeyRight)
	f.press(fyne.KeyRight)
	if f.tl.keys.pending.ok {
		t.Errorf("an arrow without Shift kept the pending range %v", f.tl.keys.pending)
	}
}

func TestTimelineEnterAppliesTheCursorsMonth(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	f.focus(t)
	f.press(fyne.KeyEnter)
	if len(f.calls.ranges)+len(f.calls.months) != 0 {
		t.Errorf("Enter before any cursor reported %v %v", f.calls.ranges, f.calls.months)
	}
	f.press(fyne.KeyLeft, fyne.KeyLeft, fyne.KeyReturn)
	if len(f.calls.months) != 1 || f.calls.months[0] != month("2019-10") || len(f.calls.ranges) != 0 {
		t.Errorf("Return reported months %v and ranges %v, want okt 2019 alone", f.calls.months, f.calls.ranges)
	}
	f.press(fyne.KeyLeft, fyne.KeySpace)
	if len(f.calls.months) != 2 || f.calls.months[1] != month("2019-09") {
		t.Errorf("Space reported months %v, want sep 2019 second", f.calls.months)
	}
	// Space also arrives as a rune, which must not apply twice or go elsewhere.
	test.Type(f.tl, " /x")
	if len(f.calls.months)+len(f.calls.ranges) != 2 {
		t.Errorf("typed runes reported %v %v", f.calls.months, f.calls.ranges)
	}
}

func TestTimelineEscapeDropsThenClears(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, month("2018-03"), month("2018-06"))
	f.focus(t)
	f.press(fyne.KeyRight)
	f.shiftPress(fyne.KeyRight, fyne.KeyRight)

	f.press(fyne.KeyEscape)
	if f.tl.keys.pending.ok || len(f.calls.ranges) != 0 {
		t.Errorf("the first Escape left pending %v and reported %v; want it dropped silently", f.tl.keys.pending, f.calls.ranges)
	}
	if s := f.tl.shownSelection(); s.from != month("2018-03").Index() || s.to != month("2018-06").Index() {
		t.Errorf("after dropping the pending range the timeline shows %v, want the selection again", s)
	}

	f.press(fyne.KeyEscape)
	if len(f.calls.ranges) != 1 || f.calls.ranges[0] != ([2]corpus.Month{}) {
		t.Errorf("the second Escape reported %v, want one clearing onRange", f.calls.ranges)
	}
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	f.press(fyne.KeyEscape)
	if len(f.calls.ranges) != 1 {
		t.Errorf("Escape with nothing selected reported again: %v", f.calls.ranges)
	}
}

func TestTimelineKeysStepByAggregatedBar(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(500, 140))
	f.tl.SetData(span("2005-01", "2025-10"), generatedCounts(month("2005-01"), month("2025-10"), 100_000), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	if f.geometry().bucketMonths != 3 {
		t.Fatalf("bars cover %d months, want quarters", f.geometry().bucketMonths)
	}
	f.focus(t)
	f.press(fyne.KeyEnd)
	if first, last := f.cursor(t); first != month("2025-10") || last != month("2025-10") {
		t.Errorf("End is on %v–%v, want the last quarter as far as the corpus goes: okt 2025", first, last)
	}
	f.press(fyne.KeyLeft)
	if first, last := f.cursor(t); first != month("2025-07") || last != month("2025-09") {
		t.Errorf("Left from the last quarter is on %v–%v, want jul–sep 2025", first, last)
	}
	f.press(fyne.KeyEnter)
	want := [2]corpus.Month{month("2025-07"), month("2025-09")}
	if len(f.calls.ranges) != 1 || f.calls.ranges[0] != want || len(f.calls.months) != 0 {
		t.Errorf("Enter on a quarter reported ranges %v and months %v, want %v", f.calls.ranges, f.calls.months, want)
	}
	f.shiftPress(fyne.KeyLeft, fyne.KeyLeft)
	f.press(fyne.KeyEnter)
	want = [2]corpus.Month{month("2025-01"), month("2025-09")}
	if got := f.calls.ranges[len(f.calls.ranges)-1]; got != want {
		t.Errorf("Shift+Left twice from Q3 2025 applied %v, want %v", got, want)
	}
	f.press(fyne.KeyHome, fyne.KeyRight)
	if first, last := f.cursor(t); first != month("2005-04") || last != month("2005-06") {
		t.Errorf("Home, Right is on %v–%v, want the second quarter of 2005", first, last)
	}
}

func TestTimelineKeysPanToTheCursor(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(1280, 140))
	f.tl.SetData(span("2005-01", "2025-10"), generatedCounts(month("2005-01"), month("2025-10"), 100_000), corpus.MonthCounts{}, month("2015-06"), month("2015-06"))
	f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: f.centreOf(month("2015-06"))}, Scrolled: fyne.NewDelta(0, 12*timelineScrollNotch)})
	width := f.tl.viewEnd - f.tl.viewStart
	if width > 40 {
		t.Fatalf("zoomed in, the view still shows %v months", width)
	}
	f.focus(t)
	f.press(fyne.KeyRight)
	for range 60 {
		f.press(fyne.KeyRight)
		first, last := f.cursor(t)
		if float64(first.Index()) < f.tl.viewStart || float64(last.Index()+1) > f.tl.viewEnd {
			t.Fatalf("the cursor on %v is outside the view %v–%v", first, corpus.MonthFromIndex(int(f.tl.viewStart)), corpus.MonthFromIndex(int(f.tl.viewEnd)))
		}
	}
	if f.tl.viewEnd-f.tl.viewStart != width {
		t.Errorf("following the cursor zoomed from %v to %v months", width, f.tl.viewEnd-f.tl.viewStart)
	}
	f.press(fyne.KeyHome)
	if f.tl.viewStart != float64(month("2005-01").Index()) {
		t.Errorf("Home leaves the view at %v", corpus.MonthFromIndex(int(f.tl.viewStart)))
	}
	f.press(fyne.KeyEnd)
	if f.tl.viewEnd != float64(month("2025-10").Index()+1) {
		t.Errorf("End leaves the view ending at %v", corpus.MonthFromIndex(int(f.tl.viewEnd)))
	}
}

func TestTimelineFocusRing(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	ring := f.renderer().focusRing
	if ring.Visible() {
		t.Errorf("the focus ring shows without focus")
	}
	f.focus(t)
	if !ring.Visible() || ring.StrokeWidth <= 0 || ring.Size() != f.tl.Size().SubtractWidthHeight(ring.StrokeWidth, ring.StrokeWidth) {
		t.Errorf("focused, the ring is visible %v, %v wide around %v; want it around the whole strip", ring.Visible(), ring.StrokeWidth, ring.Size())
	}
	f.press(fyne.KeyRight)
	f.shiftPress(fyne.KeyLeft)
	f.window.Canvas().Unfocus()
	if ring.Visible() || f.renderer().tip.shown() || f.tl.keys.pending.ok {
		t.Errorf("after focus moved on, the ring (%v), cursor label (%v) or pending range (%v) stayed",
			ring.Visible(), f.renderer().tip.shown(), f.tl.keys.pending)
	}
}

// TestTimelineKeysStayInTheTimeline checks the timeline takes its keys from
// the window: Tab reaches it from the search bar, and while it has focus the
// window's own key handling (Escape clears the query, Space pages the
// reader) and the search bar get nothing. Tab itself is left to the window,
// so keyboard users can leave again.
func TestTimelineKeysStayInTheTimeline(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	entry := widget.NewEntry()
	f.window.SetContent(container.NewBorder(entry, nil, nil, nil, f.tl))
	f.window.Resize(fyne.NewSize(640, 200))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, month("2018-03"), month("2018-06"))
	var windowKeys []fyne.KeyName
	c := f.window.Canvas()
	c.SetOnTypedKey(func(e *fyne.KeyEvent) { windowKeys = append(windowKeys, e.Name) })

	c.Focus(entry)
	test.FocusNext(c)
	if c.Focused() != fyne.Focusable(f.tl) {
		t.Fatalf("Tab from the search bar focuses %v, not the timeline", c.Focused())
	}
	f.press(fyne.KeyLeft, fyne.KeySpace, fyne.KeyEscape, fyne.KeyEscape, fyne.KeyUp, fyne.KeyPageDown)
	if len(windowKeys) != 0 || entry.Text != "" {
		t.Errorf("keys typed into the timeline reached the window %v or the search bar %q", windowKeys, entry.Text)
	}
	if _, ok := any(f.tl).(fyne.Tabbable); ok {
		t.Errorf("the timeline accepts Tab, which would trap keyboard users in it")
	}
}

// TestTimelineFocusImages keeps masters of the focused strip with the
// keyboard cursor on a bar, in both themes.
func TestTimelineFocusImages(t *testing.T) {
	counts := generatedCounts(month("2005-01"), month("2025-10"), 100_000)
	for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
		f := newTimelineFixture(t, mode, fyne.NewSize(800, 140))
		f.tl.SetData(span("2005-01", "2025-10"), searchMatches(counts), counts, month("2013-06"), month("2016-12"))
		f.focus(t)
		f.press(fyne.KeyRight)
		f.shiftPress(fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight)
		test.AssertImageMatches(t, "timeline_focus_"+string(mode)+".png", f.window.Canvas().Capture())
	}
}

func TestTimelinePointerAndKeysTakeTurns(t *testing.T) {
	f := newTimelineFixture(t, ThemeLight, fyne.NewSize(640, 140))
	f.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	f.focus(t)
	f.press(fyne.KeyRight)
	f.shiftPress(fyne.KeyLeft)

	// A tap picks its bar and the keyboard carries on from there.
	f.tl.Tapped(&fyne.PointEvent{Position: f.centreOf(month("2018-05"))})
	if f.tl.keys.pending.ok {
		t.Errorf("a tap left the pending range %v", f.tl.keys.pending)
	}
	f.press(fyne.KeyRight)
	if first, _ := f.cursor(t); first != month("2018-06") {
		t.Errorf("Right after tapping mei 2018 goes to %v, want jun 2018", first)
	}

	// Moving the pointer gives the label back to it, and a key takes it again.
	test.MoveMouse(f.window.Canvas(), f.centreOf(month("2019-02")))
	want := shortMonth(month("2019-02")) + textMetaSep() + timelineCount(0, 0, false)
	if _, ok := f.tl.keyboardBucket(f.geometry()); ok || f.renderer().tip.text() != want {
		t.Errorf("after moving the pointer the label says %q, want %q", f.renderer().tip.text(), want)
	}
	f.press(fyne.KeyLeft)
	if first, _ := f.cursor(t); first != month("2018-05") {
		t.Errorf("Left after the pointer moved goes to %v, want mei 2018", first)
	}

	// Another corpus forgets the cursor: the next Left only shows where it starts.
	f.tl.SetData(span("2010-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	f.press(fyne.KeyLeft)
	if first, _ := f.cursor(t); first != month("2019-11") {
		t.Errorf("in a new corpus the first Left is on %v, want nov 2019", first)
	}
}

// BenchmarkTimelineKeyStep is one Shift+Right across 250 months at
// 1280×160: the pending range, the shading and the label move.
func BenchmarkTimelineKeyStep(b *testing.B) {
	f := newTimelineFixture(b, ThemeLight, fyne.NewSize(1280, 160))
	f.tl.SetData(span("2005-01", "2025-10"), generatedCounts(month("2005-01"), month("2025-10"), 100_000), corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	f.window.Canvas().Focus(f.tl)
	f.tl.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	right, home := &fyne.KeyEvent{Name: fyne.KeyRight}, &fyne.KeyEvent{Name: fyne.KeyHome}
	f.tl.TypedKey(home)
	for i := 0; b.Loop(); i++ {
		if i%200 == 0 {
			f.tl.TypedKey(home)
		}
		f.tl.TypedKey(right)
	}
}
