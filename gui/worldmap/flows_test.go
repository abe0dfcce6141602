package worldmap

import (
	"image"
	"image/color"
	"math"
	"path/filepath"
	"testing"
)

// goldenPlaces and goldenFlows are a fixed actor mode: the seed articles'
// arrows (the United States at Russia and China, China at the EU and
// Cyprus) with a heavy one, a loop and an organisation.
func goldenPlaces() Places { return Places{"EU": {Lon: 4.35, Lat: 50.85}} }

func goldenFlows() []Flow {
	return []Flow{
		{From: "US", To: "RU", Count: 1}, {From: "US", To: "CN", Count: 1},
		{From: "CN", To: "EU", Count: 3}, {From: "CN", To: "CY", Count: 2},
		{From: "RU", To: "UA", Count: 12}, {From: "UA", To: "RU", Count: 1},
		{From: "IR", To: "IR", Count: 2}, {From: "KP", To: "KR", Count: 5},
	}
}

func TestGoldenFlows(t *testing.T) {
	w := mustLoad(t)
	for _, tt := range []struct {
		file  string
		size  image.Point
		style Style
	}{
		{"flows_800x400_light.png", image.Pt(800, 400), LightStyle()},
		{"flows_1600x800_dark_x2.png", image.Pt(1600, 800), DarkStyle().Scaled(2)},
	} {
		t.Run(tt.file, func(t *testing.T) {
			counts := map[string]int{"US": 2, "CN": 5, "RU": 12, "UA": 1, "IR": 2, "KP": 5, "EU": 3}
			layer := Layer{
				Fill:     NewScale(12, tt.style.Palette).Fills(counts),
				Selected: map[string]bool{"CN": true},
				Places:   goldenPlaces(),
			}
			img := image.NewRGBA(image.Rectangle{Max: tt.size})
			r := NewRenderer(w)
			r.Render(img, WorldView(), tt.style, layer)
			r.Flows(img, WorldView(), tt.style, goldenFlows(), goldenPlaces())
			compareGolden(t, filepath.Join("testdata", tt.file), img)
		})
	}
}

// flowPixels counts the pixels of the flow's colour within radius of a point.
func flowPixels(img *image.RGBA, col color.RGBA, x, y, radius float64) int {
	n := 0
	for py := int(y - radius); py <= int(y+radius); py++ {
		for px := int(x - radius); px <= int(x+radius); px++ {
			if math.Hypot(float64(px)-x, float64(py)-y) <= radius && img.RGBAAt(px, py) == col {
				n++
			}
		}
	}
	return n
}

// TestFlowsPointAtTheirTarget: an arrow is drawn between its ends, wider
// and with its head at the target's end, so the direction shows; nothing
// is drawn for unknown ends, and a loop sits above its place.
func TestFlowsPointAtTheirTarget(t *testing.T) {
	w := mustLoad(t)
	size := image.Pt(1600, 800)
	v := WorldView()
	style := LightStyle()
	r := NewRenderer(w)
	pixel := func(code string) (float64, float64) {
		p, ok := w.placePoint(code, goldenPlaces())
		if !ok {
			t.Fatalf("no point for %s", code)
		}
		return v.ToPixel(size, p)
	}

	img := image.NewRGBA(image.Rectangle{Max: size})
	r.Flows(img, v, style, []Flow{{From: "BR", To: "IN", Count: 4}}, nil)
	bx, by := pixel("BR")
	ix, iy := pixel("IN")
	length := math.Hypot(ix-bx, iy-by)
	// Sample a window a fifth of the way along from each end, on the curve:
	// the quadratic's point at t is (1-t)²·a + 2(1-t)t·c + t²·b.
	cx, cy := (bx+ix)/2+(iy-by)*flowBend, (by+iy)/2-(ix-bx)*flowBend
	on := func(t float64) (float64, float64) {
		a, b, c := (1-t)*(1-t), 2*(1-t)*t, t*t
		return a*bx + b*cx + c*ix, a*by + b*cy + c*iy
	}
	nearSource, nearTarget := 0, 0
	for _, t := range []float64{0.1, 0.15, 0.2} {
		x, y := on(t)
		nearSource += flowPixels(img, style.Flow, x, y, 6)
		x, y = on(1 - t - 0.05)
		nearTarget += flowPixels(img, style.Flow, x, y, 6)
	}
	if nearSource == 0 || nearTarget <= nearSource {
		t.Errorf("Brazil → India over %.0f px: %d line pixels near Brazil, %d near India; want a line that widens towards India", length, nearSource, nearTarget)
	}
	// The head: many line pixels just before India's point, none beyond it.
	tipX, tipY := on(0.97)
	if n := flowPixels(img, style.Flow, tipX, tipY, 8); n < 20 {
		t.Errorf("%d line pixels at the head, want an arrowhead", n)
	}
	if n := flowPixels(img, style.Flow, ix+(ix-tipX)*2, iy+(iy-tipY)*2, 4); n != 0 {
		t.Errorf("%d line pixels beyond the target", n)
	}

	// Unknown ends, zero counts: nothing at all.
	blank := image.NewRGBA(image.Rectangle{Max: size})
	r.Flows(blank, v, style, []Flow{{From: "ZZ", To: "IN", Count: 3}, {From: "BR", To: "EU", Count: 3}, {From: "BR", To: "IN"}}, nil)
	for i, b := range blank.Pix {
		if b != 0 {
			t.Fatalf("drew at byte %d for flows with unknown ends or no articles", i)
		}
	}

	// A loop: above its place, within a few widths of it.
	loop := image.NewRGBA(image.Rectangle{Max: size})
	r.Flows(loop, v, style, []Flow{{From: "IR", To: "IR", Count: 1}}, nil)
	x, y := pixel("IR")
	rad := flowLoopRadius * style.FlowMinWidth
	if above, below := flowPixels(loop, style.Flow, x, y-rad, rad*1.5), flowPixels(loop, style.Flow, x, y+rad*1.5, rad); above < 10 || below != 0 {
		t.Errorf("Iran's loop: %d line pixels above it, %d below; want a loop above only", above, below)
	}
}

func TestFlowWidthGrowsWithTheCount(t *testing.T) {
	s := LightStyle()
	if w := s.FlowWidth(1, 1); w != s.FlowMinWidth {
		t.Errorf("one article alone: width %v, want the least, %v", w, s.FlowMinWidth)
	}
	if w := s.FlowWidth(40, 40); w != s.FlowMaxWidth {
		t.Errorf("the most articles: width %v, want the most, %v", w, s.FlowMaxWidth)
	}
	last := 0.0
	for n := 1; n <= 12; n++ {
		w := s.FlowWidth(n, 12)
		if w <= last || w > s.FlowMaxWidth {
			t.Errorf("%d articles of 12: width %v after %v", n, w, last)
		}
		last = w
	}
	if w := s.FlowWidth(0, 0); w != s.FlowMinWidth {
		t.Errorf("no articles: width %v", w)
	}
}

// TestPlacesAreDiscsThatAnswerClicks: an organisation is drawn where its
// point is, in its count's colour, and PlaceAt finds it there only.
func TestPlacesAreDiscsThatAnswerClicks(t *testing.T) {
	w := mustLoad(t)
	size := image.Pt(1280, 640)
	v := WorldView()
	style := LightStyle()
	places := Places{"UN": {Lon: -30, Lat: 30}} // mid-Atlantic, clear of land
	fill := color.RGBA{200, 10, 10, 255}
	img := image.NewRGBA(image.Rectangle{Max: size})
	NewRenderer(w).Render(img, v, style, Layer{Fill: map[string]color.RGBA{"UN": fill}, Places: places})
	x, y := v.ToPixel(size, Project(places["UN"]))
	if got := img.RGBAAt(int(x), int(y)); got != fill {
		t.Errorf("the UN's disc is %v, want %v", got, fill)
	}
	if got := img.RGBAAt(int(x+style.PlaceRadius*3), int(y)); got != style.Ocean {
		t.Errorf("beside the UN's disc: %v, want the sea", got)
	}
	if code, ok := PlaceAt(size, v, style, places, x+2, y-2); !ok || code != "UN" {
		t.Errorf("PlaceAt on the disc = %q, %v", code, ok)
	}
	if code, ok := PlaceAt(size, v, style, places, x+style.PlaceRadius*3, y); ok {
		t.Errorf("PlaceAt beside the disc = %q", code)
	}
}
