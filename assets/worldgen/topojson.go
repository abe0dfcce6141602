package main

import (
	"encoding/json"
	"fmt"
)

// topology is the part of a world-atlas TopoJSON file the generator reads:
// arcs decoded to degrees, and the countries collection.
type topology struct {
	arcs      [][]lonLat
	countries []feature
}

type lonLat struct{ lon, lat float64 }

// feature is one country geometry. Polygons hold rings of TopoJSON arc
// references (i forwards, ^i backwards); the first ring of a polygon is its
// outer boundary.
type feature struct {
	id, name string
	polygons [][][]int
}

func parseTopology(raw []byte) (topology, error) {
	var doc struct {
		Type      string `json:"type"`
		Transform *struct {
			Scale     [2]float64 `json:"scale"`
			Translate [2]float64 `json:"translate"`
		} `json:"transform"`
		Arcs    [][][2]float64 `json:"arcs"`
		Objects map[string]struct {
			Geometries []struct {
				Type       string                `json:"type"`
				ID         *string               `json:"id"`
				Properties struct{ Name string } `json:"properties"`
				Arcs       json.RawMessage       `json:"arcs"`
			} `json:"geometries"`
		} `json:"objects"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return topology{}, err
	}
	if doc.Type != "Topology" || doc.Transform == nil {
		return topology{}, fmt.Errorf("not a quantised TopoJSON topology")
	}
	countries, ok := doc.Objects["countries"]
	if !ok {
		return topology{}, fmt.Errorf("no countries object")
	}

	// Quantised TopoJSON stores each arc as deltas on an integer grid.
	sx, sy := doc.Transform.Scale[0], doc.Transform.Scale[1]
	tx, ty := doc.Transform.Translate[0], doc.Transform.Translate[1]
	t := topology{arcs: make([][]lonLat, len(doc.Arcs))}
	for i, arc := range doc.Arcs {
		var x, y float64
		pts := make([]lonLat, len(arc))
		for j, d := range arc {
			x += d[0]
			y += d[1]
			pts[j] = lonLat{x*sx + tx, y*sy + ty}
		}
		t.arcs[i] = pts
	}

	for _, g := range countries.Geometries {
		f := feature{name: g.Properties.Name}
		if g.ID != nil {
			f.id = *g.ID
		}
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return topology{}, fmt.Errorf("%s: %w", f.name, err)
			}
			f.polygons = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &f.polygons); err != nil {
				return topology{}, fmt.Errorf("%s: %w", f.name, err)
			}
		case "":
			// A null geometry: Natural Earth lists the country but has no shape
			// at this scale.
		default:
			return topology{}, fmt.Errorf("%s: unexpected geometry %q", f.name, g.Type)
		}
		for _, p := range f.polygons {
			for _, ring := range p {
				for _, ref := range ring {
					if i := arcIndex(ref); i < 0 || i >= len(t.arcs) {
						return topology{}, fmt.Errorf("%s: arc %d out of range", f.name, ref)
					}
				}
			}
		}
		t.countries = append(t.countries, f)
	}
	return t, nil
}

// arcIndex undoes TopoJSON's one's-complement marking of reversed arcs.
func arcIndex(ref int) int {
	if ref < 0 {
		return ^ref
	}
	return ref
}
