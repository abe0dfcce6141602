package worldmap

import (
	"image/color"
	"math"
	"reflect"
	"testing"
)

func TestScaleClasses(t *testing.T) {
	tests := []struct {
		max  int
		mins []int // each class's lower bound
	}{
		{0, nil},
		{1, []int{1}},
		{3, []int{1, 2, 3}},
		{6, []int{1, 2, 3, 4, 5, 6}},
		{7, []int{1, 2, 3, 5}},
		{20, []int{1, 2, 3, 5, 10}},
		{100, []int{1, 2, 5, 10, 20, 50}},
		{1000, []int{1, 3, 10, 30, 100, 300}},
	}
	for _, tt := range tests {
		stops := NewScale(tt.max, LightPalette()).Stops()
		var mins []int
		for i, s := range stops {
			mins = append(mins, s.Min)
			if s.Max < s.Min {
				t.Errorf("max %d: class %d is %d–%d", tt.max, i, s.Min, s.Max)
			}
			if i > 0 && s.Min != stops[i-1].Max+1 {
				t.Errorf("max %d: class %d starts at %d after %d", tt.max, i, s.Min, stops[i-1].Max)
			}
		}
		if !reflect.DeepEqual(mins, tt.mins) {
			t.Errorf("NewScale(%d) classes start at %v, want %v", tt.max, mins, tt.mins)
		}
		if len(stops) > 0 && stops[len(stops)-1].Max != tt.max {
			t.Errorf("NewScale(%d) ends at %d", tt.max, stops[len(stops)-1].Max)
		}
	}
}

func TestScaleColour(t *testing.T) {
	s := NewScale(100, LightPalette())
	stops := s.Stops()
	for _, tt := range []struct {
		count int
		class int // -1: no colour
	}{{-1, -1}, {0, -1}, {1, 0}, {4, 1}, {5, 2}, {19, 3}, {20, 4}, {99, 5}, {100, 5}, {5000, 5}} {
		c, ok := s.Colour(tt.count)
		if tt.class < 0 {
			if ok {
				t.Errorf("Colour(%d) = %v, want none", tt.count, c)
			}
			continue
		}
		if !ok || c != stops[tt.class].Colour {
			t.Errorf("Colour(%d) = %v, %v; want class %d's %v", tt.count, c, ok, tt.class, stops[tt.class].Colour)
		}
	}
	fills := s.Fills(map[string]int{"FR": 3, "DE": 0, "NL": 100})
	if len(fills) != 2 || fills["NL"] != stops[5].Colour {
		t.Errorf("Fills = %v", fills)
	}
	if _, ok := (Scale{}).Colour(3); ok {
		t.Errorf("the empty scale has a colour")
	}
}

// TestPalettesReadOnTheirBackground checks what makes a choropleth
// readable: the classes step evenly in one direction of lightness, away from
// the background (darker on light, brighter on dark), and even the lowest is
// told apart from land without data.
func TestPalettesReadOnTheirBackground(t *testing.T) {
	for name, style := range map[string]Style{"light": LightStyle(), "dark": DarkStyle()} {
		stops := NewScale(1000, style.Palette).Stops()
		if len(stops) != maxClasses {
			t.Fatalf("%s: %d classes", name, len(stops))
		}
		darker := name == "light"
		for i := 1; i < len(stops); i++ {
			a, b := toOKLab(stops[i-1].Colour), toOKLab(stops[i].Colour)
			step := b.l - a.l
			if darker {
				step = -step
			}
			if step < 0.04 {
				t.Errorf("%s: class %d is not clearly %s than class %d (ΔL %.3f)", name, i, map[bool]string{true: "darker", false: "brighter"}[darker], i-1, step)
			}
		}
		for _, s := range stops {
			if d := okDistance(s.Colour, style.Land); d < 0.1 {
				t.Errorf("%s: class %d–%d (%v) too close to land without data (ΔE %.3f)", name, s.Min, s.Max, s.Colour, d)
			}
			if d := okDistance(s.Colour, style.Ocean); d < 0.1 {
				t.Errorf("%s: class %d–%d too close to the sea (ΔE %.3f)", name, s.Min, s.Max, d)
			}
		}
		if d := okDistance(style.Land, style.Ocean); d < 0.05 {
			t.Errorf("%s: land and sea too alike (ΔE %.3f)", name, d)
		}
	}
}

func okDistance(a, b color.RGBA) float64 {
	p, q := toOKLab(a), toOKLab(b)
	return math.Sqrt((p.l-q.l)*(p.l-q.l) + (p.a-q.a)*(p.a-q.a) + (p.b-q.b)*(p.b-q.b))
}

func TestOKLabRoundTrip(t *testing.T) {
	for _, c := range []color.RGBA{{0, 0, 0, 255}, {255, 255, 255, 255}, {0x12, 0x80, 0xF0, 255}, {0xFC, 0xE8, 0xA0, 255}} {
		if got := fromOKLab(toOKLab(c)); got != c {
			t.Errorf("fromOKLab(toOKLab(%v)) = %v", c, got)
		}
	}
	p := LightPalette()
	if p.At(0) != p.anchors[0] || p.At(1) != p.anchors[len(p.anchors)-1] {
		t.Errorf("the ramp does not start and end at its anchors")
	}
}

// TestPalettesGainContrastWithCount checks that the scale means the same in
// both themes: each class stands clearly further from the land without data
// and from the sea than the class below it, so more articles is always the
// stronger colour, whichever way the lightness runs.
func TestPalettesGainContrastWithCount(t *testing.T) {
	const minStep = 0.04 // a step of contrast a reader sees between neighbouring classes
	for name, style := range map[string]Style{"light": LightStyle(), "dark": DarkStyle()} {
		for _, most := range []int{3, 6, 1000} {
			stops := NewScale(most, style.Palette).Stops()
			for i := 1; i < len(stops); i++ {
				for ground, bg := range map[string]color.RGBA{"land": style.Land, "sea": style.Ocean} {
					lo, hi := Contrast(stops[i-1].Colour, bg), Contrast(stops[i].Colour, bg)
					if hi-lo < minStep {
						t.Errorf("%s, scale to %d: class %d–%d is %.3f from the %s, class %d–%d only %.3f further (want ≥ %.2f)",
							name, most, stops[i-1].Min, stops[i-1].Max, lo, ground, stops[i].Min, stops[i].Max, hi-lo, minStep)
					}
				}
			}
		}
	}
}
