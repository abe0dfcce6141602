// Package fynesvg keeps what Fyne's SVG package makes of an icon. Fyne
// 2.7.1 recolours an icon (parsing its XML and writing it again) each time
// a themed icon's content is asked for, twice for every refresh of an
// image of it, and parses the recoloured icon again to learn its size: in
// the browser, a large collection's window spent 170 ms of its opening on
// the icons of its buttons, most of it on the same few icons.
//
// The web build compiles cache.go into Fyne's internal/svg as its own
// (package svg, see ../fynesvg.go), with Fyne's Colorize and NewDecoder
// renamed dossierColorize and dossierNewDecoder, and Decoder.Draw holding
// dossierIconsLock, since decoders of one icon now share its parsed form.
// standin.go declares, for this package alone, what cache.go uses of
// Fyne's. Every name starts with "dossier", to stay clear of Fyne's own;
// Fyne's language version (go 1.19).
package fynesvg

import (
	"bytes"
	"image/color"
	"io"
	"sync"
)

// dossierCacheMax bounds each cache: an interface has a few dozen icons in
// a few colours.
const dossierCacheMax = 512

type dossierColorized struct {
	svg    string
	colour color.NRGBA
}

var (
	dossierColorizedLock sync.Mutex
	dossierColorizedSVGs = map[dossierColorized][]byte{}

	// dossierIconsLock guards dossierIcons and every drawing of an icon,
	// which sets the icon's target before it draws.
	dossierIconsLock sync.Mutex
	dossierIcons     = map[string]*Decoder{}
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
	if out, ok := dossierColorizedSVGs[key]; ok {
		return out, nil
	}
	out, err := dossierColorize(src, clr)
	if err != nil {
		return out, err
	}
	if len(dossierColorizedSVGs) >= dossierCacheMax {
		dossierColorizedSVGs = map[dossierColorized][]byte{}
	}
	dossierColorizedSVGs[key] = out
	return out, nil
}

// NewDecoder is Fyne's NewDecoder, parsing each icon once.
func NewDecoder(stream io.Reader) (*Decoder, error) {
	data, err := io.ReadAll(stream)
	if err != nil {
		return nil, err
	}
	dossierIconsLock.Lock()
	defer dossierIconsLock.Unlock()
	if d, ok := dossierIcons[string(data)]; ok {
		return d, nil
	}
	d, err := dossierNewDecoder(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if len(dossierIcons) >= dossierCacheMax {
		dossierIcons = map[string]*Decoder{}
	}
	dossierIcons[string(data)] = d
	return d, nil
}
