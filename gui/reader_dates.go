package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The reader marks the dated expressions of its article (package dates:
// "vorig jaar", "dinsdag", "van 2015 tot en met 2018") with a dotted line
// in a colour of their own, apart from the matches' highlight, the
// mentions' and the roles' lines. Hovering one, or tapping it where there
// is no pointer to hover with, shows the date it stands for, resolved
// against the article's date ("dinsdag 17 juli 2018"), in a tip over the
// text. An article opened at an event (State.OpenArticleAt: a click on the
// timeline's events) is scrolled to the event's sentence, which is tinted.

// dateMarks are the marks of the shown article's dated expressions and of
// the spot it was opened at, per block (the title, then the paragraphs).
func (r *reader) dateMarks(perBlock [][]mark) {
	for _, e := range r.events {
		if i := e.Paragraph + 1; i >= 0 && i < len(perBlock) {
			perBlock[i] = append(perBlock[i], mark{start: e.Words.RuneStart, end: e.Words.RuneEnd, kind: markDate, tip: eventDateText(e)})
		}
	}
	if spot, ok := r.state.Spot(); ok && r.shownID == r.state.OpenID() {
		if i := spot.Paragraph + 1; i >= 0 && i < len(perBlock) {
			perBlock[i] = append(perBlock[i], mark{start: spot.Span.RuneStart, end: spot.Span.RuneEnd, kind: markSpot})
		}
	}
}

// dateHovered shows the date of mark i of text t, or hides the tip when i
// is -1 (the pointer left the expression).
func (r *reader) dateHovered(t *readerText, i int) {
	if i < 0 || i >= len(t.marks) || t.marks[i].tip == "" {
		if r.tipOwner == t {
			r.hideDateTip()
		}
		return
	}
	pos, size, ok := t.markBounds(i)
	c := fyne.CurrentApp().Driver().CanvasForObject(r)
	if !ok || c == nil {
		return
	}
	driver := fyne.CurrentApp().Driver()
	at := driver.AbsolutePositionForObject(t).Add(pos).Subtract(driver.AbsolutePositionForObject(r))
	lines := []tipLine{{{text: t.marks[i].tip}}}
	th := r.Theme()
	textSize := th.Size(theme.SizeNameText)
	box := r.tip.measure(lines, textSize)
	// Above the words, where the eye is, or below them when the bar is in
	// the way; within the reader's width.
	x := max(0, min(at.X, r.Size().Width-box.Width))
	y := at.Y - box.Height - 2
	if y < r.scroll.Position().Y {
		y = at.Y + size.Height + 2
	}
	if r.tip.show(lines, fyne.NewPos(x, y), textSize, themeTipColors(th)) {
		r.tipLayer.Objects = r.tip.objects()
	}
	r.tipLayer.Refresh()
	r.tipOwner = t
}

func (r *reader) hideDateTip() {
	r.tipOwner = nil
	if r.tip.shown() {
		r.tip.hide()
		r.tipLayer.Refresh()
	}
}

// DateTip is what the tip over the text says, "" when it is hidden.
func (r *reader) DateTip() string { return r.tip.text() }

// goToSpot scrolls the spot the article was opened at into view, a third
// down the page, as goToMatch does a match.
func (r *reader) goToSpot() {
	spot, ok := r.state.Spot()
	block := spot.Paragraph + 1
	if !ok || block < 0 || block >= len(r.texts) {
		return
	}
	text := r.texts[block].text
	y := text.Position().Y + text.LineOffset(spot.Span.RuneStart)
	r.scrollTo(y - r.scroll.Size().Height/3)
	r.anchor = matchAnchor{match: -1, spot: true, size: r.scroll.Size()}
}
