package worldmap

import (
	"image"
	"math"
)

// MaxZoom is the deepest zoom a View allows: at 1280 pixels across, the
// Vatican-sized end of the map is still a marker, but Luxembourg, Singapore
// and Malta fill a good part of the screen.
const MaxZoom = 64

// mapMargin is the blank border around the whole world at zoom 1, as a
// fraction of the image, so the anti-aliased outline is not cut off.
const mapMargin = 0.01

// View is what part of the map an image shows. The zero View is not valid;
// start from WorldView. A View does not depend on the image size, so the same
// view fits a resized widget.
type View struct {
	// Center is the projected point at the middle of the image.
	Center Point
	// Zoom is the magnification: 1 fits the whole world in the image.
	Zoom float64
}

// WorldView shows the whole world.
func WorldView() View { return View{Zoom: 1} }

// Scale is the number of pixels per projected unit for an image size.
func (v View) Scale(size image.Point) float64 {
	fit := math.Min(
		float64(size.X)/(2*XMax*(1+2*mapMargin)),
		float64(size.Y)/(2*YMax*(1+2*mapMargin)))
	return v.Zoom * fit
}

// ToPixel maps a projected point to pixel coordinates in an image of the
// given size; pixel (0, 0) is the top-left corner of the top-left pixel.
func (v View) ToPixel(size image.Point, p Point) (x, y float64) {
	s := v.Scale(size)
	return (p.X-v.Center.X)*s + float64(size.X)/2, (v.Center.Y-p.Y)*s + float64(size.Y)/2
}

// FromPixel is the inverse of ToPixel.
func (v View) FromPixel(size image.Point, x, y float64) Point {
	s := v.Scale(size)
	return Point{
		X: v.Center.X + (x-float64(size.X)/2)/s,
		Y: v.Center.Y - (y-float64(size.Y)/2)/s,
	}
}

// ZoomAt multiplies the zoom by factor, keeping the map point under pixel
// (x, y) where it is: what scroll-to-zoom needs.
func (v View) ZoomAt(size image.Point, x, y, factor float64) View {
	anchor := v.FromPixel(size, x, y)
	out := View{Center: v.Center, Zoom: math.Max(1, math.Min(MaxZoom, v.Zoom*factor))}
	s := out.Scale(size)
	out.Center = Point{
		X: anchor.X - (x-float64(size.X)/2)/s,
		Y: anchor.Y + (y-float64(size.Y)/2)/s,
	}
	return out.Clamp(size)
}

// Pan moves the map by (dx, dy) pixels, as when dragged.
func (v View) Pan(size image.Point, dx, dy float64) View {
	s := v.Scale(size)
	v.Center.X -= dx / s
	v.Center.Y += dy / s
	return v.Clamp(size)
}

// Clamp keeps the zoom within [1, MaxZoom] and the centre where the image
// stays filled with map as far as the map allows: a map smaller than the
// image along an axis is centred on that axis.
func (v View) Clamp(size image.Point) View {
	if !(v.Zoom >= 1) { // also catches NaN
		v.Zoom = 1
	}
	v.Zoom = math.Min(v.Zoom, MaxZoom)
	if size.X <= 0 || size.Y <= 0 {
		return v
	}
	s := v.Scale(size)
	clampAxis := func(c, half, extent float64) float64 {
		if math.IsNaN(c) || half >= extent {
			return 0
		}
		return math.Max(-extent+half, math.Min(extent-half, c))
	}
	v.Center.X = clampAxis(v.Center.X, float64(size.X)/2/s, XMax*(1+mapMargin))
	v.Center.Y = clampAxis(v.Center.Y, float64(size.Y)/2/s, YMax*(1+mapMargin))
	return v
}

// FocusView shows a country's main landmass (the part holding its label
// point) filling about half of the image, up to MaxZoom: what a "show me
// Malta" action needs. It reports false for an unknown code.
func (w *World) FocusView(size image.Point, code string) (View, bool) {
	i, ok := w.byCode[code]
	if !ok || size.X <= 0 || size.Y <= 0 {
		return View{}, false
	}
	s := &w.shapes[i]
	target := rect{s.label, s.label}
	for _, c := range s.clusters {
		if c.bounds.contains(s.label) {
			target = c.bounds
			break
		}
	}
	width := math.Max(target.Max.X-target.Min.X, 1e-6)
	height := math.Max(target.Max.Y-target.Min.Y, 1e-6)
	base := WorldView().Scale(size)
	zoom := math.Min(float64(size.X)/(2*width*base), float64(size.Y)/(2*height*base))
	v := View{
		Center: Point{(target.Min.X + target.Max.X) / 2, (target.Min.Y + target.Max.Y) / 2},
		Zoom:   zoom,
	}
	return v.Clamp(size), true
}
