package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// keyScroll is a vertical scroll that takes the focus, so that a dialog
// reads from the keyboard: arrows, Page Up and Down, Space, Home and End
// scroll it, Esc closes it. Fyne's dialogs focus nothing, and the keys
// would otherwise reach the window behind (where Esc clears the query).
type keyScroll struct {
	widget.BaseWidget
	scroll   *container.Scroll
	onEscape func()
}

func newKeyScroll(content fyne.CanvasObject) *keyScroll {
	k := &keyScroll{scroll: container.NewVScroll(content)}
	k.ExtendBaseWidget(k)
	return k
}

func (k *keyScroll) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(k.scroll)
}

func (k *keyScroll) FocusGained() {}
func (k *keyScroll) FocusLost()   {}
func (k *keyScroll) TypedRune(r rune) {
	if r == ' ' {
		k.scrollBy(k.page())
	}
}

// Tapped takes the focus back after a click in the text, which Fyne gives to
// nothing, so that Esc still closes.
func (k *keyScroll) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(k); c != nil {
		c.Focus(k)
	}
}

func (k *keyScroll) TypedKey(e *fyne.KeyEvent) {
	line := k.Theme().Size(theme.SizeNameText) * 3
	switch e.Name {
	case fyne.KeyEscape:
		if k.onEscape != nil {
			k.onEscape()
		}
	case fyne.KeyDown:
		k.scrollBy(line)
	case fyne.KeyUp:
		k.scrollBy(-line)
	case fyne.KeyPageDown:
		k.scrollBy(k.page())
	case fyne.KeyPageUp:
		k.scrollBy(-k.page())
	case fyne.KeyHome:
		k.scrollTo(0)
	case fyne.KeyEnd:
		k.scrollTo(k.scroll.Content.MinSize().Height)
	}
}

// page is a screenful less a line, so that a line read stays in view.
func (k *keyScroll) page() float32 {
	return max(k.scroll.Size().Height-2*k.Theme().Size(theme.SizeNameText), k.Theme().Size(theme.SizeNameText))
}

func (k *keyScroll) scrollBy(dy float32) { k.scrollTo(k.scroll.Offset.Y + dy) }

func (k *keyScroll) scrollTo(y float32) {
	bottom := max(0, k.scroll.Content.MinSize().Height-k.scroll.Size().Height)
	k.scroll.ScrollToOffset(fyne.NewPos(0, min(max(y, 0), bottom)))
}
