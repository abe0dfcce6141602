package fynesvg

import (
	"bytes"
	"image/color"
	"strings"
	"testing"
)

// TestColorizeOnceAnIconAndColour: an icon recoloured again in a colour it
// had (in any colour model) comes from the cache; another colour or icon is
// Fyne's work; a full cache starts again.
func TestColorizeOnceAnIconAndColour(t *testing.T) {
	dossierColorizedSVGs, colorizedByFyne = map[dossierColorized][]byte{}, 0
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
	for i := len(dossierColorizedSVGs); i < dossierCacheMax; i++ {
		dossierColorizedSVGs[dossierColorized{svg: strings.Repeat("x", i)}] = nil
	}
	if _, err := Colorize(star, color.White); err != nil || len(dossierColorizedSVGs) != 1 {
		t.Errorf("%d recoloured icons kept after the cache was full, want 1 (%v)", len(dossierColorizedSVGs), err)
	}
}

// TestDecoderOnceAnIcon: an icon is parsed once, whichever reader brings
// it, and its decoder shared.
func TestDecoderOnceAnIcon(t *testing.T) {
	dossierIcons, decodedByFyne = map[string]*Decoder{}, 0
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
