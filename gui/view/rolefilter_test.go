package view

import (
	"slices"
	"testing"

	"dossier/corpus/roles"
)

// TestRoleFiltersWorkAsTheCountryFilter: sorted codes, no duplicates, one
// change per real change, and each role its own list.
func TestRoleFiltersWorkAsTheCountryFilter(t *testing.T) {
	s := NewState()
	var changes []Change
	s.listen(func(c Change) { changes = append(changes, c) })

	s.ToggleRole(roles.Actor, "US")
	s.AddRole(roles.Actor, "CN")
	s.AddRole(roles.Actor, "CN")
	s.AddRole(roles.Actor, "")
	s.AddRole(roles.Target, "EU")
	s.AddRole(0, "RU") // no such role: nothing
	if !slices.Equal(s.Actors(), []string{"CN", "US"}) || !slices.Equal(s.Targets(), []string{"EU"}) {
		t.Errorf("actors %v, targets %v; want [CN US] and [EU]", s.Actors(), s.Targets())
	}
	if !s.HasRole(roles.Actor, "CN") || s.HasRole(roles.Target, "CN") || s.HasRole(0, "CN") {
		t.Error("HasRole mixes the roles up")
	}
	if s.HasCountry("CN") || len(s.Countries()) != 0 {
		t.Error("a role filter touched the country filter")
	}
	if want := []Change{ChangeRoles, ChangeRoles, ChangeRoles}; !slices.Equal(changes, want) {
		t.Errorf("changes %v, want %v", changes, want)
	}
	if !s.HasFilters() || !s.HasRoles() {
		t.Error("a role filter is no filter")
	}
	if q := s.SearchQuery(); !slices.Equal(q.Actors, []string{"CN", "US"}) || !slices.Equal(q.Targets, []string{"EU"}) {
		t.Errorf("the search asks for actors %v, targets %v", q.Actors, q.Targets)
	}

	before := s.Actors()
	s.ToggleRole(roles.Actor, "US")
	if !slices.Equal(before, []string{"CN", "US"}) || !slices.Equal(s.Actors(), []string{"CN"}) {
		t.Errorf("removing US: handed out %v (must not change), now %v", before, s.Actors())
	}
	s.RemoveRole(roles.Target, "CN") // not there: nothing
	s.SetRoles(roles.Target, []string{"CY", "", "EU", "CY"})
	if !slices.Equal(s.Targets(), []string{"CY", "EU"}) {
		t.Errorf("SetRoles gave %v", s.Targets())
	}
	changes = nil
	s.SetRoles(roles.Target, []string{"EU", "CY"})
	if len(changes) != 0 {
		t.Errorf("setting the same targets notified %v", changes)
	}

	s.AddCountry("MA")
	changes = nil
	s.ClearFilters()
	if s.HasFilters() || s.Actors() != nil || s.Targets() != nil {
		t.Errorf("ClearFilters left actors %v, targets %v", s.Actors(), s.Targets())
	}
	if len(changes) != 1 || changes[0] != ChangeCountries|ChangeRoles {
		t.Errorf("ClearFilters notified %v, want one change of countries and roles", changes)
	}
	changes = nil
	s.ClearRoles()
	if len(changes) != 0 {
		t.Errorf("clearing no roles notified %v", changes)
	}
}

func TestTheMapModeDecidesWhatAClickFilters(t *testing.T) {
	s := NewState()
	var changes []Change
	s.listen(func(c Change) { changes = append(changes, c) })

	s.ToggleOnMap("CN")
	if !slices.Equal(s.Countries(), []string{"CN"}) || s.HasRoles() || !slices.Equal(s.MapFilter(), []string{"CN"}) {
		t.Errorf("a click in mentions mode: countries %v, roles %v %v", s.Countries(), s.Actors(), s.Targets())
	}
	s.SetMapMode(MapActors)
	s.SetMapMode(MapActors)
	s.ToggleOnMap("US")
	if !slices.Equal(s.Actors(), []string{"US"}) || !slices.Equal(s.MapFilter(), []string{"US"}) || len(s.Countries()) != 1 {
		t.Errorf("a click in actor mode: actors %v, countries %v", s.Actors(), s.Countries())
	}
	s.SetMapMode(MapTargets)
	s.ToggleOnMap("US")
	s.ToggleOnMap("EU")
	s.ToggleOnMap("EU")
	if !slices.Equal(s.Targets(), []string{"US"}) || !slices.Equal(s.MapFilter(), []string{"US"}) {
		t.Errorf("clicks in target mode: targets %v", s.Targets())
	}
	s.SetMapMode(MapMode(7)) // no such mode
	if s.MapMode() != MapTargets {
		t.Errorf("an unknown mode was taken: %v", s.MapMode())
	}
	want := []Change{ChangeCountries, ChangeMapMode, ChangeRoles, ChangeMapMode, ChangeRoles, ChangeRoles, ChangeRoles}
	if !slices.Equal(changes, want) {
		t.Errorf("changes %v, want %v", changes, want)
	}
	if MapMentions.Role() != 0 || MapActors.Role() != roles.Actor || MapTargets.Role() != roles.Target {
		t.Error("the modes name the wrong roles")
	}
	for _, m := range MapModes() {
		if back, ok := parseMapMode(m.String()); !ok || back != m {
			t.Errorf("mode %v reads back as %v, %v", m, back, ok)
		}
	}
}
