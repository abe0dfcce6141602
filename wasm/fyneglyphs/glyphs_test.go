package fyneglyphs

import (
	"bytes"
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2/theme"
	"github.com/go-text/render"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// shaped is text shaped in Fyne's own text font at size pixels per em.
func shaped(t *testing.T, text string, size float32) shaping.Output {
	t.Helper()
	face, err := font.ParseTTF(bytes.NewReader(theme.DefaultTextFont().Content()))
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	return (&shaping.HarfbuzzShaper{}).Shape(shaping.Input{
		Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR, Face: face,
		Size: fixed.Int26_6(size * 64), Script: language.Latin, Language: language.NewLanguage("nl"),
	})
}

// drawn is run drawn at a baseline 30 pixels down on a 420×44 image, by
// draw.
func drawn(run shaping.Output, size, scale float32, fill color.Color, draw func(*render.Renderer, shaping.Output, *image.NRGBA)) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, 420, 44))
	r := &render.Renderer{FontSize: size, PixScale: scale, Color: fill}
	draw(r, run, img)
	return img
}

func TestGlyphsDrawAsGoTextRenderDoes(t *testing.T) {
	text := "Chinese hackers lazen Europese diplomatieke kabels — 8 februari, Pegasus?"
	for _, c := range []struct {
		name        string
		size, scale float32
		fill        color.Color
	}{
		{"text size", 14, 1, color.NRGBA{R: 0x20, G: 0x30, B: 0x40, A: 0xff}},
		{"small and translucent", 11, 1, color.NRGBA{R: 0xc0, A: 0x80}},
		{"twice the density", 9, 2, color.Black},
	} {
		run := shaped(t, text, c.size*c.scale)
		want := drawn(run, c.size, c.scale, c.fill, func(r *render.Renderer, run shaping.Output, img *image.NRGBA) {
			r.DrawShapedRunAt(run, img, 2, 30)
		})
		got := drawn(run, c.size, c.scale, c.fill, func(r *render.Renderer, run shaping.Output, img *image.NRGBA) {
			dossierDrawRun(r, run, img, 2, 30)
		})
		var inkWant, inkGot, differ int
		for i := 3; i < len(want.Pix); i += 4 {
			inkWant += int(want.Pix[i])
			inkGot += int(got.Pix[i])
			d := int(want.Pix[i]) - int(got.Pix[i])
			differ += max(d, -d)
		}
		if inkWant == 0 {
			t.Fatalf("%s: go-text/render drew nothing", c.name)
		}
		// Glyphs are placed to a quarter pixel: their edges may differ a
		// little, their ink hardly.
		if ratio := float64(inkGot) / float64(inkWant); ratio < 0.98 || ratio > 1.02 {
			t.Errorf("%s: ink %d, go-text/render's %d", c.name, inkGot, inkWant)
		}
		t.Logf("%s: ink %d vs %d, alpha differs by %.1f%% of the ink", c.name, inkGot, inkWant, float64(differ)/float64(inkWant)*100)
		if share := float64(differ) / float64(inkWant); share > 0.15 {
			t.Errorf("%s: the alpha differs by %.0f%% of the ink", c.name, share*100)
		}
		if p, q := got.NRGBAAt(0, 0), want.NRGBAAt(0, 0); p != q {
			t.Errorf("%s: the corner is %v, want %v", c.name, p, q)
		}
		// Where a glyph is solid, it has the colour itself.
		_, _, _, a := c.fill.RGBA()
		for i := 0; i < len(got.Pix); i += 4 {
			if got.Pix[i+3] == uint8(a>>8) {
				if p := (color.NRGBA{got.Pix[i], got.Pix[i+1], got.Pix[i+2], got.Pix[i+3]}); p != color.NRGBAModel.Convert(c.fill) {
					t.Errorf("%s: a solid pixel is %v, want %v", c.name, p, c.fill)
				}
				break
			}
		}
	}
}

func TestGlyphsAreRasterisedOnce(t *testing.T) {
	clear(dossierGlyphs)
	run := shaped(t, "aaaa", 14)
	draw := func(r *render.Renderer, run shaping.Output, img *image.NRGBA) { dossierDrawRun(r, run, img, 2, 30) }
	drawn(run, 14, 1, color.Black, draw)
	kept := len(dossierGlyphs)
	// Four a's at different positions within a pixel: at most four masks.
	if kept == 0 || kept > dossierGlyphSteps {
		t.Fatalf("%d glyphs kept for four a's", kept)
	}
	drawn(run, 14, 1, color.White, draw)
	if len(dossierGlyphs) != kept {
		t.Errorf("drawn again in another colour, %d glyphs kept, want %d", len(dossierGlyphs), kept)
	}
	drawn(shaped(t, "aaaa", 28), 28, 1, color.Black, draw)
	if len(dossierGlyphs) == kept {
		t.Error("another size drew from the first size's glyphs")
	}
}

func TestGlyphsOfSpacesAndEmptyTexts(t *testing.T) {
	for _, text := range []string{" ", ""} {
		img := drawn(shaped(t, text, 14), 14, 1, color.Black, func(r *render.Renderer, run shaping.Output, img *image.NRGBA) {
			dossierDrawRun(r, run, img, 2, 30)
		})
		for i := 3; i < len(img.Pix); i += 4 {
			if img.Pix[i] != 0 {
				t.Errorf("%q drew ink", text)
				break
			}
		}
	}
}

func TestGlyphsClippedAtTheImagesEdges(t *testing.T) {
	run := shaped(t, "Wg", 40)
	img := image.NewNRGBA(image.Rect(0, 0, 10, 10))
	// Most of both glyphs fall outside: drawn without a panic.
	dossierDrawRun(&render.Renderer{FontSize: 40, PixScale: 1, Color: color.Black}, run, img, -15, 5)
}
