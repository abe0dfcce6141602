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
		return textThemeLight
	case ThemeDark:
		return textThemeDark
	}
	return textThemeSystem
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

	colorMuted   fyne.ThemeColorName = "dossier.muted"
	colorSidebar fyne.ThemeColorName = "dossier.sidebar"
)

// readingTheme is Fyne's default theme with calmer, higher-contrast reading
// colours and the reader's type sizes. Fyne asks a theme for colours with the
// system's variant; a forced mode answers for its own variant instead, which is
// how the Licht/Donker choice overrides the system.
type readingTheme struct {
	mode ThemeMode
	base fyne.Theme
}

func newReadingTheme(mode ThemeMode) *readingTheme {
	return &readingTheme{mode: mode, base: theme.DefaultTheme()}
}

// variant is the variant this theme draws, given the one the system asks for.
func (t *readingTheme) variant(system fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.mode {
	case ThemeLight:
		return theme.VariantLight
	case ThemeDark:
		return theme.VariantDark
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
	}
	return nil, false
}

func rgb(r, g, b uint8) color.NRGBA     { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }
func rgba(r, g, b, a uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: a} }

func (t *readingTheme) Font(style fyne.TextStyle) fyne.Resource { return t.base.Font(style) }

func (t *readingTheme) Icon(name fyne.ThemeIconName) fyne.Resource { return t.base.Icon(name) }

// Size gives the reader a body size near 17 dp: at Fyne's 14 dp default a long
// article tires the eyes, while the list and controls keep the stock sizes.
func (t *readingTheme) Size(name fyne.ThemeSizeName) float32 {
	switch name {
	case sizeReaderBody:
		return 17
	case sizeReaderTitle:
		return 30
	case sizeReaderHeading:
		return 21
	case sizeReaderSmall:
		return 14
	case theme.SizeNameCaptionText:
		return 12
	}
	return t.base.Size(name)
}

// contrastIcon is the half-filled circle that marks the light/dark control,
// recoloured with the theme like Fyne's own icons.
func contrastIcon() fyne.Resource {
	// Only fills are recoloured by Fyne, so the ring is a filled path: the outer
	// circle clockwise, the inner one counter-clockwise to cut the hole.
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
		`<path fill="#000" d="M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18zM12 5a7 7 0 1 0 0 14a7 7 0 1 0 0-14z"/>` +
		`<path fill="#000" d="M12 5a7 7 0 0 1 0 14z"/></svg>`
	return theme.NewThemedResource(fyne.NewStaticResource("contrast.svg", []byte(svg)))
}
