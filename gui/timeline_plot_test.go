package gui

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
)

func TestPlotPainterBlendsLayersBackToFront(t *testing.T) {
	var back, front plotLayer
	p := newPlotPainter(&back, &front)
	back.place(0, 0, 0, 10, 10, color.NRGBA{R: 0xff, A: 0xff})
	front.place(0, 5, 5, 10, 10, color.NRGBA{B: 0xff, A: 0x80})
	p.place(fyne.NewSize(20, 10))
	// At a scale of 2, as on a screen of twice the density.
	img := p.paint(40, 20).(*image.RGBA)
	for _, c := range []struct {
		x, y int
		want color.RGBA
	}{
		{1, 1, color.RGBA{R: 0xff, A: 0xff}},
		{19, 19, color.RGBA{R: 0x7f, B: 0x80, A: 0xff}}, // half blue over red
		{21, 1, color.RGBA{}},                           // outside both
		{10, 9, color.RGBA{R: 0xff, A: 0xff}},           // just above the front one
	} {
		if got := img.RGBAAt(c.x, c.y); got != c.want {
			t.Errorf("pixel (%d, %d) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

func TestPlotPainterPaintsAgainOnlyWhenARectangleChanges(t *testing.T) {
	var bars plotLayer
	p := newPlotPainter(&bars)
	bars.place(0, 0, 0, 4, 4, color.Black)
	p.place(fyne.NewSize(8, 8))
	if bars.changed {
		t.Fatal("placing the raster leaves the layer marked changed")
	}
	bars.place(0, 0, 0, 4, 4, color.Black)
	bars.hide(3) // no such rectangle
	if bars.changed {
		t.Error("the same rectangle placed again, or a missing one hidden, counts as a change")
	}
	bars.place(0, 0, 0, 4, 5, color.Black)
	if !bars.changed {
		t.Error("a taller rectangle is not a change")
	}
	bars.hideFrom(0)
	p.place(fyne.NewSize(8, 8))
	if p.raster.Visible() {
		t.Error("the raster is shown with no rectangle to show")
	}
}
