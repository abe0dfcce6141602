package fyneglyphs

// The web build also compiles this file into Fyne's painter (as
// internal/painter/dossier_shapes.go, see ../fyneshaper.go) and has the
// painter shape its texts through dossierShape: Fyne 2.7.1 shapes a text
// once to measure it (and keeps the size) and again, in full, to draw it,
// and shapes a lone space for every text besides. In the browser, shaping
// (go-text's HarfBuzz) was two thirds of drawing a page of new results and
// an article; a text measured is now drawn from its shape. Fyne's go 1.19,
// as glyphs.go.

import (
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// dossierShapeKey is what a shape depends on: the run's text and how it is
// shaped (the segmenter sets face, script and language per run).
type dossierShapeKey struct {
	text string
	face *font.Face // by identity: the painter keeps its faces
	size fixed.Int26_6
	dir  di.Direction
	lang language.Language
	scr  language.Script
}

// dossierShapesMax bounds the cache: a large window's texts, a page of
// results and an article are a few thousand runs.
const dossierShapesMax = 20000

// dossierShapes holds each run's shape with its clusters counted from the
// run's start. The painter's callers hold its shaper's lock
// (dossierShaperLock) around every use.
var dossierShapes = map[dossierShapeKey]shaping.Output{}

// dossierShape is shaper.Shape(in), from the cache when the run was shaped
// before. Runs with font features are shaped anew: Fyne sets none.
func dossierShape(shaper shaping.Shaper, in shaping.Input) shaping.Output {
	if len(in.FontFeatures) > 0 || in.Face == nil {
		return shaper.Shape(in)
	}
	key := dossierShapeKey{
		text: string(in.Text[in.RunStart:in.RunEnd]),
		face: in.Face,
		size: in.Size,
		dir:  in.Direction,
		lang: in.Language,
		scr:  in.Script,
	}
	if out, ok := dossierShapes[key]; ok {
		return dossierShifted(out, in.RunStart)
	}
	out := shaper.Shape(in)
	if len(dossierShapes) >= dossierShapesMax {
		dossierShapes = map[dossierShapeKey]shaping.Output{}
	}
	dossierShapes[key] = dossierShifted(out, -in.RunStart)
	return out
}

// dossierShifted is out with its clusters and runes moved by delta runes;
// out itself when delta is 0, as its glyphs are only read.
func dossierShifted(out shaping.Output, delta int) shaping.Output {
	if delta == 0 {
		return out
	}
	glyphs := make([]shaping.Glyph, len(out.Glyphs))
	copy(glyphs, out.Glyphs)
	for i := range glyphs {
		glyphs[i].ClusterIndex += delta
	}
	out.Glyphs = glyphs
	out.Runes.Offset += delta
	return out
}
