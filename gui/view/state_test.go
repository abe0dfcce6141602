package view

import (
	"slices"
	"testing"
	"time"

	"dossier/corpus"
)

func TestStateNotifiesOnlyRealChanges(t *testing.T) {
	s := NewState()
	var seen []string
	s.listen(func(c Change) {
		if c.Has(ChangeOpen) {
			seen = append(seen, s.OpenID())
		}
	})
	s.OpenArticle("a")
	s.OpenArticle("a")
	s.OpenArticle("b")
	if len(seen) != 2 || seen[0] != "a" || seen[1] != "b" {
		t.Errorf("listener saw %q, want [a b]", seen)
	}
}

func TestStateOperations(t *testing.T) {
	jun18, dec19 := corpus.Month{Year: 2018, Month: time.June}, corpus.Month{Year: 2019, Month: time.December}
	s := NewState()
	var changes []Change
	s.listen(func(c Change) { changes = append(changes, c) })

	s.SetQuery("pegasus")
	s.SetQuery("pegasus")
	s.ToggleCountry("MA")
	s.AddCountry("FR")
	s.AddCountry("FR")
	s.SetRange(dec19, jun18) // either order
	s.SetBookmarksOnly(true)
	if !slices.Equal(s.Countries(), []string{"FR", "MA"}) {
		t.Errorf("countries = %v, want sorted [FR MA]", s.Countries())
	}
	if from, to := s.Range(); from != jun18 || to != dec19 {
		t.Errorf("range = %v – %v, want %v – %v", from, to, jun18, dec19)
	}
	want := []Change{ChangeQuery, ChangeCountries, ChangeCountries, ChangeRange, ChangeBookmarksOnly}
	if !slices.Equal(changes, want) {
		t.Errorf("changes = %v, want %v", changes, want)
	}

	changes = nil
	s.ClearFilters()
	if len(changes) != 1 || changes[0] != ChangeCountries|ChangeRange|ChangeBookmarksOnly {
		t.Errorf("ClearFilters notified %v, want one change of all three filters", changes)
	}
	if s.HasFilters() || s.Query() != "pegasus" {
		t.Errorf("after ClearFilters: filters %v, query %q (the query stays)", s.HasFilters(), s.Query())
	}
	s.ClearFilters()
	if len(changes) != 1 {
		t.Errorf("clearing no filters notified %v", changes[1:])
	}

	s.ToggleCountry("MA")
	s.ToggleCountry("MA")
	if len(s.Countries()) != 0 {
		t.Errorf("toggling twice left %v", s.Countries())
	}
	s.SetRange(jun18, corpus.Month{})
	if !s.HasRange() {
		t.Errorf("a range open at its end is no filter")
	}
	s.ClearRange()
	if s.HasRange() {
		t.Errorf("ClearRange left a range")
	}
}

func TestStateCountriesAreNotShared(t *testing.T) {
	s := NewState()
	s.AddCountry("MA")
	before := s.Countries()
	s.AddCountry("FR")
	if !slices.Equal(before, []string{"MA"}) {
		t.Errorf("a slice handed out earlier changed to %v", before)
	}
}

func TestStateBookmarks(t *testing.T) {
	s := NewState()
	n := 0
	s.listen(func(c Change) {
		if c.Has(ChangeBookmarks) {
			n++
		}
	})
	s.ToggleBookmark("b")
	s.ToggleBookmark("a")
	s.ToggleBookmark("b")
	s.ToggleBookmark("")
	if !slices.Equal(s.Bookmarks(), []string{"a"}) || n != 3 {
		t.Errorf("bookmarks %v after %d changes, want [a] after 3", s.Bookmarks(), n)
	}
	s.SetBookmarks([]string{"a"})
	if n != 3 {
		t.Errorf("restoring the same bookmarks notified")
	}
	s.SetBookmarks([]string{"c", "d"})
	if !s.IsBookmarked("c") || s.IsBookmarked("a") || n != 4 {
		t.Errorf("SetBookmarks: %v", s.Bookmarks())
	}
}
