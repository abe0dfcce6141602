package view

import (
	"slices"
	"testing"
	"time"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

func TestSetByNotifiesOnceAndTheQueryCarriesIt(t *testing.T) {
	s := NewState()
	var changes []Change
	s.listen(func(c Change) { changes = append(changes, c) })

	s.SetBy(search.ByEvent)
	s.SetBy(search.ByEvent)
	s.SetBy(search.DateBy(7)) // no such choice
	if s.By() != search.ByEvent || !slices.Equal(changes, []Change{ChangeBy}) {
		t.Errorf("By %v, changes %v; want event and one change", s.By(), changes)
	}
	if !ChangeBy.Has(ChangeFilter) {
		t.Error("ChangeBy is not a change of the filter: the session would not search again")
	}
	if q := s.SearchQuery(); q.By != search.ByEvent {
		t.Errorf("SearchQuery().By = %v", q.By)
	}

	changes = nil
	y2017 := corpus.Month{Year: 2017, Month: time.January}
	s.Batch(func() {
		s.SetBy(search.ByEither)
		s.SetRange(y2017, corpus.Month{Year: 2017, Month: time.December})
		s.SetBy(search.ByEvent)
	})
	if want := []Change{ChangeBy | ChangeRange}; !slices.Equal(changes, want) {
		t.Errorf("a batch notified %v, want %v", changes, want)
	}
	if q := s.SearchQuery(); q.By != search.ByEvent || q.From != y2017 {
		t.Errorf("SearchQuery() = %+v", q)
	}
}

// TestByAloneFiltersNothing: By is how the range is read. Without a range it
// keeps every article, so it is no filter, and clearing the filters (the
// range) keeps it, as the switch that shows it does.
func TestByAloneFiltersNothing(t *testing.T) {
	s := NewState()
	s.SetBy(search.ByEither)
	if s.HasFilters() {
		t.Error("By alone counts as a filter")
	}
	s.SetRange(corpus.Month{Year: 2017, Month: time.March}, corpus.Month{})
	if !s.HasFilters() {
		t.Error("a range read by events is no filter")
	}
	var changes []Change
	s.listen(func(c Change) { changes = append(changes, c) })
	s.ClearFilters()
	if s.HasFilters() || s.HasRange() || s.By() != search.ByEither || !slices.Equal(changes, []Change{ChangeRange}) {
		t.Errorf("after ClearFilters: filters %v, range %v, By %v, changes %v; want none, none, either, one range change",
			s.HasFilters(), s.HasRange(), s.By(), changes)
	}
}

// TestSessionSearchesByTheStatesChoice: the session searches with By as
// the state has it.
func TestSessionSearchesByTheStatesChoice(t *testing.T) {
	s := NewState()
	var asked []search.Query
	se := NewSession(seedLibrary(t), s, Options{Search: func(lib *library.Library, q search.Query) search.Result {
		asked = append(asked, q)
		return lib.Search(q)
	}})
	asked = nil
	s.SetRange(corpus.Month{Year: 2018, Month: time.January}, corpus.Month{Year: 2018, Month: time.December})
	published := se.Total()
	s.SetBy(search.ByEither)
	if len(asked) == 0 || asked[len(asked)-1].By != search.ByEither {
		t.Fatalf("the session searched %+v", asked)
	}
	if se.Total() < published {
		t.Errorf("by either, %d articles; by publication %d: either keeps at least as many", se.Total(), published)
	}
}
