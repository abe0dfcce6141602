package main

import (
	"fmt"
	"math"
)

// cutAntimeridian rewrites a topology so that no edge crosses the 180°
// meridian. world-atlas keeps Natural Earth's rings spherical: Chukotka,
// Wrangel Island, a Fijian island and Antarctica's coast run across ±180°,
// which on a flat map would be an edge right across the world. Each such
// ring is cut at the meridian into one ring per side, closed along the
// meridian (or, for a ring that goes round a pole, along the pole line). The
// closing arcs are returned as cut arcs: they are edges of the map, not
// borders, and are not drawn.
func cutAntimeridian(t *topology) (cut map[int]bool, err error) {
	cut = map[int]bool{}
	// Points exactly on ±180° belong to whichever side their neighbours are
	// on; Natural Earth writes -180 where the ring comes from the east too.
	for _, arc := range t.arcs {
		assignMeridianSides(arc)
	}

	// Split arcs where they jump from one side to the other.
	split := make([][]int, len(t.arcs))
	for i := range t.arcs {
		pieces := splitAtJumps(t.arcs[i])
		split[i] = []int{i}
		t.arcs[i] = pieces[0]
		for _, p := range pieces[1:] {
			split[i] = append(split[i], len(t.arcs))
			t.arcs = append(t.arcs, p)
		}
	}

	for fi := range t.countries {
		f := &t.countries[fi]
		var polygons [][][]int
		for _, p := range f.polygons {
			out, err := cutPolygon(t, split, cut, p)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f.name, err)
			}
			polygons = append(polygons, out...)
		}
		f.polygons = polygons
	}
	return cut, nil
}

func onMeridian(p lonLat) bool { return math.Abs(p.lon) == 180 }

func assignMeridianSides(arc []lonLat) {
	for i := range arc {
		if !onMeridian(arc[i]) {
			continue
		}
		// The nearest point before it off the meridian decides; failing that,
		// the nearest after it.
		side := 0.0
		for j := i - 1; j >= 0 && side == 0; j-- {
			if !onMeridian(arc[j]) {
				side = math.Copysign(1, arc[j].lon)
			}
		}
		for j := i + 1; j < len(arc) && side == 0; j++ {
			if !onMeridian(arc[j]) {
				side = math.Copysign(1, arc[j].lon)
			}
		}
		if side != 0 {
			arc[i].lon = 180 * side
		}
	}
}

// crosses reports an edge that jumps across ±180° rather than running the
// short way over Greenwich.
func crosses(a, b lonLat) bool { return math.Abs(a.lon-b.lon) > 180 }

// splitAtJumps cuts an arc at every antimeridian crossing. Each piece but the
// last ends on the meridian, and the next starts there on the other side.
func splitAtJumps(arc []lonLat) [][]lonLat {
	var pieces [][]lonLat
	cur := []lonLat{arc[0]}
	for k := 1; k < len(arc); k++ {
		a, b := arc[k-1], arc[k]
		if !crosses(a, b) {
			cur = append(cur, b)
			continue
		}
		var lat float64
		if onMeridian(a) {
			lat = a.lat
		} else {
			// Interpolate where the edge meets the meridian, going the short
			// way round.
			da := 180 - math.Abs(a.lon)
			db := 180 - math.Abs(b.lon)
			lat = a.lat + (b.lat-a.lat)*da/(da+db)
			cur = append(cur, lonLat{math.Copysign(180, a.lon), lat})
		}
		pieces = append(pieces, cur)
		cur = []lonLat{{math.Copysign(180, b.lon), lat}, b}
	}
	return append(pieces, cur)
}

// cutPolygon rewrites one polygon's rings over the split arcs. A ring that
// no longer closes is cut into one ring per side of the meridian. Pieces of
// the outer ring become separate polygons; holes go to the piece holding
// them.
func cutPolygon(t *topology, split [][]int, cut map[int]bool, polygon [][]int) ([][][]int, error) {
	var outers [][]int
	var holes [][]int
	outerDropped := false
	for r, ring := range polygon {
		refs := expandRing(split, ring)
		pieces, err := closeRing(t, cut, refs)
		if err != nil {
			return nil, err
		}
		if r == 0 {
			outers = pieces
			outerDropped = len(pieces) == 0
			continue
		}
		if len(pieces) > 1 {
			return nil, fmt.Errorf("a hole crosses the antimeridian; not supported")
		}
		holes = append(holes, pieces...)
	}
	if outerDropped {
		// Antarctica: its outer ring is the pole line, which is no area on a
		// flat-polar map; its coast, closed along the pole, is the outline.
		outers, holes = holes, nil
	}
	out := make([][][]int, len(outers))
	for i, o := range outers {
		out[i] = [][]int{o}
	}
	for _, h := range holes {
		at := ringPointsLL(t, h)[0]
		placed := false
		for i, o := range outers {
			if len(outers) == 1 || pointInRingLL(ringPointsLL(t, o), at) {
				out[i] = append(out[i], h)
				placed = true
				break
			}
		}
		if !placed {
			return nil, fmt.Errorf("a hole lies in no piece of its polygon")
		}
	}
	return out, nil
}

func expandRing(split [][]int, ring []int) []int {
	var refs []int
	for _, ref := range ring {
		pieces := split[arcIndex(ref)]
		if ref >= 0 {
			refs = append(refs, pieces...)
			continue
		}
		for k := len(pieces) - 1; k >= 0; k-- {
			refs = append(refs, ^pieces[k])
		}
	}
	return refs
}

func arcStartEnd(t *topology, ref int) (lonLat, lonLat) {
	a := t.arcs[arcIndex(ref)]
	if ref < 0 {
		return a[len(a)-1], a[0]
	}
	return a[0], a[len(a)-1]
}

// closeRing splits a ring of arc refs into chains at every place where one
// arc ends on one side of the meridian and the next starts on the other,
// then closes each chain with a cut arc. A ring with no such place is
// returned as is. A chain that goes round a pole (starts on one side, ends on
// the other) is closed through the pole; a ring that lies on the pole line is
// dropped.
func closeRing(t *topology, cut map[int]bool, refs []int) ([][]int, error) {
	var breaks []int // index k: a chain starts at refs[k]
	for k := range refs {
		_, end := arcStartEnd(t, refs[k])
		start, _ := arcStartEnd(t, refs[(k+1)%len(refs)])
		if end != start {
			breaks = append(breaks, (k+1)%len(refs))
		}
	}
	if len(breaks) == 0 {
		return [][]int{refs}, nil
	}
	var chains [][]int
	for b := range breaks {
		from, to := breaks[b], breaks[(b+1)%len(breaks)]
		var chain []int
		for k := from; ; k = (k + 1) % len(refs) {
			chain = append(chain, refs[k])
			if (k+1)%len(refs) == to {
				break
			}
		}
		chains = append(chains, chain)
	}
	perSide := map[float64]int{}
	for _, c := range chains {
		first, _ := arcStartEnd(t, c[0])
		_, last := arcStartEnd(t, c[len(c)-1])
		if first.lon == last.lon {
			perSide[first.lon]++
		}
	}
	for side, n := range perSide {
		if n > 1 {
			return nil, fmt.Errorf("%d pieces on the %v° side of one ring; not supported", n, side)
		}
	}

	var rings [][]int
	for _, c := range chains {
		first, _ := arcStartEnd(t, c[0])
		_, last := arcStartEnd(t, c[len(c)-1])
		var closing []lonLat
		if first.lon == last.lon {
			closing = meridianLine(last.lon, last.lat, first.lat)
		} else {
			// Round the pole nearest the chain.
			pole := math.Copysign(90, first.lat+last.lat)
			if onPoleLine(t, c) {
				continue
			}
			closing = append(meridianLine(last.lon, last.lat, pole),
				meridianLine(first.lon, pole, first.lat)...)
		}
		cut[len(t.arcs)] = true
		c = append(c, len(t.arcs))
		t.arcs = append(t.arcs, closing)
		rings = append(rings, c)
	}
	return rings, nil
}

// onPoleLine reports a chain that runs along the pole (within a hundredth
// of a degree): on a flat-polar projection that is a line, not an area.
func onPoleLine(t *topology, chain []int) bool {
	for _, ref := range chain {
		for _, p := range t.arcs[arcIndex(ref)] {
			if math.Abs(p.lat) < 89.99 {
				return false
			}
		}
	}
	return true
}

// meridianLine runs along longitude lon from lat0 to lat1, a point every
// degree, since the ±180° meridians are curves on the map.
func meridianLine(lon, lat0, lat1 float64) []lonLat {
	n := max(1, int(math.Ceil(math.Abs(lat1-lat0))))
	out := make([]lonLat, n+1)
	for k := range out {
		out[k] = lonLat{lon, lat0 + (lat1-lat0)*float64(k)/float64(n)}
	}
	return out
}

func ringPointsLL(t *topology, ring []int) []lonLat {
	var pts []lonLat
	for _, ref := range ring {
		a := t.arcs[arcIndex(ref)]
		for k := range a {
			j := k
			if ref < 0 {
				j = len(a) - 1 - k
			}
			if k == 0 && len(pts) > 0 {
				continue
			}
			pts = append(pts, a[j])
		}
	}
	return pts
}

func pointInRingLL(ring []lonLat, p lonLat) bool {
	inside := false
	for i := range ring {
		a, b := ring[i], ring[(i+1)%len(ring)]
		if (a.lat > p.lat) != (b.lat > p.lat) && p.lon < a.lon+(p.lat-a.lat)*(b.lon-a.lon)/(b.lat-a.lat) {
			inside = !inside
		}
	}
	return inside
}
