package gui

import (
	"image"
	"image/color"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"dossier/gui/worldmap"
)

// TestMapSmallCountriesAreHitAtStripSize taps, at the map's size in the
// window, beside small countries' markers and on Belgium, a few pixels
// across there.
func TestMapSmallCountriesAreHitAtStripSize(t *testing.T) {
	f := newMapFixtureOfSize(t, ThemeLight, fyne.NewSize(mapStripWidth, mapStripHeight))
	counts := seedMapCounts()
	for _, code := range []string{"MT", "SG", "BH", "LU"} {
		counts[code] = 1
	}
	f.m.SetData(counts, nil)
	f.capture()
	label := func(code string) fyne.Position {
		c, _ := f.m.world.Country(code)
		return f.at(c.Label)
	}
	for _, tt := range []struct {
		code   string
		dx, dy float32
	}{
		{"CY", 0, 0}, {"CY", -6, 0}, {"MT", 0, 0}, {"MT", 6, 0}, {"SG", 0, 0}, {"SG", 6, 0},
		{"BH", 0, 0}, {"BE", 0, 0}, {"LU", 0, 0},
	} {
		f.toggled = nil
		test.TapCanvas(f.window.Canvas(), label(tt.code).AddXY(tt.dx, tt.dy))
		if !slices.Equal(f.toggled, []string{tt.code}) {
			t.Errorf("tap (%v, %v) dp off %s's marker toggled %v", tt.dx, tt.dy, tt.code, f.toggled)
		}
	}
	for _, tt := range []struct {
		place string
		at    worldmap.LonLat
		want  string
	}{
		{"Paris", placeParis, "FR"}, {"Berlin", placeBerlin, "DE"},
		{"Marrakesh", worldmap.LonLat{Lon: -7.9811, Lat: 31.6295}, "MA"},
	} {
		f.tap(tt.at)
		if !slices.Equal(f.toggled, []string{tt.want}) {
			t.Errorf("tap at %s toggled %v, want %s", tt.place, f.toggled, tt.want)
		}
	}
}

// TestMapDotsOnlyWhereThereAreArticles: Malta without articles has no dot
// on the sea; with articles, or under the pointer, it has.
func TestMapDotsOnlyWhereThereAreArticles(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	malta, _ := f.m.world.Country("MT")
	at := f.at(malta.Label)
	pixel := func() color.RGBA { return mapToRGBA(f.capture()).RGBAAt(int(at.X), int(at.Y)) }
	if got, sea := pixel(), worldmap.LightStyle().Ocean; got != sea {
		t.Errorf("Malta without articles: %v at its marker, want the sea %v", got, sea)
	}
	f.m.hover.Hide() // the pointer is elsewhere
	test.MoveMouse(f.window.Canvas(), at)
	if f.m.hovered != "MT" || mapOpaquePixels(f.m.drawHover(mapTestWidth, mapTestHeight).(*image.RGBA), image.Rect(int(at.X)-6, int(at.Y)-6, int(at.X)+6, int(at.Y)+6)) == 0 {
		t.Errorf("hovering Malta's place (hovered %q) rings nothing there", f.m.hovered)
	}
	test.MoveMouse(f.window.Canvas(), fyne.NewPos(2, 2))
	counts := seedMapCounts()
	counts["MT"] = 2
	f.m.SetData(counts, nil)
	if got := pixel(); got == worldmap.LightStyle().Ocean {
		t.Errorf("Malta with articles has no dot")
	}
}

// TestMapSelectionHasAHalo checks the selection outline in both themes: the
// line and, around it, the halo in the opposite lightness, for a country's
// shape (France) and for a marker (Cyprus).
func TestMapSelectionHasAHalo(t *testing.T) {
	for _, c := range []struct {
		mode  ThemeMode
		style worldmap.Style
	}{{ThemeLight, worldmap.LightStyle()}, {ThemeDark, worldmap.DarkStyle()}} {
		t.Run(string(c.mode), func(t *testing.T) {
			f := newMapFixture(t, c.mode)
			plain := mapToRGBA(f.capture())
			f.m.SetData(seedMapCounts(), []string{"FR", "CY"})
			img := mapToRGBA(f.capture())
			box := func(west, south, east, north float64) image.Rectangle {
				a, b := f.at(worldmap.LonLat{Lon: west, Lat: north}), f.at(worldmap.LonLat{Lon: east, Lat: south})
				return image.Rect(int(a.X)-4, int(a.Y)-4, int(b.X)+5, int(b.Y)+5)
			}
			near := func(a, b color.RGBA) bool {
				d := func(x, y uint8) int { return max(int(x)-int(y), int(y)-int(x)) }
				return d(a.R, b.R)+d(a.G, b.G)+d(a.B, b.B) <= 24
			}
			// Pixels that took on col with the selection.
			gained := func(r image.Rectangle, col color.RGBA) int {
				n := 0
				for y := r.Min.Y; y < r.Max.Y; y++ {
					for x := r.Min.X; x < r.Max.X; x++ {
						if near(img.RGBAAt(x, y), col) && !near(plain.RGBAAt(x, y), col) {
							n++
						}
					}
				}
				return n
			}
			france, cyprus := box(-5, 42, 8, 51), box(32, 34.5, 34.6, 35.7)
			if n := gained(france, c.style.Outline); n < 60 {
				t.Errorf("France: %d pixels took the outline's colour, want its line", n)
			}
			if n := gained(france, c.style.Halo); n < 20 {
				t.Errorf("France: %d pixels took the halo's colour, want a halo around the line", n)
			}
			if n := gained(cyprus, c.style.Outline); n < 8 {
				t.Errorf("Cyprus's marker: %d pixels took the outline's colour", n)
			}
			if n := gained(cyprus, c.style.Halo); n < 8 {
				t.Errorf("Cyprus's marker: %d pixels took the halo's colour", n)
			}
		})
	}
}

// TestMapLegendGainsContrastInBothThemes reads the legend's swatches: each
// class further from the "none" swatch (the land) than the one before, in
// light and in dark alike.
func TestMapLegendGainsContrastInBothThemes(t *testing.T) {
	for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
		t.Run(string(mode), func(t *testing.T) {
			f := newMapFixture(t, mode)
			f.m.SetData(map[string]int{"FR": 1, "DE": 3, "US": 12, "CN": 40, "RU": 150, "IN": 600}, nil)
			var fills []color.RGBA
			for _, o := range f.m.legend.Objects[1:] { // after the panel
				if r, ok := o.(*canvas.Rectangle); ok {
					fills = append(fills, color.RGBAModel.Convert(r.FillColor).(color.RGBA))
				}
			}
			if len(fills) < 4 {
				t.Fatalf("legend has %d swatches", len(fills))
			}
			none := fills[0]
			for i := 2; i < len(fills); i++ {
				lo, hi := worldmap.Contrast(fills[i-1], none), worldmap.Contrast(fills[i], none)
				if hi-lo < 0.04 {
					t.Errorf("swatch %d is %.3f from \"none\", swatch %d only %.3f further", i-1, lo, i, hi-lo)
				}
			}
		})
	}
}
