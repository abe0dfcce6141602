package gui

import (
	"slices"

	"dossier/corpus"
)

// Change says what a State operation changed, so that each view redoes only
// the work that concerns it: the reader keeps its scroll position when a
// country is added, the map keeps its colours when an article is opened.
type Change uint16

const (
	ChangeQuery         Change = 1 << iota // the search text
	ChangeCountries                        // the country filter
	ChangeRange                            // the month range
	ChangeBookmarksOnly                    // the "Bladwijzers" filter
	ChangeOpen                             // the article in the reader
	ChangeBookmarks                        // the set of bookmarked articles
	ChangeResult                           // a new search result (set by the session, never by State)
	ChangeLibrary                          // another corpus was opened (set by the session)

	// ChangeFilter is every change that alters which articles match.
	ChangeFilter = ChangeQuery | ChangeCountries | ChangeRange | ChangeBookmarksOnly
)

// Has reports whether c includes any of the bits of o.
func (c Change) Has(o Change) bool { return c&o != 0 }

// State is the one view state of a Dossier window: the query, the country and
// month filters, the bookmarks filter, the open article and the bookmarks.
// Every view draws it and changes it through its methods; views never talk to
// each other. It imports no Fyne, so its rules are tested directly.
//
// State is not safe for concurrent use: touch it on the UI goroutine only
// (hand results from other goroutines over with fyne.Do).
type State struct {
	query         string
	countries     []string // sorted, no duplicates
	from, to      corpus.Month
	bookmarksOnly bool
	openID        string
	bookmarks     map[string]bool
	listeners     []func(Change)
}

// NewState returns a state with no query, no filters and no article open.
func NewState() *State { return &State{bookmarks: map[string]bool{}} }

// Query is the search text as typed.
func (s *State) Query() string { return s.query }

// Countries are the country codes of the country filter, sorted.
// The slice is shared: do not modify it.
func (s *State) Countries() []string { return s.countries }

// HasCountry reports whether code is part of the country filter.
func (s *State) HasCountry(code string) bool {
	_, found := slices.BinarySearch(s.countries, code)
	return found
}

// Range is the month range of the date filter, both ends inclusive; a zero
// Month leaves that end open.
func (s *State) Range() (from, to corpus.Month) { return s.from, s.to }

// HasRange reports whether a date filter is set.
func (s *State) HasRange() bool { return s.from != (corpus.Month{}) || s.to != (corpus.Month{}) }

// BookmarksOnly reports whether only bookmarked articles are shown.
func (s *State) BookmarksOnly() bool { return s.bookmarksOnly }

// HasFilters reports whether any filter other than the query narrows the articles.
func (s *State) HasFilters() bool { return len(s.countries) > 0 || s.HasRange() || s.bookmarksOnly }

// OpenID is the id of the article shown in the reader, or "" when none is.
func (s *State) OpenID() string { return s.openID }

// IsBookmarked reports whether the article with this id has a star.
func (s *State) IsBookmarked(id string) bool { return s.bookmarks[id] }

// Bookmarks lists the bookmarked article ids, sorted.
func (s *State) Bookmarks() []string {
	ids := make([]string, 0, len(s.bookmarks))
	for id := range s.bookmarks {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// SetQuery changes the search text.
func (s *State) SetQuery(q string) {
	if q == s.query {
		return
	}
	s.query = q
	s.changed(ChangeQuery)
}

// ToggleCountry adds code to the country filter, or removes it when it is
// there: what clicking a country on the map does.
func (s *State) ToggleCountry(code string) {
	if s.HasCountry(code) {
		s.RemoveCountry(code)
	} else {
		s.AddCountry(code)
	}
}

// AddCountry adds code to the country filter: what clicking a country's
// name in an article does.
func (s *State) AddCountry(code string) {
	i, found := slices.BinarySearch(s.countries, code)
	if found || code == "" {
		return
	}
	s.countries = slices.Insert(slices.Clone(s.countries), i, code)
	s.changed(ChangeCountries)
}

// RemoveCountry takes code out of the country filter.
func (s *State) RemoveCountry(code string) {
	i, found := slices.BinarySearch(s.countries, code)
	if !found {
		return
	}
	s.countries = slices.Delete(slices.Clone(s.countries), i, i+1)
	s.changed(ChangeCountries)
}

// ClearCountries empties the country filter.
func (s *State) ClearCountries() {
	if len(s.countries) == 0 {
		return
	}
	s.countries = nil
	s.changed(ChangeCountries)
}

// SetRange keeps the articles of the months from to to, both inclusive, in
// either order; a zero Month leaves that end open.
func (s *State) SetRange(from, to corpus.Month) {
	if from != (corpus.Month{}) && to != (corpus.Month{}) && to.Before(from) {
		from, to = to, from
	}
	if from == s.from && to == s.to {
		return
	}
	s.from, s.to = from, to
	s.changed(ChangeRange)
}

// ClearRange removes the date filter.
func (s *State) ClearRange() { s.SetRange(corpus.Month{}, corpus.Month{}) }

// SetBookmarksOnly shows only bookmarked articles, or all again.
func (s *State) SetBookmarksOnly(on bool) {
	if on == s.bookmarksOnly {
		return
	}
	s.bookmarksOnly = on
	s.changed(ChangeBookmarksOnly)
}

// ClearFilters removes the country, date and bookmark filters at once, with
// one notification; the query stays (Esc clears that).
func (s *State) ClearFilters() {
	var c Change
	if len(s.countries) > 0 {
		s.countries = nil
		c |= ChangeCountries
	}
	if s.HasRange() {
		s.from, s.to = corpus.Month{}, corpus.Month{}
		c |= ChangeRange
	}
	if s.bookmarksOnly {
		s.bookmarksOnly = false
		c |= ChangeBookmarksOnly
	}
	if c != 0 {
		s.changed(c)
	}
}

// OpenArticle shows the article with the given id. Opening the article that is
// already open changes nothing and notifies no one, which is what stops views
// that both show and set the selection from echoing each other forever.
func (s *State) OpenArticle(id string) {
	if id == s.openID {
		return
	}
	s.openID = id
	s.changed(ChangeOpen)
}

// ToggleBookmark puts a star on the article, or takes it off.
func (s *State) ToggleBookmark(id string) {
	if id == "" {
		return
	}
	if s.bookmarks[id] {
		delete(s.bookmarks, id)
	} else {
		s.bookmarks[id] = true
	}
	s.changed(ChangeBookmarks)
}

// SetBookmarks replaces the bookmarks, as when restoring them at start.
func (s *State) SetBookmarks(ids []string) {
	next := make(map[string]bool, len(ids))
	for _, id := range ids {
		if id != "" {
			next[id] = true
		}
	}
	if len(next) == len(s.bookmarks) {
		same := true
		for id := range next {
			if !s.bookmarks[id] {
				same = false
				break
			}
		}
		if same {
			return
		}
	}
	s.bookmarks = next
	s.changed(ChangeBookmarks)
}

// OnChanged registers f to run after every change, with what changed.
// Listeners read what they need from the state; they run in the order they
// were added.
func (s *State) OnChanged(f func(Change)) { s.listeners = append(s.listeners, f) }

func (s *State) changed(c Change) {
	for _, f := range s.listeners {
		f(c)
	}
}
