package gui

// What the map counts: the articles that mention a country (as it always
// did), or those that make it an actor or a target, with arrows from actor
// to target. A switch of three words (wordSwitch) in the top left corner,
// where Equal Earth's rounded edge leaves room, switches; the window keeps
// the mode in the view state (view.State.SetMapMode), so a link carries it
// and a click on a country toggles the filter of the mode's role.

import (
	"slices"

	"dossier/gui/view"
)

// mapModeName is the button's text for a mode: "Vermeldingen", "Daders",
// "Doelwitten".
func mapModeName(mode view.MapMode) string {
	switch mode {
	case view.MapActors:
		return tr("map.mode.actors")
	case view.MapTargets:
		return tr("map.mode.targets")
	}
	return tr("map.mode.mentions")
}

// textMapLegendFor is the legend's title in a mode.
func textMapLegendFor(mode view.MapMode) string {
	switch mode {
	case view.MapActors:
		return tr("map.legend.actors")
	case view.MapTargets:
		return tr("map.legend.targets")
	}
	return textMapLegend()
}

// mapCountPhrase is a hover label's count in a mode: "2 artikelen", "1
// artikel als dader", "geen artikelen als doelwit".
func mapCountPhrase(mode view.MapMode, n int) string {
	switch {
	case mode == view.MapActors && n <= 0:
		return tr("map.count.actor.none")
	case mode == view.MapActors:
		return trN("map.count.actor", n)
	case mode == view.MapTargets && n <= 0:
		return tr("map.count.target.none")
	case mode == view.MapTargets:
		return trN("map.count.target", n)
	}
	return articlesPhrase(n)
}

// mapModeNames are the map's switch's words, in the order of
// view.MapModes.
func mapModeNames() []string {
	var names []string
	for _, mode := range view.MapModes() {
		names = append(names, mapModeName(mode))
	}
	return names
}

// SetMode shows what the map counts in mode; the counts, the selection and
// the arrows of that mode follow with SetData and SetFlows. Arrows and the
// discs of the EU, NATO and the UN are drawn in the role modes only.
func (m *MapView) SetMode(mode view.MapMode) {
	if mode == m.mode {
		return
	}
	m.mode = mode
	m.modes.show(slices.Index(view.MapModes(), mode))
	m.dataVersion++
	m.Refresh()
}

// Mode is what the map counts.
func (m *MapView) Mode() view.MapMode { return m.mode }

// chooseMode is a press on a mode's word (the i-th of view.MapModes): the
// window is told, and sets the mode (SetMode) once the state has it.
func (m *MapView) chooseMode(i int) {
	if m.OnMode != nil {
		m.OnMode(view.MapModes()[i])
	}
}
