package worldmap

import (
	"image"
	"math"
)

// addGlobe appends the coverage of the globe's outline (the area inside the
// ±180° meridians and between the poles) for a view, computed row by row
// from the projection itself rather than through the general rasterizer:
// the globe covers most of the image, and the rasterizer would clear and
// accumulate a buffer the size of the image for a shape whose rows are one
// solid run with an anti-aliased pixel or two at each end.
func (c *coverage) addGlobe(size image.Point, v View) {
	s := v.Scale(size)
	_, top := v.ToPixel(size, Point{0, YMax})
	_, bottom := v.ToPixel(size, Point{0, -YMax})
	cx, _ := v.ToPixel(size, Point{})
	r0 := max(0, int(math.Floor(top)))
	r1 := min(size.Y, int(math.Ceil(bottom)))
	// halfWidth at a pixel row coordinate, in pixels.
	halfWidth := func(py float64) float64 {
		return edgeX(v.FromPixel(size, 0, py).Y) * s
	}
	var cov []float64
	for row := r0; row < r1; row++ {
		// The part of this pixel row inside the globe vertically.
		y0, y1 := math.Max(float64(row), top), math.Min(float64(row+1), bottom)
		dy := y1 - y0
		if dy <= 0 {
			continue
		}
		// Each side's edge, taken as straight across the row.
		ha, hb := halfWidth(y0), halfWidth(y1)
		lx0, lx1 := cx-ha, cx-hb // left edge at the row's top and bottom
		rx0, rx1 := cx+ha, cx+hb
		left := int(math.Floor(math.Min(lx0, lx1)))
		right := int(math.Ceil(math.Max(rx0, rx1)))
		// Solid inside both edges' pixel spans.
		solidFrom := int(math.Ceil(math.Max(lx0, lx1)))
		solidTo := int(math.Floor(math.Min(rx0, rx1)))
		if solidFrom >= solidTo {
			solidFrom, solidTo = (left+right)/2, (left+right)/2
		}
		emit := func(x0, x1 int, covOf func(x int) float64) {
			x0, x1 = max(x0, 0), min(x1, size.X)
			if x0 >= x1 {
				return
			}
			cov = cov[:0]
			for x := x0; x < x1; x++ {
				cov = append(cov, covOf(x))
			}
			c.addRow(row, x0, cov)
		}
		emit(left, solidFrom, func(x int) float64 {
			return dy * (1 - meanRamp(float64(x), lx0, lx1))
		})
		if dy >= 1 {
			c.addSolid(row, max(solidFrom, 0), min(solidTo, size.X))
		} else {
			emit(solidFrom, solidTo, func(int) float64 { return dy })
		}
		emit(solidTo, right, func(x int) float64 {
			return dy * meanRamp(float64(x), rx0, rx1)
		})
	}
}

// meanRamp is the mean, over an edge running straight from x = a to x = b
// down a pixel row, of the fraction of pixel column [x, x+1] left of the
// edge.
func meanRamp(x, a, b float64) float64 {
	// Left of the edge at position e: clamp(e - x, 0, 1); its integral over
	// e is rampIntegral(e - x).
	if math.Abs(b-a) < 1e-9 {
		return math.Max(0, math.Min(1, a-x))
	}
	return (rampIntegral(b-x) - rampIntegral(a-x)) / (b - a)
}

func rampIntegral(u float64) float64 {
	switch {
	case u <= 0:
		return 0
	case u <= 1:
		return u * u / 2
	}
	return u - 0.5
}

// addRow appends coverage values (0 to 1) for pixels x0... of a row.
func (c *coverage) addRow(row, x0 int, cov []float64) {
	start := -1
	flush := func(end int) {
		if start >= 0 {
			c.spans = append(c.spans, span{int32(row), int32(x0 + start), int32(x0 + end), int32(len(c.alpha))})
			for _, v := range cov[start:end] {
				c.alpha = append(c.alpha, uint8(v*255+0.5))
			}
			start = -1
		}
	}
	for i, v := range cov {
		if uint8(v*255+0.5) == 0 {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(cov))
}

// addSolid appends a fully covered run.
func (c *coverage) addSolid(row, x0, x1 int) {
	if x0 < x1 {
		c.spans = append(c.spans, span{int32(row), int32(x0), int32(x1), solid})
	}
}
