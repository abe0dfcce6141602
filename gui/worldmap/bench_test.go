package worldmap

import (
	"image"
	"testing"
)

// benchCounts is a deterministic spread of counts over many countries, as
// a broad query would give.
func benchCounts(w *World, salt int) map[string]int {
	counts := map[string]int{}
	for i, code := range w.Codes() {
		if (i+salt)%3 != 0 {
			counts[code] = (i*37+salt*11)%200 + 1
		}
	}
	return counts
}

// BenchmarkRender1600x800 is a full draw: every iteration shows a new view
// (a pan by one pixel), so the geometry is rasterised again, as while the
// map is dragged.
func BenchmarkRender1600x800(b *testing.B) {
	w := mustLoad(b)
	r := NewRenderer(w)
	dst := image.NewRGBA(image.Rect(0, 0, 1600, 800))
	style := LightStyle()
	layer := Layer{Fill: NewScale(200, style.Palette).Fills(benchCounts(w, 0)), Selected: map[string]bool{"CN": true, "NL": true}}
	views := [2]View{WorldView(), WorldView().ZoomAt(dst.Bounds().Size(), 800, 400, 1.001)}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		r.Render(dst, views[i%2], style, layer)
	}
}

// BenchmarkRecolour1280x640 re-colours an unchanged view for new counts, as
// when the query changes.
func BenchmarkRecolour1280x640(b *testing.B) {
	w := mustLoad(b)
	r := NewRenderer(w)
	dst := image.NewRGBA(image.Rect(0, 0, 1280, 640))
	style := DarkStyle()
	scale := NewScale(200, style.Palette)
	layers := [2]Layer{
		{Fill: scale.Fills(benchCounts(w, 0)), Selected: map[string]bool{"RU": true}},
		{Fill: scale.Fills(benchCounts(w, 1)), Selected: map[string]bool{"IR": true}},
	}
	r.Render(dst, WorldView(), style, layers[1])
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		r.Render(dst, WorldView(), style, layers[i%2])
	}
}

func BenchmarkHitTest(b *testing.B) {
	w := mustLoad(b)
	size := image.Pt(1280, 640)
	style := LightStyle()
	for i := 0; b.Loop(); i++ {
		w.HitTest(size, WorldView(), style, float64(i*7919%1280), float64(i*104729%640))
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func mustLoad(tb testing.TB) *World {
	tb.Helper()
	w, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return w
}

// BenchmarkRenderZoomed1600x800 pans a view zoomed in on Europe, where most
// of the world's geometry lies off the image and has to be clipped.
func BenchmarkRenderZoomed1600x800(b *testing.B) {
	w := mustLoad(b)
	r := NewRenderer(w)
	dst := image.NewRGBA(image.Rect(0, 0, 1600, 800))
	size := dst.Bounds().Size()
	style := LightStyle()
	layer := Layer{Fill: NewScale(200, style.Palette).Fills(benchCounts(w, 0)), Selected: map[string]bool{"DE": true}}
	v, _ := w.FocusView(size, "BE")
	views := [2]View{v, v.Pan(size, 1, 0)}
	for i := 0; b.Loop(); i++ {
		r.Render(dst, views[i%2], style, layer)
	}
}
