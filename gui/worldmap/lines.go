package worldmap

import (
	"image"
	"math"
)

// lineMask draws thin anti-aliased lines into a coverage mask. Each pixel
// takes the coverage of the nearest line (the maximum, not the sum), so
// where borders meet or cross there is no darker bead.
//
// Borders are thin and long: at world scale some 50,000 segments, most
// shorter than a pixel. Filling a stroke outline through vector.Rasterizer
// costs twice the edges of the line itself and walks a full-image
// accumulation buffer; this visits only the few pixels around each segment.
type lineMask struct {
	pix  []uint8
	rect image.Rectangle // image area the mask covers
}

// reset sizes the mask to r and clears it.
func (m *lineMask) reset(r image.Rectangle) {
	n := r.Dx() * r.Dy()
	if cap(m.pix) < n {
		m.pix = make([]uint8, n)
	}
	m.pix = m.pix[:n]
	clear(m.pix)
	m.rect = r
}

// polyline draws a polyline (image x, y pairs) of half-width hw.
func (m *lineMask) polyline(pts []float32, hw float32) {
	for i := 2; i+1 < len(pts); i += 2 {
		m.segment(pts[i-2], pts[i-1], pts[i], pts[i+1], hw)
	}
}

// segment draws one segment, in the manner of Xiaolin Wu's lines: it walks
// the major axis one pixel centre at a time, and the segment owns the pixel
// centres in [start, end) along that axis, so the segments of a polyline
// share the work without overlap. Across the line, a pixel's coverage is the
// overlap of its width with the stroke's at its centre's distance from the
// line: a box filter perpendicular to the line, exact for straight runs.
func (m *lineMask) segment(ax, ay, bx, by, hw float32) {
	ax, ay = ax-float32(m.rect.Min.X), ay-float32(m.rect.Min.Y)
	bx, by = bx-float32(m.rect.Min.X), by-float32(m.rect.Min.Y)
	w, h := m.rect.Dx(), m.rect.Dy()
	reach := hw + 0.5 // beyond this distance a pixel centre gets nothing
	// At high zoom most segments lie off the mask; skip them before walking
	// their length.
	if max(ax, bx) < -reach || max(ay, by) < -reach ||
		min(ax, bx) > float32(w)+reach || min(ay, by) > float32(h)+reach {
		return
	}
	dx, dy := bx-ax, by-ay
	// Walk the major axis; u is along it, v across.
	steep := abs32(dy) > abs32(dx)
	au, av, bu, bv := ax, ay, bx, by
	nu, nv := w, h
	if steep {
		au, av, bu, bv = ay, ax, by, bx
		nu, nv = h, w
	}
	if au > bu {
		au, av, bu, bv = bu, bv, au, av
	}
	du, dv := bu-au, bv-av
	if du == 0 {
		return // a point: the segments around it draw its pixels
	}
	slope := dv / du
	cos := du / float32(math.Sqrt(float64(du*du+dv*dv)))
	spread := reach / cos // how far across the major axis coverage reaches
	// Pixel centres u+0.5 in [au, bu).
	u0 := max(0, int(math.Ceil(float64(au-0.5))))
	u1 := min(nu, int(math.Ceil(float64(bu-0.5))))
	for u := u0; u < u1; u++ {
		vl := av + (float32(u)+0.5-au)*slope
		v0 := max(0, int(floor32(vl-spread+0.5)))
		v1 := min(nv-1, int(floor32(vl+spread-0.5)))
		for v := v0; v <= v1; v++ {
			d := abs32(float32(v)+0.5-vl) * cos
			hi, lo := d+hw, d-hw
			if hi > 0.5 {
				hi = 0.5
			}
			if lo < -0.5 {
				lo = -0.5
			}
			cov := hi - lo
			if cov <= 0 {
				continue
			}
			if cov > 1 {
				cov = 1
			}
			i := v*w + u
			if steep {
				i = u*w + v
			}
			if c := uint8(cov*255 + 0.5); c > m.pix[i] {
				m.pix[i] = c
			}
		}
	}
}

func floor32(v float32) float32 { return float32(math.Floor(float64(v))) }
