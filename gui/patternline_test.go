package gui

import (
	"image"
	"image/color"
	"testing"
)

// dashesIn are the runs of painted pixels along the first row of img.
func dashesIn(img image.Image) (dashes [][2]int) {
	b := img.Bounds()
	for x := b.Min.X; x < b.Max.X; x++ {
		if _, _, _, a := img.At(x, 0).RGBA(); a == 0 {
			continue
		}
		if n := len(dashes); n > 0 && dashes[n-1][1] == x {
			dashes[n-1][1] = x + 1
		} else {
			dashes = append(dashes, [2]int{x, x + 1})
		}
	}
	return dashes
}

func TestPatternLinePaintsEveryDashOnWholePixels(t *testing.T) {
	for _, c := range []struct {
		name          string
		pw            int
		w, on, off    float32
		dashes, first [2]int
	}{
		{"dashes at scale 1", 23, 23, 3, 2, [2]int{5, 0}, [2]int{0, 3}},
		{"dashes at scale 2", 46, 23, 3, 2, [2]int{5, 0}, [2]int{0, 6}},
		// 1.5 dp dots at scale 1 alternate one and two pixels wide, but
		// none is lost.
		{"dots at scale 1", 12, 12, 1.5, 1.5, [2]int{4, 0}, [2]int{0, 2}},
	} {
		got := dashesIn(paintPattern(c.pw, 2, c.w, c.on, c.off, color.Black))
		if len(got) != c.dashes[0] || got[0] != c.first {
			t.Errorf("%s: dashes %v, want %d starting with %v", c.name, got, c.dashes[0], c.first)
		}
	}
	if got := dashesIn(paintPattern(4, 1, 0, 3, 2, color.Black)); len(got) != 0 {
		t.Errorf("a line of no width has dashes %v", got)
	}
}
