package gui

// What the map counts: the articles that mention a country (as it always
// did), or those that make it an actor or a target, with arrows from actor
// to target. A switch of three words in the top left corner, where Equal
// Earth's rounded edge leaves room, switches; the window keeps the mode in
// the view state (view.State.SetMapMode), so a link carries it and a click
// on a country toggles the filter of the mode's role.

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/gui/view"
)

// mapModeName is the button's text for a mode: "Vermeldingen", "Daders",
// "Doelwitten".
func mapModeName(mode view.MapMode) string {
	switch mode {
	case view.MapActors:
		return tr("map.mode.actors")
	case view.MapTargets:
		return tr("map.mode.targets")
	}
	return tr("map.mode.mentions")
}

// textMapLegendFor is the legend's title in a mode.
func textMapLegendFor(mode view.MapMode) string {
	switch mode {
	case view.MapActors:
		return tr("map.legend.actors")
	case view.MapTargets:
		return tr("map.legend.targets")
	}
	return textMapLegend()
}

// mapCountPhrase is a hover label's count in a mode: "2 artikelen", "1
// artikel als dader", "geen artikelen als doelwit".
func mapCountPhrase(mode view.MapMode, n int) string {
	switch {
	case mode == view.MapActors && n <= 0:
		return tr("map.count.actor.none")
	case mode == view.MapActors:
		return trN("map.count.actor", n)
	case mode == view.MapTargets && n <= 0:
		return tr("map.count.target.none")
	case mode == view.MapTargets:
		return trN("map.count.target", n)
	}
	return articlesPhrase(n)
}

// mapModeSwitch chooses the map's mode: three words on one small panel, the
// chosen one on the accent colour. It is small on purpose, a caption's size,
// as it lies over the map. A tap on a word chooses it; with the focus (Tab)
// Left and Right choose the mode beside, as in a row of radio buttons.
type mapModeSwitch struct {
	widget.BaseWidget
	mode    view.MapMode
	choose  func(view.MapMode)
	focused bool
	hovered bool
	// widths are the words' widths as last laid out, for taps.
	widths []float32
}

var (
	_ fyne.Tappable      = (*mapModeSwitch)(nil)
	_ fyne.Focusable     = (*mapModeSwitch)(nil)
	_ desktop.Hoverable  = (*mapModeSwitch)(nil)
	_ desktop.Cursorable = (*mapModeSwitch)(nil)
)

// mapModePad is the room around each word, in dp: across and above/below.
const mapModePadX, mapModePadY = 7, 3

func newMapModeSwitch(choose func(view.MapMode)) *mapModeSwitch {
	s := &mapModeSwitch{choose: choose}
	s.ExtendBaseWidget(s)
	return s
}

// show marks mode as the one chosen.
func (s *mapModeSwitch) show(mode view.MapMode) {
	if mode != s.mode {
		s.mode = mode
		s.Refresh()
	}
}

// Tapped chooses the word under the pointer.
func (s *mapModeSwitch) Tapped(ev *fyne.PointEvent) {
	x := float32(0)
	for i, w := range s.widths {
		if ev.Position.X >= x && ev.Position.X < x+w {
			s.pick(view.MapModes()[i])
			return
		}
		x += w
	}
}

func (s *mapModeSwitch) pick(mode view.MapMode) {
	if s.choose != nil {
		s.choose(mode)
	}
}

func (s *mapModeSwitch) FocusGained()     { s.focused = true; s.Refresh() }
func (s *mapModeSwitch) FocusLost()       { s.focused = false; s.Refresh() }
func (s *mapModeSwitch) TypedRune(r rune) {}

// TypedKey chooses the mode left or right of the chosen one.
func (s *mapModeSwitch) TypedKey(ev *fyne.KeyEvent) {
	modes := view.MapModes()
	i := slices.Index(modes, s.mode)
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyUp:
		if i > 0 {
			s.pick(modes[i-1])
		}
	case fyne.KeyRight, fyne.KeyDown:
		if i < len(modes)-1 {
			s.pick(modes[i+1])
		}
	}
}

func (s *mapModeSwitch) MouseIn(*desktop.MouseEvent)    { s.hovered = true; s.Refresh() }
func (s *mapModeSwitch) MouseMoved(*desktop.MouseEvent) {}
func (s *mapModeSwitch) MouseOut()                      { s.hovered = false; s.Refresh() }
func (s *mapModeSwitch) Cursor() desktop.Cursor         { return desktop.PointerCursor }

func (s *mapModeSwitch) CreateRenderer() fyne.WidgetRenderer {
	r := &mapModeRenderer{s: s, panel: canvas.NewRectangle(nil), chosen: canvas.NewRectangle(nil)}
	for _, mode := range view.MapModes() {
		r.words = append(r.words, canvas.NewText(mapModeName(mode), nil))
	}
	r.Refresh()
	return r
}

type mapModeRenderer struct {
	s      *mapModeSwitch
	panel  *canvas.Rectangle
	chosen *canvas.Rectangle
	words  []*canvas.Text
}

func (r *mapModeRenderer) Layout(size fyne.Size) {
	r.panel.Resize(size)
	x := float32(0)
	r.s.widths = r.s.widths[:0]
	for i, word := range r.words {
		text := word.MinSize()
		w := text.Width + 2*mapModePadX
		word.Move(fyne.NewPos(x+mapModePadX, (size.Height-text.Height)/2))
		word.Resize(text)
		if view.MapModes()[i] == r.s.mode {
			r.chosen.Move(fyne.NewPos(x+1, 1))
			r.chosen.Resize(fyne.NewSize(w-2, size.Height-2))
		}
		r.s.widths = append(r.s.widths, w)
		x += w
	}
}

func (r *mapModeRenderer) MinSize() fyne.Size {
	var w, h float32
	for _, word := range r.words {
		text := word.MinSize()
		w += text.Width + 2*mapModePadX
		h = max(h, text.Height+2*mapModePadY)
	}
	return fyne.NewSize(w, h)
}

func (r *mapModeRenderer) Refresh() {
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
	r.chosen.FillColor = th.Color(theme.ColorNamePrimary, variant)
	r.chosen.CornerRadius = max(0, r.panel.CornerRadius-1)
	for i, word := range r.words {
		mode := view.MapModes()[i]
		word.Text = mapModeName(mode)
		word.TextSize = th.Size(theme.SizeNameCaptionText)
		word.TextStyle = fyne.TextStyle{Bold: mode == s.mode}
		word.Color = th.Color(theme.ColorNameForeground, variant)
		if mode == s.mode {
			word.Color = th.Color(theme.ColorNameForegroundOnPrimary, variant)
		}
		word.Refresh()
	}
	r.panel.Refresh()
	r.chosen.Refresh()
	r.Layout(s.Size())
}

func (r *mapModeRenderer) Objects() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{r.panel, r.chosen}, wordsAsObjects(r.words)...)
}

func wordsAsObjects(words []*canvas.Text) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(words))
	for i, w := range words {
		out[i] = w
	}
	return out
}

func (r *mapModeRenderer) Destroy() {}

// SetMode shows what the map counts in mode; the counts, the selection and
// the arrows of that mode follow with SetData and SetFlows. Arrows and the
// discs of the EU, NATO and the UN are drawn in the role modes only.
func (m *MapView) SetMode(mode view.MapMode) {
	if mode == m.mode {
		return
	}
	m.mode = mode
	m.modes.show(mode)
	m.dataVersion++
	m.Refresh()
}

// Mode is what the map counts.
func (m *MapView) Mode() view.MapMode { return m.mode }

// chooseMode is a press on a mode's button: the window is told, and sets
// the mode (SetMode) once the state has it.
func (m *MapView) chooseMode(mode view.MapMode) {
	if m.OnMode != nil {
		m.OnMode(mode)
	}
}
