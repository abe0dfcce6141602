// Package view is the view model of Dossier's reading room: the one State
// every view draws, the Session that searches for it, and links that carry a
// view. It imports no Fyne, so its rules are tested directly, with -race.
package view

import (
	"slices"

	"dossier/corpus"
	"dossier/corpus/search"
)

// CountryMode says how the countries of the filter combine.
type CountryMode uint8

const (
	AnyCountry   CountryMode = iota // an article about any of them matches
	AllCountries                    // an article must be about all of them
)

// State is the view state of a Dossier window: the query, the country, role
// and month filters (and whether the months are those of publication or of
// events), the bookmarks filter, what the map counts, the open article (and
// where in it) and the bookmarks.
// Every view draws it and changes it through its methods; views never talk
// to each other. Views learn of changes from the Session, which alone
// listens to the State.
//
// State is not safe for concurrent use: touch it on the UI goroutine only.
type State struct {
	query         string
	queryCut      bool     // the last query set was longer than search.MaxQueryRunes
	countries     []string // sorted, no duplicates
	countryMode   CountryMode
	actors        []string // the actor filter: sorted, no duplicates (rolefilter.go)
	targets       []string // the target filter: sorted, no duplicates
	mapMode       MapMode
	from, to      corpus.Month
	by            search.DateBy // what the range filters on (dateby.go)
	bookmarksOnly bool
	openID        string
	spot          Spot // where in the open article to show (spot.go)
	hasSpot       bool
	bookmarks     map[string]bool

	// Batch gathers the changes made inside it into pending.
	batching int
	pending  Change
	onChange func(Change)
}

// NewState returns a state with no query, no filters and no article open.
func NewState() *State { return &State{bookmarks: map[string]bool{}} }

// Query is the search text, as typed and at most search.MaxQueryRunes long.
func (s *State) Query() string { return s.query }

// QueryCut reports whether the query was cut to search.MaxQueryRunes when
// it was set, so that the window can say so.
func (s *State) QueryCut() bool { return s.queryCut }

// Countries are the country codes of the country filter, sorted.
// The slice is shared: do not modify it.
func (s *State) Countries() []string { return s.countries }

// CountryMode is how the countries of the filter combine.
func (s *State) CountryMode() CountryMode { return s.countryMode }

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

// HasFilters reports whether any filter other than the query narrows the
// articles. By alone is none: without a range it keeps every article.
func (s *State) HasFilters() bool {
	return len(s.countries) > 0 || s.HasRoles() || s.HasRange() || s.bookmarksOnly
}

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

// SearchQuery is the search the state asks for, without paging: its text, its
// filters, and with the bookmarks filter on, the bookmarked ids.
func (s *State) SearchQuery() search.Query {
	q := search.Query{Text: s.query, Countries: s.countries, AllCountries: s.countryMode == AllCountries,
		Actors: s.actors, Targets: s.targets, From: s.from, To: s.to, By: s.by}
	if s.bookmarksOnly {
		q.IDs = s.Bookmarks()
	}
	return q
}

// SetQuery changes the search text. A text longer than search.MaxQueryRunes
// is cut there, and QueryCut says so until the query changes again: the
// search bar showing the cut text sets it once more, which is no change.
func (s *State) SetQuery(q string) {
	q, cut := search.LimitQuery(q)
	if q == s.query && (!cut || s.queryCut) {
		return
	}
	s.query, s.queryCut = q, cut
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

// SetCountries makes the country filter exactly codes.
func (s *State) SetCountries(codes []string) {
	next := slices.Compact(slices.Sorted(slices.Values(slices.DeleteFunc(slices.Clone(codes), func(c string) bool { return c == "" }))))
	if slices.Equal(next, s.countries) {
		return
	}
	if len(next) == 0 {
		next = nil
	}
	s.countries = next
	s.changed(ChangeCountries)
}

// ClearCountries empties the country filter.
func (s *State) ClearCountries() { s.SetCountries(nil) }

// SetCountryMode chooses whether articles must be about any or all of the
// countries of the filter.
func (s *State) SetCountryMode(mode CountryMode) {
	if mode == s.countryMode {
		return
	}
	s.countryMode = mode
	s.changed(ChangeCountryMode)
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

// ClearFilters removes the country, role, date and bookmark filters at
// once, as one change; the query stays (Esc clears that), and so does By,
// which filters nothing without a range (see dateby.go).
func (s *State) ClearFilters() {
	s.Batch(func() {
		s.ClearCountries()
		s.ClearRoles()
		s.ClearRange()
		s.SetBookmarksOnly(false)
	})
}

// OpenArticle shows the article with the given id, from its top. Opening the
// article that is already open changes nothing and notifies no one, which is
// what stops views that both show and set the selection from echoing each
// other forever.
func (s *State) OpenArticle(id string) {
	if id == s.openID {
		return
	}
	s.openID = id
	s.spot, s.hasSpot = Spot{}, false
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

// Batch runs f, which may change the state many times, and notifies once,
// at the end, with every bit that changed: applying a link or restoring the
// last session runs one search, not one per part. Batches nest.
func (s *State) Batch(f func()) {
	s.batching++
	defer func() {
		s.batching--
		if s.batching == 0 && s.pending != 0 {
			c := s.pending
			s.pending = 0
			s.notify(c)
		}
	}()
	f()
}

// listen sets the one function told of every change: the session's.
func (s *State) listen(f func(Change)) { s.onChange = f }

func (s *State) changed(c Change) {
	if s.batching > 0 {
		s.pending |= c
		return
	}
	s.notify(c)
}

func (s *State) notify(c Change) {
	if s.onChange != nil {
		s.onChange(c)
	}
}
