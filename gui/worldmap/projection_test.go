package worldmap

import (
	"math"
	"testing"
)

// Reference values are PROJ's Equal Earth on the unit sphere
// (`proj +proj=eqearth +R=1`), the implementation the projection's authors
// contributed; the first row is the example in PROJ's documentation, which
// prints two decimals.
func TestProjectMatchesPROJ(t *testing.T) {
	tests := []struct {
		in      LonLat
		want    Point
		within  float64
		comment string
	}{
		{LonLat{122, 47}, Point{1.55, 0.89}, 0.005, "PROJ docs example"},
		{LonLat{0, 0}, Point{0, 0}, 1e-12, "origin"},
		{LonLat{180, 0}, Point{2.7066299836960748, 0}, 1e-9, "equator at 180°"},
		{LonLat{0, 90}, Point{0, 1.3173627591574133}, 1e-9, "pole"},
		{LonLat{-52, -12}, Point{-0.7737398571326466, -0.2421657412072243}, 1e-9, ""},
		{LonLat{120, 60}, Point{1.3593733917143729, 1.0883008355053194}, 1e-9, ""},
	}
	for _, tt := range tests {
		got := Project(tt.in)
		if math.Abs(got.X-tt.want.X) > tt.within || math.Abs(got.Y-tt.want.Y) > tt.within {
			t.Errorf("Project(%v) = %v, want %v ± %g (%s)", tt.in, got, tt.want, tt.within, tt.comment)
		}
	}
	if math.Abs(XMax-2.7066299836960748) > 1e-9 || math.Abs(YMax-1.3173627591574133) > 1e-9 {
		t.Errorf("XMax, YMax = %v, %v", XMax, YMax)
	}
}

func TestUnprojectInvertsProject(t *testing.T) {
	for lat := -90.0; lat <= 90; lat += 7.5 {
		for lon := -180.0; lon <= 180; lon += 15 {
			in := LonLat{lon, lat}
			got, ok := Unproject(Project(in))
			if !ok {
				t.Fatalf("Unproject(Project(%v)) reports outside", in)
			}
			// Latitude comes back through asin, whose slope is infinite at
			// ±90°: there a rounding error of 1e-16 in θ is 1e-6° of latitude.
			tol := 1e-9
			if math.Abs(lat) == 90 {
				tol = 1e-5
			}
			if math.Abs(got.Lat-lat) > tol || math.Abs(got.Lon-lon) > 1e-9 {
				t.Errorf("Unproject(Project(%v)) = %v", in, got)
			}
		}
	}
	for _, p := range []Point{{0, YMax * 1.01}, {XMax * 1.01, 0}, {XMax, YMax}} {
		if ll, ok := Unproject(p); ok {
			t.Errorf("Unproject(%v) = %v, want outside the map", p, ll)
		}
	}
}

// TestProjectIsEqualArea checks the property the projection is chosen for:
// the projected area of a cell of the graticule equals its area on the unit
// sphere, (λ2−λ1)(sin φ2 − sin φ1). A wrong coefficient breaks this.
func TestProjectIsEqualArea(t *testing.T) {
	const step = 2.0
	for _, lat := range []float64{-88, -60, -30, 0, 20, 45, 70, 86} {
		for _, lon := range []float64{-180, -45, 0, 90, 178} {
			// The cell's outline, with its curved sides finely divided.
			var ring []Point
			const n = 16
			for i := range n {
				ring = append(ring, Project(LonLat{lon + step*float64(i)/n, lat}))
			}
			for i := range n {
				ring = append(ring, Project(LonLat{lon + step, lat + step*float64(i)/n}))
			}
			for i := range n {
				ring = append(ring, Project(LonLat{lon + step - step*float64(i)/n, lat + step}))
			}
			for i := range n {
				ring = append(ring, Project(LonLat{lon, lat + step - step*float64(i)/n}))
			}
			var a2 float64
			for i := range ring {
				p, q := ring[i], ring[(i+1)%len(ring)]
				a2 += p.X*q.Y - q.X*p.Y
			}
			rad := math.Pi / 180
			want := step * rad * (math.Sin((lat+step)*rad) - math.Sin(lat*rad))
			if got := a2 / 2; math.Abs(got-want)/want > 1e-4 {
				t.Errorf("cell at %v,%v: projected area %g, spherical %g", lon, lat, got, want)
			}
		}
	}
}
