package gui

// The arrows of the map's role modes, from each actor to its targets, and
// the places that stand for the organisations that act and are targeted.

import (
	"cmp"
	"fmt"
	"image/color"
	"maps"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"dossier/corpus/search"
	"dossier/gui/view"
	"dossier/gui/worldmap"
)

// organisationPlaces are where the map puts the organisations, which have no
// land of their own: the EU at its seat, Brussels, and the UN at its seat,
// New York. NATO's seat is Brussels too, where its disc would cover the
// EU's; it stands in the North Atlantic, west of Ireland, which the alliance
// is named after.
var organisationPlaces = worldmap.Places{
	"EU":   {Lon: 4.35, Lat: 50.85},
	"NATO": {Lon: -14, Lat: 52},
	"UN":   {Lon: -74.0, Lat: 40.7},
}

// flowsOf turns the arcs of a search's facets into the map's arrows, most
// articles first, then by codes, so the same arcs always give the same list.
func flowsOf(arcs map[search.Arc]int) []worldmap.Flow {
	flows := make([]worldmap.Flow, 0, len(arcs))
	for arc, n := range arcs {
		flows = append(flows, worldmap.Flow{From: arc.Actor, To: arc.Target, Count: n})
	}
	slices.SortFunc(flows, func(a, b worldmap.Flow) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
	return flows
}

// SetFlows shows arrows from actor to target, drawn in the role modes only.
// Nothing is redrawn when they did not change.
func (m *MapView) SetFlows(flows []worldmap.Flow) {
	if slices.Equal(flows, m.flows) {
		return
	}
	m.flows = slices.Clone(flows)
	m.dataVersion++
	m.Refresh()
}

// SetMapData shows what the session gives the map: its mode, counts,
// selection and arrows.
func (m *MapView) SetMapData(d view.MapData) {
	m.SetMode(d.Mode)
	m.SetFlows(flowsOf(d.Arcs))
	m.SetData(d.Counts, d.Selected)
}

// drawsRoles reports whether the map is in a role mode, where it draws
// arrows and the organisations' discs.
func (m *MapView) drawsRoles() bool { return m.mode.Role() != 0 }

// shownPlaces are the organisations the map draws: in a role mode, those
// with articles, in the filter or at an end of an arrow.
func (m *MapView) shownPlaces() worldmap.Places {
	if !m.drawsRoles() {
		return nil
	}
	shown := worldmap.Places{}
	for code, at := range organisationPlaces {
		if m.counts[code] > 0 || m.selected[code] {
			shown[code] = at
		}
	}
	for _, f := range m.flows {
		for _, code := range []string{f.From, f.To} {
			if at, ok := organisationPlaces[code]; ok {
				shown[code] = at
			}
		}
	}
	return shown
}

// onMap reports whether the map draws code in its mode: a country, or a
// shown organisation.
func (m *MapView) onMap(code string) bool {
	if _, ok := m.world.Country(code); ok {
		return true
	}
	_, ok := m.shownPlaces()[code]
	return ok
}

// placePoint is where the label point of a country or a shown organisation
// lies in the projected plane.
func (m *MapView) placePoint(code string) (worldmap.Point, bool) {
	if at, ok := m.shownPlaces()[code]; ok {
		return worldmap.Project(at), true
	}
	if c, ok := m.world.Country(code); ok {
		return worldmap.Project(c.Label), true
	}
	return worldmap.Point{}, false
}

// mapTagGap is the room between an organisation's disc and its tag, in dp.
const mapTagGap = 3

// syncPlaceTags makes a tag for each organisation the map draws, its
// code ("EU") on a small panel to the right of its disc: a disc alone does
// not say what it stands for.
func (m *MapView) syncPlaceTags() {
	places := m.shownPlaces()
	codes := slices.Sorted(maps.Keys(places))
	th, variant := m.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	panel, edge := mapPanelColours(th, variant)
	// The tags follow the codes shown and the theme's colours and size.
	key := fmt.Sprint(codes, panel, edge, th.Color(theme.ColorNameForeground, variant), th.Size(theme.SizeNameCaptionText))
	if key != m.tagsKey {
		m.tagsKey = key
		m.tags.Objects = m.tags.Objects[:0]
		m.tagCodes = codes
		for _, code := range codes {
			text := canvas.NewText(code, th.Color(theme.ColorNameForeground, variant))
			text.TextSize = th.Size(theme.SizeNameCaptionText)
			text.TextStyle = fyne.TextStyle{Bold: true}
			bg := canvas.NewRectangle(panel)
			bg.StrokeColor, bg.StrokeWidth, bg.CornerRadius = edge, 1, 3
			tag := container.NewWithoutLayout(bg, text)
			size := text.MinSize()
			text.Resize(size)
			text.Move(fyne.NewPos(3, 0))
			bg.Resize(fyne.NewSize(size.Width+6, size.Height))
			tag.Resize(bg.Size())
			m.tags.Objects = append(m.tags.Objects, tag)
		}
		m.tags.Refresh()
	}
	m.placeTags()
}

// placeTags moves the tags beside their discs after the view or the size
// changed.
func (m *MapView) placeTags() {
	if len(m.tagCodes) == 0 {
		return
	}
	f := m.frame()
	view := m.view.Clamp(f.size)
	radius := float32(m.style(f).PlaceRadius / f.sx)
	for i, code := range m.tagCodes {
		at, ok := organisationPlaces[code]
		if !ok || i >= len(m.tags.Objects) {
			continue
		}
		x, y := view.ToPixel(f.size, worldmap.Project(at))
		tag := m.tags.Objects[i]
		size := tag.Size()
		tag.Move(fyne.NewPos(float32(x/f.sx)+radius+mapTagGap, float32(y/f.sy)-size.Height/2))
	}
}

// flowLegendColour is the colour of the arrows in the legend's sample, as
// the map draws them in this theme.
func (m *MapView) flowLegendColour() color.Color {
	return m.style(mapPixelFrame{sx: 1, sy: 1}).Flow
}
