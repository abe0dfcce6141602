package fynesvg

import (
	"image"
	"image/color"
	"io"
)

// What cache.go uses of Fyne's internal/svg, standing in for it here so
// that the package builds and is tested on its own; the web build does not
// copy this file (Fyne has the real ones). The tests count the calls.

// Decoder is Fyne's parsed icon.
type Decoder struct{ data []byte }

var colorizedByFyne, decodedByFyne, drawnByFyne int

func dossierColorize(src []byte, clr color.Color) ([]byte, error) {
	colorizedByFyne++
	r, g, b, a := color.NRGBAModel.Convert(clr).RGBA()
	return append(append([]byte{}, src...), byte(r>>8), byte(g>>8), byte(b>>8), byte(a>>8)), nil
}

func dossierNewDecoder(stream io.Reader) (*Decoder, error) {
	decodedByFyne++
	data, err := io.ReadAll(stream)
	return &Decoder{data: data}, err
}

func (d *Decoder) dossierDraw(width, height int) (*image.NRGBA, error) {
	drawnByFyne++
	return image.NewNRGBA(image.Rect(0, 0, width, height)), nil
}
