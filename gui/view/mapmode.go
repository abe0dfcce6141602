package view

import "dossier/corpus/roles"

// MapMode says what the map counts, and what a click on a country filters.
type MapMode uint8

const (
	// MapMentions counts the matching articles that name a country; a click
	// toggles the country filter.
	MapMentions MapMode = iota
	// MapActors counts the matching articles that make a country an actor,
	// with arcs to its targets; a click toggles the actor filter.
	MapActors
	// MapTargets counts the matching articles that make a country a target,
	// with arcs from its actors; a click toggles the target filter.
	MapTargets
)

// MapModes lists the modes in the order the map's switch shows them.
func MapModes() []MapMode { return []MapMode{MapMentions, MapActors, MapTargets} }

// Role is the role the mode counts: roles.Actor, roles.Target, or 0 for
// mentions.
func (m MapMode) Role() roles.Role {
	switch m {
	case MapActors:
		return roles.Actor
	case MapTargets:
		return roles.Target
	}
	return 0
}

// String is the mode's name in links: "mentions", "actors", "targets".
func (m MapMode) String() string {
	switch m {
	case MapActors:
		return "actors"
	case MapTargets:
		return "targets"
	}
	return "mentions"
}

// parseMapMode reads a mode's name as String writes it.
func parseMapMode(s string) (MapMode, bool) {
	for _, m := range MapModes() {
		if s == m.String() {
			return m, true
		}
	}
	return MapMentions, false
}

// MapMode is what the map counts.
func (s *State) MapMode() MapMode { return s.mapMode }

// SetMapMode chooses what the map counts. A mode the map does not have is
// ignored.
func (s *State) SetMapMode(m MapMode) {
	if m == s.mapMode || m > MapTargets {
		return
	}
	s.mapMode = m
	s.changed(ChangeMapMode)
}

// ToggleOnMap is a click on a country of the map: it toggles the filter
// the map's mode stands for, the country filter for mentions, the actor or
// target filter in those modes.
func (s *State) ToggleOnMap(code string) {
	if role := s.mapMode.Role(); role != 0 {
		s.ToggleRole(role, code)
		return
	}
	s.ToggleCountry(code)
}

// MapFilter is the filter a click on the map toggles in its mode: the
// codes the map outlines.
func (s *State) MapFilter() []string {
	if role := s.mapMode.Role(); role != 0 {
		return s.Roles(role)
	}
	return s.countries
}
