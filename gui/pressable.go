package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
)

// pressable is the part of a widget that opens or chooses something: a tap
// presses it, and so do Enter and Space while it has the focus (Tab); the
// pointer over it is a pointing hand. A widget embeds it, sets self (which
// is refreshed when hovered or focused changes, for the widget to draw
// them) and press, and may answer taps or keys of its own instead.
type pressable struct {
	self             fyne.Widget
	press            func()
	hovered, focused bool
}

var (
	_ fyne.Tappable      = (*pressable)(nil)
	_ fyne.Focusable     = (*pressable)(nil)
	_ desktop.Hoverable  = (*pressable)(nil)
	_ desktop.Cursorable = (*pressable)(nil)
)

func (p *pressable) Tapped(*fyne.PointEvent) { p.press() }
func (p *pressable) FocusGained()            { p.focused = true; p.self.Refresh() }
func (p *pressable) FocusLost()              { p.focused = false; p.self.Refresh() }
func (p *pressable) TypedRune(rune)          {}

// TypedKey presses on Enter or Space.
func (p *pressable) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		p.press()
	}
}

func (p *pressable) MouseIn(*desktop.MouseEvent)    { p.hovered = true; p.self.Refresh() }
func (p *pressable) MouseMoved(*desktop.MouseEvent) {}
func (p *pressable) MouseOut()                      { p.hovered = false; p.self.Refresh() }

// Cursor is a pointing hand: pressing opens or chooses something.
func (p *pressable) Cursor() desktop.Cursor { return desktop.PointerCursor }

// drawRing shows on back, the widget's background, whether it has the
// focus (a ring in the accent) or the pointer (the hover tint).
func (p *pressable) drawRing(back *canvas.Rectangle, th fyne.Theme) {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	back.FillColor, back.StrokeWidth = nil, 0
	back.CornerRadius = th.Size(theme.SizeNameInputRadius)
	switch {
	case p.focused:
		back.StrokeColor, back.StrokeWidth = th.Color(theme.ColorNamePrimary, v), 2
	case p.hovered:
		back.FillColor = th.Color(theme.ColorNameHover, v)
	}
	back.Refresh()
}
