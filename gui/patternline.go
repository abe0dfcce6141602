package gui

// Dashed and dotted lines as one raster each: drawn as a rectangle per
// dash, the underlines of a page of the reader were dozens of canvas
// objects, each its own draw in every frame of the window (in the browser,
// a run of WebGL calls through syscall/js).

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// patternLine is a line from (x, y), w wide and h high, of dashes on dp long
// with off dp between them, in col.
func patternLine(x, y, w, h, on, off float32, col color.Color) *canvas.Raster {
	line := canvas.NewRaster(func(pw, ph int) image.Image {
		return paintPattern(pw, ph, w, on, off, col)
	})
	line.ScaleMode = canvas.ImageScalePixels
	line.Move(fyne.NewPos(x, y))
	line.Resize(fyne.NewSize(w, h))
	return line
}

// paintPattern paints a dashed line w dp wide into pw×ph pixels: every
// dash starts on a whole pixel and is at least one wide, so that none is
// lost or blurred.
func paintPattern(pw, ph int, w, on, off float32, col color.Color) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, pw, ph))
	if w <= 0 || on <= 0 || pw <= 0 {
		return img
	}
	scale := float64(pw) / float64(w)
	fill := image.NewUniform(col)
	for start := 0.0; start < float64(w); start += float64(on + off) {
		left := int(math.Round(start * scale))
		right := max(left+1, int(math.Round(min(start+float64(on), float64(w))*scale)))
		draw.Draw(img, image.Rect(left, 0, min(right, pw), ph), fill, image.Point{}, draw.Src)
	}
	return img
}
