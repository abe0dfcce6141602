// Package assets holds the files Dossier ships inside its binary. The icon is
// drawn in icon.svg and rendered to icon.png with
//
//	rsvg-convert -w 512 -h 512 assets/icon.svg -o assets/icon.png
//
// so that the SVG stays the one source to edit.
package assets

import _ "embed"

// IconPNG is the 512×512 application icon, rendered from icon.svg.
//
//go:embed icon.png
var IconPNG []byte
