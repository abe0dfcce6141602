package worldmap

import "image/color"

// Style is how the map is drawn. Widths and radii are in pixels of the image
// rendered into; for a HiDPI canvas render at device pixels with
// Style.Scaled(scale).
type Style struct {
	// Background fills the image outside the globe's outline; the zero value
	// leaves it transparent so the widget's own background shows.
	Background color.RGBA
	// Ocean fills the globe.
	Ocean color.RGBA
	// Land fills countries without a colour of their own (no data), and land
	// that belongs to no country.
	Land color.RGBA
	// Border draws the lines between countries and along coasts.
	Border      color.RGBA
	BorderWidth float64
	// Outline is drawn around selected countries (and their markers), over
	// a wider Halo in the opposite lightness: a dark line alone vanishes on
	// the darkest classes of the light palette, a white one on the brightest
	// of the dark palette; the pair shows on any fill, land or sea.
	Outline      color.RGBA
	OutlineWidth float64
	Halo         color.RGBA
	HaloWidth    float64
	// MarkerEdge rings a marker, so a dot in a pale colour still stands out
	// from the sea.
	MarkerEdge color.RGBA
	// MarkerRadius is the radius of the dot that stands for a country too
	// small to see.
	MarkerRadius float64
	// MarkerBelow is the on-screen area, in square pixels, below which a
	// country gets a marker. It follows the zoom: zooming in on Europe turns
	// Luxembourg's marker into its shape.
	MarkerBelow float64
	// HitRadius is how far from its label point a country too small to
	// point at still answers a click or the hover: a marker a few pixels
	// wide, or Belgium at a few pixels square, gets a target HitRadius·2
	// across (see HitTest for how it yields to larger neighbours).
	HitRadius float64
	// Palette is the colour ramp for counts, suited to this style's
	// background.
	Palette Palette
	// Flow draws the arrows from actors to targets (Renderer.Flows), in a
	// hue the palettes do not use, over a FlowHalo that sets them off any
	// fill, FlowHaloWidth wider on each side. A flow of one article is
	// FlowMinWidth wide, the most FlowMaxWidth (see FlowWidth).
	Flow, FlowHalo                            color.RGBA
	FlowMinWidth, FlowMaxWidth, FlowHaloWidth float64
	// PlaceFill fills the disc of a place that is no country (the EU,
	// NATO, the UN) while no count colours it; its ring is MarkerEdge.
	// PlaceRadius is the disc's radius.
	PlaceFill   color.RGBA
	PlaceRadius float64
}

// LightStyle suits a light theme: a pale sea, grey land, white borders, and
// counts running from pale yellow (few) to deep purple (many).
func LightStyle() Style {
	return Style{
		Ocean:        color.RGBA{0xE3, 0xEA, 0xF2, 0xFF},
		Land:         color.RGBA{0xC6, 0xCB, 0xD3, 0xFF},
		Border:       color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
		BorderWidth:  0.6,
		Outline:      color.RGBA{0x10, 0x14, 0x1A, 0xFF},
		OutlineWidth: 2,
		Halo:         color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
		HaloWidth:    4,
		MarkerEdge:   color.RGBA{0x6E, 0x77, 0x84, 0xFF},
		MarkerRadius: 2.8,
		MarkerBelow:  35,
		HitRadius:    7,
		Palette:      LightPalette(),
		// Deep teal: far in hue from the palette's golds, reds and purples,
		// dark enough on its white halo to read on the palest class.
		Flow:          color.RGBA{0x0B, 0x5F, 0x66, 0xFF},
		FlowHalo:      color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
		FlowMinWidth:  2,
		FlowMaxWidth:  7,
		FlowHaloWidth: 1.5,
		PlaceFill:     color.RGBA{0xF4, 0xF6, 0xF9, 0xFF},
		PlaceRadius:   6,
	}
}

// DarkStyle suits a dark theme: a deep blue sea, a shade lighter and bluer
// than a dark window (#1c1e22) so the globe's outline shows, dark grey land,
// dark borders, and counts running from dim purple (few) to bright yellow
// (many).
func DarkStyle() Style {
	return Style{
		Ocean:        color.RGBA{0x20, 0x2B, 0x3A, 0xFF},
		Land:         color.RGBA{0x3A, 0x40, 0x4A, 0xFF},
		Border:       color.RGBA{0x14, 0x17, 0x1C, 0xFF},
		BorderWidth:  0.6,
		Outline:      color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
		OutlineWidth: 2,
		Halo:         color.RGBA{0x08, 0x0A, 0x0E, 0xFF},
		HaloWidth:    4,
		MarkerEdge:   color.RGBA{0x9A, 0xA3, 0xAF, 0xFF},
		MarkerRadius: 2.8,
		MarkerBelow:  35,
		HitRadius:    7,
		Palette:      DarkPalette(),
		// Pale cyan on a near-black halo: it stands off the violets and
		// reds, and the halo keeps it apart from the brightest yellows.
		Flow:          color.RGBA{0x7F, 0xE6, 0xE0, 0xFF},
		FlowHalo:      color.RGBA{0x08, 0x0A, 0x0E, 0xFF},
		FlowMinWidth:  2,
		FlowMaxWidth:  7,
		FlowHaloWidth: 1.5,
		PlaceFill:     color.RGBA{0x2A, 0x30, 0x3A, 0xFF},
		PlaceRadius:   6,
	}
}

// Scaled returns the style for an image with scale device pixels per
// logical pixel: lengths grow by scale, areas by its square.
func (s Style) Scaled(scale float64) Style {
	s.BorderWidth *= scale
	s.OutlineWidth *= scale
	s.HaloWidth *= scale
	s.HitRadius *= scale
	s.MarkerRadius *= scale
	s.MarkerBelow *= scale * scale
	s.FlowMinWidth *= scale
	s.FlowMaxWidth *= scale
	s.FlowHaloWidth *= scale
	s.PlaceRadius *= scale
	return s
}
