package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// themedFill is a background in a theme colour that follows theme changes,
// which a bare canvas.Rectangle does not.
type themedFill struct {
	widget.BaseWidget
	color fyne.ThemeColorName
	rect  *canvas.Rectangle
}

func newThemedFill(name fyne.ThemeColorName) *themedFill {
	f := &themedFill{color: name, rect: canvas.NewRectangle(nil)}
	f.ExtendBaseWidget(f)
	return f
}

func (f *themedFill) CreateRenderer() fyne.WidgetRenderer {
	r := &themedFillRenderer{fill: f}
	r.Refresh()
	return r
}

type themedFillRenderer struct{ fill *themedFill }

func (r *themedFillRenderer) Layout(size fyne.Size)        { r.fill.rect.Resize(size) }
func (r *themedFillRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *themedFillRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.fill.rect} }
func (r *themedFillRenderer) Destroy()                     {}
func (r *themedFillRenderer) Refresh() {
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	r.fill.rect.FillColor = r.fill.Theme().Color(r.fill.color, variant)
	r.fill.rect.Refresh()
}
