package worldmap

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/")

// goldenCounts is a fixed query result: big and small countries, and the
// four small ones the map must show as markers.
func goldenCounts() map[string]int {
	return map[string]int{
		"CN": 120, "RU": 95, "US": 60, "IR": 40, "KP": 25, "NL": 30, "DE": 12,
		"FR": 8, "GB": 18, "IL": 9, "BE": 4, "BR": 1, "AU": 2, "IN": 6, "TR": 3,
		"CY": 5, "SG": 7, "MT": 2, "BH": 3, "LU": 1,
	}
}

func TestGoldenImages(t *testing.T) {
	w := mustLoad(t)
	tests := []struct {
		file  string
		size  image.Point
		style Style
	}{
		{"world_800x400_light.png", image.Pt(800, 400), LightStyle()},
		// The same map on a HiDPI canvas at scale 2, in the dark theme.
		{"world_1600x800_dark_x2.png", image.Pt(1600, 800), DarkStyle().Scaled(2)},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			img := image.NewRGBA(image.Rectangle{Max: tt.size})
			layer := Layer{
				Fill:     NewScale(120, tt.style.Palette).Fills(goldenCounts()),
				Selected: map[string]bool{"CN": true, "SG": true},
			}
			NewRenderer(w).Render(img, WorldView(), tt.style, layer)
			compareGolden(t, filepath.Join("testdata", tt.file), img)
		})
	}
}

// compareGolden compares with a golden PNG, or rewrites it under -update.
// Rendering is pure Go and exact on one platform; across platforms the
// compiler may fuse multiply-adds, which moves an edge pixel's coverage a
// little, so a few slightly different pixels are allowed.
func compareGolden(t *testing.T, path string, got *image.RGBA) {
	t.Helper()
	if *update {
		var buf bytes.Buffer
		if err := png.Encode(&buf, got); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	defer f.Close()
	decoded, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	want := image.NewRGBA(decoded.Bounds())
	draw.Draw(want, want.Bounds(), decoded, decoded.Bounds().Min, draw.Src)
	if want.Bounds() != got.Bounds() {
		t.Fatalf("%s is %v, rendered %v", path, want.Bounds(), got.Bounds())
	}
	off, worst := 0, 0
	for i := 0; i < len(got.Pix); i += 4 {
		d := 0
		for c := range 4 {
			d = max(d, absInt(int(got.Pix[i+c])-int(want.Pix[i+c])))
		}
		if d > 2 {
			off++
		}
		worst = max(worst, d)
	}
	if limit := len(got.Pix) / 4 / 1000; off > limit {
		out := filepath.Join(t.TempDir(), filepath.Base(path))
		var buf bytes.Buffer
		_ = png.Encode(&buf, got)
		_ = os.WriteFile(out, buf.Bytes(), 0o644)
		t.Errorf("%s: %d pixels differ (worst by %d), more than %d; got %s", path, off, worst, limit, out)
	}
}

func absInt(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// TestRenderPaintsWhatItIsTold reads pixels back: a country in its fill,
// the sea, the background, a marker in its country's colour.
func TestRenderPaintsWhatItIsTold(t *testing.T) {
	w := mustLoad(t)
	size := image.Pt(1280, 640)
	style := LightStyle()
	style.Background = color.RGBA{1, 2, 3, 255}
	fr := color.RGBA{200, 10, 10, 255}
	mt := color.RGBA{10, 200, 10, 255}
	img := image.NewRGBA(image.Rectangle{Max: size})
	NewRenderer(w).Render(img, WorldView(), style, Layer{Fill: map[string]color.RGBA{"FR": fr, "MT": mt}})
	at := func(ll LonLat) color.RGBA {
		x, y := WorldView().ToPixel(size, Project(ll))
		return img.RGBAAt(int(x), int(y))
	}
	for _, tt := range []struct {
		what string
		got  color.RGBA
		want color.RGBA
	}{
		{"central France", at(LonLat{2.5, 46.5}), fr},
		{"central Spain, no data", at(LonLat{-3.7, 40}), style.Land},
		{"mid-Atlantic", at(LonLat{-30, 30}), style.Ocean},
		{"outside the globe", img.RGBAAt(1, 1), style.Background},
		{"Malta's marker", at(mustCountry(t, w, "MT").Label), mt},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: %v, want %v", tt.what, tt.got, tt.want)
		}
	}
}

func mustCountry(t *testing.T, w *World, code string) Country {
	t.Helper()
	c, ok := w.Country(code)
	if !ok {
		t.Fatalf("no %s", code)
	}
	return c
}

// TestRecolourFromCacheEqualsFreshRender: the cached geometry gives the same
// pixels as a renderer that starts afresh, for new colours, a new view and a
// new style.
func TestRecolourFromCacheEqualsFreshRender(t *testing.T) {
	w := mustLoad(t)
	size := image.Rect(0, 0, 640, 320)
	cached := NewRenderer(w)
	light, dark := LightStyle(), DarkStyle()
	steps := []struct {
		view  View
		style Style
		layer Layer
	}{
		{WorldView(), light, Layer{Fill: NewScale(50, light.Palette).Fills(map[string]int{"FR": 3, "CN": 50})}},
		{WorldView(), light, Layer{Fill: NewScale(9, light.Palette).Fills(map[string]int{"US": 9, "CY": 1}), Selected: map[string]bool{"US": true}}},
		{WorldView().ZoomAt(size.Size(), 330, 90, 6), light, Layer{Selected: map[string]bool{"DE": true}}},
		{WorldView().ZoomAt(size.Size(), 330, 90, 6), dark, Layer{Fill: NewScale(5, dark.Palette).Fills(map[string]int{"DE": 5})}},
	}
	for i, s := range steps {
		got := image.NewRGBA(size)
		cached.Render(got, s.view, s.style, s.layer)
		want := image.NewRGBA(size)
		NewRenderer(w).Render(want, s.view, s.style, s.layer)
		if !bytes.Equal(got.Pix, want.Pix) {
			t.Errorf("step %d: cached render differs from a fresh one", i)
		}
	}
}

func TestRenderIntoSubImage(t *testing.T) {
	w := mustLoad(t)
	style := LightStyle()
	layer := Layer{Fill: NewScale(120, style.Palette).Fills(goldenCounts()), Selected: map[string]bool{"RU": true}}
	alone := image.NewRGBA(image.Rect(0, 0, 300, 150))
	NewRenderer(w).Render(alone, WorldView(), style, layer)
	big := image.NewRGBA(image.Rect(0, 0, 400, 250))
	sub := big.SubImage(image.Rect(50, 60, 350, 210)).(*image.RGBA)
	NewRenderer(w).Render(sub, WorldView(), style, layer)
	for y := range 150 {
		for x := range 300 {
			if a, b := alone.RGBAAt(x, y), big.RGBAAt(50+x, 60+y); a != b {
				t.Fatalf("pixel %d,%d: %v in its own image, %v in a sub-image", x, y, a, b)
			}
		}
	}
	if c := big.RGBAAt(10, 10); c != (color.RGBA{}) {
		t.Errorf("drew outside the sub-image: %v", c)
	}
}

func TestOutlineDrawsOnlyItsCountry(t *testing.T) {
	w := mustLoad(t)
	size := image.Pt(1280, 640)
	v := WorldView()
	r := NewRenderer(w)
	for _, code := range []string{"FR", "CY", "ZZ"} {
		overlay := image.NewRGBA(image.Rectangle{Max: size})
		r.Outline(overlay, v, LightStyle(), code, color.RGBA{0, 0, 0, 255}, 2)
		var drawn image.Rectangle
		for y := range size.Y {
			for x := range size.X {
				if overlay.RGBAAt(x, y).A != 0 {
					drawn = drawn.Union(image.Rect(x, y, x+1, y+1))
				}
			}
		}
		if code == "ZZ" {
			if !drawn.Empty() {
				t.Errorf("an unknown code drew %v", drawn)
			}
			continue
		}
		c := mustCountry(t, w, code)
		x0, y0 := v.ToPixel(size, Project(LonLat{c.Bounds.West, c.Bounds.North}))
		x1, y1 := v.ToPixel(size, Project(LonLat{c.Bounds.East, c.Bounds.South}))
		// Equal Earth's meridians curve, so allow a few pixels beyond the
		// corners of the geographic bounds, and the marker's ring for Cyprus.
		allowed := image.Rect(int(x0)-10, int(y0)-10, int(x1)+10, int(y1)+10)
		if drawn.Empty() || !drawn.In(allowed) {
			t.Errorf("%s: outline drawn over %v, want inside %v", code, drawn, allowed)
		}
	}
}

func ExampleRenderer_Render() {
	world, err := Load()
	if err != nil {
		panic(err)
	}
	style := LightStyle()
	counts := map[string]int{"NL": 12, "CN": 40, "RU": 31, "SG": 2}
	scale := NewScale(40, style.Palette)
	img := image.NewRGBA(image.Rect(0, 0, 1280, 640))
	NewRenderer(world).Render(img, WorldView(), style, Layer{Fill: scale.Fills(counts)})

	var legend []string
	for _, s := range scale.Stops() {
		legend = append(legend, fmt.Sprintf("%d–%d", s.Min, s.Max))
	}
	fmt.Println(strings.Join(legend, " "))
	x, y := WorldView().ToPixel(img.Bounds().Size(), Project(LonLat{Lon: 103.82, Lat: 1.35}))
	code, _ := world.HitTest(img.Bounds().Size(), WorldView(), style, x, y)
	fmt.Println(code)
	// Output:
	// 1–1 2–2 3–4 5–9 10–19 20–40
	// SG
}
