package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// ThemeMode is the user's choice between following the system's light or dark
// appearance and forcing one of them.
type ThemeMode string

const (
	ThemeSystem ThemeMode = "system" // follow the operating system or browser
	ThemeLight  ThemeMode = "light"  // always light
	ThemeDark   ThemeMode = "dark"   // always dark
)

// ThemeModes lists the choices in the order the menu shows them.
func ThemeModes() []ThemeMode { return []ThemeMode{ThemeSystem, ThemeLight, ThemeDark} }

// Label is the mode's name in the interface.
func (m ThemeMode) Label() string {
	switch m {
	case ThemeLight:
		return tr("theme.light")
	case ThemeDark:
		return tr("theme.dark")
	}
	return tr("theme.system")
}

// parseThemeMode reads a stored preference; anything unknown (an older or
// hand-edited value) means "follow the system", never an error dialog.
func parseThemeMode(s string) ThemeMode {
	switch m := ThemeMode(s); m {
	case ThemeLight, ThemeDark:
		return m
	}
	return ThemeSystem
}

// preferenceTheme is the key under which the chosen ThemeMode is stored.
const preferenceTheme = "theme"

// Sizes and colours that only Dossier's views ask for. Fyne's own names keep
// their meaning, so stock widgets look as they always do.
const (
	sizeReaderBody    fyne.ThemeSizeName = "dossier.reader.body"
	sizeReaderTitle   fyne.ThemeSizeName = "dossier.reader.title"
	sizeReaderHeading fyne.ThemeSizeName = "dossier.reader.heading"
	sizeReaderSmall   fyne.ThemeSizeName = "dossier.reader.small"
	sizeSnippet       fyne.ThemeSizeName = "dossier.snippet"

	colorMuted          fyne.ThemeColorName = "dossier.muted"
	colorSidebar        fyne.ThemeColorName = "dossier.sidebar"
	colorMatch          fyne.ThemeColorName = "dossier.match"         // behind a matched word
	colorMatchCurrent   fyne.ThemeColorName = "dossier.match.current" // behind the match next/previous went to
	colorOnMatchCurrent fyne.ThemeColorName = "dossier.match.current.text"
	colorMention        fyne.ThemeColorName = "dossier.mention" // a country's name, a link to its filter
	colorActor          fyne.ThemeColorName = "dossier.actor"   // words that name an actor, or a group
	colorTarget         fyne.ThemeColorName = "dossier.target"  // words that name a target
	colorDate           fyne.ThemeColorName = "dossier.date"    // a dated expression's dotted underline, the timeline's events
	colorSpot           fyne.ThemeColorName = "dossier.spot"    // behind the sentence an event opened the reader at
	colorChip           fyne.ThemeColorName = "dossier.chip"
	colorSnippet        fyne.ThemeColorName = "dossier.snippet"
)

// Text sizes of the reader's body, in dp, that Ctrl+= and Ctrl+- step through.
var textSizes = [...]float32{14, 15, 17, 19, 21, 24, 28}

// defaultTextSize is the reader's body size at start: 17 dp, about 70
// characters in the 680 dp column.
const defaultTextSize = 17

// nextTextSize is the body size one step larger (or smaller) than size.
func nextTextSize(size float32, larger bool) float32 {
	if larger {
		for _, s := range textSizes {
			if s > size {
				return s
			}
		}
		return textSizes[len(textSizes)-1]
	}
	for i := len(textSizes) - 1; i >= 0; i-- {
		if textSizes[i] < size {
			return textSizes[i]
		}
	}
	return textSizes[0]
}

// validTextSize keeps a stored size within the steps.
func validTextSize(size float32) float32 {
	if size < textSizes[0] || size > textSizes[len(textSizes)-1] {
		return defaultTextSize
	}
	return size
}

// readingTheme is Fyne's default theme with calmer, higher-contrast reading
// colours and the reader's type sizes. Fyne asks a theme for colours with the
// system's variant; a forced mode answers for its own variant instead, which is
// how the Licht/Donker choice overrides the system.
type readingTheme struct {
	mode     ThemeMode
	bodySize float32 // the reader's body text size; the reader's other sizes follow it
	base     fyne.Theme
	// system, when set, overrides the variant Fyne passes for the system's:
	// the browser build follows the system's scheme itself.
	system *fyne.ThemeVariant
}

// newReadingTheme is the theme for a mode, with the reader's body text at
// bodySize dp (one of textSizes; anything else is defaultTextSize).
func newReadingTheme(mode ThemeMode, bodySize float32) *readingTheme {
	return &readingTheme{mode: mode, bodySize: validTextSize(bodySize), base: theme.DefaultTheme()}
}

// variant is the variant this theme draws, given the one the system asks for.
func (t *readingTheme) variant(system fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.mode {
	case ThemeLight:
		return theme.VariantLight
	case ThemeDark:
		return theme.VariantDark
	}
	if t.system != nil {
		return *t.system
	}
	return system
}

func (t *readingTheme) Color(name fyne.ThemeColorName, system fyne.ThemeVariant) color.Color {
	v := t.variant(system)
	if c, ok := readingPalette(name, v == theme.VariantDark); ok {
		return c
	}
	return t.base.Color(name, v)
}

func readingPalette(name fyne.ThemeColorName, dark bool) (color.Color, bool) {
	pick := func(light, dark color.NRGBA) color.NRGBA { return light }
	if dark {
		pick = func(_, dark color.NRGBA) color.NRGBA { return dark }
	}
	switch name {
	case theme.ColorNameBackground:
		return pick(rgb(0xfc, 0xfb, 0xf8), rgb(0x1c, 0x1e, 0x22)), true
	case colorSidebar:
		return pick(rgb(0xf3, 0xf1, 0xec), rgb(0x15, 0x17, 0x1a)), true
	case theme.ColorNameForeground:
		return pick(rgb(0x1f, 0x22, 0x26), rgb(0xe6, 0xe3, 0xdd)), true
	case colorMuted:
		return pick(rgb(0x67, 0x6b, 0x72), rgb(0x9c, 0xa2, 0xaa)), true
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return pick(rgb(0x2c, 0x6d, 0x94), rgb(0x7d, 0xb6, 0xda)), true
	case theme.ColorNameForegroundOnPrimary:
		return pick(rgb(0xff, 0xff, 0xff), rgb(0x10, 0x1c, 0x24)), true
	case theme.ColorNameSelection:
		return pick(rgba(0x2c, 0x6d, 0x94, 0x2e), rgba(0x7d, 0xb6, 0xda, 0x33)), true
	case theme.ColorNameFocus:
		return pick(rgba(0x2c, 0x6d, 0x94, 0x55), rgba(0x7d, 0xb6, 0xda, 0x66)), true
	case theme.ColorNameSeparator:
		return pick(rgb(0xe2, 0xdf, 0xd8), rgb(0x2b, 0x2e, 0x33)), true
	case colorMatch:
		return pick(rgba(0xf5, 0xc2, 0x2e, 0x66), rgba(0xe8, 0xb4, 0x30, 0x6a)), true
	case colorMatchCurrent:
		return pick(rgb(0xe8, 0x9a, 0x1c), rgb(0xf0, 0xb4, 0x3c)), true
	case colorOnMatchCurrent:
		return pick(rgb(0x1f, 0x17, 0x05), rgb(0x1c, 0x15, 0x05)), true
	case colorMention:
		return pick(rgb(0x2c, 0x6d, 0x94), rgb(0x86, 0xbe, 0xe2)), true
	case colorActor:
		// Crimson: apart from the mentions' blue and the matches' gold, and
		// as far from the target's violet as the two can be while both read
		// on the page (about 6:1 light, 7:1 dark).
		return pick(rgb(0xb0, 0x2a, 0x1e), rgb(0xff, 0x8e, 0x7a)), true
	case colorTarget:
		return pick(rgb(0x6a, 0x3d, 0xa8), rgb(0xc7, 0xa8, 0xf6)), true
	case colorDate:
		// Teal: apart from the mentions' blue, the roles' crimson and
		// violet and the matches' gold.
		return pick(rgb(0x1b, 0x7a, 0x64), rgb(0x6c, 0xcf, 0xb3)), true
	case colorSpot:
		return pick(rgba(0x1b, 0x7a, 0x64, 0x24), rgba(0x6c, 0xcf, 0xb3, 0x26)), true
	case colorSnippet:
		return pick(rgb(0x3b, 0x3f, 0x45), rgb(0xc2, 0xbf, 0xb9)), true
	case colorChip:
		return pick(rgba(0x2c, 0x6d, 0x94, 0x1f), rgba(0x7d, 0xb6, 0xda, 0x2a)), true
	}
	return nil, false
}

func rgb(r, g, b uint8) color.NRGBA     { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }
func rgba(r, g, b, a uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: a} }

// withAlpha is c with its opacity scaled by alpha/255: a theme colour made
// fainter for underlines, panels, muted bars and hairlines.
func withAlpha(c color.Color, alpha uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(uint16(n.A) * uint16(alpha) / 0xff)
	return n
}

func (t *readingTheme) Font(style fyne.TextStyle) fyne.Resource { return t.base.Font(style) }

func (t *readingTheme) Icon(name fyne.ThemeIconName) fyne.Resource { return t.base.Icon(name) }

// Size gives the reader a body size near 17 dp by default: at Fyne's 14 dp a
// long article tires the eyes, while the list and controls keep the stock
// sizes. The reader's title, headings and captions scale with its body.
func (t *readingTheme) Size(name fyne.ThemeSizeName) float32 {
	scale := t.bodySize / defaultTextSize
	round := func(v float32) float32 { return float32(int(v*scale + 0.5)) }
	switch name {
	case sizeReaderBody:
		return t.bodySize
	case sizeReaderTitle:
		return round(30)
	case sizeReaderHeading:
		return round(21)
	case sizeReaderSmall:
		return round(14)
	case sizeSnippet:
		return 13
	case theme.SizeNameCaptionText:
		return 12
	}
	return t.base.Size(name)
}
