package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// wheelLines is how many lines of body text one notch of a mouse wheel
// scrolls the reader, as in a browser.
const wheelLines = 3

// readerScroll is the reader's scroll container. Fyne's desktop driver moves
// a scroll container 25 dp per notch of the wheel, about one line of the
// 17 dp body text, so reading a long article takes a notch per line. This
// one scales every wheel step so that a notch moves wheelLines lines of body
// text at its current size; a trackpad's small steps scale by the same
// factor, so they stay proportional and smooth.
type readerScroll struct {
	container.Scroll
}

func newReaderScroll(content fyne.CanvasObject) *readerScroll {
	s := &readerScroll{}
	s.Content = content
	s.Direction = container.ScrollVerticalOnly
	s.ExtendBaseWidget(s)
	return s
}

// Scrolled passes the event on with its vertical distance scaled.
func (s *readerScroll) Scrolled(e *fyne.ScrollEvent) {
	scaled := *e
	scaled.Scrolled.DY *= s.wheelFactor()
	s.Scroll.Scrolled(&scaled)
}

// wheelFactor is what a notch of the driver's must be multiplied by to
// move wheelLines lines of body text.
func (s *readerScroll) wheelFactor() float32 {
	if wheelNotch <= 0 {
		return 1
	}
	return wheelLines * bodyLinePitch(theme.CurrentForWidget(s)) / wheelNotch
}

// bodyLinePitch is the distance from one line of body text to the next,
// as flowText draws it.
func bodyLinePitch(th fyne.Theme) float32 {
	size := th.Size(sizeReaderBody)
	return fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height + th.Size(theme.SizeNameLineSpacing)
}
