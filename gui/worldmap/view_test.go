package worldmap

import (
	"image"
	"math"
	"testing"
)

func TestViewPixelRoundTrip(t *testing.T) {
	size := image.Pt(1280, 640)
	views := []View{WorldView(), {Center: Point{0.3, 0.8}, Zoom: 7}, {Center: Point{-2, -1}, Zoom: MaxZoom}}
	for _, v := range views {
		for _, p := range []Point{{0, 0}, {1, 0.5}, {-2.5, -1.2}} {
			x, y := v.ToPixel(size, p)
			if q := v.FromPixel(size, x, y); math.Hypot(q.X-p.X, q.Y-p.Y) > 1e-12 {
				t.Errorf("%+v: FromPixel(ToPixel(%v)) = %v", v, p, q)
			}
		}
	}
}

func TestWorldViewShowsTheWholeWorld(t *testing.T) {
	for _, size := range []image.Point{{1280, 640}, {640, 640}, {2000, 400}} {
		v := WorldView()
		x0, y0 := v.ToPixel(size, Point{-XMax, YMax})
		x1, y1 := v.ToPixel(size, Point{XMax, -YMax})
		if x0 < 0 || y0 < 0 || x1 > float64(size.X) || y1 > float64(size.Y) {
			t.Errorf("%v: the world spans (%.1f,%.1f)-(%.1f,%.1f), outside the image", size, x0, y0, x1, y1)
		}
		// It fills the image along the tighter axis, but for the margin.
		if w, h := x1-x0, y1-y0; w < 0.95*float64(size.X) && h < 0.95*float64(size.Y) {
			t.Errorf("%v: the world is only %.0f×%.0f", size, w, h)
		}
	}
}

func TestZoomAtKeepsTheAnchor(t *testing.T) {
	size := image.Pt(1280, 640)
	v := WorldView()
	paris := Project(LonLat{2.35, 48.86})
	x, y := v.ToPixel(size, paris)
	for _, factor := range []float64{2, 1.5, 8, 0.5} {
		v = v.ZoomAt(size, x, y, factor)
		if gx, gy := v.ToPixel(size, paris); math.Hypot(gx-x, gy-y) > 1e-6 {
			t.Fatalf("after ZoomAt ×%v Paris moved from (%.2f,%.2f) to (%.2f,%.2f)", factor, x, y, gx, gy)
		}
	}
	if v.Zoom != 12 {
		t.Errorf("zoom = %v, want 2·1.5·8·0.5 = 12", v.Zoom)
	}
}

func TestClamp(t *testing.T) {
	size := image.Pt(1280, 640)
	if v := (View{Zoom: 0.2, Center: Point{3, 3}}).Clamp(size); v != WorldView() {
		t.Errorf("zoomed out beyond the world: %+v, want the world view", v)
	}
	if v := (View{Zoom: 1e6}).Clamp(size); v.Zoom != MaxZoom {
		t.Errorf("zoom %v, want MaxZoom", v.Zoom)
	}
	// Panned far east at zoom 4: the image's right edge stops at the map's.
	v := WorldView().ZoomAt(size, 640, 320, 4).Pan(size, -1e5, 0)
	if x, _ := v.ToPixel(size, Point{XMax * (1 + mapMargin), 0}); math.Abs(x-float64(size.X)) > 1e-6 {
		t.Errorf("map's east edge at x=%.2f, want the image's, %d", x, size.X)
	}
}

func TestPanMovesTheMap(t *testing.T) {
	size := image.Pt(1280, 640)
	v := WorldView().ZoomAt(size, 640, 320, 4)
	p := Project(LonLat{10, 50})
	x0, y0 := v.ToPixel(size, p)
	v = v.Pan(size, 30, -20)
	if x1, y1 := v.ToPixel(size, p); math.Abs(x1-x0-30) > 1e-9 || math.Abs(y1-y0+20) > 1e-9 {
		t.Errorf("after Pan(30, -20) the point moved by (%.3f, %.3f)", x1-x0, y1-y0)
	}
}

func TestFocusViewReachesSmallCountries(t *testing.T) {
	w := mustLoad(t)
	size := image.Pt(1280, 640)
	style := LightStyle()
	for _, code := range []string{"LU", "SG", "MT", "BH", "CY", "FR"} {
		v, ok := w.FocusView(size, code)
		if !ok {
			t.Fatalf("FocusView(%s) failed", code)
		}
		c, _ := w.Country(code)
		x, y := v.ToPixel(size, Project(c.Label))
		if got, _ := w.HitTest(size, v, style, x, y); got != code {
			t.Errorf("%s: at its label in its focus view HitTest finds %q", code, got)
		}
		for _, m := range w.Markers(size, v, style) {
			if m.Code == code {
				t.Errorf("%s still has a marker in its focus view (zoom %.1f)", code, v.Zoom)
			}
		}
	}
	// The Vatican is too small even at MaxZoom: it keeps its marker.
	v, _ := w.FocusView(size, "VA")
	if v.Zoom != MaxZoom {
		t.Errorf("FocusView(VA) zoom %v, want MaxZoom", v.Zoom)
	}
	va, _ := w.Country("VA")
	x, y := v.ToPixel(size, Project(va.Label))
	if got, _ := w.HitTest(size, v, style, x, y); got != "VA" {
		t.Errorf("at the Vatican's marker HitTest finds %q", got)
	}
	if _, ok := w.FocusView(size, "ZZ"); ok {
		t.Errorf("FocusView(ZZ) succeeded")
	}
}
