package worldmap

import (
	"image"
	"math"
	"slices"
	"testing"
)

func TestHitTestAtWorldScale(t *testing.T) {
	w := mustLoad(t)
	size := image.Pt(1280, 640)
	v := WorldView()
	style := LightStyle()
	at := func(ll LonLat) (float64, float64) { return v.ToPixel(size, Project(ll)) }
	tests := []struct {
		place string
		at    LonLat
		dx    float64 // pixels off the place, to try a marker's reach
		want  string
	}{
		{"Paris", LonLat{2.3522, 48.8566}, 0, "FR"},
		{"Berlin", LonLat{13.4050, 52.5200}, 0, "DE"},
		{"Washington DC", LonLat{-77.0369, 38.9072}, 0, "US"},
		{"Rabat", LonLat{-6.8498, 34.0209}, 0, "MA"},
		{"Nicosia", LonLat{33.3823, 35.1856}, 0, "CY"},
		{"beside Singapore, on its marker", LonLat{103.8198, 1.3521}, 3, "SG"},
		{"Valletta", LonLat{14.5146, 35.8989}, 0, "MT"},
		{"Manama (on the coast)", LonLat{50.5860, 26.2285}, 0, "BH"},
		{"Monaco", LonLat{7.4246, 43.7384}, 0, "MC"},
		{"mid-Atlantic", LonLat{-30, 30}, 0, ""},
		{"outside the globe", LonLat{}, 0, ""},
	}
	for _, tt := range tests {
		x, y := at(tt.at)
		if tt.place == "outside the globe" {
			x, y = 2, 2
		}
		got, ok := w.HitTest(size, v, style, x+tt.dx, y)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("HitTest at %s = %q, %v; want %q", tt.place, got, ok, tt.want)
		}
	}
}

func TestSmallCountriesHaveMarkersAtWorldScale(t *testing.T) {
	w := mustLoad(t)
	for _, size := range []image.Point{{800, 400}, {1280, 640}, {1600, 800}} {
		var codes []string
		for _, m := range w.Markers(size, WorldView(), LightStyle()) {
			codes = append(codes, m.Code)
		}
		for _, want := range []string{"CY", "SG", "MT", "BH", "LU", "VA", "MC", "AD", "LI", "SM", "HK", "MO", "BV"} {
			if !slices.Contains(codes, want) {
				t.Errorf("%v: no marker for %s", size, want)
			}
		}
		for _, not := range []string{"FR", "DE", "NL", "BE", "US"} {
			if slices.Contains(codes, not) {
				t.Errorf("%v: a marker for %s, which is big enough to see", size, not)
			}
		}
	}
}

// TestHitTestFollowsTheFrenchSpanishBorder zooms in on a stretch of the
// border in the Pyrenees and tries a point a few pixels to each side of it.
func TestHitTestFollowsTheFrenchSpanishBorder(t *testing.T) {
	w := mustLoad(t)
	shared := sharedArcs(w, "FR", "ES")
	if len(shared) == 0 {
		t.Fatal("France and Spain share no border")
	}
	size := image.Pt(1280, 640)
	style := LightStyle()
	tried := 0
	for _, arc := range shared {
		pts := w.arcPoints(arc)
		for i := 2; i+1 < len(pts); i += 12 {
			a := Point{float64(pts[i-2]), float64(pts[i-1])}
			b := Point{float64(pts[i]), float64(pts[i+1])}
			mid := Point{(a.X + b.X) / 2, (a.Y + b.Y) / 2}
			v := View{Center: mid, Zoom: 48}
			// The normal to the segment, in pixels (y down).
			ax, ay := v.ToPixel(size, a)
			bx, by := v.ToPixel(size, b)
			l := math.Hypot(bx-ax, by-ay)
			if l < 4 {
				continue // too short to have a clear side at this zoom
			}
			nx, ny := -(by-ay)/l, (bx-ax)/l
			mx, my := v.ToPixel(size, mid)
			left, _ := w.HitTest(size, v, style, mx+3*nx, my+3*ny)
			right, _ := w.HitTest(size, v, style, mx-3*nx, my-3*ny)
			if !(left == "FR" && right == "ES" || left == "ES" && right == "FR") {
				t.Errorf("3 px either side of the border at %v: %q and %q", mid, left, right)
			}
			tried++
		}
	}
	if tried < 5 {
		t.Errorf("only %d points along the border tried", tried)
	}
}

// sharedArcs lists the arcs that two countries' rings both use.
func sharedArcs(w *World, a, b string) []int32 {
	arcsOf := func(code string) map[int32]bool {
		set := map[int32]bool{}
		for _, p := range w.shapes[w.byCode[code]].polygons {
			for _, ring := range p.rings {
				for _, ref := range ring {
					set[arcIndex(ref)] = true
				}
			}
		}
		return set
	}
	inB := arcsOf(b)
	var out []int32
	for arc := range arcsOf(a) {
		if inB[arc] {
			out = append(out, arc)
		}
	}
	slices.Sort(out)
	return out
}

// TestHitTestReachesSmallCountriesAtStripSize is the map at its pane's size
// in the window (about 510×230 dp): micro-states and islands answer a click
// up to Style.HitRadius from their label point, on the sea or on their own
// few pixels, while clicks well inside a larger neighbour stay with it.
func TestHitTestReachesSmallCountriesAtStripSize(t *testing.T) {
	w := mustLoad(t)
	size := image.Pt(510, 230)
	v := WorldView()
	style := LightStyle()
	label := func(code string) (float64, float64) {
		c := mustCountry(t, w, code)
		return v.ToPixel(size, Project(c.Label))
	}
	// On the label point, where the marker sits.
	for _, code := range []string{"CY", "BE", "LU", "MT", "SG", "BH", "NL", "LB", "QA", "KW", "MU", "BB"} {
		x, y := label(code)
		if got, _ := w.HitTest(size, v, style, x, y); got != code {
			t.Errorf("on %s's label point: hit %q", code, got)
		}
	}
	// Six pixels off, on the open sea: a target 12 px across at least. (The
	// dot's reach used to end at 5.8 px.)
	for _, tt := range []struct {
		code   string
		dx, dy float64
	}{
		{"CY", -6, 0}, {"MT", 6, 0}, {"SG", 6, 0}, {"SG", 0, -6}, {"MU", 6, 0}, {"MU", 0, -6}, {"BB", 6, 0},
	} {
		x, y := label(tt.code)
		if got, _ := w.HitTest(size, v, style, x+tt.dx, y+tt.dy); got != tt.code {
			t.Errorf("(%v, %v) px off %s's label, on the sea: hit %q", tt.dx, tt.dy, tt.code, got)
		}
	}
	// Clicks well inside larger countries stay with them.
	for _, tt := range []struct {
		place string
		at    LonLat
		want  string
	}{
		{"Paris", LonLat{2.3522, 48.8566}, "FR"},
		{"Lyon", LonLat{4.8357, 45.7640}, "FR"},
		{"Berlin", LonLat{13.4050, 52.5200}, "DE"},
		{"Frankfurt", LonLat{8.6821, 50.1109}, "DE"},
		{"Moscow", LonLat{37.6173, 55.7558}, "RU"},
		{"Madrid", LonLat{-3.7038, 40.4168}, "ES"},
		{"Warsaw", LonLat{21.0122, 52.2297}, "PL"},
		{"Kyiv", LonLat{30.5234, 50.4501}, "UA"},
		{"Riyadh", LonLat{46.6753, 24.7136}, "SA"},
		{"Ankara", LonLat{32.8597, 39.9334}, "TR"},
		{"Kuala Lumpur's hinterland", LonLat{102.5, 4.5}, "MY"},
	} {
		x, y := v.ToPixel(size, Project(tt.at))
		if got, _ := w.HitTest(size, v, style, x, y); got != tt.want {
			t.Errorf("HitTest at %s = %q, want %s", tt.place, got, tt.want)
		}
	}
}
