package worldmap

import (
	"cmp"
	"image"
	"image/color"
	"math"
	"slices"
)

// Flow is an arrow on the map from one place to another: from an actor to
// its target, Count the articles that say so.
type Flow struct {
	From, To string // country codes, or codes of Places (the EU, NATO, the UN)
	Count    int
}

// Places are points on the map that are not countries, by code: where the
// map puts the organisations that act and are targeted (their seat, or a
// place that stands for them). A code here wins over a country's.
type Places map[string]LonLat

// flowFullAt is the count at which a flow reaches Style.FlowMaxWidth when no
// flow has more: a single article's arrow stays thin beside ten articles',
// yet one article alone does not get the thickest line.
const flowFullAt = 10

// Shape of the arrows, as multiples of the line's width or, for the floors,
// of Style.FlowMinWidth, so that they follow Style.Scaled as the widths do.
const (
	// flowBend is how far the curve's control point lies from the middle of
	// the straight line, as a share of its length: enough to tell the arrow
	// from A to B from the one from B to A (each bends to its own left), and
	// to keep arrows that share an end apart.
	flowBend = 0.22
	// flowGap keeps an arrow's ends this far from the points they join (and
	// from a place's disc), so the country's marker or the disc still shows.
	flowGap = 1.25
	// flowHeadLength and flowHeadWidth size the arrowhead against the
	// line's width, with floors so a thin line's head is still seen.
	flowHeadLength, flowHeadMinLength = 3.2, 3.5
	flowHeadWidth, flowHeadMinWidth   = 2.4, 2.8
	// flowHeadShare is the most of an arrow's length its head may take.
	flowHeadShare = 0.45
	// flowTaper is the share of its width a line has where it leaves its
	// source: it widens towards the target, which, with the head, shows the
	// direction at any point along it.
	flowTaper = 0.45
	// flowMinBulge is the least distance of a curve's control point from the
	// straight line between its ends.
	flowMinBulge = 9.0
	// flowLoopRadius is the radius of the loop that stands for a flow from a
	// place to itself (a state spying at home).
	flowLoopRadius = 4.5
	// flowStep is the distance between points along a curve, in pixels.
	flowStep = 3.0
)

// FlowWidth is the width in pixels style draws a flow of count articles
// with, when most is the largest count among the flows drawn: from
// FlowMinWidth for one article to FlowMaxWidth for most (or flowFullAt,
// when that is more), by the square root, so that the area of ink grows
// with the count rather than its square.
func (s Style) FlowWidth(count, most int) float64 {
	top := max(most, flowFullAt)
	t := math.Sqrt(float64(max(count, 1)-1) / float64(top-1))
	return s.FlowMinWidth + (s.FlowMaxWidth-s.FlowMinWidth)*math.Min(1, t)
}

// Flows draws arrows from place to place onto dst, which may be a
// transparent overlay the size of the map: curved lines between the label
// points of the countries (or the Places given) that widen towards their
// target and end in an arrowhead there, with a halo so they read on any
// fill; a flow from a place to itself is a loop beside it. The widest are
// drawn first, so a thin arrow is never buried under a thick one. Flows
// whose ends are unknown, or with a count below one, are left out.
func (r *Renderer) Flows(dst *image.RGBA, v View, style Style, flows []Flow, places Places) {
	size := dst.Bounds().Size()
	if size.X <= 0 || size.Y <= 0 || len(flows) == 0 {
		return
	}
	type drawn struct {
		flow  Flow
		width float64
		path  []float64 // the outline, x, y pairs
		halo  []float64
	}
	most := 0
	for _, f := range flows {
		most = max(most, f.Count)
	}
	var all []drawn
	for _, f := range flows {
		from, ok1 := r.world.placePoint(f.From, places)
		to, ok2 := r.world.placePoint(f.To, places)
		if !ok1 || !ok2 || f.Count < 1 {
			continue
		}
		x0, y0 := v.ToPixel(size, from)
		x1, y1 := v.ToPixel(size, to)
		w := style.FlowWidth(f.Count, most)
		// An arrow stops short of the point it joins, and of a place's disc.
		gap := func(code string) float64 {
			if _, ok := places[code]; ok {
				return style.PlaceRadius + flowGap*style.FlowMinWidth
			}
			return flowGap * style.FlowMinWidth
		}
		startGap, endGap := gap(f.From), gap(f.To)
		var centre []float64
		if f.From == f.To {
			// The loop leaves from the top of a place's disc.
			disc := gap(f.From) - flowGap*style.FlowMinWidth
			centre = loopPath(x0, y0-disc, flowLoopRadius*style.FlowMinWidth)
			startGap, endGap = flowGap*style.FlowMinWidth, flowGap*style.FlowMinWidth
		} else {
			centre = curvePath(x0, y0, x1, y1, flowMinBulge*style.FlowMinWidth)
		}
		d := drawn{flow: f, width: w}
		d.path = arrowOutline(centre, w, 0, style.FlowMinWidth, startGap, endGap)
		d.halo = arrowOutline(centre, w, style.FlowHaloWidth, style.FlowMinWidth, startGap, endGap)
		if d.path != nil {
			all = append(all, d)
		}
	}
	slices.SortStableFunc(all, func(a, b drawn) int {
		return cmp.Or(cmp.Compare(b.width, a.width), cmp.Compare(a.flow.From, b.flow.From), cmp.Compare(a.flow.To, b.flow.To))
	})
	// Each arrow's halo, then its line, widest first: where a thin arrow
	// crosses a thick one its halo cuts a gap in the thick line, which
	// shows which lies on top.
	for _, d := range all {
		r.fillPolygon(dst, d.halo, style.FlowHalo)
		r.fillPolygon(dst, d.path, style.Flow)
	}
}

// placePoint is where a flow's end lies in the projected plane: a Places
// entry, or a country's label point.
func (w *World) placePoint(code string, places Places) (Point, bool) {
	if ll, ok := places[code]; ok {
		return Project(ll), true
	}
	if i, ok := w.byCode[code]; ok && i < len(w.countries) {
		return w.shapes[i].label, true
	}
	return Point{}, false
}

// curvePath is points along a quadratic curve from (x0, y0) to (x1, y1)
// that bends to the left of the direction of travel (on screen, y down), its
// control point at least bulge from the straight line: neighbours' arrows
// (North Korea at South Korea) then bow out far enough to hold their heads.
func curvePath(x0, y0, x1, y1, bulge float64) []float64 {
	dx, dy := x1-x0, y1-y0
	length := math.Hypot(dx, dy)
	if length < 1e-9 {
		return nil
	}
	// Left of the travel on screen: (dy, -dx)/length with y pointing down.
	offset := math.Max(flowBend*length, bulge)
	cx := (x0+x1)/2 + dy/length*offset
	cy := (y0+y1)/2 - dx/length*offset
	n := max(8, int(math.Ceil((length+offset)/flowStep)))
	n = min(n, 4096) // a zoomed-in view can make a line millions of pixels long
	pts := make([]float64, 0, 2*(n+1))
	for i := 0; i <= n; i++ {
		t := float64(i) / float64(n)
		a, b, c := (1-t)*(1-t), 2*(1-t)*t, t*t
		pts = append(pts, a*x0+b*cx+c*x1, a*y0+b*cy+c*y1)
	}
	return pts
}

// loopPath is a loop that leaves (x, y) and comes back to it: a circle of
// radius rad above the point, travelled clockwise on screen, so that the
// arrowhead at its end points back down into the place.
func loopPath(x, y, rad float64) []float64 {
	cx, cy := x, y-rad
	n := max(16, int(math.Ceil(2*math.Pi*rad/flowStep)))
	pts := make([]float64, 0, 2*(n+1))
	for i := 0; i <= n; i++ {
		// From straight below the centre (the point itself), once round.
		a := math.Pi/2 - 2*math.Pi*float64(i)/float64(n)
		pts = append(pts, cx+rad*math.Cos(a), cy+rad*math.Sin(a))
	}
	return pts
}

// arrowOutline is the closed outline of an arrow along centre: a line of
// width growing from flowTaper·width to width, grown by halo on every side,
// starting startGap after centre's start and ending in a head whose tip is
// endGap before its end; unit is the style's least width, which the floors
// are multiples of. It is nil when the path is too short to hold the head.
func arrowOutline(centre []float64, width, halo, unit, startGap, endGap float64) []float64 {
	n := len(centre) / 2
	if n < 2 {
		return nil
	}
	// Distance along the path at each point.
	along := make([]float64, n)
	for i := 1; i < n; i++ {
		along[i] = along[i-1] + math.Hypot(centre[2*i]-centre[2*i-2], centre[2*i+1]-centre[2*i-1])
	}
	total := along[n-1]
	headLength := math.Max(flowHeadLength*width, flowHeadMinLength*unit)
	headHalf := math.Max(flowHeadWidth*width, flowHeadMinWidth*unit) / 2
	start, tip := startGap, total-endGap
	if tip-start < flowHeadMinLength*unit {
		return nil // the ends lie too close together to draw an arrow between them
	}
	// A short arrow between neighbours gets a smaller head and line, so
	// that the line still shows before the head.
	if fit := (tip - start) * flowHeadShare; headLength > fit {
		shrink := fit / headLength
		headLength, headHalf, width = fit, headHalf*shrink, width*shrink
	}
	neck := tip - headLength
	at := func(s float64) (x, y, dx, dy float64) {
		i := max(1, min(n-1, sortSearch(along, s)))
		seg := along[i] - along[i-1]
		f := 0.0
		if seg > 0 {
			f = (s - along[i-1]) / seg
		}
		ax, ay, bx, by := centre[2*i-2], centre[2*i-1], centre[2*i], centre[2*i+1]
		dx, dy = bx-ax, by-ay
		if l := math.Hypot(dx, dy); l > 0 {
			dx, dy = dx/l, dy/l
		}
		return ax + f*(bx-ax), ay + f*(by-ay), dx, dy
	}
	halfWidth := func(s float64) float64 {
		t := (s - start) / (neck - start)
		return width/2*(flowTaper+(1-flowTaper)*t) + halo
	}
	// Stations along the line: every point of the path between start and
	// the neck, and those two.
	stations := []float64{start}
	for _, s := range along {
		if s > start && s < neck {
			stations = append(stations, s)
		}
	}
	stations = append(stations, neck)
	left := make([]float64, 0, 2*len(stations))
	right := make([]float64, 0, 2*len(stations))
	for _, s := range stations {
		x, y, dx, dy := at(s)
		h := halfWidth(s)
		// The normal to the left of travel on screen is (dy, -dx).
		left = append(left, x+dy*h, y-dx*h)
		right = append(right, x-dy*h, y+dx*h)
	}
	// The head: from the neck, out to its barbs, to the tip, back.
	nx, ny, dx, dy := at(neck)
	tx, ty, _, _ := at(tip)
	// The head points along the chord from neck to tip, which on a curve is
	// truer to where the line arrives than the tangent at either end.
	if l := math.Hypot(tx-nx, ty-ny); l > 0 {
		dx, dy = (tx-nx)/l, (ty-ny)/l
	}
	barb := headHalf + halo
	// Grown by halo: the tip moves out along the line, the barbs back.
	out := make([]float64, 0, len(left)+len(right)+8)
	out = append(out, left...)
	out = append(out,
		nx-dx*halo+dy*barb, ny-dy*halo-dx*barb,
		tx+dx*halo*1.8, ty+dy*halo*1.8,
		nx-dx*halo-dy*barb, ny-dy*halo+dx*barb,
	)
	for i := len(right) - 2; i >= 0; i -= 2 {
		out = append(out, right[i], right[i+1])
	}
	// The tail, grown by halo too, so the halo wraps the line's start.
	if halo > 0 {
		sx, sy, dx, dy := at(start)
		out = append(out, sx-dx*halo, sy-dy*halo)
	}
	return out
}

// sortSearch is the index of the first value in the ascending list that is
// at least s, or len(list).
func sortSearch(list []float64, s float64) int {
	i, _ := slices.BinarySearch(list, s)
	return i
}

// fillPolygon fills a polygon (image x, y pairs) onto dst, anti-aliased,
// tile by tile as Render's fills are (see maxTile).
func (r *Renderer) fillPolygon(dst *image.RGBA, pts []float64, col color.RGBA) {
	if len(pts) < 6 || col.A == 0 {
		return
	}
	bounds := image.Rectangle{Max: dst.Bounds().Size()}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	r.poly = r.poly[:0]
	for i := 0; i+1 < len(pts); i += 2 {
		x, y := pts[i], pts[i+1]
		minX, maxX = math.Min(minX, x), math.Max(maxX, x)
		minY, maxY = math.Min(minY, y), math.Max(maxY, y)
		r.poly = append(r.poly, float32(x), float32(y))
	}
	lim := float64(1 << 24)
	c := func(f float64) int { return int(math.Max(-lim, math.Min(lim, f))) }
	box := image.Rect(c(math.Floor(minX))-1, c(math.Floor(minY))-1, c(math.Ceil(maxX))+1, c(math.Ceil(maxY))+1).Intersect(bounds)
	for y := box.Min.Y; y < box.Max.Y; y += maxTile {
		for x := box.Min.X; x < box.Max.X; x += maxTile {
			tile := image.Rect(x, y, min(x+maxTile, box.Max.X), min(y+maxTile, box.Max.Y))
			r.raster.begin(tile)
			r.raster.addPolygon(r.poly)
			if mask := r.raster.finish(); mask != nil {
				r.paintMask(dst, tile, mask, col)
			}
		}
	}
}
