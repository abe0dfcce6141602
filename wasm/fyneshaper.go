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

//go:embed fyneglyphs/glyphs.go
var fyneGlyphsSource string

// patchFyneShaper is the painter's source with one shaper kept and its runs
// drawn from the glyph cache.
func patchFyneShaper(src string) (string, error) {
	if strings.Count(src, fyneNewShaper) != 1 || !strings.Contains(src, "\n\t\"sync\"\n") || strings.Count(src, fyneRunDrawn) != 1 {
		return "", fmt.Errorf("%s of %s no longer makes one shaper a text and draws its runs as Dossier's web build expects: review wasm/fyneshaper.go", fynePainterFile, fyneModule)
	}
	src = strings.Replace(src, fyneRunDrawn, fyneRunFromKept, 1)
	return strings.Replace(src, fyneNewShaper, fyneKeptShaper, 1) + fyneShaperVar, nil
}

// fyneGlyphs is the glyph cache as a file of Fyne's painter.
func fyneGlyphs() (string, error) {
	return asFyneFile(fyneGlyphsSource, "wasm/fyneglyphs/glyphs.go", "fyneglyphs", "painter")
}
