//go:build js

package gui

import "fyne.io/fyne/v2"

// textWidth is fyne.MeasureText's width. The web build compiles Fyne's
// painter with one shaper kept and the shapes it made (wasm/fyneshaper.go),
// so that measuring there is as quick as textwidth.go's own measure, and
// each word measured is drawn from its shape: with a measure of its own the
// reader's words were shaped twice, and the theme's fonts parsed and their
// lookup tables built twice (a quarter of building the views of a
// 10,000-article dossier, in the browser's profile).
func textWidth(s string, size float32, style fyne.TextStyle) float32 {
	return fyne.MeasureText(s, size, style).Width
}
