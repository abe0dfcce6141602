// Package fyneglyphs draws shaped text from a cache of rasterised glyphs.
// Fyne 2.7.1's painter rasterises every glyph's outline again for every
// text it draws (go-text/render), and in the browser, where each new text
// of a large collection's window is shaped and drawn on one thread, that
// was the largest part of drawing a page of new results and an article.
//
// The web build compiles this file into Fyne's painter as its own
// (package painter, see ../fyneshaper.go) and has DrawString call
// dossierDrawRun instead of go-text/render's DrawShapedRunAt; here it is a
// package of its own, so that it is built and tested with the project.
// Every name starts with "dossier", to stay clear of the painter's own, and
// it is written in Fyne's language version (its go.mod's go 1.19: no min,
// max or clear), which TestFyneShaperPatch holds it to.
package fyneglyphs

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"github.com/go-text/render"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// dossierGlyphSteps is how many positions within a pixel a glyph is
// rasterised for, across and down: a quarter pixel, as text renderers
// commonly do, finer than the eye tells apart at text sizes.
const dossierGlyphSteps = 4

// dossierGlyphsKept is the most glyphs kept; the cache starts again empty
// beyond it. A glyph is a few hundred bytes at text sizes.
const dossierGlyphsKept = 20000

// dossierGlyphKey is one glyph of one face at one size and one position
// within a pixel.
type dossierGlyphKey struct {
	face         *font.Face
	glyph        font.GID
	size         float32 // pixels per em
	stepX, stepY uint8
}

// dossierGlyph is a glyph's coverage, and where its top left corner lies
// from the pixel the pen is on.
type dossierGlyph struct {
	mask   *image.Alpha
	offset image.Point
}

var (
	dossierGlyphsLock sync.Mutex
	dossierGlyphs     = map[dossierGlyphKey]dossierGlyph{}
)

// dossierDrawRun draws run at (startX, startY), the baseline's left end, as
// r.DrawShapedRunAt does, in r's colour, size and scale: outline glyphs
// from the cache, others (bitmaps, SVG) by r itself.
func dossierDrawRun(r *render.Renderer, run shaping.Output, dst draw.Image, startX, startY int) {
	if r.PixScale == 0 {
		r.PixScale = 1
	}
	pixelsPerEm := r.FontSize * r.PixScale
	scale := pixelsPerEm / float32(run.Face.Upem())
	fill := color.NRGBAModel.Convert(r.Color).(color.NRGBA)
	x, y := float32(startX), float32(startY)
	for _, g := range run.Glyphs {
		origin := x
		x += dossierFloat(g.XAdvance) * r.PixScale
		penX := float64(origin + dossierFloat(g.XOffset)*r.PixScale)
		penY := float64(y - dossierFloat(g.YOffset)*r.PixScale)
		outline, ok := run.Face.GlyphData(g.GlyphID).(font.GlyphOutline)
		if !ok {
			one := run
			one.Glyphs = []shaping.Glyph{g}
			r.DrawShapedRunAt(one, dst, int(math.Round(float64(origin))), startY)
			continue
		}
		pixelX, pixelY := math.Floor(penX), math.Floor(penY)
		stepX := uint8(math.Round((penX - pixelX) * dossierGlyphSteps))
		stepY := uint8(math.Round((penY - pixelY) * dossierGlyphSteps))
		if stepX == dossierGlyphSteps {
			pixelX, stepX = pixelX+1, 0
		}
		if stepY == dossierGlyphSteps {
			pixelY, stepY = pixelY+1, 0
		}
		key := dossierGlyphKey{face: run.Face, glyph: g.GlyphID, size: pixelsPerEm, stepX: stepX, stepY: stepY}
		glyph := dossierCachedGlyph(key, outline, scale)
		if glyph.mask == nil {
			continue
		}
		at := image.Pt(int(pixelX), int(pixelY)).Add(glyph.offset)
		dossierComposite(dst, at, glyph.mask, fill)
	}
}

// dossierCachedGlyph is the glyph of key, rasterised now if it is new.
func dossierCachedGlyph(key dossierGlyphKey, outline font.GlyphOutline, scale float32) dossierGlyph {
	dossierGlyphsLock.Lock()
	glyph, ok := dossierGlyphs[key]
	dossierGlyphsLock.Unlock()
	if ok {
		return glyph
	}
	glyph = dossierRasterise(outline, scale, float32(key.stepX)/dossierGlyphSteps, float32(key.stepY)/dossierGlyphSteps)
	dossierGlyphsLock.Lock()
	if len(dossierGlyphs) >= dossierGlyphsKept {
		dossierGlyphs = map[dossierGlyphKey]dossierGlyph{}
	}
	dossierGlyphs[key] = glyph
	dossierGlyphsLock.Unlock()
	return glyph
}

// dossierRasterise fills an outline scaled by scale, with its origin at
// (dx, dy) within the first pixel, into a mask just large enough; y grows
// down in the mask and up in the outline. No mask for an empty outline (a
// space).
func dossierRasterise(outline font.GlyphOutline, scale, dx, dy float32) dossierGlyph {
	point := func(p opentype.SegmentPoint) (float32, float32) { return p.X*scale + dx, -p.Y*scale + dy }
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for i := range outline.Segments {
		for _, p := range outline.Segments[i].ArgsSlice() {
			px, py := point(p)
			minX, minY = float32(math.Min(float64(minX), float64(px))), float32(math.Min(float64(minY), float64(py)))
			maxX, maxY = float32(math.Max(float64(maxX), float64(px))), float32(math.Max(float64(maxY), float64(py)))
		}
	}
	if minX > maxX || minY > maxY {
		return dossierGlyph{}
	}
	left, top := int(math.Floor(float64(minX))), int(math.Floor(float64(minY)))
	width, height := int(math.Ceil(float64(maxX)))-left, int(math.Ceil(float64(maxY)))-top
	if width <= 0 || height <= 0 {
		return dossierGlyph{}
	}
	var z vector.Rasterizer
	z.Reset(width, height)
	at := func(p opentype.SegmentPoint) (float32, float32) {
		px, py := point(p)
		return px - float32(left), py - float32(top)
	}
	open := false
	for i := range outline.Segments {
		s := &outline.Segments[i]
		switch s.Op {
		case opentype.SegmentOpMoveTo:
			if open {
				z.ClosePath()
			}
			z.MoveTo(at(s.Args[0]))
			open = true
		case opentype.SegmentOpLineTo:
			z.LineTo(at(s.Args[0]))
		case opentype.SegmentOpQuadTo:
			bx, by := at(s.Args[0])
			cx, cy := at(s.Args[1])
			z.QuadTo(bx, by, cx, cy)
		case opentype.SegmentOpCubeTo:
			bx, by := at(s.Args[0])
			cx, cy := at(s.Args[1])
			dx, dy := at(s.Args[2])
			z.CubeTo(bx, by, cx, cy, dx, dy)
		}
	}
	if open {
		z.ClosePath()
	}
	mask := image.NewAlpha(image.Rect(0, 0, width, height))
	z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
	return dossierGlyph{mask: mask, offset: image.Pt(left, top)}
}

// dossierComposite lays fill through mask over dst at at. Fyne draws its
// texts into NRGBA images, which the standard library blends pixel by
// pixel through colour conversions; those are blended here directly.
func dossierComposite(dst draw.Image, at image.Point, mask *image.Alpha, fill color.NRGBA) {
	box := mask.Bounds().Add(at).Intersect(dst.Bounds())
	if box.Empty() {
		return
	}
	img, ok := dst.(*image.NRGBA)
	if !ok {
		draw.DrawMask(dst, box, image.NewUniform(fill), image.Point{}, mask, box.Min.Sub(at), draw.Over)
		return
	}
	for py := box.Min.Y; py < box.Max.Y; py++ {
		for px := box.Min.X; px < box.Max.X; px++ {
			m := uint32(mask.Pix[mask.PixOffset(px-at.X, py-at.Y)])
			if m == 0 {
				continue
			}
			sa := uint32(fill.A) * m / 0xff // the source's alpha, 0-255
			i := img.PixOffset(px, py)
			d := img.Pix[i : i+4 : i+4]
			da := uint32(d[3]) * (0xff - sa) / 0xff // what shows of dst
			outA := sa + da
			if outA == 0 {
				continue
			}
			d[0] = uint8((uint32(fill.R)*sa + uint32(d[0])*da) / outA)
			d[1] = uint8((uint32(fill.G)*sa + uint32(d[1])*da) / outA)
			d[2] = uint8((uint32(fill.B)*sa + uint32(d[2])*da) / outA)
			d[3] = uint8(outA)
		}
	}
}

func dossierFloat(v fixed.Int26_6) float32 { return float32(v) / 64 }
