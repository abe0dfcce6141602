package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// unitsPerDegree is the quantisation grid: 1/500 degree is about 220 m at
// the equator, finer than anything a 1:50m source resolves.
const unitsPerDegree = 500

type gridPoint struct{ lon, lat int32 }

// worldModel is the generator's result, ready to encode.
type worldModel struct {
	arcs [][]gridPoint
	// cut marks the arcs that close a ring along the 180° meridian or a pole:
	// edges of the map, not borders.
	cut       []bool
	countries []country
	// notes explain, for the README, every place where the output departs
	// from a plain copy of Natural Earth's 1:50m countries.
	notes []string
}

type country struct {
	code, name string
	polygons   [][][]int // rings of arc refs into worldModel.arcs
	point      gridPoint // only for countries without polygons
}

// carveOut moves a sovereign's polygons that lie inside box to a territory
// with its own ISO code.
type carveOut struct {
	parent, code             string
	west, south, east, north float64
}

func carveOuts() []carveOut {
	return []carveOut{
		{"FR", "GF", -55, 1, -51, 6.5},       // French Guiana
		{"FR", "GP", -62, 15.8, -60.9, 16.6}, // Guadeloupe
		{"FR", "MQ", -61.3, 14.3, -60.7, 15}, // Martinique
		{"FR", "RE", 55, -21.5, 56, -20.8},   // Réunion
		{"FR", "YT", 44.9, -13.1, 45.4, -12.5},
		{"NL", "BQ", -69, 12, -62.9, 17.7},   // Bonaire, Sint Eustatius, Saba
		{"NO", "SJ", 10, 74, 35, 81},         // Svalbard and Bjørnøya
		{"NO", "SJ", -9.5, 70.5, -7.5, 71.5}, // Jan Mayen
		{"NZ", "TK", -173, -10, -171, -8},    // Tokelau
	}
}

// pointOnly places the ISO countries that Natural Earth has no shape for at
// any scale; the map shows them as a marker.
func pointOnly() map[string]lonLat {
	return map[string]lonLat{
		"BV": {3.3464, -54.4208}, // Bouvet Island
	}
}

// nameOverrides fixes Natural Earth 4.1 names that have since changed or
// that it spells unusually.
func nameOverrides() map[string]string {
	return map[string]string{
		"MK": "North Macedonia",
		"SZ": "Eswatini",
	}
}

type piece struct {
	code, name string
	polygon    [][]int
}

func build(medium, large topology, iso isoTable) (*worldModel, error) {
	m := &worldModel{}
	var pieces []piece
	cutMedium, err := cutAntimeridian(&medium)
	if err != nil {
		return nil, fmt.Errorf("countries-50m: %w", err)
	}
	cutLarge, err := cutAntimeridian(&large)
	if err != nil {
		return nil, fmt.Errorf("countries-10m: %w", err)
	}
	// Base: 1:50m.
	m.arcs = quantiseArcs(medium.arcs)
	m.cut = make([]bool, len(m.arcs))
	for i := range cutMedium {
		m.cut[i] = true
	}
	present := map[string]bool{}
	for _, f := range medium.countries {
		code, name, err := codeOf(f, iso)
		if err != nil {
			return nil, fmt.Errorf("countries-50m: %w", err)
		}
		for _, p := range f.polygons {
			c := code
			if f.name == "Indian Ocean Ter." {
				// Australia's Indian Ocean Territories are two ISO codes:
				// Christmas Island lies east of 100°E, the Cocos Islands west.
				c = "CC"
				if bounds(medium.arcs, p).west > 100 {
					c = "CX"
				}
			}
			pieces = append(pieces, piece{c, name, p})
			present[c] = true
		}
	}
	m.notes = append(m.notes,
		"N. Cyprus is merged into CY and Somaliland into SO: they have no ISO code and the map is keyed by ISO code.",
		"Kosovo is XK (the user-assigned code in common use); Siachen Glacier stays as land without a code.",
		"Australia's Indian Ocean Territories are split into CX (Christmas Island) and CC (Cocos Islands).",
		"Rings that cross the 180° meridian (Chukotka, Wrangel Island, a Fijian island, Antarctica) are cut there and closed along the meridian or the pole; those closing arcs are marked as map edges, not borders.")

	// Territories inside their sovereign's shape.
	for _, co := range carveOuts() {
		moved := 0
		for i := range pieces {
			if pieces[i].code != co.parent {
				continue
			}
			b := bounds(medium.arcs, pieces[i].polygon)
			if b.west >= co.west && b.east <= co.east && b.south >= co.south && b.north <= co.north {
				pieces[i].code = co.code
				pieces[i].name = iso.name[co.code]
				moved++
			}
		}
		if moved == 0 {
			return nil, fmt.Errorf("carve-out %s from %s matched no polygon", co.code, co.parent)
		}
		present[co.code] = true
	}
	var carved []string
	for _, co := range carveOuts() {
		carved = append(carved, co.code+" from "+co.parent)
	}
	m.notes = append(m.notes, "Carved out of their sovereign's 1:50m shape under their own code: "+
		strings.Join(slices.Compact(carved), ", ")+".")

	// Countries only 1:10m has; their arcs are appended to the 1:50m ones.
	var fromLarge []string
	for _, f := range large.countries {
		code, name, err := codeOf(f, iso)
		if err != nil || code == "" || present[code] || len(f.polygons) == 0 {
			continue // 1:10m's extra uncoded pieces are not needed
		}
		offset := len(m.arcs)
		used := map[int]int{}
		for _, p := range f.polygons {
			q := make([][]int, len(p))
			for r, ring := range p {
				for _, ref := range ring {
					i := arcIndex(ref)
					j, ok := used[i]
					if !ok {
						j = offset + len(used)
						used[i] = j
						m.arcs = append(m.arcs, quantiseArc(large.arcs[i]))
						m.cut = append(m.cut, cutLarge[i])
					}
					if ref < 0 {
						j = ^j
					}
					q[r] = append(q[r], j)
				}
			}
			pieces = append(pieces, piece{code, name, q})
		}
		present[code] = true
		fromLarge = append(fromLarge, code)
	}
	slices.Sort(fromLarge)
	m.notes = append(m.notes, "Taken from 1:10m because 1:50m lacks them: "+strings.Join(fromLarge, ", ")+".")

	// Group by code, fix ring orientation, drop rings that quantisation
	// flattened.
	byCode := map[string]*country{}
	var order []string
	for _, p := range pieces {
		c, ok := byCode[p.code]
		if !ok {
			c = &country{code: p.code, name: p.name}
			byCode[p.code] = c
			order = append(order, p.code)
		}
		poly := m.orient(p.polygon)
		if poly != nil {
			c.polygons = append(c.polygons, poly)
		}
	}
	for code, name := range nameOverrides() {
		if c, ok := byCode[code]; ok {
			c.name = name
		}
	}

	var points []string
	for code, ll := range pointOnly() {
		if present[code] {
			return nil, fmt.Errorf("%s has a shape now; drop it from pointOnly", code)
		}
		byCode[code] = &country{code: code, name: iso.name[code], point: quantise(ll)}
		order = append(order, code)
		points = append(points, code)
	}
	slices.Sort(points)
	m.notes = append(m.notes, "Without a shape at any Natural Earth scale, kept as a point: "+strings.Join(points, ", ")+".")

	var missing []string
	for _, code := range iso.codes {
		if _, ok := byCode[code]; !ok {
			missing = append(missing, code)
		}
	}
	for code, c := range byCode {
		if len(c.polygons) == 0 && !hasPoint(code) {
			return nil, fmt.Errorf("%s: quantisation left no polygon; give it a point in pointOnly", code)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("ISO codes without a shape or a point: %s", strings.Join(missing, " "))
	}

	// Codes in order, uncoded land last, so the file is deterministic.
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
	for _, code := range order {
		m.countries = append(m.countries, *byCode[code])
	}
	m.pruneArcs()
	return m, nil
}

func hasPoint(code string) bool {
	_, ok := pointOnly()[code]
	return ok
}

// codeOf gives a feature's ISO alpha-2 code and display name. Features without
// a numeric ISO id are decided by name, so a new Natural Earth release with an
// unknown one fails here rather than silently losing a country.
func codeOf(f feature, iso isoTable) (code, name string, err error) {
	if f.id != "" {
		code, ok := iso.alpha2ByNumeric[f.id]
		if !ok {
			return "", "", fmt.Errorf("%s: numeric code %s not in ISO 3166-1", f.name, f.id)
		}
		return code, f.name, nil
	}
	switch f.name {
	case "Kosovo":
		return "XK", f.name, nil
	case "N. Cyprus":
		return "CY", "Cyprus", nil
	case "Somaliland":
		return "SO", "Somalia", nil
	case "Indian Ocean Ter.":
		return "CC", f.name, nil // split per polygon by the caller
	case "Siachen Glacier":
		return "", f.name, nil
	}
	return "", "", fmt.Errorf("%s: no ISO code and no rule for it", f.name)
}

type box struct{ west, south, east, north float64 }

func bounds(arcs [][]lonLat, polygon [][]int) box {
	b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, ref := range polygon[0] {
		for _, p := range arcs[arcIndex(ref)] {
			b.west, b.east = min(b.west, p.lon), max(b.east, p.lon)
			b.south, b.north = min(b.south, p.lat), max(b.north, p.lat)
		}
	}
	return b
}

func quantise(p lonLat) gridPoint {
	return gridPoint{int32(math.Round(p.lon * unitsPerDegree)), int32(math.Round(p.lat * unitsPerDegree))}
}

func quantiseArc(arc []lonLat) []gridPoint {
	out := make([]gridPoint, 0, len(arc))
	for _, p := range arc {
		q := quantise(p)
		if len(out) == 0 || out[len(out)-1] != q {
			out = append(out, q)
		}
	}
	return out
}

func quantiseArcs(arcs [][]lonLat) [][]gridPoint {
	out := make([][]gridPoint, len(arcs))
	for i, a := range arcs {
		out[i] = quantiseArc(a)
	}
	return out
}

// ringPoints walks a ring's arcs; consecutive arcs share their end points.
func (m *worldModel) ringPoints(ring []int) []gridPoint {
	var pts []gridPoint
	for _, ref := range ring {
		arc := m.arcs[arcIndex(ref)]
		if ref < 0 {
			arc = slices.Clone(arc)
			slices.Reverse(arc)
		}
		if len(pts) > 0 {
			arc = arc[1:]
		}
		pts = append(pts, arc...)
	}
	return pts
}

// doubleArea is the shoelace sum on the grid: positive when counter-clockwise
// with longitude east and latitude north.
func doubleArea(pts []gridPoint) int64 {
	var s int64
	for i := range pts {
		a, b := pts[i], pts[(i+1)%len(pts)]
		s += int64(a.lon)*int64(b.lat) - int64(b.lon)*int64(a.lat)
	}
	return s
}

// orient makes the outer ring counter-clockwise and holes clockwise, which is
// what a non-zero fill needs to leave holes empty, and drops rings with no
// area left on the grid. It returns nil when the outer ring is gone.
func (m *worldModel) orient(polygon [][]int) [][]int {
	var out [][]int
	for r, ring := range polygon {
		a := doubleArea(m.ringPoints(ring))
		if a == 0 {
			if r == 0 {
				return nil
			}
			continue
		}
		if (r == 0) != (a > 0) {
			ring = reverseRing(ring)
		}
		out = append(out, ring)
	}
	return out
}

func reverseRing(ring []int) []int {
	out := make([]int, len(ring))
	for i, ref := range ring {
		out[len(ring)-1-i] = ^ref
	}
	return out
}

// pruneArcs drops arcs no kept ring uses and renumbers the rest in order.
func (m *worldModel) pruneArcs() {
	newIndex := make([]int, len(m.arcs))
	for i := range newIndex {
		newIndex[i] = -1
	}
	var kept [][]gridPoint
	var keptCut []bool
	for ci := range m.countries {
		for _, p := range m.countries[ci].polygons {
			for _, ring := range p {
				for k, ref := range ring {
					i := arcIndex(ref)
					if newIndex[i] < 0 {
						newIndex[i] = len(kept)
						kept = append(kept, m.arcs[i])
						keptCut = append(keptCut, m.cut[i])
					}
					j := newIndex[i]
					if ref < 0 {
						j = ^j
					}
					ring[k] = j
				}
			}
		}
	}
	m.arcs, m.cut = kept, keptCut
}

// coded counts the countries with an ISO code.
func (m *worldModel) coded() int {
	n := 0
	for _, c := range m.countries {
		if c.code != "" {
			n++
		}
	}
	return n
}

func (m *worldModel) pointCount() int {
	n := 0
	for _, a := range m.arcs {
		n += len(a)
	}
	return n
}

const magic = "DOSSIER-WORLD\x01"

func (m *worldModel) encode() []byte {
	b := []byte(magic)
	b = binary.AppendUvarint(b, unitsPerDegree)
	b = binary.AppendUvarint(b, uint64(len(m.arcs)))
	var prev gridPoint
	for _, a := range m.arcs {
		b = binary.AppendUvarint(b, uint64(len(a)))
		for _, p := range a {
			b = binary.AppendVarint(b, int64(p.lon-prev.lon))
			b = binary.AppendVarint(b, int64(p.lat-prev.lat))
			prev = p
		}
	}
	var cuts []int
	for i, c := range m.cut {
		if c {
			cuts = append(cuts, i)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(cuts)))
	last := 0
	for _, i := range cuts {
		b = binary.AppendUvarint(b, uint64(i-last))
		last = i
	}
	appendString := func(b []byte, s string) []byte {
		b = binary.AppendUvarint(b, uint64(len(s)))
		return append(b, s...)
	}
	b = binary.AppendUvarint(b, uint64(len(m.countries)))
	for _, c := range m.countries {
		b = appendString(b, c.code)
		b = appendString(b, c.name)
		b = binary.AppendUvarint(b, uint64(len(c.polygons)))
		for _, p := range c.polygons {
			b = binary.AppendUvarint(b, uint64(len(p)))
			for _, ring := range p {
				b = binary.AppendUvarint(b, uint64(len(ring)))
				for _, ref := range ring {
					b = binary.AppendVarint(b, int64(ref))
				}
			}
		}
		if len(c.polygons) == 0 {
			b = binary.AppendVarint(b, int64(c.point.lon))
			b = binary.AppendVarint(b, int64(c.point.lat))
		}
	}
	return b
}
