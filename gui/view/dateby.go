package view

import "dossier/corpus/search"

// The month range filters by the date an article was published (the
// default), by the dates it talks about (its events), or by either; By says
// which, as search.Query.By does. By is how the range is read, as the map's
// mode is what a click on the map filters: it filters nothing without a
// range, so HasFilters leaves it out, and ClearFilters, like removing the
// range's chip, keeps it, as the switch by the timeline that shows it
// does. Links carry it (by=event, by=either) whether or not a range is set.
//
// The range stays a range of months whatever By is: the timeline zooms in to
// days where events are known to the day, but what it selects, and what
// SetRange takes, are whole months.

// DateBys lists the choices in the order the timeline's switch shows them.
func DateBys() []search.DateBy {
	return []search.DateBy{search.ByPublished, search.ByEvent, search.ByEither}
}

// By is what the month range filters on: the publication date, the events,
// or either.
func (s *State) By() search.DateBy { return s.by }

// SetBy chooses what the month range filters on. A value search does not
// know is ignored.
func (s *State) SetBy(by search.DateBy) {
	if by == s.by || by > search.ByEither {
		return
	}
	s.by = by
	s.changed(ChangeBy)
}
