package worldmap

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"dossier/assets"
)

// SmallAreaKm2 is the area below which a country is hard to see, let alone
// point at, on a whole-world map a screen wide: at 1280 pixels across, one
// pixel covers about 730 km², so 25,000 km² is some 35 pixels.
const SmallAreaKm2 = 25000

// Country is one ISO 3166-1 country or territory on the map.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code (XK for Kosovo).
	Code string
	// Name is the English short name from Natural Earth. The GUI shows its
	// own translated names; this one is for logs, tests and fallbacks.
	Name string
	// Bounds is the geographic extent of all its shapes. Countries that
	// cross the 180° meridian (Russia, the United States, Fiji, Kiribati)
	// span nearly all longitudes.
	Bounds GeoRect
	// Label is a point inside its largest polygon: where its marker sits.
	Label LonLat
	// AreaKm2 is its land area on the globe, from the equal-area projection.
	AreaKm2 float64
	// Small is AreaKm2 < SmallAreaKm2: the map gives it a marker at world
	// scale.
	Small bool
	// HasShape is false for the one territory Natural Earth has no outline
	// of at any scale (Bouvet Island); it is a marker at Label at every zoom.
	HasShape bool
}

// GeoRect is a longitude/latitude rectangle in degrees.
type GeoRect struct{ West, South, East, North float64 }

func emptyGeo() GeoRect {
	return GeoRect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
}

func (g *GeoRect) add(p LonLat) {
	g.West, g.East = min(g.West, p.Lon), max(g.East, p.Lon)
	g.South, g.North = min(g.South, p.Lat), max(g.North, p.Lat)
}

func (g GeoRect) union(o GeoRect) GeoRect {
	return GeoRect{min(g.West, o.West), min(g.South, o.South), max(g.East, o.East), max(g.North, o.North)}
}

// Contains reports whether a position lies in the rectangle.
func (g GeoRect) Contains(p LonLat) bool {
	return p.Lon >= g.West && p.Lon <= g.East && p.Lat >= g.South && p.Lat <= g.North
}

// rect is a rectangle in the projected plane.
type rect struct{ Min, Max Point }

func emptyRect() rect {
	return rect{Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}}
}

func (r *rect) add(p Point) {
	r.Min.X, r.Max.X = min(r.Min.X, p.X), max(r.Max.X, p.X)
	r.Min.Y, r.Max.Y = min(r.Min.Y, p.Y), max(r.Max.Y, p.Y)
}

func (r rect) union(o rect) rect {
	return rect{Point{min(r.Min.X, o.Min.X), min(r.Min.Y, o.Min.Y)}, Point{max(r.Max.X, o.Max.X), max(r.Max.Y, o.Max.Y)}}
}

func (r rect) overlaps(o rect) bool {
	return r.Min.X <= o.Max.X && o.Min.X <= r.Max.X && r.Min.Y <= o.Max.Y && o.Min.Y <= r.Max.Y
}

func (r rect) contains(p Point) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

// World is the parsed, projected set of country shapes. It is immutable and
// safe for concurrent use; load it once and share it.
type World struct {
	// pts holds every arc's projected points as float32 x, y pairs; float32
	// keeps the working set small and is exact to far below a pixel even at
	// MaxZoom.
	pts []float32
	// arcStart[i] is the index of arc i's first point in pts (in points, not
	// floats); arcStart has one extra entry at the end.
	arcStart []int32
	// borderArcs are the arcs drawn as borders or coasts: all but those
	// inside one country (the old N. Cyprus line, Somaliland's border).
	borderArcs []int32
	borderArc  []bool    // by arc index: is it in borderArcs
	countries  []Country // the public view, sorted by code
	shapes     []shape   // parallel to countries; uncoded land follows them
	byCode     map[string]int
	// paintOrder lists shapes from the largest down, so that enclaves and
	// the 1:10m pieces laid over a 1:50m neighbour are painted last.
	paintOrder []int32
}

type shape struct {
	code     string // "" for land without a country (Siachen Glacier)
	polygons []polygon
	clusters []cluster
	bounds   rect
	area     float64 // in the projected plane (unit sphere)
	label    Point
	point    bool // no polygons: the country is only a point, at label
}

// polygon is an outer ring and its holes, each a list of arc references:
// i for arc i as stored, ^i for arc i backwards.
type polygon struct {
	rings  [][]int32
	bounds rect
	area   float64
}

// cluster groups a shape's polygons whose bounds touch. The renderer
// rasterises a cluster in one pass, so the shared edge of two polygons of one
// country (Cyprus and the former N. Cyprus) cancels out instead of leaving a
// seam, while far-apart islands (Alaska and Florida) each get a small raster
// rather than one spanning the map.
type cluster struct {
	polygons []int32
	bounds   rect
}

const fileMagic = "DOSSIER-WORLD\x01"

// Load parses the embedded country shapes. It takes a few milliseconds;
// call it once and share the World.
func Load() (*World, error) {
	w, err := parse(assets.WorldShapes)
	if err != nil {
		return nil, fmt.Errorf("worldmap: embedded world.bin: %w", err)
	}
	return w, nil
}

// reader decodes the varints of world.bin, remembering the first error.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) uvarint(what string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.err = fmt.Errorf("offset %d: bad %s", r.off, what)
		return 0
	}
	r.off += n
	return v
}

func (r *reader) varint(what string) int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.off:])
	if n <= 0 {
		r.err = fmt.Errorf("offset %d: bad %s", r.off, what)
		return 0
	}
	r.off += n
	return v
}

// count reads a length and rejects one larger than the bytes left could
// hold, so a corrupt file cannot make Load allocate gigabytes.
func (r *reader) count(what string) int {
	v := r.uvarint(what)
	if r.err == nil && v > uint64(len(r.b)-r.off) {
		r.err = fmt.Errorf("offset %d: %s %d exceeds the file", r.off, what, v)
		return 0
	}
	return int(v)
}

func (r *reader) string(what string) string {
	n := r.count(what)
	if r.err != nil {
		return ""
	}
	s := string(r.b[r.off : r.off+n])
	r.off += n
	return s
}

func parse(b []byte) (*World, error) {
	if len(b) < len(fileMagic) || string(b[:len(fileMagic)]) != fileMagic {
		return nil, errors.New("not a version 1 world file")
	}
	r := &reader{b: b, off: len(fileMagic)}
	unit := float64(r.uvarint("unit"))
	if r.err == nil && unit == 0 {
		return nil, errors.New("zero unit")
	}

	w := &World{byCode: map[string]int{}}
	nArcs := r.count("arc count")
	w.arcStart = make([]int32, 0, nArcs+1)
	// Each arc's geographic extent, for the countries' Bounds: Equal Earth's
	// meridians curve, so projected extents do not give them.
	arcGeo := make([]GeoRect, nArcs)
	var lon, lat int64
	for i := range nArcs {
		w.arcStart = append(w.arcStart, int32(len(w.pts)/2))
		n := r.count("point count")
		if r.err == nil && n == 0 {
			r.err = fmt.Errorf("offset %d: empty arc", r.off)
		}
		g := emptyGeo()
		for range n {
			lon += r.varint("longitude")
			lat += r.varint("latitude")
			ll := LonLat{float64(lon) / unit, float64(lat) / unit}
			g.add(ll)
			p := Project(ll)
			w.pts = append(w.pts, float32(p.X), float32(p.Y))
		}
		arcGeo[i] = g
	}
	w.arcStart = append(w.arcStart, int32(len(w.pts)/2))

	// Arcs that close rings along the 180° meridian or a pole are the map's
	// edge, not borders.
	edgeArc := make([]bool, nArcs)
	nCut := r.count("cut arc count")
	at := 0
	for range nCut {
		// Each index is the step from the one before; a step is checked
		// before it is added, so that a huge one cannot wrap around.
		step := r.uvarint("cut arc index")
		if r.err == nil && step >= uint64(nArcs-at) {
			r.err = fmt.Errorf("cut arc %d + %d out of range", at, step)
		}
		if r.err == nil {
			at += int(step)
			edgeArc[at] = true
		}
	}

	nCountries := r.count("country count")
	var uncoded []shape
	for range nCountries {
		code := r.string("code")
		name := r.string("name")
		s := shape{code: code, bounds: emptyRect()}
		nPoly := r.count("polygon count")
		for range nPoly {
			var p polygon
			for range r.count("ring count") {
				ring := make([]int32, r.count("arc reference count"))
				for k := range ring {
					ref := r.varint("arc reference")
					if i := arcIndex(int32(ref)); r.err == nil && (ref != int64(int32(ref)) || int(i) >= nArcs) {
						r.err = fmt.Errorf("%s: arc reference %d out of range", code, ref)
					}
					ring[k] = int32(ref)
				}
				p.rings = append(p.rings, ring)
			}
			if r.err == nil && len(p.rings) == 0 {
				r.err = fmt.Errorf("%s: polygon without rings", code)
			}
			s.polygons = append(s.polygons, p)
		}
		var pointLL LonLat
		if nPoly == 0 {
			pointLL = LonLat{float64(r.varint("point longitude")) / unit, float64(r.varint("point latitude")) / unit}
		}
		if r.err != nil {
			return nil, r.err
		}
		if code == "" {
			w.finishShape(&s, LonLat{}, arcGeo)
			uncoded = append(uncoded, s)
			continue
		}
		if _, dup := w.byCode[code]; dup {
			return nil, fmt.Errorf("country %s twice", code)
		}
		c := w.finishShape(&s, pointLL, arcGeo)
		c.Code, c.Name = code, name
		w.byCode[code] = len(w.countries)
		w.countries = append(w.countries, c)
		w.shapes = append(w.shapes, s)
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.off != len(b) {
		return nil, fmt.Errorf("%d bytes left over", len(b)-r.off)
	}
	if !slices.IsSortedFunc(w.countries, func(a, b Country) int { return cmp.Compare(a.Code, b.Code) }) {
		return nil, errors.New("countries not sorted by code")
	}
	w.shapes = append(w.shapes, uncoded...)
	w.findBorders(edgeArc)

	w.paintOrder = make([]int32, len(w.shapes))
	for i := range w.paintOrder {
		w.paintOrder[i] = int32(i)
	}
	slices.SortStableFunc(w.paintOrder, func(a, b int32) int {
		return cmp.Compare(w.shapes[b].area, w.shapes[a].area)
	})
	return w, nil
}

// arcIndex undoes the one's-complement marking of a reversed arc.
func arcIndex(ref int32) int32 {
	if ref < 0 {
		return ^ref
	}
	return ref
}

// arcPoints returns arc i's projected points as x, y pairs.
func (w *World) arcPoints(i int32) []float32 {
	return w.pts[2*w.arcStart[i] : 2*w.arcStart[i+1]]
}

// walkRing calls f for each point of a ring in order, skipping the point
// that each arc shares with the one before it. The ring closes implicitly.
func (w *World) walkRing(ring []int32, f func(x, y float32)) {
	first := true
	for _, ref := range ring {
		pts := w.arcPoints(arcIndex(ref))
		n := len(pts) / 2
		for k := range n {
			j := k
			if ref < 0 {
				j = n - 1 - k
			}
			if k == 0 && !first {
				continue
			}
			f(pts[2*j], pts[2*j+1])
		}
		first = false
	}
}

// finishShape computes the derived geometry of a parsed shape and returns
// its public description (without code and name).
func (w *World) finishShape(s *shape, point LonLat, arcGeo []GeoRect) Country {
	if len(s.polygons) == 0 {
		s.point = true
		s.label = Project(point)
		s.bounds = rect{s.label, s.label}
		return Country{
			Bounds: GeoRect{point.Lon, point.Lat, point.Lon, point.Lat},
			Label:  point,
			Small:  true,
		}
	}
	geo := emptyGeo()
	largest := 0
	for pi := range s.polygons {
		p := &s.polygons[pi]
		p.bounds = emptyRect()
		for ri, ring := range p.rings {
			var area float64
			var px, py float32
			start := true
			var fx, fy float32
			w.walkRing(ring, func(x, y float32) {
				if ri == 0 {
					p.bounds.add(Point{float64(x), float64(y)})
				}
				if start {
					fx, fy, start = x, y, false
				} else {
					area += float64(px)*float64(y) - float64(x)*float64(py)
				}
				px, py = x, y
			})
			area += float64(px)*float64(fy) - float64(fx)*float64(py)
			// Outer rings are counter-clockwise (positive), holes clockwise, so
			// the sum is the polygon's area.
			p.area += area / 2
		}
		s.bounds = s.bounds.union(p.bounds)
		s.area += p.area
		if p.area > s.polygons[largest].area {
			largest = pi
		}
	}
	s.clusters = clusterPolygons(s.polygons)
	s.label = w.labelPoint(&s.polygons[largest])
	label, _ := Unproject(s.label)

	for _, p := range s.polygons {
		for _, ref := range p.rings[0] {
			geo = geo.union(arcGeo[arcIndex(ref)])
		}
	}
	areaKm2 := s.area * earthRadiusKm * earthRadiusKm
	return Country{
		Bounds:   geo,
		Label:    label,
		AreaKm2:  areaKm2,
		Small:    areaKm2 < SmallAreaKm2,
		HasShape: true,
	}
}

// clusterPolygons joins polygons whose bounds touch, transitively.
func clusterPolygons(polys []polygon) []cluster {
	parent := make([]int, len(polys))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range polys {
		for j := i + 1; j < len(polys); j++ {
			if polys[i].bounds.overlaps(polys[j].bounds) {
				parent[find(i)] = find(j)
			}
		}
	}
	index := map[int]int{}
	var out []cluster
	for i := range polys {
		root := find(i)
		k, ok := index[root]
		if !ok {
			k = len(out)
			index[root] = k
			out = append(out, cluster{bounds: emptyRect()})
		}
		out[k].polygons = append(out[k].polygons, int32(i))
		out[k].bounds = out[k].bounds.union(polys[i].bounds)
	}
	return out
}

// labelPoint finds a point well inside a polygon: its centroid when that is
// inside, otherwise the middle of the widest inside stretch of the
// horizontal line through the centroid (for crescents such as Norway).
func (w *World) labelPoint(p *polygon) Point {
	var cx, cy, a2 float64
	var px, py float64
	var fx, fy float64
	start := true
	w.walkRing(p.rings[0], func(xf, yf float32) {
		x, y := float64(xf), float64(yf)
		if start {
			fx, fy, start = x, y, false
		} else {
			cross := px*y - x*py
			a2 += cross
			cx += (px + x) * cross
			cy += (py + y) * cross
		}
		px, py = x, y
	})
	cross := px*fy - fx*py
	a2 += cross
	cx += (px + fx) * cross
	cy += (py + fy) * cross
	if a2 == 0 {
		return Point{fx, fy}
	}
	c := Point{cx / (3 * a2), cy / (3 * a2)}
	if w.polygonContains(p, c) {
		return c
	}
	var xs []float64
	for _, ring := range p.rings {
		w.ringEdges(ring, func(ax, ay, bx, by float64) {
			if (ay > c.Y) != (by > c.Y) {
				xs = append(xs, ax+(c.Y-ay)*(bx-ax)/(by-ay))
			}
		})
	}
	slices.Sort(xs)
	best, bestWidth := c, -1.0
	for i := 0; i+1 < len(xs); i += 2 {
		if wd := xs[i+1] - xs[i]; wd > bestWidth {
			best, bestWidth = Point{(xs[i] + xs[i+1]) / 2, c.Y}, wd
		}
	}
	return best
}

// ringEdges calls f for each edge of a ring, closing it.
func (w *World) ringEdges(ring []int32, f func(ax, ay, bx, by float64)) {
	var px, py, fx, fy float64
	start := true
	w.walkRing(ring, func(xf, yf float32) {
		x, y := float64(xf), float64(yf)
		if start {
			fx, fy, start = x, y, false
		} else {
			f(px, py, x, y)
		}
		px, py = x, y
	})
	if !start {
		f(px, py, fx, fy)
	}
}

// polygonContains is the even-odd rule over all rings, so holes (Lesotho in
// South Africa) are outside.
func (w *World) polygonContains(p *polygon, q Point) bool {
	if !p.bounds.contains(q) {
		return false
	}
	inside := false
	for _, ring := range p.rings {
		w.ringEdges(ring, func(ax, ay, bx, by float64) {
			if (ay > q.Y) != (by > q.Y) && q.X < ax+(q.Y-ay)*(bx-ax)/(by-ay) {
				inside = !inside
			}
		})
	}
	return inside
}

// findBorders keeps the arcs that separate two different shapes or a shape
// from the sea. An arc used twice by the same shape is an internal line left
// from a merge, and an edge arc is where a ring was cut at the map's edge;
// neither is drawn.
func (w *World) findBorders(edgeArc []bool) {
	nArcs := len(w.arcStart) - 1
	owner := make([]int32, nArcs)
	uses := make([]int8, nArcs)
	internal := make([]bool, nArcs)
	for si := range w.shapes {
		for _, p := range w.shapes[si].polygons {
			for _, ring := range p.rings {
				for _, ref := range ring {
					i := arcIndex(ref)
					if uses[i] > 0 && owner[i] == int32(si) {
						internal[i] = true
					}
					owner[i] = int32(si)
					uses[i]++
				}
			}
		}
	}
	w.borderArc = make([]bool, nArcs)
	for i := range nArcs {
		if uses[i] > 0 && !internal[i] && !edgeArc[i] {
			w.borderArcs = append(w.borderArcs, int32(i))
			w.borderArc[i] = true
		}
	}
}

func (w *World) isBorder(arc int32) bool { return w.borderArc[arc] }

// Countries lists every country on the map, sorted by code. The slice is a
// copy.
func (w *World) Countries() []Country {
	return slices.Clone(w.countries)
}

// Codes lists the ISO codes the map covers, sorted: a test elsewhere can
// check that every country the gazetteer knows is findable on the map.
func (w *World) Codes() []string {
	codes := make([]string, len(w.countries))
	for i, c := range w.countries {
		codes[i] = c.Code
	}
	return codes
}

// Country looks a country up by its ISO code.
func (w *World) Country(code string) (Country, bool) {
	i, ok := w.byCode[code]
	if !ok {
		return Country{}, false
	}
	return w.countries[i], true
}

// CountryAt returns the country at a geographic position, following the
// borders of the shapes; it does not consider markers.
func (w *World) CountryAt(p LonLat) (string, bool) {
	return w.countryAtPoint(Project(p))
}

// countryAtPoint finds the shape containing a projected point. Where shapes
// overlap (Gibraltar, taken from 1:10m, lies on 1:50m Spain), the smallest
// wins, as it is the one painted on top.
func (w *World) countryAtPoint(q Point) (string, bool) {
	si, ok := w.shapeAtPoint(q)
	if !ok || w.shapes[si].code == "" {
		return "", false
	}
	return w.shapes[si].code, true
}

// shapeAtPoint is countryAtPoint's shape index, uncoded land included.
func (w *World) shapeAtPoint(q Point) (int, bool) {
	best, bestArea := -1, math.Inf(1)
	for si := range w.shapes {
		s := &w.shapes[si]
		if s.point || !s.bounds.contains(q) || s.area >= bestArea {
			continue
		}
		for pi := range s.polygons {
			if w.polygonContains(&s.polygons[pi], q) {
				best, bestArea = si, s.area
				break
			}
		}
	}
	return best, best >= 0
}
