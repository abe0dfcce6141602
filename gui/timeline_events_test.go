package gui

import (
	"image/color"
	"math"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"dossier/corpus"
	"dossier/corpus/search"
	"dossier/gui/view"
)

// eventsFixture is a timeline with the layer of events of a session over
// the seed articles with seedEvents, fed as the window feeds it.
type eventsFixture struct {
	*timelineFixture
	state   *view.State
	session *view.Session
}

func newEventsFixture(t *testing.T, mode ThemeMode, size fyne.Size) *eventsFixture {
	t.Helper()
	f := newTimelineFixture(t, mode, size)
	state := view.NewState()
	lib := seedLibrary(t)
	session := view.NewSession(lib, state, withSeedEvents(t, lib, view.Options{Lang: interfaceLanguage()}))
	e := &eventsFixture{timelineFixture: f, state: state, session: session}
	f.tl.OnBy = state.SetBy
	f.tl.events = sessionEvents{session}
	show := func(view.Change) {
		f.tl.SetEvents(session.TimelineEvents())
		f.tl.SetData(session.TimelineData())
	}
	session.OnChanged(show)
	show(0)
	return e
}

// eventsOf is the middle of a month's column in the layer of events.
func (f *timelineFixture) eventsOf(m corpus.Month) fyne.Position {
	g := f.geometry()
	return fyne.NewPos(g.x(float64(m.Index())+0.5), (g.eventTop+g.bottom)/2)
}

// eventBarOf is the layer's bar for the bucket starting with month m, or
// nil when it has none.
func (f *timelineFixture) eventBarOf(m corpus.Month) *plotRect {
	r := f.renderer()
	for i, b := range r.buckets {
		if b.first == m.Index() && r.eventBars.rects[i].Visible() {
			return r.eventBars.rects[i]
		}
	}
	return nil
}

// TestTimelineDrawsTheEventsUnderTheBars: the layer of events hangs under
// the bars, a bar for every month the matching articles tell of (all of
// 2019 for "de lijst uit 2019"), as high as their count; without events
// there is no layer, and the bars have the whole height.
func TestTimelineDrawsTheEventsUnderTheBars(t *testing.T) {
	f := newEventsFixture(t, ThemeLight, fyne.NewSize(800, 160))
	g := f.geometry()
	if !(g.top < g.barBottom && g.barBottom < g.eventTop && g.eventTop < g.bottom) {
		t.Fatalf("the plot is %v to %v, bars to %v, events from %v", g.top, g.bottom, g.barBottom, g.eventTop)
	}
	if span, _, _, _, _ := f.session.TimelineData(); span[0] != month("2017-09") {
		t.Errorf("the axis starts at %v, want the CIA article's September 2017", span[0])
	}
	for _, m := range []string{"2017-09", "2018-02", "2018-07", "2019-01", "2019-06", "2019-12", "2021-07"} {
		bar := f.eventBarOf(month(m))
		if bar == nil {
			t.Errorf("no event bar for %s", m)
			continue
		}
		if top := bar.Position().Y; top < g.eventTop || top+bar.Size().Height > g.bottom+0.01 {
			t.Errorf("the event bar of %s spans %v to %v, outside the band %v to %v", m, top, top+bar.Size().Height, g.eventTop, g.bottom)
		}
	}
	for _, m := range []string{"2018-01", "2020-03"} {
		if f.eventBarOf(month(m)) != nil {
			t.Errorf("an event bar for %s, which no article tells of", m)
		}
	}

	f.tl.SetEvents(corpus.MonthCounts{}, search.ByPublished)
	f.tl.SetData(f.session.TimelineData())
	if g := f.geometry(); g.barBottom != g.bottom || f.eventBarOf(month("2019-06")) != nil || f.renderer().eventLine.Visible() {
		t.Errorf("without events the layer stays: bars to %v of %v", g.barBottom, g.bottom)
	}
}

// TestTimelineSwitchChoosesWhatTheRangeFilters: the switch's words (a tap,
// or the arrows with the focus) ask the state; the switch shows the state's
// choice; a timeline nobody listens to has no switch.
func TestTimelineSwitchChoosesWhatTheRangeFilters(t *testing.T) {
	f := newEventsFixture(t, ThemeLight, fyne.NewSize(800, 160))
	sw := f.tl.bySwitch
	if !sw.Visible() || sw.Position().X+sw.Size().Width > f.tl.Size().Width || sw.Size().Height > f.geometry().top {
		t.Fatalf("the switch is at %v, %v: not in the top row of %v", sw.Position(), sw.Size(), f.tl.Size())
	}
	x := float32(0)
	var asked []search.DateBy
	for i, w := range sw.widths {
		test.TapCanvas(f.window.Canvas(), sw.Position().AddXY(x+w/2, sw.Size().Height/2))
		asked = append(asked, f.state.By())
		if sw.chosen != i {
			t.Errorf("after a tap on word %d the switch shows %d", i, sw.chosen)
		}
		x += w
	}
	if !slices.Equal(asked, view.DateBys()) {
		t.Errorf("taps on the three words chose %v", asked)
	}
	f.window.Canvas().Focus(sw)
	sw.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if f.state.By() != search.ByEvent || sw.chosen != 1 {
		t.Errorf("Left from either chose %v", f.state.By())
	}

	plain := newTimelineFixture(t, ThemeLight, fyne.NewSize(800, 160))
	plain.tl.SetData(span("2018-01", "2019-12"), twoYears, corpus.MonthCounts{}, corpus.Month{}, corpus.Month{})
	if plain.tl.bySwitch.Visible() {
		t.Error("a timeline without OnBy shows the switch")
	}
}

// TestTimelineSelectionShowsOnTheLayersItFilters: a range read by
// publication mutes the bars outside it, one read by events the events
// outside it, either both.
func TestTimelineSelectionShowsOnTheLayersItFilters(t *testing.T) {
	f := newEventsFixture(t, ThemeLight, fyne.NewSize(800, 160))
	colors := f.tl.palette()
	f.state.SetRange(month("2018-01"), month("2018-12"))
	muted := func(bar *plotRect, mutedColor color.Color) bool { return bar.FillColor == mutedColor }
	for _, tt := range []struct {
		by                     search.DateBy
		barsMuted, eventsMuted bool
	}{
		{search.ByPublished, true, false},
		{search.ByEvent, false, true},
		{search.ByEither, true, true},
	} {
		f.state.SetBy(tt.by)
		if got := muted(f.barOf(t, month("2021-07")), colors.mutedBar); got != tt.barsMuted {
			t.Errorf("by %v, the bar of jul 2021 (outside) muted %v, want %v", tt.by, got, tt.barsMuted)
		}
		if got := muted(f.eventBarOf(month("2019-03")), colors.mutedEvent); got != tt.eventsMuted {
			t.Errorf("by %v, the events of mar 2019 (outside) muted %v, want %v", tt.by, got, tt.eventsMuted)
		}
		if bar := f.eventBarOf(month("2018-07")); bar.FillColor != colors.event {
			t.Errorf("by %v, the events of jul 2018 (inside) are %v, want %v", tt.by, bar.FillColor, colors.event)
		}
	}
}

// TestTimelineHoverShowsTheEvents: over the layer, the tip names the month
// and its articles, and a few events, their words in their sentences, with
// how many more there are.
func TestTimelineHoverShowsTheEvents(t *testing.T) {
	f := newEventsFixture(t, ThemeLight, fyne.NewSize(800, 160))
	r := f.renderer()
	test.MoveMouse(f.window.Canvas(), f.eventsOf(month("2018-07")))
	want := "Gebeurd in jul 2018 · 1 artikel\nOok is te lezen wat Europese diplomaten in juli bespraken met de Chinese president Xi Jinping."
	if got := r.tip.text(); got != want {
		t.Errorf("hovering the events of jul 2018 shows\n%q, want\n%q", got, want)
	}
	bold := slices.IndexFunc(r.tip.texts, func(c *canvas.Text) bool { return c.Visible() && c.TextStyle.Bold })
	if bold < 0 || r.tip.texts[bold].Text != "in juli" {
		t.Errorf("the event's words are not bold in the tip")
	}
	if f.tl.Cursor() != desktop.PointerCursor {
		t.Errorf("over events the pointer is %v, want the pointing hand", f.tl.Cursor())
	}
	// Over the bars, the bars' label, as before.
	test.MoveMouse(f.window.Canvas(), f.centreOf(month("2018-12")))
	if got := r.tip.text(); got != "dec 2018 · 2 artikelen" {
		t.Errorf("hovering the bars shows %q", got)
	}
	// Over no events, the column's label.
	test.MoveMouse(f.window.Canvas(), f.eventsOf(month("2020-03")))
	if got := r.tip.text(); got != "mrt 2020 · geen artikelen" {
		t.Errorf("hovering a month without events shows %q", got)
	}

	lines := f.tl.eventTipLines(timelineEventTarget{first: month("2017-09").Index(), last: month("2021-07").Index(), day: -1, articles: -1})
	if len(lines) != 1+timelineTipEvents+1 || lines[0][0].text != "Gebeurd in sep 2017 – jul 2021" || lines[len(lines)-1][0].text != "en nog 3" {
		t.Errorf("the tip over all six events: %v", lines)
	}
}

// TestTimelineClickOnEventsOpensThem: a click on a month's lone event opens
// its article at its sentence; on a month with more, a list opens, and a
// row opens its event.
func TestTimelineClickOnEventsOpensThem(t *testing.T) {
	f := newEventsFixture(t, ThemeLight, fyne.NewSize(800, 160))
	c := f.window.Canvas()
	test.TapCanvas(c, f.eventsOf(month("2017-09")))
	cia := seedEvents(t, seedLibrary(t))[seedCIA][0]
	if spot, ok := f.state.Spot(); f.state.OpenID() != seedCIA || !ok || spot.Paragraph != cia.Paragraph || spot.Span != cia.Sentence {
		t.Errorf("a click on sep 2017 opened %q at %+v (%v), want the CIA article at %+v", f.state.OpenID(), spot, ok, cia.Sentence)
	}
	if f.state.HasRange() {
		t.Error("a click on the events selected a range")
	}

	test.TapCanvas(c, f.eventsOf(month("2021-07")))
	rows := eventRows(c)
	if len(rows) != 2 || !strings.Contains(rows[1].Text(), "maandagavond") {
		t.Fatalf("a click on jul 2021 lists %d events", len(rows))
	}
	if c.Focused() != fyne.Focusable(rows[0]) {
		t.Errorf("the first row has no focus, %v has", c.Focused())
	}
	test.Tap(rows[1])
	monday := seedEvents(t, seedLibrary(t))[seedMacron][2]
	if spot, _ := f.state.Spot(); f.state.OpenID() != seedMacron || spot.Span != monday.Sentence {
		t.Errorf("the second row opened %q at %+v", f.state.OpenID(), spot)
	}
	if len(c.Overlays().List()) != 0 {
		t.Error("the list stays open")
	}
}

// eventRows are the rows of the list of events open on canvas c.
func eventRows(c fyne.Canvas) []*eventRow {
	var rows []*eventRow
	for _, o := range c.Overlays().List() {
		rows = append(rows, objectsOfType[*eventRow](o)...)
	}
	return rows
}

// TestTimelineDownListsTheCursorsEvents: with the focus, Down opens the
// events of the cursor's bar; Escape closes the list and gives the focus
// back; Enter on a row opens its event.
func TestTimelineDownListsTheCursorsEvents(t *testing.T) {
	f := newEventsFixture(t, ThemeLight, fyne.NewSize(800, 160))
	c := f.window.Canvas()
	f.focus(t)
	f.press(fyne.KeyRight) // to the last month with matches: July 2021
	f.press(fyne.KeyDown)
	rows := eventRows(c)
	if len(rows) != 2 {
		t.Fatalf("Down on jul 2021 lists %d events, want 2", len(rows))
	}
	closeButton := objectsOfType[*escapeButton](c.Overlays().Top())
	closeButton[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(c.Overlays().List()) != 0 || c.Focused() != fyne.Focusable(f.tl) {
		t.Errorf("Escape left the list open or the focus on %v", c.Focused())
	}
	f.press(fyne.KeyDown)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if f.state.OpenID() != seedMacron {
		t.Errorf("Enter on the first row opened %q", f.state.OpenID())
	}
}

// TestTimelineZoomsToDaysWhereEventsHaveThem: the zoom goes on past half a
// year where events are known to the day, and marks their days; where none
// are, it stops at half a year.
func TestTimelineZoomsToDaysWhereEventsHaveThem(t *testing.T) {
	f := newEventsFixture(t, ThemeLight, fyne.NewSize(800, 160))
	zoom := func(at fyne.Position, notches int) {
		for range notches {
			f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, timelineScrollNotch)})
		}
	}
	zoom(f.centreOf(month("2019-06")), 40)
	if g := f.geometry(); g.viewEnd-g.viewStart != timelineMinVisibleMonths {
		t.Errorf("zoomed in on 2019, without days, the view is %v months, want %d", g.viewEnd-g.viewStart, timelineMinVisibleMonths)
	}

	f.tl.SetData(f.session.TimelineData()) // the same span keeps the zoom: zoom out first
	for range 40 {
		f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: f.centreOf(month("2019-06"))}, Scrolled: fyne.NewDelta(0, -timelineScrollNotch)})
	}
	g := f.geometry()
	feb8 := search.Day(month("2018-02"), 8)
	left, right := g.dayEdges(feb8)
	zoom(fyne.NewPos((left+right)/2, (g.top+g.bottom)/2), 40)
	g = f.geometry()
	if width := g.viewEnd - g.viewStart; math.Abs(width-timelineMinVisibleDayMonths) > 1e-9 || !g.days {
		t.Fatalf("zoomed in on 8 February 2018 the view is %v months (days %v), want %d", width, g.days, timelineMinVisibleDayMonths)
	}
	r := f.renderer()
	left, right = g.dayEdges(feb8)
	marks := slices.DeleteFunc(slices.Clone(r.dayMarks.rects), func(m *plotRect) bool { return !m.Visible() })
	if len(marks) != 1 || marks[0].Position().X < left || marks[0].Position().X+marks[0].Size().Width > right {
		t.Fatalf("%d day marks; want one within 8 February (%v to %v)", len(marks), left, right)
	}
	at := fyne.NewPos((left+right)/2, (g.eventTop+g.bottom)/2)
	test.MoveMouse(f.window.Canvas(), at)
	if got := r.tip.text(); !strings.HasPrefix(got, "Gebeurd op 8 feb 2018 · 1 artikel\n") {
		t.Errorf("hovering 8 February shows %q", got)
	}
	test.TapCanvas(f.window.Canvas(), at)
	if f.state.OpenID() != seedChinaEU {
		t.Errorf("a click on 8 February opened %q", f.state.OpenID())
	}
	// A tap on the bars still selects a whole month.
	test.TapCanvas(f.window.Canvas(), fyne.NewPos(at.X, (g.top+g.barBottom)/2))
	if !slices.Equal(f.calls.months, []corpus.Month{month("2018-02")}) {
		t.Errorf("a tap on the bars zoomed in to days chose %v, want the month", f.calls.months)
	}
}

// TestTimelineEventsImages keeps masters of the timeline with its layer of
// events and the switch, hovering a month's events, in both themes and
// English; and zoomed in to days, the pointer on a day.
func TestTimelineEventsImages(t *testing.T) {
	inEachLanguage(t, func(t *testing.T, suffix string) {
		for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
			if suffix != "" && mode == ThemeDark {
				continue
			}
			name := string(mode) + suffix
			f := newEventsFixture(t, mode, fyne.NewSize(800, 180))
			f.state.SetRange(month("2018-01"), month("2018-12"))
			f.state.SetBy(search.ByEither)
			test.MoveMouse(f.window.Canvas(), f.eventsOf(month("2021-07")))
			test.AssertImageMatches(t, "timeline_events_"+name+".png", f.window.Canvas().Capture())

			f.tl.MouseOut()
			g := f.geometry()
			left, right := g.dayEdges(search.Day(month("2018-02"), 8))
			at := fyne.NewPos((left+right)/2, (g.top+g.bottom)/2)
			for range 40 {
				f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, timelineScrollNotch)})
			}
			g = f.geometry()
			left, right = g.dayEdges(search.Day(month("2018-02"), 8))
			test.MoveMouse(f.window.Canvas(), fyne.NewPos((left+right)/2, (g.eventTop+g.bottom)/2))
			test.AssertImageMatches(t, "timeline_days_"+name+".png", f.window.Canvas().Capture())
		}
	})
}

func TestEventExcerpt(t *testing.T) {
	sentence := "Het Israëlische ministerie van Defensie liet maandagavond weten gepaste maatregelen te nemen tegen landen die de software oneigenlijk gebruiken."
	at := strings.Index(sentence, "maandagavond")
	runes := len([]rune(sentence[:at]))
	words := [2]int{runes, runes + len("maandagavond")}
	for _, tt := range []struct {
		most                 int
		before, inner, after string
	}{
		{1000, "Het Israëlische ministerie van Defensie liet ", "maandagavond", " weten gepaste maatregelen te nemen tegen landen die de software oneigenlijk gebruiken."},
		{40, "…Defensie liet ", "maandagavond", " weten gepaste…"},
		{43, "…Defensie liet ", "maandagavond", " weten gepaste…"},
		{12, "…", "maandagavond", "…"},
	} {
		before, inner, after := eventExcerpt(sentence, words, tt.most)
		if before != tt.before || inner != tt.inner || after != tt.after {
			t.Errorf("eventExcerpt(%d) = %q %q %q, want %q %q %q", tt.most, before, inner, after, tt.before, tt.inner, tt.after)
		}
	}
	// At the start, the room goes after.
	if before, _, after := eventExcerpt("In juli werd het netwerk van de EU gehackt door een Chinese eenheid.", [2]int{0, 7}, 30); before != "" || after != " werd het netwerk van…" {
		t.Errorf("at the start: %q … %q", before, after)
	}
}

// TestWindowFromTheTimelinesEventsToTheReader: in the window, the switch by
// the timeline makes a range one of events, which the chip and the link
// say; a link says it back; a click on the timeline's events opens the
// reader at the event's sentence.
func TestWindowFromTheTimelinesEventsToTheReader(t *testing.T) {
	a := test.NewTempApp(t)
	lib := seedLibrary(t)
	h := make(handBack, 10000)
	src := withSeedEvents(t, lib, view.Options{})
	m := New(a, lib, Options{syncSearch: true, NoRestoreCorpus: true, do: h.do, search: src.Search, events: src.Events})
	m.Window().Resize(fyne.NewSize(1280, 800))
	t.Cleanup(func() { closeWindow(a, m.Window()) })

	sw := m.timeline.bySwitch
	test.TapCanvas(m.Window().Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(sw).AddXY(sw.widths[0]+sw.widths[1]/2, sw.Size().Height/2))
	if m.state.By() != search.ByEvent || m.chips.Visible() {
		t.Fatalf("a tap on \"Gebeurd\" chose %v; chips shown %v (By alone filters nothing)", m.state.By(), m.chips.Visible())
	}
	m.timeline.onRange(month("2017-01"), month("2017-12"))
	if got := chipLabels(m.chips.Chips()); !slices.Equal(got, []string{"Gebeurd in 2017"}) {
		t.Errorf("chips = %q", got)
	}
	if m.session.Total() != 1 {
		t.Errorf("happened in 2017: %d articles, want the CIA's", m.session.Total())
	}
	if got := m.Link(); !strings.Contains(got, "from=2017-01&to=2017-12&by=event") {
		t.Errorf("the link %q does not say by=event", got)
	}
	m.state.SetBy(search.ByEither)
	if got := chipLabels(m.chips.Chips()); !slices.Equal(got, []string{"Gepubliceerd of gebeurd in 2017"}) {
		t.Errorf("chips = %q", got)
	}
	if err := m.session.OpenLink("#from=2018-01&to=2018-06&by=event"); err != nil || m.state.By() != search.ByEvent || sw.chosen != 1 {
		t.Errorf("OpenLink by event: %v, By %v, the switch shows %d", err, m.state.By(), sw.chosen)
	}
	if got := chipLabels(m.chips.Chips()); !slices.Equal(got, []string{"Gebeurd van jan 2018 tot en met jun 2018"}) {
		t.Errorf("chips = %q", got)
	}
	m.state.ClearFilters()

	// A click on July 2018's events: the cables' "in juli".
	g := m.timeline.geometry(m.timeline.Size())
	at := fyne.NewPos(g.x(float64(month("2018-07").Index())+0.5), (g.eventTop+g.bottom)/2)
	test.TapCanvas(m.Window().Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(m.timeline).Add(at))
	july := seedEvents(t, lib)[seedChinaEU][1]
	if m.state.OpenID() != seedChinaEU {
		t.Fatalf("a click on the events of jul 2018 opened %q", m.state.OpenID())
	}
	if got := marked(m.reader, markSpot); len(got) != 1 || !strings.Contains(got[0], "in juli bespraken") {
		t.Errorf("the reader marks %q as the spot", got)
	}
	text := m.reader.texts[july.Paragraph+1].text
	y := text.Position().Y + text.LineOffset(july.Sentence.RuneStart)
	if o := m.reader.scroll.Offset.Y; y < o || y > o+m.reader.scroll.Size().Height {
		t.Errorf("the sentence at %v is out of the reader's view (%v + %v)", y, o, m.reader.scroll.Size().Height)
	}
}

// BenchmarkTimelineEventsOfAMonth is what the pointer costs on a new month
// of the layer of events over 100,000 generated articles (about two dates
// each), on the UI goroutine: the busiest month's first events with their
// sentences (the hover tip), and zoomed in, the days of the months about
// it, as the timeline fetches them. All articles match, the worst case;
// "spionage" fewer.
//
//	go test ./gui -run '^$' -bench TimelineEventsOfAMonth -benchtime 20x
func BenchmarkTimelineEventsOfAMonth(b *testing.B) {
	lib := generatedLibrary(b, 100000)
	for _, query := range []string{"", "spionage"} {
		state := view.NewState()
		s := view.NewSession(lib, state, view.Options{Lang: "nl"})
		state.SetQuery(query)
		months, _ := s.TimelineEvents()
		busiest := months.First
		for i, n := range months.Counts {
			if n > months.Get(busiest) {
				busiest = corpus.MonthFromIndex(months.First.Index() + i)
			}
		}
		events := sessionEvents{s}
		b.Run("events/"+query, func(b *testing.B) {
			for b.Loop() {
				events.in(busiest, busiest, timelineTipEvents)
			}
		})
		b.Run("days/"+query, func(b *testing.B) {
			from, to := corpus.MonthFromIndex(busiest.Index()-timelineDayMargin), corpus.MonthFromIndex(busiest.Index()+timelineDayMargin)
			for b.Loop() {
				events.days(from, to)
			}
		})
	}
}
