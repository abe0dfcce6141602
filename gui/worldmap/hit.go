package worldmap

import (
	"image"
	"math"
)

// Marker is the dot that stands for a country too small to see in a view.
type Marker struct {
	Code string
	// X, Y is the centre in pixels; R the radius.
	X, Y, R float64
}

// Markers lists the markers a view shows in an image of the given size: for
// each Small country whose area on screen is below style.MarkerBelow, and
// for the country that has no shape, at their label points. Larger
// countries never get one: on a thumbnail-sized map Germany is small too,
// but a dot would hide more than it shows. Markers off the image are left
// out.
func (w *World) Markers(size image.Point, v View, style Style) []Marker {
	var out []Marker
	scale := v.Scale(size)
	r := style.MarkerRadius
	for i := range w.countries {
		s := &w.shapes[i]
		if !s.point && (!w.countries[i].Small || s.area*scale*scale >= style.MarkerBelow) {
			continue
		}
		x, y := v.ToPixel(size, s.label)
		if x < -r || y < -r || x > float64(size.X)+r || y > float64(size.Y)+r {
			continue
		}
		out = append(out, Marker{Code: s.code, X: x, Y: y, R: r})
	}
	return out
}

// markerSlop is the least a marker's hit area reaches beyond its drawn
// radius (otherwise it reaches one more radius): a dot a few pixels wide is
// hard to hit with a mouse, and harder with a finger.
const markerSlop = 3

// HitTest returns the country under pixel (x, y) of an image of the given
// size showing view v in style: a marker within reach wins (the nearest, where
// several are), otherwise the country whose borders contain the point.
// Open sea and land without a country report false.
func (w *World) HitTest(size image.Point, v View, style Style, x, y float64) (string, bool) {
	best, bestDist := "", math.Inf(1)
	for _, m := range w.Markers(size, v, style) {
		d := math.Hypot(m.X-x, m.Y-y)
		if d <= m.R+math.Max(m.R, markerSlop) && d < bestDist {
			best, bestDist = m.Code, d
		}
	}
	if best != "" {
		return best, true
	}
	return w.countryAtPoint(v.FromPixel(size, x, y))
}
