package wasm

import (
	_ "embed"
	"fmt"
	"strings"
)

// Fyne 2.7.1's painter shapes every text it measures or draws with a new
// text shaper (internal/painter/font.go, walkString), and a new shaper
// builds the font's lookup tables and shaping plan again: the first frame
// draws hundreds of texts, and in the browser that was the largest part of
// its painting after Dossier's own measuring was fixed (gui/textwidth.go).
// The web build therefore compiles Fyne with that one line changed (see
// fynepatch.go): one shaper is kept.
const (
	fynePainterFile = "internal/painter/font.go"
	fyneNewShaper   = "\tshaper := &shaping.HarfbuzzShaper{}\n"
	fyneKeptShaper  = "\tdossierShaperLock.Lock()\n\tdefer dossierShaperLock.Unlock()\n\tshaper := &dossierShaper\n"
	fyneShaperVar   = `
// dossierShaper is the one text shaper of the painter, kept with the lookup
// tables it built from one text to the next (added by Dossier's web build:
// see its wasm/fyneshaper.go). A sync.Pool would not do: the collector
// empties pools, and the start-up collects often.
var (
	dossierShaperLock sync.Mutex
	dossierShaper     shaping.HarfbuzzShaper
)
`
)

// The painter's DrawString also has its glyphs drawn from a cache
// (fyneglyphs/glyphs.go, added to the painter as fyneGlyphsFile): go-text's
// renderer rasterises each glyph's outline again in every text.
const (
	fyneRunDrawn    = "\t\tr.DrawShapedRunAt(run, dst, int(x), y)\n"
	fyneRunFromKept = "\t\tdossierDrawRun(&r, run, dst, int(x), y)\n"
	fyneGlyphsFile  = "internal/painter/dossier_glyphs.go"
)

// And it shapes its runs through a cache of shapes (fyneglyphs/shapes.go,
// added as fyneShapesFile): the painter shapes a text to measure it and
// again to draw it, and a lone space for every text.
const (
	fyneRunShaped       = "\tout := shaper.Shape(in)\n\tglyphs := out.Glyphs\n"
	fyneRunFromShapes   = "\tout := dossierShape(shaper, in)\n\tglyphs := out.Glyphs\n"
	fyneSpaceShaped     = "\tout := shaper.Shape(in)\n\n\tin.Text = runes\n"
	fyneSpaceFromShapes = "\tout := dossierShape(shaper, in)\n\n\tin.Text = runes\n"
	fyneShapesFile      = "internal/painter/dossier_shapes.go"
)

var (
	//go:embed fyneglyphs/glyphs.go
	fyneGlyphsSource string
	//go:embed fyneglyphs/shapes.go
	fyneShapesSource string
)

// patchFyneShaper is the painter's source with one shaper kept, its runs
// shaped through the cache of shapes and drawn from the glyph cache.
func patchFyneShaper(src string) (string, error) {
	if !strings.Contains(src, "\n\t\"sync\"\n") {
		return "", fmt.Errorf("%s of %s no longer imports sync, which the kept shaper's lock needs: review wasm/fyneshaper.go", fynePainterFile, fyneModule)
	}
	src, err := replaceEach(src, fynePainterFile, "wasm/fyneshaper.go", [][2]string{
		{fyneNewShaper, fyneKeptShaper}, {fyneRunDrawn, fyneRunFromKept},
		{fyneRunShaped, fyneRunFromShapes}, {fyneSpaceShaped, fyneSpaceFromShapes},
	})
	if err != nil {
		return "", err
	}
	return src + fyneShaperVar, nil
}

// fyneGlyphs is the glyph cache and the cache of shapes as files of Fyne's
// painter, by their path in the module.
func fyneGlyphs() (map[string]string, error) {
	glyphs, err := asFyneFile(fyneGlyphsSource, "wasm/fyneglyphs/glyphs.go", "fyneglyphs", "painter")
	if err != nil {
		return nil, err
	}
	shapes, err := asFyneFile(fyneShapesSource, "wasm/fyneglyphs/shapes.go", "fyneglyphs", "painter")
	if err != nil {
		return nil, err
	}
	return map[string]string{fyneGlyphsFile: glyphs, fyneShapesFile: shapes}, nil
}
