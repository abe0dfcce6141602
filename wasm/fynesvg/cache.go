// Package fynesvg keeps what Fyne's SVG package makes of an icon. Fyne
// 2.7.1 recolours an icon (parsing its XML and writing it again) each time
// a themed icon's content is asked for, twice for every refresh of an
// image of it, parses the recoloured icon again to learn its size, and
// rasterises it for every image: in the browser, a large collection's
// window spent 170 ms of its opening on the icons of its buttons, most of
// it on the same few icons.
//
// The web build compiles cache.go into Fyne's internal/svg as its own
// (package svg, see ../fynesvg.go), with Fyne's Colorize, NewDecoder and
// Decoder.Draw renamed dossierColorize, dossierNewDecoder and dossierDraw.
// standin.go declares, for this package alone, what cache.go uses of
// Fyne's. Every name starts with "dossier", to stay clear of Fyne's own;
// Fyne's language version (go 1.19).
package fynesvg

import (
	"bytes"
	"image"
	"image/color"
	"io"
	"sync"
)

// dossierCacheMax bounds each cache: an interface has a few dozen icons in
// a few colours.
const dossierCacheMax = 512

// dossierCache keeps what was made for each key, up to dossierCacheMax
// entries, then starts again empty. Its user holds a lock around it.
type dossierCache[K comparable, V any] struct{ made map[K]V }

// get is what was made for key, or what build makes when nothing was,
// kept unless build fails.
func (c *dossierCache[K, V]) get(key K, build func() (V, error)) (V, error) {
	if v, ok := c.made[key]; ok {
		return v, nil
	}
	v, err := build()
	if err != nil {
		return v, err
	}
	if c.made == nil || len(c.made) >= dossierCacheMax {
		c.made = map[K]V{}
	}
	c.made[key] = v
	return v, nil
}

type dossierColorized struct {
	svg    string
	colour color.NRGBA
}

type dossierDrawing struct {
	icon          *Decoder
	width, height int
}

var (
	dossierColorizedLock sync.Mutex
	dossierColorizedSVGs dossierCache[dossierColorized, []byte]

	// dossierIconsLock guards dossierIcons, dossierDrawn and every drawing
	// of an icon, which sets the parsed icon's target before it draws:
	// decoders of one icon share it.
	dossierIconsLock sync.Mutex
	dossierIcons     dossierCache[string, *Decoder]
	dossierDrawn     dossierCache[dossierDrawing, *image.NRGBA]
)

// Colorize is Fyne's Colorize, made once for each icon and colour. What it
// returns is shared: Fyne only reads it.
func Colorize(src []byte, clr color.Color) ([]byte, error) {
	if clr == nil {
		return dossierColorize(src, clr)
	}
	key := dossierColorized{svg: string(src), colour: color.NRGBAModel.Convert(clr).(color.NRGBA)}
	dossierColorizedLock.Lock()
	defer dossierColorizedLock.Unlock()
	return dossierColorizedSVGs.get(key, func() ([]byte, error) { return dossierColorize(src, clr) })
}

// NewDecoder is Fyne's NewDecoder, parsing each icon once.
func NewDecoder(stream io.Reader) (*Decoder, error) {
	data, err := io.ReadAll(stream)
	if err != nil {
		return nil, err
	}
	dossierIconsLock.Lock()
	defer dossierIconsLock.Unlock()
	return dossierIcons.get(string(data), func() (*Decoder, error) { return dossierNewDecoder(bytes.NewReader(data)) })
}

// Draw is Fyne's Decoder.Draw, made once for each icon and size. What it
// returns is shared: Fyne only reads it (an image's pixels, a texture's).
func (d *Decoder) Draw(width, height int) (*image.NRGBA, error) {
	dossierIconsLock.Lock()
	defer dossierIconsLock.Unlock()
	key := dossierDrawing{icon: d, width: width, height: height}
	return dossierDrawn.get(key, func() (*image.NRGBA, error) { return d.dossierDraw(width, height) })
}
