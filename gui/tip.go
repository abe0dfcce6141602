package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// tipSegment is a stretch of a tip's line in one style: bold for the words
// a line is about, muted for what only places them.
type tipSegment struct {
	text        string
	bold, muted bool
}

// tipLine is one line of a tip.
type tipLine []tipSegment

// floatingTip is a label on a small panel that floats over a view: the
// timeline's hover label and the reader's resolved dates. It is made of
// canvas objects, not a widget, so the pointer's events pass through it to
// what lies below, and hovering on goes on as if it were not there (Fyne
// 2.7 has no tooltips; a pop-up would take the pointer's events). Its
// objects are a pool that grows to the most lines ever shown; only what
// changed is refreshed.
type floatingTip struct {
	box   *canvas.Rectangle
	texts []*canvas.Text
	size  fyne.Size // the panel's size as last set
}

// Room inside a tip's panel, in dp.
const tipPadX, tipPadY, tipLineGap = 6, 3, 1

func newFloatingTip() *floatingTip {
	return &floatingTip{box: canvas.NewRectangle(color.Transparent)}
}

// objects are the panel and the texts, back to front.
func (f *floatingTip) objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, 1+len(f.texts))
	out = append(out, f.box)
	for _, t := range f.texts {
		out = append(out, t)
	}
	return out
}

// tipColors are the colours a tip is drawn in.
type tipColors struct{ fill, stroke, text, muted color.Color }

// themeTipColors are a tip's colours in the theme th.
func themeTipColors(th fyne.Theme) tipColors {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	return tipColors{fill: th.Color(theme.ColorNameOverlayBackground, v), stroke: withAlpha(fg, 0x40), text: fg, muted: th.Color(colorMuted, v)}
}

// measure is the panel's size for lines in text of size textSize.
func (f *floatingTip) measure(lines []tipLine, textSize float32) fyne.Size {
	var width, height float32
	for i, line := range lines {
		w, h := float32(0), float32(0)
		for _, s := range line {
			m := fyne.MeasureText(s.text, textSize, fyne.TextStyle{Bold: s.bold})
			w += m.Width
			h = max(h, m.Height)
		}
		if h == 0 {
			h = fyne.MeasureText("M", textSize, fyne.TextStyle{}).Height
		}
		width = max(width, w)
		height += h
		if i > 0 {
			height += tipLineGap
		}
	}
	return fyne.NewSize(width+2*tipPadX, height+2*tipPadY)
}

// show draws lines on the panel with its top left corner at pos (which the
// caller has kept in view, with measure), and reports whether the pool of
// texts grew, so that the caller lists its objects again.
func (f *floatingTip) show(lines []tipLine, pos fyne.Position, textSize float32, colors tipColors) (grown bool) {
	f.size = f.measure(lines, textSize)
	n := 0
	for _, line := range lines {
		n += len(line)
	}
	for len(f.texts) < n {
		f.texts = append(f.texts, canvas.NewText("", color.Transparent))
		grown = true
	}
	box := f.box
	if box.StrokeColor != colors.stroke || box.StrokeWidth != 1 || box.CornerRadius != 4 {
		box.StrokeColor, box.StrokeWidth, box.CornerRadius = colors.stroke, 1, 4
		box.Refresh()
	}
	placeRect(box, pos.X, pos.Y, pos.X+f.size.Width, pos.Y+f.size.Height, colors.fill)
	k := 0
	y := pos.Y + tipPadY
	for _, line := range lines {
		x, h := pos.X+tipPadX, float32(0)
		for _, s := range line {
			fill := colors.text
			if s.muted {
				fill = colors.muted
			}
			size := placeText(f.texts[k], s.text, fyne.NewPos(x, y), textSize, s.bold, fill)
			x += size.Width
			h = max(h, size.Height)
			k++
		}
		if h == 0 {
			h = fyne.MeasureText("M", textSize, fyne.TextStyle{}).Height
		}
		y += h + tipLineGap
	}
	for _, t := range f.texts[k:] {
		hideObject(t)
	}
	return grown
}

// hide takes the tip off the screen.
func (f *floatingTip) hide() {
	hideObject(f.box)
	for _, t := range f.texts {
		hideObject(t)
	}
}

// shown reports whether the tip is on the screen.
func (f *floatingTip) shown() bool { return f.box.Visible() }

// text is what the tip says, its lines joined by newlines, for tests.
func (f *floatingTip) text() string {
	if !f.shown() {
		return ""
	}
	out := ""
	lastY := float32(-1)
	for _, t := range f.texts {
		if !t.Visible() {
			break
		}
		if lastY >= 0 && t.Position().Y != lastY {
			out += "\n"
		}
		out += t.Text
		lastY = t.Position().Y
	}
	return out
}

// placeRect moves, sizes, colours and shows a rectangle, and asks for a
// repaint only when one of those changed, so an unchanged bar costs nothing.
func placeRect(r *canvas.Rectangle, left, top, right, bottom float32, fill color.Color) {
	pos, size := fyne.NewPos(left, top), fyne.NewSize(right-left, bottom-top)
	if r.Visible() && r.Position() == pos && r.Size() == size && r.FillColor == fill {
		return
	}
	r.FillColor = fill
	r.Move(pos)
	r.Resize(size)
	r.Show()
	r.Refresh()
}

// placeText sets, positions and shows a text, refreshing it only when it
// changed, and returns its size.
func placeText(t *canvas.Text, text string, pos fyne.Position, size float32, bold bool, fill color.Color) fyne.Size {
	changed := t.Text != text || t.TextSize != size || t.TextStyle.Bold != bold || t.Color != fill || !t.Visible()
	t.Text, t.TextSize, t.TextStyle, t.Color = text, size, fyne.TextStyle{Bold: bold}, fill
	measured := t.MinSize()
	t.Move(pos)
	t.Resize(measured)
	if !t.Visible() {
		t.Show()
	}
	if changed {
		t.Refresh()
	}
	return measured
}

func hideObject(o fyne.CanvasObject) {
	if o.Visible() {
		o.Hide()
	}
}
