package worldmap

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// span is a horizontal run of one row of a coverage mask: pixels x0 to x1-1
// of row y. A solid span is fully covered; otherwise alpha[a : a+x1-x0] holds
// each pixel's coverage. Keeping coverage as spans lets a re-colour touch only
// covered pixels and fill the solid inside of a country with plain copies.
type span struct {
	y, x0, x1 int32
	a         int32 // offset into coverage.alpha, or solid
}

const solid = -1

// coverage is a list of spans and the partial coverage values they use.
type coverage struct {
	spans []span
	alpha []uint8
}

func (c *coverage) reset() {
	c.spans = c.spans[:0]
	c.alpha = c.alpha[:0]
}

// addMask appends the non-empty runs of a w×h mask whose top-left pixel is
// (ox, oy) in the image.
func (c *coverage) addMask(mask []uint8, w, h, ox, oy int) {
	const zeros, ones = uint64(0), ^uint64(0)
	for y := range h {
		row := mask[y*w : (y+1)*w]
		x := 0
		for x < w {
			// Most of a mask is empty or full; compare eight pixels at a time.
			for x+8 <= w && binary.LittleEndian.Uint64(row[x:]) == zeros {
				x += 8
			}
			for x < w && row[x] == 0 {
				x++
			}
			if x == w {
				break
			}
			start := x
			if row[x] == 0xFF {
				for x+8 <= w && binary.LittleEndian.Uint64(row[x:]) == ones {
					x += 8
				}
				for x < w && row[x] == 0xFF {
					x++
				}
				c.spans = append(c.spans, span{int32(y + oy), int32(start + ox), int32(x + ox), solid})
				continue
			}
			for x < w && row[x] != 0 && row[x] != 0xFF {
				x++
			}
			c.spans = append(c.spans, span{int32(y + oy), int32(start + ox), int32(x + ox), int32(len(c.alpha))})
			c.alpha = append(c.alpha, row[start:x]...)
		}
	}
}

// paint composites colour col (alpha-premultiplied, as color.RGBA is)
// through spans onto dst, whose bounds start at the image origin used by
// the spans' coordinates minus dst.Rect.Min.
func (c *coverage) paint(dst *image.RGBA, spans []span, col color.RGBA) {
	base := dst.PixOffset(dst.Rect.Min.X, dst.Rect.Min.Y)
	for _, s := range spans {
		row := dst.Pix[base+int(s.y)*dst.Stride:]
		px := row[4*s.x0 : 4*s.x1]
		if s.a == solid {
			fillPixels(px, col)
			continue
		}
		blendPixels(px, c.alpha[s.a:int(s.a)+int(s.x1-s.x0)], col)
	}
}

// fillPixels composites col over every pixel of px (RGBA bytes).
func fillPixels(px []uint8, col color.RGBA) {
	if len(px) == 0 {
		return
	}
	if col.A == 0xFF {
		// Write one pixel, then double the copied run: memmove does the rest.
		px[0], px[1], px[2], px[3] = col.R, col.G, col.B, col.A
		for n := 4; n < len(px); n *= 2 {
			copy(px[n:], px[:n])
		}
		return
	}
	inv := 255 - uint32(col.A)
	for i := 0; i+3 < len(px); i += 4 {
		px[i+0] = uint8(uint32(col.R) + div255(uint32(px[i+0])*inv))
		px[i+1] = uint8(uint32(col.G) + div255(uint32(px[i+1])*inv))
		px[i+2] = uint8(uint32(col.B) + div255(uint32(px[i+2])*inv))
		px[i+3] = uint8(uint32(col.A) + div255(uint32(px[i+3])*inv))
	}
}

// blendPixels composites col (premultiplied) over px with per-pixel
// coverage: Porter-Duff over, with the source scaled by coverage.
func blendPixels(px []uint8, cov []uint8, col color.RGBA) {
	px = px[:4*len(cov)]
	r, g, b, a := uint32(col.R), uint32(col.G), uint32(col.B), uint32(col.A)
	for k, m := range cov {
		c := uint32(m)
		inv := 255 - div255(a*c)
		i := 4 * k
		px[i+0] = uint8(div255(r*c + uint32(px[i+0])*inv))
		px[i+1] = uint8(div255(g*c + uint32(px[i+1])*inv))
		px[i+2] = uint8(div255(b*c + uint32(px[i+2])*inv))
		px[i+3] = uint8(div255(a*c + uint32(px[i+3])*inv))
	}
}

// div255 is x/255 rounded to nearest, exact for x up to 255·255·2.
func div255(x uint32) uint32 {
	x += 128
	return (x + x>>8) >> 8
}

// maskRasterizer wraps vector.Rasterizer with a reusable mask and the
// clipping the rasterizer needs: it walks every row between a segment's ends
// even when they are far off the image, which at high zoom would cost
// millions of steps per segment.
type maskRasterizer struct {
	ras        vector.Rasterizer
	mask       image.Alpha
	clipA      []float32
	clipB      []float32
	w, h       int
	ox, oy     float32 // image position of the raster's top-left pixel
	pathsAdded int
}

// begin starts a raster over the image rectangle r.
func (m *maskRasterizer) begin(r image.Rectangle) {
	m.w, m.h = r.Dx(), r.Dy()
	m.ox, m.oy = float32(r.Min.X), float32(r.Min.Y)
	m.ras.Reset(m.w, m.h)
	m.ras.DrawOp = draw.Src
	m.pathsAdded = 0
}

// bounds is the image rectangle of the current raster.
func (m *maskRasterizer) bounds() image.Rectangle {
	x, y := int(m.ox), int(m.oy)
	return image.Rect(x, y, x+m.w, y+m.h)
}

// addPolygon adds a closed polygon given as image-space x, y pairs. Parts
// outside the raster are clipped off; the covered area inside is the same.
func (m *maskRasterizer) addPolygon(pts []float32) {
	n := len(pts) / 2
	if n < 3 {
		return
	}
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for i := 0; i < len(pts); i += 2 {
		x, y := pts[i]-m.ox, pts[i+1]-m.oy
		minX, maxX = min(minX, x), max(maxX, x)
		minY, maxY = min(minY, y), max(maxY, y)
	}
	w, h := float32(m.w), float32(m.h)
	if maxX <= 0 || maxY <= 0 || minX >= w || minY >= h {
		return
	}
	if minX < -1 || minY < -1 || maxX > w+1 || maxY > h+1 {
		pts = m.clip(pts, -1, -1, w+1, h+1)
		if len(pts) < 6 {
			return
		}
		m.trace(pts, 0, 0)
		return
	}
	m.trace(pts, m.ox, m.oy)
}

// trace feeds a polygon to the rasterizer, shifted by (-dx, -dy).
func (m *maskRasterizer) trace(pts []float32, dx, dy float32) {
	m.ras.MoveTo(pts[0]-dx, pts[1]-dy)
	for i := 2; i < len(pts); i += 2 {
		m.ras.LineTo(pts[i]-dx, pts[i+1]-dy)
	}
	m.ras.ClosePath()
	m.pathsAdded++
}

// clip is Sutherland–Hodgman against a rectangle in raster coordinates. It
// returns raster coordinates. For a filled polygon the result may run along
// the rectangle's edges in both directions; those edges cancel in the fill.
func (m *maskRasterizer) clip(pts []float32, x0, y0, x1, y1 float32) []float32 {
	in := m.clipA[:0]
	for i := 0; i < len(pts); i += 2 {
		in = append(in, pts[i]-m.ox, pts[i+1]-m.oy)
	}
	out := m.clipB[:0]
	// Each pass keeps the side of one edge where inside(x, y) holds.
	type edge struct {
		inside func(x, y float32) bool
		cross  func(ax, ay, bx, by float32) (float32, float32)
	}
	atX := func(c float32) func(ax, ay, bx, by float32) (float32, float32) {
		return func(ax, ay, bx, by float32) (float32, float32) {
			return c, ay + (c-ax)*(by-ay)/(bx-ax)
		}
	}
	atY := func(c float32) func(ax, ay, bx, by float32) (float32, float32) {
		return func(ax, ay, bx, by float32) (float32, float32) {
			return ax + (c-ay)*(bx-ax)/(by-ay), c
		}
	}
	edges := [4]edge{
		{func(x, _ float32) bool { return x >= x0 }, atX(x0)},
		{func(x, _ float32) bool { return x <= x1 }, atX(x1)},
		{func(_, y float32) bool { return y >= y0 }, atY(y0)},
		{func(_, y float32) bool { return y <= y1 }, atY(y1)},
	}
	for _, e := range edges {
		out = out[:0]
		n := len(in) / 2
		for i := range n {
			ax, ay := in[2*((i+n-1)%n)], in[2*((i+n-1)%n)+1]
			bx, by := in[2*i], in[2*i+1]
			aIn, bIn := e.inside(ax, ay), e.inside(bx, by)
			if bIn {
				if !aIn {
					x, y := e.cross(ax, ay, bx, by)
					out = append(out, x, y)
				}
				out = append(out, bx, by)
			} else if aIn {
				x, y := e.cross(ax, ay, bx, by)
				out = append(out, x, y)
			}
		}
		in, out = out, in
		if len(in) < 6 {
			break
		}
	}
	// Keep both buffers for the next call, whichever holds the result.
	m.clipA, m.clipB = in[:0], out[:0]
	return in
}

// finish rasterises what was added into the reusable mask and returns it
// (w×h bytes, row-major), or nil when nothing was added.
func (m *maskRasterizer) finish() []uint8 {
	if m.pathsAdded == 0 {
		return nil
	}
	n := m.w * m.h
	if cap(m.mask.Pix) < n {
		m.mask.Pix = make([]uint8, n)
	}
	m.mask.Pix = m.mask.Pix[:n]
	m.mask.Stride = m.w
	m.mask.Rect = image.Rect(0, 0, m.w, m.h)
	// With the mask and the raster the same size, and an opaque source, Draw
	// takes its SIMD path straight from the accumulation buffer to the mask.
	m.ras.Draw(&m.mask, m.mask.Rect, image.Opaque, image.Point{})
	return m.mask.Pix
}

// appendCircle appends a polygon approximating a circle, counter-clockwise
// on screen when ccw is true. Enough sides that the edge error stays below a
// tenth of a pixel.
func appendCircle(dst []float32, cx, cy, r float64, ccw bool) []float32 {
	sides := max(12, int(math.Ceil(math.Pi/math.Acos(max(-1, 1-0.1/math.Max(r, 0.1))))))
	for k := range sides {
		a := 2 * math.Pi * float64(k) / float64(sides)
		if ccw {
			a = -a
		}
		dst = append(dst, float32(cx+r*math.Cos(a)), float32(cy+r*math.Sin(a)))
	}
	return dst
}
