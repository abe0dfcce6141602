package gui

// Keyboard use of the map. With the map focused (Tab reaches it), a cursor
// walks from country to country and stands in for the pointer:
//
//   - the arrow keys move it to the nearest country that way
//     (worldmap.Neighbour), only among the countries with articles and those
//     in the filter when there are any: those are the ones a filter can be
//     set or dropped on, and walking through two hundred empty countries to
//     reach them would be no help. With no articles at all, every country.
//   - typing letters jumps to the first country whose name starts with the
//     letters typed, case and accents ignored; the letters add up while
//     they come within mapTypeAheadPause of each other. Countries with
//     articles come first, so "f" finds Finland or France before Fiji.
//   - Enter or Space toggles the cursor's country as a filter, as a click
//     does (and, as a click, not for a country without articles).
//   - Escape takes the cursor away.
//
// The cursor's country is outlined as the hovered one is and named in the
// label at its marker. The view moves only when the cursor's country is off
// screen, and then only pans, keeping the user's zoom.

import (
	"maps"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"dossier/corpus/text"
	"dossier/gui/worldmap"
)

// mapTypeAheadPause is how long after a letter the next one still extends
// what was typed rather than starting afresh.
const mapTypeAheadPause = time.Second

// FocusGained is part of fyne.Focusable: the focus ring shows the map takes
// keys.
func (m *MapView) FocusGained() {
	m.focused = true
	m.focusRing.Show()
	m.focusRing.Refresh()
}

// FocusLost is part of fyne.Focusable. The cursor goes with the focus: an
// outline no key can move would only puzzle.
func (m *MapView) FocusLost() {
	m.focused = false
	m.focusRing.Hide()
	m.typed = ""
	m.setCursor("")
}

// TypedRune is part of fyne.Focusable: type-ahead.
func (m *MapView) TypedRune(r rune) {
	now := m.now()
	if now.Sub(m.typedAt) > mapTypeAheadPause {
		m.typed = ""
	}
	m.typedAt = now
	if r == ' ' && m.typed == "" {
		return // a Space on its own toggles (TypedKey)
	}
	m.typed += string(r)
	code, ok := m.countryByPrefix(m.typed)
	if !ok {
		// Nothing starts so: the user likely meant a new start.
		m.typed = string(r)
		code, ok = m.countryByPrefix(m.typed)
	}
	if ok {
		m.setCursor(code)
	}
}

// TypedKey is part of fyne.Focusable: arrows, Enter, Space and Escape.
func (m *MapView) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft:
		m.moveCursor(worldmap.West)
	case fyne.KeyRight:
		m.moveCursor(worldmap.East)
	case fyne.KeyUp:
		m.moveCursor(worldmap.North)
	case fyne.KeyDown:
		m.moveCursor(worldmap.South)
	case fyne.KeySpace:
		// The desktop sends a Space as this key and then as a rune; while
		// a name is being typed ("verenigde staten") it is a letter.
		if m.typed != "" && m.now().Sub(m.typedAt) <= mapTypeAheadPause {
			return
		}
		m.activateCursor()
	case fyne.KeyReturn, fyne.KeyEnter:
		m.activateCursor()
	case fyne.KeyEscape:
		m.typed = ""
		m.setCursor("")
	}
}

// activateCursor toggles the cursor's country, or puts the cursor on the map
// when there is none yet.
func (m *MapView) activateCursor() {
	if m.cursor == "" {
		m.setCursor(m.cursorStart())
		return
	}
	m.keyboardLast = true
	m.toggle(m.cursor)
}

// moveCursor steps the cursor one country in a direction; the first arrow
// press puts it on the map.
func (m *MapView) moveCursor(dir worldmap.Direction) {
	m.typed = "" // a Space after an arrow toggles, not types
	if m.cursor == "" {
		m.setCursor(m.cursorStart())
		return
	}
	if code, ok := m.world.Neighbour(m.cursor, dir, m.walkable()); ok {
		m.setCursor(code)
	} else {
		m.keyboardLast = true
		m.placeLabel() // at the end of the map: name where the cursor stays
	}
}

// walkable is which countries the arrows visit: those with articles or in
// the filter, or all when there are none (nil).
func (m *MapView) walkable() func(code string) bool {
	some := func(code string) bool { return m.counts[code] > 0 || m.selected[code] }
	for _, code := range m.world.Codes() {
		if some(code) {
			return some
		}
	}
	return nil
}

// cursorStart is where the cursor first lands: on the filter's first
// country, else on the walkable country nearest the middle of the view,
// where the user is looking.
func (m *MapView) cursorStart() string {
	codes := m.world.Codes()
	for _, code := range codes {
		if m.selected[code] {
			return code
		}
	}
	among := m.walkable()
	centre := m.view.Center
	best, bestDist := "", 0.0
	for _, code := range codes {
		if among != nil && !among(code) {
			continue
		}
		c, _ := m.world.Country(code)
		p := worldmap.Project(c.Label)
		if d := (p.X-centre.X)*(p.X-centre.X) + (p.Y-centre.Y)*(p.Y-centre.Y); best == "" || d < bestDist {
			best, bestDist = code, d
		}
	}
	return best
}

// countryByPrefix is the first country, those with articles (or in the
// filter) before the rest and each in order of name, whose name as shown
// starts with prefix, ignoring case and accents.
func (m *MapView) countryByPrefix(prefix string) (string, bool) {
	want := text.Fold(prefix)
	if want == "" {
		return "", false
	}
	type named struct {
		code, name string
		rest       bool // no articles and not in the filter
	}
	var all []named
	// The organisations' discs of the role modes too: "eu" finds the EU.
	codes := append(slices.Sorted(maps.Keys(m.shownPlaces())), m.world.Codes()...)
	for _, code := range codes {
		all = append(all, named{code, text.Fold(m.name(code)), m.counts[code] == 0 && !m.selected[code]})
	}
	slices.SortFunc(all, func(a, b named) int {
		if a.rest != b.rest {
			if a.rest {
				return 1
			}
			return -1
		}
		return strings.Compare(a.name, b.name)
	})
	for _, n := range all {
		if strings.HasPrefix(n.name, want) {
			return n.code, true
		}
	}
	return "", false
}

// setCursor puts the keyboard cursor on code ("" takes it away), outlines
// it, pans to it if it is off screen and names it in the label.
func (m *MapView) setCursor(code string) {
	if code != "" {
		m.keyboardLast = true
	}
	if code != m.cursor {
		m.cursor = code
		m.syncOverlay()
		m.revealCursor()
	}
	m.placeLabel()
}

// revealCursor pans the map, at its zoom, to the cursor's country when its
// marker point lies off screen.
func (m *MapView) revealCursor() {
	at, ok := m.placePoint(m.cursor)
	if !ok {
		return
	}
	f := m.frame()
	x, y := m.view.Clamp(f.size).ToPixel(f.size, at)
	if x >= 0 && y >= 0 && x < float64(f.size.X) && y < float64(f.size.Y) {
		return
	}
	m.setView(worldmap.View{Center: at, Zoom: m.view.Zoom})
}

// cursorPosition is where the cursor's country's marker point (or an
// organisation's disc) is, in dp.
func (m *MapView) cursorPosition() fyne.Position {
	at, ok := m.placePoint(m.cursor)
	if !ok {
		return fyne.Position{}
	}
	f := m.frame()
	x, y := m.view.Clamp(f.size).ToPixel(f.size, at)
	return fyne.NewPos(float32(x/f.sx), float32(y/f.sy))
}
