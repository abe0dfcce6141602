package worldmap

import (
	"image"
	"image/color"
	"maps"
	"math"
	"slices"
)

// Layer is what a choropleth shows on top of the map's geometry.
type Layer struct {
	// Fill colours countries by ISO code (see Scale.Fills); countries not in
	// it are painted Style.Land.
	Fill map[string]color.RGBA
	// Selected countries get an outline, and so do their markers.
	Selected map[string]bool
	// Places that are not countries (the EU, NATO, the UN) are drawn as
	// discs at their points, filled from Fill (PlaceFill without) and
	// outlined when Selected. Nil draws none.
	Places Places
}

// Renderer draws the map into images. It caches the rasterised geometry of
// the last image size, view and style, so drawing the same view again with
// other colours or another selection only composites cached coverage.
// A Renderer is not safe for concurrent use; its World is.
type Renderer struct {
	world  *World
	frame  frame
	raster maskRasterizer
	lines  lineMask
	// scratch holds the spans of one-off masks (outlines, markers).
	scratch coverage
	// poly is a scratch buffer for one polygon's points.
	poly []float32
}

// NewRenderer makes a renderer for a world.
func NewRenderer(w *World) *Renderer {
	return &Renderer{world: w}
}

// frameKey is everything the cached geometry depends on; colours are not in
// it.
type frameKey struct {
	size                                 image.Point
	view                                 View
	borderWidth, markerRadius, markerLim float64
}

// frame is the geometry of one size, view and style, ready to be coloured.
type frame struct {
	key   frameKey
	valid bool
	// arcPx holds each arc's points in image pixels, thinned so that no two
	// consecutive points are closer than lodStep (the first and last are
	// always kept, so arcs still meet and shared arcs match exactly).
	arcPx  []float32
	arcOff []int32
	cov    coverage
	globe  spanRange
	shapes []spanRange // per shape index
	border spanRange
	// markers are the dots this view shows for countries too small to see.
	markers []Marker
}

type spanRange struct{ start, end int32 }

// lodStep is the least distance in pixels (Manhattan) between kept points
// of an arc; the first and last are always kept, so arcs still meet and a
// shared arc is the same line for both its countries. Detail finer than a
// pixel does not show through anti-aliasing, and at world scale this drops
// over half of the 1:50m points the rasterizer and the border lines would
// otherwise walk.
const lodStep = 1.0

// Render draws the map for view v in style into all of dst: background,
// globe, countries coloured by layer, borders, selection outlines and
// markers for countries too small to see. Drawing is anti-aliased and
// deterministic (pure Go), so the same inputs give the same pixels.
func (r *Renderer) Render(dst *image.RGBA, v View, style Style, layer Layer) {
	size := dst.Bounds().Size()
	if size.X <= 0 || size.Y <= 0 {
		return
	}
	f := r.prepare(size, v, style)
	r.paintGlobe(dst, style)
	for _, si := range r.world.paintOrder {
		sr := f.shapes[si]
		if sr.start == sr.end {
			continue
		}
		col := style.Land
		if c, ok := layer.Fill[r.world.shapes[si].code]; ok && r.world.shapes[si].code != "" {
			col = c
		}
		f.cov.paint(dst, f.cov.spans[sr.start:sr.end], col)
	}
	f.cov.paint(dst, f.cov.spans[f.border.start:f.border.end], style.Border)

	// Sorted so overlapping outlines always stack the same way.
	selected := make([]string, 0, len(layer.Selected))
	for code, on := range layer.Selected {
		if on {
			selected = append(selected, code)
		}
	}
	slices.Sort(selected)
	// All halos first, then all lines, so one selected country's halo never
	// covers a neighbour's line.
	for _, code := range selected {
		r.strokeShape(dst, code, style.Halo, style.HaloWidth)
	}
	for _, code := range selected {
		r.strokeShape(dst, code, style.Outline, style.OutlineWidth)
	}

	for _, m := range f.markers {
		fill, hasData := layer.Fill[m.Code]
		selected := layer.Selected[m.Code]
		if !hasData && !selected {
			// No dot for a small country without articles: two hundred grey
			// dots hid the few that mean something. The hover and the
			// keyboard cursor still ring it (Outline), and HitTest still
			// finds it.
			continue
		}
		if !hasData {
			fill = style.Land
		}
		if selected {
			r.drawRing(dst, m.X, m.Y, m.R, style.Halo, style.HaloWidth)
			r.drawMarker(dst, m, fill, style.Outline, style.OutlineWidth)
			continue
		}
		r.drawMarker(dst, m, fill, style.MarkerEdge, style.BorderWidth)
	}
	r.drawPlaces(dst, v, style, layer)
}

// drawPlaces draws the discs of the layer's places, in the order of their
// codes so that overlapping discs always stack the same way.
func (r *Renderer) drawPlaces(dst *image.RGBA, v View, style Style, layer Layer) {
	size := dst.Bounds().Size()
	for _, code := range slices.Sorted(maps.Keys(layer.Places)) {
		x, y := v.ToPixel(size, Project(layer.Places[code]))
		m := Marker{Code: code, X: x, Y: y, R: style.PlaceRadius}
		fill, ok := layer.Fill[code]
		if !ok {
			fill = style.PlaceFill
		}
		if layer.Selected[code] {
			r.drawRing(dst, x, y, m.R, style.Halo, style.HaloWidth)
			r.drawMarker(dst, m, fill, style.Outline, style.OutlineWidth)
			continue
		}
		r.drawMarker(dst, m, fill, style.MarkerEdge, style.BorderWidth*2)
	}
}

// Outline draws one country's outline (and its marker's ring, when the view
// shows it as a marker) onto dst, which may be a transparent overlay the
// size of the map: hover feedback without re-rendering the map. It draws
// nothing for an unknown code.
func (r *Renderer) Outline(dst *image.RGBA, v View, style Style, code string, col color.RGBA, width float64) {
	size := dst.Bounds().Size()
	if size.X <= 0 || size.Y <= 0 {
		return
	}
	f := r.prepare(size, v, style)
	r.strokeShape(dst, code, col, width)
	for _, m := range f.markers {
		if m.Code == code {
			r.drawRing(dst, m.X, m.Y, m.R, col, width)
		}
	}
}

// OutlinePlace rings the disc of a place that is not a country (see
// Layer.Places) onto dst, as Outline does a country's.
func (r *Renderer) OutlinePlace(dst *image.RGBA, v View, style Style, at LonLat, col color.RGBA, width float64) {
	size := dst.Bounds().Size()
	if size.X <= 0 || size.Y <= 0 {
		return
	}
	x, y := v.ToPixel(size, Project(at))
	r.drawRing(dst, x, y, style.PlaceRadius, col, width)
}

// prepare returns the cached frame for a size, view and style, building it
// when any of them changed.
func (r *Renderer) prepare(size image.Point, v View, style Style) *frame {
	key := frameKey{size, v, style.BorderWidth, style.MarkerRadius, style.MarkerBelow}
	f := &r.frame
	if f.valid && f.key == key {
		return f
	}
	f.key, f.valid = key, true
	w := r.world
	f.cov.reset()

	r.projectArcs(size, v)

	start := int32(len(f.cov.spans))
	f.cov.addGlobe(size, v)
	f.globe = spanRange{start, int32(len(f.cov.spans))}
	full := image.Rectangle{Max: size}

	// Countries, one cluster of touching polygons at a time.
	scale := v.Scale(size)
	f.shapes = slices.Grow(f.shapes[:0], len(w.shapes))[:len(w.shapes)]
	for si := range w.shapes {
		s := &w.shapes[si]
		start := int32(len(f.cov.spans))
		for ci := range s.clusters {
			c := &s.clusters[ci]
			box := pixelBox(size, v, c.bounds, 1).Intersect(full)
			// Skip what is off screen, and islands smaller than a pixel (a
			// small country's marker stands for it).
			if box.Empty() || (c.bounds.Max.X-c.bounds.Min.X)*scale < 0.5 && (c.bounds.Max.Y-c.bounds.Min.Y)*scale < 0.5 {
				continue
			}
			r.fill(box, func() {
				tile := r.raster.bounds()
				for _, pi := range c.polygons {
					p := &s.polygons[pi]
					inside := pixelBox(size, v, p.bounds, 1).In(tile)
					for _, ring := range p.rings {
						if inside {
							r.traceRing(ring)
							continue
						}
						r.poly = r.appendRing(r.poly[:0], ring)
						r.raster.addPolygon(r.poly)
					}
				}
			})
		}
		f.shapes[si] = spanRange{start, int32(len(f.cov.spans))}
	}

	// Borders and coasts, every shared arc once.
	start = int32(len(f.cov.spans))
	if hw := float32(style.BorderWidth / 2); hw > 0 {
		r.lines.reset(full)
		for _, ai := range w.borderArcs {
			r.lines.polyline(r.arcPixels(ai), hw)
		}
		f.cov.addMask(r.lines.pix, size.X, size.Y, 0, 0)
	}
	f.border = spanRange{start, int32(len(f.cov.spans))}

	f.markers = w.Markers(size, v, style)
	return f
}

// maxTile is the largest raster side fill uses. Up to 512 pixels
// vector.Rasterizer accumulates in fixed point; above, in float32, which in
// our benchmarks ran the same frames anywhere from 3 to 15 ms from one run to
// the next. Tiling keeps it on the integer path, which is steady, exact
// across platforms and no slower; a polygon that spans tiles is traced once
// per tile, clipped to it.
const maxTile = 512

// fill rasterises what add adds over box, tile by tile, and appends its
// coverage.
func (r *Renderer) fill(box image.Rectangle, add func()) spanRange {
	f := &r.frame
	start := int32(len(f.cov.spans))
	if box.Empty() {
		return spanRange{start, start}
	}
	for y := box.Min.Y; y < box.Max.Y; y += maxTile {
		for x := box.Min.X; x < box.Max.X; x += maxTile {
			tile := image.Rect(x, y, min(x+maxTile, box.Max.X), min(y+maxTile, box.Max.Y))
			r.raster.begin(tile)
			add()
			if mask := r.raster.finish(); mask != nil {
				f.cov.addMask(mask, tile.Dx(), tile.Dy(), tile.Min.X, tile.Min.Y)
			}
		}
	}
	return spanRange{start, int32(len(f.cov.spans))}
}

// pixelBox is the integer pixel rectangle covering a projected rectangle,
// grown by pad pixels.
func pixelBox(size image.Point, v View, b rect, pad int) image.Rectangle {
	x0, y0 := v.ToPixel(size, Point{b.Min.X, b.Max.Y})
	x1, y1 := v.ToPixel(size, Point{b.Max.X, b.Min.Y})
	// Clamp before converting so far-off boxes at high zoom cannot overflow.
	lim := float64(1 << 24)
	c := func(f float64) int { return int(math.Max(-lim, math.Min(lim, f))) }
	return image.Rect(c(math.Floor(x0))-pad, c(math.Floor(y0))-pad, c(math.Ceil(x1))+pad, c(math.Ceil(y1))+pad)
}

// projectArcs fills the frame's arcPx for a size and view.
func (r *Renderer) projectArcs(size image.Point, v View) {
	w, f := r.world, &r.frame
	s := v.Scale(size)
	// ToPixel, unrolled: x·s + tx, −y·s + ty. In float32: the projected
	// points are float32 already, and float32 is exact to far below a pixel
	// for any image a screen shows.
	sc := float32(s)
	tx := float32(float64(size.X)/2 - v.Center.X*s)
	ty := float32(float64(size.Y)/2 + v.Center.Y*s)
	nArcs := len(w.arcStart) - 1
	if cap(f.arcPx) < len(w.pts) {
		f.arcPx = make([]float32, len(w.pts))
	}
	out := f.arcPx[:len(w.pts)]
	f.arcOff = append(f.arcOff[:0], 0)
	o := 0
	for i := range nArcs {
		pts := w.arcPoints(int32(i))
		last := len(pts) - 2
		var lastX, lastY float32
		for k := 0; k <= last; k += 2 {
			x := pts[k]*sc + tx
			y := ty - pts[k+1]*sc
			// Written always, kept by advancing o: whether a point is kept
			// is close to random, and a branch around the store mispredicts.
			out[o], out[o+1] = x, y
			if k == 0 || k == last || abs32(x-lastX)+abs32(y-lastY) >= lodStep {
				o += 2
				lastX, lastY = x, y
			}
		}
		f.arcOff = append(f.arcOff, int32(o))
	}
	f.arcPx = out[:o]
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// arcPixels is arc i's thinned pixel points, as stored (forwards).
func (r *Renderer) arcPixels(i int32) []float32 {
	return r.frame.arcPx[r.frame.arcOff[i]:r.frame.arcOff[i+1]]
}

// appendRing appends a ring's pixel points, walking reversed arcs
// backwards and dropping the point each arc shares with the one before.
func (r *Renderer) appendRing(dst []float32, ring []int32) []float32 {
	for k, ref := range ring {
		pts := r.arcPixels(arcIndex(ref))
		n := len(pts) / 2
		from := 0
		if k > 0 {
			from = 1
		}
		if ref >= 0 {
			dst = append(dst, pts[2*from:]...)
			continue
		}
		for j := n - 1 - from; j >= 0; j-- {
			dst = append(dst, pts[2*j], pts[2*j+1])
		}
	}
	return dst
}

// traceRing feeds a ring that lies inside the current raster straight from
// the arcs to the rasterizer: no copy, no clipping.
func (r *Renderer) traceRing(ring []int32) {
	m := &r.raster
	first := true
	for _, ref := range ring {
		pts := r.arcPixels(arcIndex(ref))
		n := len(pts) / 2
		for k := range n {
			j := k
			if ref < 0 {
				j = n - 1 - k
			}
			x, y := pts[2*j]-m.ox, pts[2*j+1]-m.oy
			switch {
			case first:
				m.ras.MoveTo(x, y)
				first = false
			case k > 0: // an arc's first point is the last one's end
				m.ras.LineTo(x, y)
			}
		}
	}
	if !first {
		m.ras.ClosePath()
		m.pathsAdded++
	}
}

// strokeShape outlines a country along its borders and coasts (not along
// lines inside it), straight onto dst.
func (r *Renderer) strokeShape(dst *image.RGBA, code string, col color.RGBA, width float64) {
	w := r.world
	si, ok := w.byCode[code]
	if !ok || width <= 0 || w.shapes[si].point {
		return
	}
	f := &r.frame
	size := f.key.size
	full := image.Rectangle{Max: size}
	s := &w.shapes[si]
	hw := float32(width / 2)
	pad := int(math.Ceil(width)) + 1
	for ci := range s.clusters {
		c := &s.clusters[ci]
		box := pixelBox(size, f.key.view, c.bounds, pad).Intersect(full)
		if box.Empty() {
			continue
		}
		r.lines.reset(box)
		for _, pi := range c.polygons {
			for _, ring := range s.polygons[pi].rings {
				for _, ref := range ring {
					if ai := arcIndex(ref); w.isBorder(ai) {
						r.lines.polyline(r.arcPixels(ai), hw)
					}
				}
			}
		}
		r.paintMask(dst, box, r.lines.pix, col)
	}
}

// drawMarker draws a marker: a disc in the country's fill with a ring.
func (r *Renderer) drawMarker(dst *image.RGBA, m Marker, fill, edge color.RGBA, width float64) {
	box := image.Rect(
		int(math.Floor(m.X-m.R-width))-1, int(math.Floor(m.Y-m.R-width))-1,
		int(math.Ceil(m.X+m.R+width))+1, int(math.Ceil(m.Y+m.R+width))+1,
	).Intersect(image.Rectangle{Max: dst.Bounds().Size()})
	if box.Empty() {
		return
	}
	r.raster.begin(box)
	r.poly = appendCircle(r.poly[:0], m.X, m.Y, m.R, true)
	r.raster.addPolygon(r.poly)
	if mask := r.raster.finish(); mask != nil {
		r.paintMask(dst, box, mask, fill)
	}
	r.drawRing(dst, m.X, m.Y, m.R, edge, width)
}

// drawRing strokes a circle of radius rad, centred on the circle's edge.
func (r *Renderer) drawRing(dst *image.RGBA, x, y, rad float64, col color.RGBA, width float64) {
	if width <= 0 {
		return
	}
	outer, inner := rad+width/2, math.Max(0, rad-width/2)
	box := image.Rect(
		int(math.Floor(x-outer))-1, int(math.Floor(y-outer))-1,
		int(math.Ceil(x+outer))+1, int(math.Ceil(y+outer))+1,
	).Intersect(image.Rectangle{Max: dst.Bounds().Size()})
	if box.Empty() {
		return
	}
	r.raster.begin(box)
	// Opposite windings: the inner circle cuts its disc out of the outer.
	r.poly = appendCircle(r.poly[:0], x, y, outer, true)
	r.raster.addPolygon(r.poly)
	if inner > 0 {
		r.poly = appendCircle(r.poly[:0], x, y, inner, false)
		r.raster.addPolygon(r.poly)
	}
	if mask := r.raster.finish(); mask != nil {
		r.paintMask(dst, box, mask, col)
	}
}

// paintMask composites col through a mask covering box (image coordinates
// relative to dst's top-left), by way of spans so empty pixels cost nothing.
func (r *Renderer) paintMask(dst *image.RGBA, box image.Rectangle, mask []uint8, col color.RGBA) {
	r.scratch.reset()
	r.scratch.addMask(mask, box.Dx(), box.Dy(), box.Min.X, box.Min.Y)
	r.scratch.paint(dst, r.scratch.spans, col)
}

// paintGlobe sets the image to the background with the globe in the ocean
// colour over it. With an opaque ocean it writes each pixel about once:
// background only outside each row's solid run of sea.
func (r *Renderer) paintGlobe(dst *image.RGBA, style Style) {
	f := &r.frame
	globe := f.cov.spans[f.globe.start:f.globe.end]
	if style.Ocean.A != 0xFF {
		fillPixelsRect(dst, style.Background)
		f.cov.paint(dst, globe, style.Ocean)
		return
	}
	size := dst.Bounds().Size()
	base := dst.PixOffset(dst.Rect.Min.X, dst.Rect.Min.Y)
	k := 0
	for y := range size.Y {
		row := dst.Pix[base+y*dst.Stride : base+y*dst.Stride+4*size.X]
		start := k
		for k < len(globe) && int(globe[k].y) == y {
			k++
		}
		spans := globe[start:k]
		from, to := 0, 0 // the row's solid run, if any
		for _, s := range spans {
			if s.a == solid {
				from, to = int(s.x0), int(s.x1)
			}
		}
		// Without a solid run (from == to == 0) this sets the whole row.
		fillPixelsSrc(row[:4*from], style.Background)
		fillPixelsSrc(row[4*to:], style.Background)
		f.cov.paint(dst, spans, style.Ocean)
	}
}

// fillPixelsSrc sets every pixel of px to col.
func fillPixelsSrc(px []uint8, col color.RGBA) {
	if len(px) == 0 {
		return
	}
	px[0], px[1], px[2], px[3] = col.R, col.G, col.B, col.A
	for n := 4; n < len(px); n *= 2 {
		copy(px[n:], px[:n])
	}
}

// fillPixelsRect sets every pixel of dst to col (not composited: this is
// the first layer).
func fillPixelsRect(dst *image.RGBA, col color.RGBA) {
	b := dst.Bounds()
	w := 4 * b.Dx()
	first := dst.Pix[dst.PixOffset(b.Min.X, b.Min.Y):]
	row := first[:w]
	fillPixelsSrc(row, col)
	for y := 1; y < b.Dy(); y++ {
		copy(first[y*dst.Stride:y*dst.Stride+w], row)
	}
}
