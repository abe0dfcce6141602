package fynesvg

import (
	"bytes"
	"image"
	"image/color"
	"strings"
	"testing"
)

// TestColorizeOnceAnIconAndColour: an icon recoloured again in a colour it
// had (in any colour model) comes from the cache; another colour or icon is
// Fyne's work; a full cache starts again.
func TestColorizeOnceAnIconAndColour(t *testing.T) {
	dossierColorizedSVGs, colorizedByFyne = dossierCache[dossierColorized, []byte]{}, 0
	star, ring := []byte(`<svg><path d="M1 1"/></svg>`), []byte(`<svg><circle r="2"/></svg>`)
	blue := color.NRGBA{R: 0x21, G: 0x96, B: 0xf3, A: 0xff}
	for _, c := range []struct {
		svg     []byte
		colour  color.Color
		byFyne  int
		wantEnd []byte
	}{
		{star, blue, 1, []byte{0x21, 0x96, 0xf3, 0xff}},
		{star, blue, 1, []byte{0x21, 0x96, 0xf3, 0xff}},
		{star, color.RGBA{R: 0x21, G: 0x96, B: 0xf3, A: 0xff}, 1, []byte{0x21, 0x96, 0xf3, 0xff}},
		{star, color.Black, 2, []byte{0, 0, 0, 0xff}},
		{ring, blue, 3, []byte{0x21, 0x96, 0xf3, 0xff}},
	} {
		out, err := Colorize(c.svg, c.colour)
		if err != nil || !bytes.HasSuffix(out, c.wantEnd) || !bytes.HasPrefix(out, c.svg) {
			t.Errorf("Colorize(%s, %v) = %v, %v", c.svg, c.colour, out, err)
		}
		if colorizedByFyne != c.byFyne {
			t.Errorf("Colorize(%s, %v): Fyne recoloured %d times, want %d", c.svg, c.colour, colorizedByFyne, c.byFyne)
		}
	}
	for i := len(dossierColorizedSVGs.made); i < dossierCacheMax; i++ {
		dossierColorizedSVGs.made[dossierColorized{svg: strings.Repeat("x", i)}] = nil
	}
	if _, err := Colorize(star, color.White); err != nil || len(dossierColorizedSVGs.made) != 1 {
		t.Errorf("%d recoloured icons kept after the cache was full, want 1 (%v)", len(dossierColorizedSVGs.made), err)
	}
}

// TestDecoderOnceAnIcon: an icon is parsed once, whichever reader brings
// it, and its decoder shared.
func TestDecoderOnceAnIcon(t *testing.T) {
	dossierIcons, decodedByFyne = dossierCache[string, *Decoder]{}, 0
	first, err := NewDecoder(strings.NewReader(`<svg><path d="M1 1"/></svg>`))
	if err != nil {
		t.Fatal(err)
	}
	again, err := NewDecoder(bytes.NewReader([]byte(`<svg><path d="M1 1"/></svg>`)))
	if err != nil || again != first || decodedByFyne != 1 {
		t.Errorf("the same icon: shared %v, parsed %d times, %v", again == first, decodedByFyne, err)
	}
	if other, _ := NewDecoder(strings.NewReader(`<svg/>`)); other == first || decodedByFyne != 2 {
		t.Errorf("another icon: shared %v, parsed %d times", other == first, decodedByFyne)
	}
}

// TestDrawOnceAnIconAndSize: an icon drawn again at a size it had comes
// from the cache, the same image; another size or icon is Fyne's work.
func TestDrawOnceAnIconAndSize(t *testing.T) {
	dossierIcons, dossierDrawn, drawnByFyne = dossierCache[string, *Decoder]{}, dossierCache[dossierDrawing, *image.NRGBA]{}, 0
	star, _ := NewDecoder(strings.NewReader(`<svg><path d="M1 1"/></svg>`))
	ring, _ := NewDecoder(strings.NewReader(`<svg><circle r="2"/></svg>`))
	first, err := star.Draw(20, 20)
	if err != nil || first.Bounds().Dx() != 20 {
		t.Fatalf("Draw(20, 20) = %v, %v", first.Bounds(), err)
	}
	for _, c := range []struct {
		icon          *Decoder
		width, height int
		byFyne        int
	}{
		{star, 20, 20, 1},
		{star, 40, 40, 2},
		{ring, 20, 20, 3},
		{ring, 20, 20, 3},
	} {
		img, err := c.icon.Draw(c.width, c.height)
		if err != nil || img.Bounds().Dx() != c.width || img.Bounds().Dy() != c.height {
			t.Errorf("Draw(%d, %d) = %v, %v", c.width, c.height, img.Bounds(), err)
		}
		if drawnByFyne != c.byFyne {
			t.Errorf("Draw(%d, %d): Fyne drew %d times, want %d", c.width, c.height, drawnByFyne, c.byFyne)
		}
	}
	if again, _ := star.Draw(20, 20); again != first {
		t.Error("the same icon at the same size is drawn anew")
	}
}
