package gui

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/gui/view"
)

// seedEU is the seed article on the hacked EU communication that names
// Dombrovskis in its last paragraph, far down.
const seedEU = "001_3ad7682215385845"

// currentMatchAt is where the current match is drawn, from the top of the
// reader's visible page, or -1 when no match is current.
func currentMatchAt(r *reader) float32 {
	for _, b := range r.texts {
		for _, run := range b.text.renderer.runs {
			if run.highlight == markCurrent {
				return b.text.Position().Y + run.y - r.scroll.Offset.Y
			}
		}
	}
	return -1
}

// assertAtFirstMatch checks that the first match is the current one, drawn a
// third down the page (or as near as the end of the article allows), and
// that the page scrolled to get it there.
func assertAtFirstMatch(t *testing.T, r *reader, what string) {
	t.Helper()
	page := r.scroll.Size().Height
	end := r.blocks.MinSize().Height - page
	want := min(currentMatchAt(r)+r.scroll.Offset.Y-page/3, end)
	if r.CurrentMatch() != 0 || r.scroll.Offset.Y <= 0 || math.Abs(float64(r.scroll.Offset.Y-want)) > 1 {
		t.Errorf("%s: match %d current, drawn at %v at offset %v; want the first, at offset %v (a third down the %v page), scrolled down",
			what, r.CurrentMatch(), currentMatchAt(r), r.scroll.Offset.Y, want, page)
	}
}

// readerWindow shows a reader alone over the seed articles, with searches
// run by background (nil: at once).
func readerWindow(t *testing.T, state *view.State, background func(func())) *reader {
	t.Helper()
	test.NewTempApp(t).Settings().SetTheme(newReadingTheme(ThemeLight, defaultTextSize))
	r := newReader(view.NewSession(seedLibrary(t), state, view.Options{Lang: "nl", Background: background}))
	w := test.NewWindow(r)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(760, 500))
	t.Cleanup(w.Close)
	return r
}

func TestReaderScrollsToTheFirstMatchOfANewQuery(t *testing.T) {
	state := view.NewState()
	r := readerWindow(t, state, nil)
	state.OpenArticle(seedCIA)
	state.SetQuery("Shadow Brokers")
	assertAtFirstMatch(t, r, "\"Shadow Brokers\"")

	// The reader scrolls away; what follows leaves them there.
	r.scrollTo(0)
	state.AddCountry("US")
	state.ClearCountries()
	if r.scroll.Offset.Y != 0 {
		t.Errorf("a change of the filters alone scrolled to %v", r.scroll.Offset.Y)
	}
	state.SetQuery("shadow  brokers")
	if r.scroll.Offset.Y != 0 {
		t.Errorf("the same query, respaced, scrolled to %v", r.scroll.Offset.Y)
	}

	// A query the article does not match leaves it at the top; opening one
	// it matches goes to its first match.
	state.SetQuery("Dombrovskis")
	if r.scroll.Offset.Y != 0 || r.CurrentMatch() != -1 {
		t.Errorf("a query without matches here scrolled to %v, match %d", r.scroll.Offset.Y, r.CurrentMatch())
	}
	state.OpenArticle(seedEU)
	assertAtFirstMatch(t, r, "opening an article under \"Dombrovskis\"")
	state.OpenArticle(seedCIA)
	state.OpenArticle(seedEU)
	assertAtFirstMatch(t, r, "opening it again")
}

// TestReaderScrollsWhenTheResultArrives: with searches in the background the
// query comes first and its result later; the reader scrolls with the result.
func TestReaderScrollsWhenTheResultArrives(t *testing.T) {
	var queued []func()
	runQueued := func() {
		for len(queued) > 0 {
			f := queued[0]
			queued = queued[1:]
			f()
		}
	}
	state := view.NewState()
	r := readerWindow(t, state, func(f func()) { queued = append(queued, f) })
	state.OpenArticle(seedCIA)
	state.SetQuery("Shadow Brokers")
	if r.scroll.Offset.Y != 0 || r.CurrentMatch() != -1 {
		t.Errorf("before the result: offset %v, match %d; want the top and no match", r.scroll.Offset.Y, r.CurrentMatch())
	}
	runQueued()
	assertAtFirstMatch(t, r, "when the result arrived")

	r.scrollTo(0)
	state.AddCountry("US")
	runQueued()
	if r.scroll.Offset.Y != 0 {
		t.Errorf("the result of a filter change scrolled to %v", r.scroll.Offset.Y)
	}
}

// TestReaderRestoresRatherThanFollows: a remembered position wins over the
// first match, as when Dossier starts again with a query and an article.
func TestReaderRestoresRatherThanFollows(t *testing.T) {
	state := view.NewState()
	state.SetQuery("Shadow Brokers")
	state.OpenArticle(seedCIA)
	test.NewTempApp(t).Settings().SetTheme(newReadingTheme(ThemeLight, defaultTextSize))
	r := newReader(view.NewSession(seedLibrary(t), state, view.Options{Lang: "nl"}))
	r.restoreScroll(40) // as the window does before it is shown
	w := test.NewWindow(r)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(760, 500))
	t.Cleanup(w.Close)
	if r.scroll.Offset.Y != 40 {
		t.Errorf("restored to %v, want the remembered 40", r.scroll.Offset.Y)
	}
	state.AddCountry("US")
	if r.scroll.Offset.Y != 40 {
		t.Errorf("a filter change then scrolled to %v", r.scroll.Offset.Y)
	}

	// Without a remembered position the reader opens at the first match.
	state2 := view.NewState()
	state2.SetQuery("Shadow Brokers")
	state2.OpenArticle(seedCIA)
	r2 := newReader(view.NewSession(seedLibrary(t), state2, view.Options{Lang: "nl"}))
	w2 := test.NewWindow(r2)
	w2.SetPadded(false)
	w2.Resize(fyne.NewSize(760, 500))
	t.Cleanup(w2.Close)
	assertAtFirstMatch(t, r2, "opening with a query")

	// A new size keeps the match in its place, until the reader scrolls.
	w2.Resize(fyne.NewSize(640, 560))
	assertAtFirstMatch(t, r2, "at a new size")
	test.Scroll(w2.Canvas(), fyne.NewPos(300, 300), 0, -wheelNotch)
	scrolled := r2.scroll.Offset.Y
	w2.Resize(fyne.NewSize(600, 560)) // narrower: the article grows, no offset is cut
	if r2.scroll.Offset.Y != scrolled {
		t.Errorf("after the reader scrolled to %v, a new size moved the page to %v", scrolled, r2.scroll.Offset.Y)
	}
}
