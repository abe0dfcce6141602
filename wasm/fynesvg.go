package wasm

import _ "embed"

// Fyne 2.7.1 recolours, parses and draws its icons again at every refresh
// of an image of them; the web build keeps what it made of each (fynesvg/,
// compiled into Fyne's internal/svg as fyneSVGCacheFile), with Fyne's own
// functions renamed for the cache to call.
const (
	fyneSVGFile      = "internal/svg/svg.go"
	fyneSVGCacheFile = "internal/svg/dossier_cache.go"
)

// fyneSVGRenames are the lines of fyneSVGFile the patch changes.
var fyneSVGRenames = [][2]string{
	{"func Colorize(src []byte, clr color.Color) ([]byte, error) {\n", "func dossierColorize(src []byte, clr color.Color) ([]byte, error) {\n"},
	{"func NewDecoder(stream io.Reader) (*Decoder, error) {\n", "func dossierNewDecoder(stream io.Reader) (*Decoder, error) {\n"},
	{"func (d *Decoder) Draw(width, height int) (*image.NRGBA, error) {\n", "func (d *Decoder) dossierDraw(width, height int) (*image.NRGBA, error) {\n"},
}

//go:embed fynesvg/cache.go
var fyneSVGCacheSource string

// patchFyneSVG is Fyne's SVG package with Colorize, NewDecoder and
// Decoder.Draw renamed for the cache.
func patchFyneSVG(src string) (string, error) {
	return replaceEach(src, fyneSVGFile, "wasm/fynesvg.go", fyneSVGRenames)
}

// fyneSVGCache is the icon cache as a file of Fyne's SVG package, by its
// path in the module.
func fyneSVGCache() (map[string]string, error) {
	cache, err := asFyneFile(fyneSVGCacheSource, "wasm/fynesvg/cache.go", "fynesvg", "svg")
	if err != nil {
		return nil, err
	}
	return map[string]string{fyneSVGCacheFile: cache}, nil
}
