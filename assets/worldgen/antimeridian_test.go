package main

import (
	"math"
	"testing"
)

// checkFlat fails if any ring of topo has an edge across the 180° meridian
// or does not close.
func checkFlat(t *testing.T, topo topology) {
	t.Helper()
	for _, f := range topo.countries {
		for _, p := range f.polygons {
			for _, ring := range p {
				pts := ringPointsLL(&topo, ring)
				if pts[0] != pts[len(pts)-1] {
					t.Errorf("%s: ring does not close: %v ... %v", f.name, pts[0], pts[len(pts)-1])
				}
				for i := 1; i < len(pts); i++ {
					// Along a pole the edge runs the pole line, which Equal
					// Earth draws straight from -180° to 180°.
					alongPole := math.Abs(pts[i-1].lat) == 90 && pts[i-1].lat == pts[i].lat
					if crosses(pts[i-1], pts[i]) && !alongPole {
						t.Errorf("%s: edge %v → %v crosses the meridian", f.name, pts[i-1], pts[i])
					}
				}
			}
		}
	}
}

func TestCutIslandAcrossTheMeridian(t *testing.T) {
	// An island from 179°E to 179°W, as one closed arc; Natural Earth writes
	// the meridian point as -180 even when coming from the east.
	topo := topology{
		arcs:      [][]lonLat{{{179, 10}, {-180, 10.5}, {-179, 11}, {-179, 12}, {179, 12}, {179, 10}}},
		countries: []feature{{name: "Island", polygons: [][][]int{{{0}}}}},
	}
	cut, err := cutAntimeridian(&topo)
	if err != nil {
		t.Fatal(err)
	}
	checkFlat(t, topo)
	polys := topo.countries[0].polygons
	if len(polys) != 2 {
		t.Fatalf("%d polygons, want one each side of the meridian", len(polys))
	}
	for _, p := range polys {
		pts := ringPointsLL(&topo, p[0])
		east := pts[0].lon > 0
		for _, q := range pts {
			if (q.lon > 0) != east {
				t.Errorf("a piece has points on both sides: %v", pts)
				break
			}
		}
	}
	if len(cut) != 2 {
		t.Errorf("%d cut arcs, want 2 (one closing each piece)", len(cut))
	}
	for i := range cut {
		for _, q := range topo.arcs[i] {
			if math.Abs(q.lon) != 180 {
				t.Errorf("cut arc %d leaves the meridian: %v", i, topo.arcs[i])
			}
		}
	}
}

func TestCutRingRoundThePole(t *testing.T) {
	// Antarctica as world-atlas has it: the outer ring runs along the pole
	// line, the coast is a ring round the pole, both closing across ±180°.
	pole := []lonLat{{-180, -89.999}, {179, -89.999}, {90, -89.999}, {0, -89.999}, {-90, -89.999}, {-180, -89.999}}
	coast := []lonLat{{-180, -70}, {-90, -68}, {0, -65}, {90, -68}, {179, -70}, {-180, -70}}
	topo := topology{
		arcs:      [][]lonLat{pole, coast},
		countries: []feature{{name: "Antarctica", polygons: [][][]int{{{0}, {1}}}}},
	}
	cut, err := cutAntimeridian(&topo)
	if err != nil {
		t.Fatal(err)
	}
	checkFlat(t, topo)
	polys := topo.countries[0].polygons
	if len(polys) != 1 || len(polys[0]) != 1 {
		t.Fatalf("polygons %v, want one ring: the coast closed along the pole", polys)
	}
	pts := ringPointsLL(&topo, polys[0][0])
	south := 0.0
	for _, q := range pts {
		south = math.Min(south, q.lat)
	}
	if south != -90 || len(cut) != 1 {
		t.Errorf("the ring reaches %v° with %d cut arcs, want -90° and 1", south, len(cut))
	}
}

func TestUncutRingsStay(t *testing.T) {
	ring := []lonLat{{10, 10}, {20, 10}, {20, 20}, {10, 10}}
	topo := topology{arcs: [][]lonLat{ring}, countries: []feature{{name: "Square", polygons: [][][]int{{{0}}}}}}
	cut, err := cutAntimeridian(&topo)
	if err != nil || len(cut) != 0 || len(topo.arcs) != 1 || len(topo.countries[0].polygons) != 1 {
		t.Errorf("a ring away from the meridian changed: %v %v %+v", err, cut, topo)
	}
}
