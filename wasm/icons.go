package wasm

import (
	"bytes"
	"fmt"
	"image"
	"image/png"

	"golang.org/x/image/draw"
)

// resizeIcon returns the icon as a PNG of each size. A size the icon already
// has is its own bytes; others are scaled with Catmull-Rom, which keeps the
// edges of a flat icon sharp where bilinear scaling would blur them.
func resizeIcon(icon []byte, sizes []int) ([][]byte, error) {
	src, err := png.Decode(bytes.NewReader(icon))
	if err != nil {
		return nil, err
	}
	b := src.Bounds()
	if b.Dx() != b.Dy() {
		return nil, fmt.Errorf("the icon is %d×%d, not square", b.Dx(), b.Dy())
	}
	out := make([][]byte, len(sizes))
	for i, size := range sizes {
		if size == b.Dx() {
			out[i] = icon
			continue
		}
		dst := image.NewNRGBA(image.Rect(0, 0, size, size))
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, b, draw.Src, nil)
		var buf bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, dst); err != nil {
			return nil, err
		}
		out[i] = buf.Bytes()
	}
	return out, nil
}
