package view

import (
	"slices"

	"dossier/corpus/roles"
)

// The role filters keep the articles that give a country (or the EU, the
// UN, NATO) a role: "China as actor", "the EU as target". They work as the
// country filter does, one sorted list of codes per role, and combine with
// it and with each other: an article must match every filter that is set,
// and, within one role, any of its codes.

// Roles are the codes of the filter for role (roles.Actor or roles.Target),
// sorted; nil for any other role. The slice is shared: do not modify it.
func (s *State) Roles(role roles.Role) []string {
	if list := s.roleList(role); list != nil {
		return *list
	}
	return nil
}

// Actors are the codes of the actor filter, sorted.
func (s *State) Actors() []string { return s.actors }

// Targets are the codes of the target filter, sorted.
func (s *State) Targets() []string { return s.targets }

// HasRoles reports whether either role filter is set.
func (s *State) HasRoles() bool { return len(s.actors) > 0 || len(s.targets) > 0 }

// HasRole reports whether code is part of the filter for role.
func (s *State) HasRole(role roles.Role, code string) bool {
	_, found := slices.BinarySearch(s.Roles(role), code)
	return found
}

// ToggleRole adds code to the filter for role, or removes it when it is
// there: what clicking a country on the map does in that role's mode.
func (s *State) ToggleRole(role roles.Role, code string) {
	if s.HasRole(role, code) {
		s.RemoveRole(role, code)
	} else {
		s.AddRole(role, code)
	}
}

// AddRole adds code to the filter for role.
func (s *State) AddRole(role roles.Role, code string) {
	list := s.roleList(role)
	if list == nil || code == "" {
		return
	}
	i, found := slices.BinarySearch(*list, code)
	if found {
		return
	}
	// A new slice, as the country filter makes: one handed out stays as it was.
	*list = slices.Insert(slices.Clone(*list), i, code)
	s.changed(ChangeRoles)
}

// RemoveRole takes code out of the filter for role.
func (s *State) RemoveRole(role roles.Role, code string) {
	list := s.roleList(role)
	if list == nil {
		return
	}
	i, found := slices.BinarySearch(*list, code)
	if !found {
		return
	}
	*list = slices.Delete(slices.Clone(*list), i, i+1)
	if len(*list) == 0 {
		*list = nil
	}
	s.changed(ChangeRoles)
}

// SetRoles makes the filter for role exactly codes.
func (s *State) SetRoles(role roles.Role, codes []string) {
	list := s.roleList(role)
	if list == nil {
		return
	}
	next := slices.Compact(slices.Sorted(slices.Values(slices.DeleteFunc(slices.Clone(codes), func(c string) bool { return c == "" }))))
	if slices.Equal(next, *list) {
		return
	}
	if len(next) == 0 {
		next = nil
	}
	*list = next
	s.changed(ChangeRoles)
}

// ClearRoles empties both role filters, as one change.
func (s *State) ClearRoles() {
	s.Batch(func() {
		s.SetRoles(roles.Actor, nil)
		s.SetRoles(roles.Target, nil)
	})
}

// roleList is the filter of a role, or nil for a role that has none.
func (s *State) roleList(role roles.Role) *[]string {
	switch role {
	case roles.Actor:
		return &s.actors
	case roles.Target:
		return &s.targets
	}
	return nil
}
