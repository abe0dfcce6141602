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

// markerHitSlop is how far beyond a drawn dot's edge a click still counts
// as on the dot: the anti-aliased rim, and a hand's tremble.
const markerHitSlop = 1

// HitTest returns the country under pixel (x, y) of an image of the given
// size showing view v in style. Open sea and land without a country report
// false.
//
// A country too small to point at (one with a marker, or a shape whose area
// on screen is less than a disc of style.HitRadius, such as Belgium at world
// scale) answers within HitRadius of its label point, where its marker sits:
// a target at least 2·HitRadius across. Where such targets overlap, the one
// whose label point is nearest wins. A target yields to a larger country
// the pixel lies inside: there it reaches only as far as its dot is drawn
// (plus markerHitSlop), and only while nearer than the larger country's own
// label point, so a click towards Frankfurt stays with Germany rather than
// going to Luxembourg. Otherwise the country whose borders contain the
// point answers.
func (w *World) HitTest(size image.Point, v View, style Style, x, y float64) (string, bool) {
	best, bestDist := "", math.Inf(1)
	scale := v.Scale(size)
	reach := math.Max(style.HitRadius, style.MarkerRadius+markerHitSlop)
	targetArea := math.Pi * reach * reach
	small := func(si int) bool {
		s := &w.shapes[si]
		return s.point || s.area*scale*scale < targetArea
	}
	q := v.FromPixel(size, x, y)
	under, inside := w.shapeAtPoint(q)
	// How far the pixel is from the label point of the country it lies in.
	underDist := math.Inf(1)
	if inside {
		lx, ly := v.ToPixel(size, w.shapes[under].label)
		underDist = math.Hypot(lx-x, ly-y)
	}
	dotReach := style.MarkerRadius + markerHitSlop
	for si := range w.countries {
		if !small(si) {
			continue
		}
		limit := reach
		if inside && si != under && w.shapes[si].area < w.shapes[under].area {
			// On a larger neighbour's land: only on the dot itself, and
			// only nearer than that neighbour's own middle.
			limit = math.Min(dotReach, underDist)
		}
		lx, ly := v.ToPixel(size, w.shapes[si].label)
		if d := math.Hypot(lx-x, ly-y); d <= limit && d < bestDist {
			best, bestDist = w.shapes[si].code, d
		}
	}
	if best != "" {
		return best, true
	}
	if !inside || w.shapes[under].code == "" {
		return "", false
	}
	return w.shapes[under].code, true
}

// PlaceAt returns the place of places whose disc (Style.PlaceRadius, with
// markerHitSlop) holds pixel (x, y) of an image of the given size showing
// view v, the nearest when discs overlap. Places lie over the countries, so
// ask it before HitTest.
func PlaceAt(size image.Point, v View, style Style, places Places, x, y float64) (string, bool) {
	best, bestDist := "", math.Inf(1)
	for code, ll := range places {
		px, py := v.ToPixel(size, Project(ll))
		d := math.Hypot(px-x, py-y)
		if d <= style.PlaceRadius+markerHitSlop && (d < bestDist || d == bestDist && code < best) {
			best, bestDist = code, d
		}
	}
	return best, best != ""
}
