package gui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/gui/view"
)

// newDatesReader shows a reader over the seed articles with seedEvents in a
// test window of the given size.
func newDatesReader(t *testing.T, mode ThemeMode, size fyne.Size) (*reader, *view.State, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newReadingTheme(mode, defaultTextSize))
	state := view.NewState()
	lib := seedLibrary(t)
	r := newReader(view.NewSession(lib, state, withSeedEvents(t, lib, view.Options{Lang: interfaceLanguage()})))
	w := test.NewWindow(r)
	w.SetPadded(false)
	w.Resize(size)
	t.Cleanup(w.Close)
	return r, state, w
}

// hoverMark moves the pointer over the middle of the first line of mark i
// of block b, as the canvas reports it.
func hoverMark(t *testing.T, w fyne.Window, r *reader, b, i int) {
	t.Helper()
	text := r.texts[b].text
	pos, size, ok := text.markBounds(i)
	if !ok {
		t.Fatalf("mark %d of block %d is not drawn", i, b)
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(text).Add(pos).AddXY(size.Width/2, size.Height/2)
	test.MoveMouse(w.Canvas(), at)
}

func markIndex(r *reader, b int, kind markKind) int {
	return slices.IndexFunc(r.texts[b].text.marks, func(m mark) bool { return m.kind == kind })
}

// TestReaderMarksDatedExpressions: the dated expressions are marked apart
// from matches, mentions and roles, and hovering one shows the date it
// stands for, in the interface's language; the tip goes when the pointer
// does, and a tap shows it too.
func TestReaderMarksDatedExpressions(t *testing.T) {
	for _, tt := range []struct{ language, september, july, year string }{
		{"nl", "september 2017", "juli 2021", "2019"},
		{"en", "September 2017", "July 2021", "2019"},
	} {
		t.Run(tt.language, func(t *testing.T) {
			if tt.language != "nl" {
				inLanguage(t, tt.language)
			}
			r, state, w := newDatesReader(t, ThemeLight, fyne.NewSize(760, 900))
			state.OpenArticle(seedCIA)
			state.SetQuery("september")
			// Block 2 is the second paragraph (0 is the title).
			if got := marked(r, markDate); !slices.Equal(got, []string{"in september vorig jaar@2"}) {
				t.Fatalf("dates marked %q", got)
			}
			if got := append(marked(r, markMatch), marked(r, markCurrent)...); len(got) != 1 {
				t.Errorf("the match is marked %q beside the date", got)
			}
			hoverMark(t, w, r, 2, markIndex(r, 2, markDate))
			if got := r.DateTip(); got != tt.september {
				t.Errorf("hovering the date shows %q, want %q", got, tt.september)
			}
			if r.texts[2].text.hoveredDate < 0 {
				t.Error("the hovered date is not drawn as hovered")
			}
			test.MoveMouse(w.Canvas(), fyne.NewPos(5, 5))
			if got := r.DateTip(); got != "" {
				t.Errorf("the tip stays after the pointer left: %q", got)
			}

			state.OpenArticle(seedMacron)
			if got := marked(r, markDate); !slices.Equal(got, []string{"dinsdag@1", "uit 2019@1", "maandagavond@7"}) {
				t.Fatalf("dates marked %q", got)
			}
			// A tap, as on a touch screen.
			text := r.texts[1].text
			pos, size, _ := text.markBounds(markIndex(r, 1, markDate))
			text.Tapped(&fyne.PointEvent{Position: pos.AddXY(size.Width/2, size.Height/2)})
			if got := r.DateTip(); got != tt.july {
				t.Errorf("tapping \"dinsdag\" shows %q, want %q", got, tt.july)
			}
			text.MouseOut()
			if got := r.DateTip(); got != "" {
				t.Errorf("the tip stays after the pointer left: %q", got)
			}
		})
	}
}

// TestReaderOpensAtAnEvent: OpenArticleAt scrolls the reader to the event's
// sentence and tints it, even with a query whose first match is elsewhere;
// asked again after scrolling away, it scrolls there again.
func TestReaderOpensAtAnEvent(t *testing.T) {
	r, state, _ := newDatesReader(t, ThemeLight, fyne.NewSize(760, 400))
	lib := seedLibrary(t)
	events := seedEvents(t, lib)
	july := events[seedChinaEU][1] // "in juli", paragraph 2
	state.SetQuery("diplomatieke")
	state.OpenArticleAt(seedChinaEU, july.Paragraph, july.Sentence)

	block := july.Paragraph + 1
	if got := marked(r, markSpot); !slices.Equal(got, []string{"Ook is te lezen wat Europese diplomaten in juli bespraken met de Chinese president Xi Jinping.@3"}) {
		t.Errorf("the spot marked is %q", got)
	}
	spotY := r.texts[block].text.Position().Y + r.texts[block].text.LineOffset(july.Sentence.RuneStart)
	offset := r.scroll.Offset.Y
	if offset <= 0 || spotY < offset || spotY > offset+r.scroll.Size().Height {
		t.Errorf("the reader is scrolled to %v, the spot at %v is not in view (height %v)", offset, spotY, r.scroll.Size().Height)
	}
	if r.CurrentMatch() >= 0 {
		t.Errorf("the reader went to match %d: the spot wins", r.CurrentMatch())
	}

	r.scrollTo(0)
	state.OpenArticleAt(seedChinaEU, july.Paragraph, july.Sentence)
	if r.scroll.Offset.Y != offset {
		t.Errorf("asked again, the reader is at %v, want %v", r.scroll.Offset.Y, offset)
	}
	// A new size keeps the spot in view, until the reader scrolls.
	r.Resize(fyne.NewSize(600, 380))
	spotY = r.texts[block].text.Position().Y + r.texts[block].text.LineOffset(july.Sentence.RuneStart)
	if o := r.scroll.Offset.Y; spotY < o || spotY > o+r.scroll.Size().Height {
		t.Errorf("after a resize the spot at %v is out of view (%v + %v)", spotY, o, r.scroll.Size().Height)
	}

	// Another article: no spot.
	state.OpenArticle(seedCIA)
	if got := marked(r, markSpot); len(got) != 0 {
		t.Errorf("another article marks the spot %q", got)
	}
}

// TestReaderDatesImages keeps masters of the reader with its dates marked,
// one hovered, and the sentence it was opened at tinted, light and dark.
func TestReaderDatesImages(t *testing.T) {
	for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
		t.Run(string(mode), func(t *testing.T) {
			r, state, w := newDatesReader(t, mode, fyne.NewSize(760, 640))
			events := seedEvents(t, seedLibrary(t))
			feb := events[seedChinaEU][0] // "op 8 februari van dit jaar"
			state.SetQuery("krim")
			state.OpenArticleAt(seedChinaEU, feb.Paragraph, feb.Sentence)
			hoverMark(t, w, r, feb.Paragraph+1, markIndex(r, feb.Paragraph+1, markDate))
			test.AssertImageMatches(t, "reader_dates_"+string(mode)+".png", w.Canvas().Capture())
		})
	}
}
