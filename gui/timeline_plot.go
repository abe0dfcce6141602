package gui

// The timeline's bars and event marks, painted into one raster: a large
// collection has hundreds of them, and each canvas rectangle is its own
// draw in every frame of the window (in the browser, a run of WebGL calls
// through syscall/js), while a raster is one texture, painted again only
// when a bar changes.

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// plotRect is one filled rectangle of the plot, in the timeline's
// coordinates: where it is, its colour, and whether it is shown.
type plotRect struct {
	pos       fyne.Position
	size      fyne.Size
	FillColor color.Color
	shown     bool
}

func (p *plotRect) Position() fyne.Position { return p.pos }
func (p *plotRect) Size() fyne.Size         { return p.size }
func (p *plotRect) Visible() bool           { return p.shown }

// plotLayer is a pool of the plot's rectangles that grows to the most ever
// shown, and notes whether any changed since it was last painted.
type plotLayer struct {
	rects   []*plotRect
	changed bool
}

// at is the layer's i-th rectangle, the pool grown to hold it.
func (l *plotLayer) at(i int) *plotRect {
	for len(l.rects) <= i {
		l.rects = append(l.rects, &plotRect{})
	}
	return l.rects[i]
}

// place shows the i-th rectangle from (left, top) to (right, bottom) in fill.
func (l *plotLayer) place(i int, left, top, right, bottom float32, fill color.Color) {
	p := l.at(i)
	pos, size := fyne.NewPos(left, top), fyne.NewSize(right-left, bottom-top)
	if p.shown && p.pos == pos && p.size == size && p.FillColor == fill {
		return
	}
	p.pos, p.size, p.FillColor, p.shown = pos, size, fill, true
	l.changed = true
}

// hide hides the i-th rectangle, if there is one.
func (l *plotLayer) hide(i int) {
	if i < len(l.rects) && l.rects[i].shown {
		l.rects[i].shown = false
		l.changed = true
	}
}

// hideFrom hides the rectangles from the i-th on.
func (l *plotLayer) hideFrom(i int) {
	for ; i < len(l.rects); i++ {
		l.hide(i)
	}
}

// plotPainter paints layers of rectangles, the first at the back, into a
// raster that covers the whole timeline.
type plotPainter struct {
	raster *canvas.Raster
	layers []*plotLayer
	// pixels is the last image painted, reused while the size holds: the
	// driver copies it into its texture as soon as it is made.
	pixels *image.RGBA
}

func newPlotPainter(layers ...*plotLayer) *plotPainter {
	p := &plotPainter{layers: layers}
	p.raster = canvas.NewRaster(p.paint)
	p.raster.ScaleMode = canvas.ImageScalePixels
	return p
}

// place covers size with the raster, hidden while no rectangle is shown,
// and has it painted again when a layer changed (a new size is painted
// again by the raster itself).
func (p *plotPainter) place(size fyne.Size) {
	changed, shown := false, false
	for _, l := range p.layers {
		changed = changed || l.changed
		l.changed = false
		shown = shown || slices.ContainsFunc(l.rects, (*plotRect).Visible)
	}
	if !shown {
		hideObject(p.raster)
		return
	}
	p.raster.Move(fyne.NewPos(0, 0))
	p.raster.Resize(size)
	if !p.raster.Visible() {
		p.raster.Show()
	}
	if changed {
		p.raster.Refresh()
	}
}

// paint draws the shown rectangles at w×h pixels, each blended over those
// under it, as the canvas would draw them.
func (p *plotPainter) paint(w, h int) image.Image {
	if p.pixels == nil || p.pixels.Rect.Dx() != w || p.pixels.Rect.Dy() != h {
		p.pixels = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		clear(p.pixels.Pix)
	}
	size := p.raster.Size()
	if size.Width <= 0 || size.Height <= 0 {
		return p.pixels
	}
	scaleX, scaleY := float64(w)/float64(size.Width), float64(h)/float64(size.Height)
	for _, l := range p.layers {
		for _, r := range l.rects {
			if !r.shown || r.FillColor == nil {
				continue
			}
			// The rectangles' edges lie on pixels (the timeline snaps
			// them); rounding only takes away float error.
			box := image.Rect(
				int(math.Round(float64(r.pos.X)*scaleX)), int(math.Round(float64(r.pos.Y)*scaleY)),
				int(math.Round(float64(r.pos.X+r.size.Width)*scaleX)), int(math.Round(float64(r.pos.Y+r.size.Height)*scaleY)))
			draw.Draw(p.pixels, box, image.NewUniform(r.FillColor), image.Point{}, draw.Over)
		}
	}
	return p.pixels
}
