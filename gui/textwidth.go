//go:build !js

package gui

import (
	"bytes"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// textWidth is the width of s as Fyne draws it (fyne.MeasureText's Width),
// measured the way Fyne measures it, but with one shaper kept from call to
// call. fyne.MeasureText makes a new shaper for every string it has not
// measured before, which builds the font's lookup tables and a shaping plan
// again each time: laying out an article measures each of its words. (The
// web build's Fyne keeps its shaper: textwidth_js.go.)
//
// Text Fyne would draw with another font than the theme's (a rune the
// theme's font lacks, a tab, monospace and symbol styles) is measured by
// fyne.MeasureText itself.
func textWidth(s string, size float32, style fyne.TextStyle) float32 {
	if w, ok := widths.measure(s, size, style); ok {
		return w
	}
	return fyne.MeasureText(s, size, style).Width
}

var widths = &textWidths{faces: map[fyne.Resource]*font.Face{}, cache: map[widthKey]float32{}}

// textWidths keeps the shaper and the theme's fonts parsed, and the widths
// measured, which a relayout asks for again.
type textWidths struct {
	mu        sync.Mutex
	shaper    shaping.HarfbuzzShaper
	segmenter shaping.Segmenter
	faces     map[fyne.Resource]*font.Face
	cache     map[widthKey]float32
}

type widthKey struct {
	text  string
	size  float32
	style fyne.TextStyle
	font  fyne.Resource
}

// maxCachedWidths bounds the cache: it starts again empty when full.
const maxCachedWidths = 50000

// oneFace is a font map of a single face.
type oneFace struct{ face *font.Face }

func (f oneFace) ResolveFace(rune) *font.Face { return f.face }

func (w *textWidths) measure(s string, size float32, style fyne.TextStyle) (float32, bool) {
	if style.Monospace || style.Symbol || strings.ContainsAny(s, "\t\r") {
		return 0, false
	}
	app := fyne.CurrentApp()
	if app == nil {
		return 0, false
	}
	resource := app.Settings().Theme().Font(style)
	if resource == nil {
		return 0, false
	}
	key := widthKey{text: s, size: size, style: style, font: resource}
	w.mu.Lock()
	defer w.mu.Unlock()
	if width, ok := w.cache[key]; ok {
		return width, true
	}
	face, ok := w.faces[resource]
	if !ok {
		face, _ = font.ParseTTF(bytes.NewReader(resource.Content()))
		w.faces[resource] = face // nil when it does not parse: Fyne then measures
	}
	if face == nil {
		return 0, false
	}
	runes := []rune(s)
	for _, r := range runes {
		if _, ok := face.NominalGlyph(r); !ok {
			return 0, false // Fyne would draw it with a fallback font
		}
	}
	// As Fyne's painter measures: split into runs by script and direction,
	// shape each, and add up each run's advance.
	in := shaping.Input{Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR, Face: face,
		Size: fixed.Int26_6(float64(size) * (1 << 6))}
	width := float32(0)
	for _, run := range w.segmenter.Split(in, oneFace{face}) {
		advance := fixed.I(0)
		for _, g := range w.shaper.Shape(run).Glyphs {
			advance += g.XAdvance
		}
		width += float32(float64(advance) / (1 << 6))
	}
	if len(w.cache) >= maxCachedWidths {
		clear(w.cache)
	}
	w.cache[key] = width
	return width, true
}
