package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wordSwitch chooses one of a few words on one small panel, the chosen one
// on the accent colour: the map's mode (mentions, actors, targets) and what
// the timeline's range filters on (published, happened, either). It is
// small on purpose, a caption's size, as it lies over the view it
// switches. A tap on a word chooses it; with the focus (Tab) Left and Right
// choose the word beside, as in a row of radio buttons. It only asks: the
// view shows the choice (show) once the state has it.
type wordSwitch struct {
	widget.BaseWidget
	pressable                 // its hover, focus and pointer; taps and keys are its own
	words     func() []string // read at every refresh, in the interface's language
	chosen    int
	choose    func(i int)
	// swatches, when set, are colours per word, drawn as a small square
	// before it, split in as many stripes as it has colours: the switch is
	// then also the legend of what it chooses between.
	swatches [][]fyne.ThemeColorName
	// widths are the words' widths as last laid out, for taps.
	widths []float32
}

var (
	_ fyne.Tappable      = (*wordSwitch)(nil)
	_ fyne.Focusable     = (*wordSwitch)(nil)
	_ desktop.Hoverable  = (*wordSwitch)(nil)
	_ desktop.Cursorable = (*wordSwitch)(nil)
)

// wordSwitchPad is the room around each word, in dp: across and
// above/below; wordSwitchSwatch is a swatch's side.
const wordSwitchPadX, wordSwitchPadY, wordSwitchSwatch = 7, 3, 7

func newWordSwitch(words func() []string, choose func(i int)) *wordSwitch {
	s := &wordSwitch{words: words, choose: choose}
	s.pressable = pressable{self: s}
	s.ExtendBaseWidget(s)
	return s
}

// show marks the i-th word as the one chosen.
func (s *wordSwitch) show(i int) {
	if i != s.chosen {
		s.chosen = i
		s.Refresh()
	}
}

// Tapped chooses the word under the pointer.
func (s *wordSwitch) Tapped(ev *fyne.PointEvent) {
	x := float32(0)
	for i, w := range s.widths {
		if ev.Position.X >= x && ev.Position.X < x+w {
			s.pick(i)
			return
		}
		x += w
	}
}

func (s *wordSwitch) pick(i int) {
	if s.choose != nil {
		s.choose(i)
	}
}

// TypedKey chooses the word left or right of the chosen one.
func (s *wordSwitch) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyUp:
		if s.chosen > 0 {
			s.pick(s.chosen - 1)
		}
	case fyne.KeyRight, fyne.KeyDown:
		if s.chosen < len(s.words())-1 {
			s.pick(s.chosen + 1)
		}
	}
}

func (s *wordSwitch) CreateRenderer() fyne.WidgetRenderer {
	r := &wordSwitchRenderer{s: s, panel: canvas.NewRectangle(nil), chosen: canvas.NewRectangle(nil)}
	for i := range s.words() {
		r.words = append(r.words, canvas.NewText("", nil))
		if s.swatches != nil {
			var stripes []*canvas.Rectangle
			if i < len(s.swatches) {
				for range s.swatches[i] {
					stripes = append(stripes, canvas.NewRectangle(nil))
				}
			}
			r.swatches = append(r.swatches, stripes)
		}
	}
	r.Refresh()
	return r
}

type wordSwitchRenderer struct {
	s        *wordSwitch
	panel    *canvas.Rectangle
	chosen   *canvas.Rectangle
	words    []*canvas.Text
	swatches [][]*canvas.Rectangle // per word, its stripes
}

// swatchRoom is the width a swatch and its gap take before a word.
func (r *wordSwitchRenderer) swatchRoom() float32 {
	if r.swatches == nil {
		return 0
	}
	return wordSwitchSwatch + 4
}

func (r *wordSwitchRenderer) Layout(size fyne.Size) {
	r.panel.Resize(size)
	x := float32(0)
	r.s.widths = r.s.widths[:0]
	for i, word := range r.words {
		text := word.MinSize()
		w := text.Width + 2*wordSwitchPadX + r.swatchRoom()
		if r.swatches != nil {
			stripes := r.swatches[i]
			for k, stripe := range stripes {
				w := float32(wordSwitchSwatch) / float32(len(stripes))
				stripe.Move(fyne.NewPos(x+wordSwitchPadX+float32(k)*w, (size.Height-wordSwitchSwatch)/2))
				stripe.Resize(fyne.NewSize(w, wordSwitchSwatch))
			}
		}
		word.Move(fyne.NewPos(x+wordSwitchPadX+r.swatchRoom(), (size.Height-text.Height)/2))
		word.Resize(text)
		if i == r.s.chosen {
			r.chosen.Move(fyne.NewPos(x+1, 1))
			r.chosen.Resize(fyne.NewSize(w-2, size.Height-2))
		}
		r.s.widths = append(r.s.widths, w)
		x += w
	}
}

func (r *wordSwitchRenderer) MinSize() fyne.Size {
	var w, h float32
	for _, word := range r.words {
		text := word.MinSize()
		w += text.Width + 2*wordSwitchPadX + r.swatchRoom()
		h = max(h, text.Height+2*wordSwitchPadY)
	}
	return fyne.NewSize(w, h)
}

func (r *wordSwitchRenderer) Refresh() {
	s := r.s
	th, variant := s.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	panel, edge := mapPanelColours(th, variant)
	r.panel.FillColor, r.panel.StrokeColor, r.panel.StrokeWidth = panel, edge, 1
	if s.hovered {
		r.panel.StrokeColor = th.Color(theme.ColorNameFocus, variant)
	}
	if s.focused {
		r.panel.StrokeColor, r.panel.StrokeWidth = th.Color(theme.ColorNamePrimary, variant), 2
	}
	r.panel.CornerRadius = th.Size(theme.SizeNameInputRadius)
	// On the accent; or in a switch that is a legend, on a tint of it, so
	// that the chosen word's colour still shows.
	onAccent := s.swatches == nil
	r.chosen.FillColor = th.Color(theme.ColorNamePrimary, variant)
	if !onAccent {
		r.chosen.FillColor = th.Color(theme.ColorNameSelection, variant)
	}
	r.chosen.CornerRadius = max(0, r.panel.CornerRadius-1)
	for i, name := range s.words() {
		if i >= len(r.words) {
			break
		}
		word := r.words[i]
		word.Text = name
		word.TextSize = th.Size(theme.SizeNameCaptionText)
		word.TextStyle = fyne.TextStyle{Bold: i == s.chosen}
		word.Color = th.Color(theme.ColorNameForeground, variant)
		if i == s.chosen && onAccent {
			word.Color = th.Color(theme.ColorNameForegroundOnPrimary, variant)
		}
		word.Refresh()
		if r.swatches != nil {
			for k, stripe := range r.swatches[i] {
				stripe.FillColor = th.Color(s.swatches[i][k], variant)
				stripe.Refresh()
			}
		}
	}
	r.panel.Refresh()
	r.chosen.Refresh()
	r.Layout(s.Size())
}

func (r *wordSwitchRenderer) Objects() []fyne.CanvasObject {
	objects := []fyne.CanvasObject{r.panel, r.chosen}
	for _, stripes := range r.swatches {
		for _, stripe := range stripes {
			objects = append(objects, stripe)
		}
	}
	for _, w := range r.words {
		objects = append(objects, w)
	}
	return objects
}

func (r *wordSwitchRenderer) Destroy() {}
