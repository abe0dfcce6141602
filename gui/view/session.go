package view

import (
	"slices"

	"dossier/corpus"
	"dossier/corpus/geo"
	"dossier/corpus/library"
	"dossier/corpus/roles"
	"dossier/corpus/search"
)

// ResultPage is how many hits one search fetches: a few screens of the
// results list. Further hits are fetched a page at a time as the list scrolls
// to them, so 100,000 matches never build 100,000 rows.
const ResultPage = 50

// Options tune a Session.
type Options struct {
	// Lang is the interface's language, "nl" or "en", for country names.
	Lang string
	// Background runs a search away from the UI goroutine (go f() in the
	// window). When nil, every search runs at once, in the caller: what
	// widget tests want.
	Background func(func())
	// Do hands a finished search back to the UI goroutine (fyne.Do in the
	// window); nil calls it at once.
	Do func(func())
	// Yield, when set, hands work to the UI goroutine once the window has
	// had the chance to draw what changed; it may be called from any
	// goroutine. A search then starts only after the keystroke that asked
	// for it is on screen, and its result is shown a frame later again: in
	// the browser, where one thread searches, builds the views and draws,
	// the typed letter would otherwise wait for both.
	Yield func(func())
	// Settle, when set, calls its function on the UI goroutine after a
	// pause; a search starts only once the state has not changed for a
	// whole pause, so that a fast typist's letters are searched for
	// together. In the browser each search and its result cost the one
	// thread a few frames, and the letters typed meanwhile would wait.
	Settle func(func())
	// Search replaces lib.Search, for tests that need results the search
	// engine does not give yet, or not for the seed articles; nil searches.
	Search func(*library.Library, search.Query) search.Result
	// Events replaces the library as the source of the articles' dated
	// events, for tests that need events the tagger does not find; nil
	// asks the library.
	Events func(*library.Library) EventSource
}

// Session runs the search for a State. It is the one listener of the state:
// it runs the query again whenever the filter changes and hands every view
// the same result, the list its hits, the map and the timeline their facets,
// the reader the words to highlight and whether its article still matches.
// Views subscribe to the session, never to the state or to each other, so
// that they always see a result that matches the state they read.
//
// With Options.Background, searches run off the UI goroutine, one at a time:
// a change made while one runs is searched for when it ends, and results of
// a state that has since changed are dropped, never shown. The session
// itself, like State, is touched on the UI goroutine only.
type Session struct {
	state  *State
	lib    *library.Library
	events EventSource // the library's events, or Options.Events's
	opts   Options

	query  search.Query // the filter of the current result, without paging
	result search.Result
	pages  map[int][]search.Hit
	// openMatches is whether the open article matches the current result's
	// query, checked for openChecked.
	openMatches bool
	openChecked string

	// Per library: the months of its articles and of the events they talk
	// about, and its articles per month.
	span       [2]corpus.Month
	background corpus.MonthCounts

	wanted  uint64 // counts the changes of the filter: the search the state wants
	shown   uint64 // the search whose result is shown
	running bool   // a background search is under way

	listeners []func(Change)
}

// NewSession searches lib for state, at once, and follows the state from
// then on.
func NewSession(lib *library.Library, state *State, opts Options) *Session {
	if opts.Do == nil {
		opts.Do = func(f func()) { f() }
	}
	if opts.Search == nil {
		opts.Search = (*library.Library).Search
	}
	s := &Session{state: state, opts: opts}
	s.setLibrary(lib)
	s.show(s.wanted, s.run(lib, state.SearchQuery(), state.OpenID()))
	state.listen(s.stateChanged)
	return s
}

// State is the state the session searches for.
func (s *Session) State() *State { return s.state }

// Lang is the interface's language.
func (s *Session) Lang() string { return s.opts.Lang }

// OnChanged registers f to run after every change of the state, once the
// session has caught up with it, and whenever a new result arrives (the
// change then includes ChangeResult). This is the one way views learn of
// changes.
func (s *Session) OnChanged(f func(Change)) { s.listeners = append(s.listeners, f) }

func (s *Session) notify(c Change) {
	for _, f := range s.listeners {
		f(c)
	}
}

func (s *Session) stateChanged(c Change) {
	if c.Has(ChangeFilter) || (c.Has(ChangeBookmarks) && s.state.BookmarksOnly()) {
		s.wanted++
		if s.opts.Background == nil {
			s.show(s.wanted, s.run(s.lib, s.state.SearchQuery(), s.state.OpenID()))
			c |= ChangeResult
		} else {
			s.start()
		}
	}
	if c.Has(ChangeOpen) && s.state.OpenID() != s.openChecked {
		s.openMatches, s.openChecked = s.matches(s.lib, s.query, s.state.OpenID()), s.state.OpenID()
	}
	s.notify(c)
}

// outcome is what one search found.
type outcome struct {
	lib         *library.Library
	query       search.Query
	result      search.Result
	open        string
	openMatches bool
}

// run searches lib for q's first page and checks whether the article open
// is among all of q's matches. It touches nothing of the session, so it may
// run on any goroutine.
func (s *Session) run(lib *library.Library, q search.Query, open string) outcome {
	page := q
	page.Limit = ResultPage
	return outcome{lib: lib, query: q, result: s.opts.Search(lib, page), open: open, openMatches: s.matches(lib, q, open)}
}

// matches reports whether article id is among the matches of q.
func (s *Session) matches(lib *library.Library, q search.Query, id string) bool {
	if id == "" {
		return false
	}
	if q.IDs != nil && !slices.Contains(q.IDs, id) {
		return false
	}
	q.IDs, q.Limit, q.Offset = []string{id}, 1, 0
	return s.opts.Search(lib, q).Total > 0
}

// start runs the search the state wants in the background, unless one is
// under way: that one starts the next when it ends, so a fast typist's
// keystrokes never queue up searches, and the last keystroke is always
// searched for. With Options.Settle the search starts after a pause in the
// changes, with Options.Yield after the window has drawn, for what the
// state wants by then.
func (s *Session) start() {
	if s.running {
		return
	}
	s.running = true
	switch {
	case s.opts.Settle != nil:
		s.settle(s.wanted)
	case s.opts.Yield != nil:
		s.opts.Yield(s.search)
	default:
		s.search()
	}
}

// settle searches once the state has stayed as it was at seen for a whole
// pause (see Options.Settle).
func (s *Session) settle(seen uint64) {
	s.opts.Settle(func() {
		if s.wanted != seen {
			s.settle(s.wanted)
			return
		}
		s.search()
	})
}

// search runs the search the state wants now in the background and hands
// its outcome back to finish.
func (s *Session) search() {
	gen, lib, q, open := s.wanted, s.lib, s.state.SearchQuery(), s.state.OpenID()
	handBack := s.opts.Do
	if s.opts.Yield != nil {
		handBack = s.opts.Yield
	}
	s.opts.Background(func() {
		out := s.run(lib, q, open)
		handBack(func() { s.finish(gen, out) })
	})
}

// finish shows a background search's result, or drops it when the state
// has changed since it started, and searches again.
func (s *Session) finish(gen uint64, out outcome) {
	s.running = false
	if gen != s.wanted || out.lib != s.lib {
		s.start()
		return
	}
	s.show(gen, out)
	s.notify(ChangeResult)
}

func (s *Session) show(gen uint64, out outcome) {
	s.shown = gen
	s.query, s.result = out.query, out.result
	s.pages = map[int][]search.Hit{0: out.result.Hits}
	s.openMatches, s.openChecked = out.openMatches, out.open
	if out.open != s.state.OpenID() {
		s.openMatches, s.openChecked = s.matches(s.lib, s.query, s.state.OpenID()), s.state.OpenID()
	}
}

// Searching reports whether the result shown is older than the state: a
// search is still under way.
func (s *Session) Searching() bool { return s.shown != s.wanted }

// Library is the opened corpus.
func (s *Session) Library() *library.Library { return s.lib }

// SetLibrary switches to another corpus, keeping the query and filters, and
// opens its newest article when the open one is not part of it. It searches
// at once: the reader waited for the corpus to load, and every view must
// show the new one together.
func (s *Session) SetLibrary(lib *library.Library) {
	s.setLibrary(lib)
	s.wanted++
	s.show(s.wanted, s.run(lib, s.state.SearchQuery(), s.state.OpenID()))
	s.notify(ChangeLibrary | ChangeResult)
	if _, ok := s.Doc(s.state.OpenID()); !ok {
		id := ""
		if docs := lib.Corpus().Docs(); len(docs) > 0 {
			id = docs[0].ID
		}
		s.state.OpenArticle(id)
	}
}

func (s *Session) setLibrary(lib *library.Library) {
	s.lib = lib
	s.events = lib
	if s.opts.Events != nil {
		s.events = s.opts.Events(lib)
	}
	s.span = [2]corpus.Month{}
	if docs := lib.Corpus().Docs(); len(docs) > 0 {
		s.span = [2]corpus.Month{docs[len(docs)-1].Date.Month, docs[0].Date.Month}
	}
	all := s.opts.Search(lib, search.Query{Limit: 1}).Facets
	s.background = all.Months
	s.span = spanWithEvents(s.span, all.EventMonths)
}

// Result is the current result: its total, facets and suggestion, and the
// first page of hits.
func (s *Session) Result() search.Result { return s.result }

// Query is the query of the current result, without paging.
func (s *Session) Query() search.Query { return s.query }

// Total is the number of matching articles.
func (s *Session) Total() int { return s.result.Total }

// OpenExcluded reports whether an article is open that the current query
// and filters do not match: the reader says so.
func (s *Session) OpenExcluded() bool {
	return s.state.OpenID() != "" && s.openChecked == s.state.OpenID() && !s.openMatches
}

// Hit returns the i-th hit, best first, fetching its page when the list
// reaches it.
func (s *Session) Hit(i int) (search.Hit, bool) {
	if i < 0 || i >= s.result.Total {
		return search.Hit{}, false
	}
	page := i / ResultPage
	hits, ok := s.pages[page]
	if !ok {
		q := s.query
		q.Offset, q.Limit = page*ResultPage, ResultPage
		hits = s.opts.Search(s.lib, q).Hits
		s.pages[page] = hits
	}
	if j := i - page*ResultPage; j < len(hits) {
		return hits[j], true
	}
	return search.Hit{}, false
}

// PagesFetched is how many pages of hits were fetched for the current result.
func (s *Session) PagesFetched() int { return len(s.pages) }

// IndexOf is the position of the article among the hits fetched so far, or -1.
func (s *Session) IndexOf(id string) int {
	for page, hits := range s.pages {
		for j, h := range hits {
			if h.Doc.ID == id {
				return page*ResultPage + j
			}
		}
	}
	return -1
}

// MapData is what the map draws in one of its modes.
type MapData struct {
	Mode MapMode
	// Counts are the matching articles per code: those that name it, or in
	// a role's mode those that give it that role.
	Counts map[string]int
	// Selected is the filter a click on the map toggles in this mode: the
	// country filter, or the role's.
	Selected []string
	// Arcs count, in a role's mode, the matching articles per actor and
	// target they name together; nil in mentions mode, which draws none.
	Arcs map[search.Arc]int
}

// MapData is what the map draws, in the state's map mode.
func (s *Session) MapData() MapData {
	facets := s.result.Facets
	d := MapData{Mode: s.state.MapMode(), Selected: s.state.MapFilter()}
	switch d.Mode {
	case MapActors:
		d.Counts, d.Arcs = facets.Actors, facets.Arcs
	case MapTargets:
		d.Counts, d.Arcs = facets.Targets, facets.Arcs
	default:
		d.Counts = facets.Countries
	}
	return d
}

// HasArticlesAbout reports whether any article of the library is about
// code: a filter for a country no article is about would only ever empty
// the list.
func (s *Session) HasArticlesAbout(code string) bool {
	for _, totals := range [][]geo.Total{s.lib.Countries(), s.lib.Organizations()} {
		for _, t := range totals {
			if t.Code == code && t.Articles > 0 {
				return true
			}
		}
	}
	return false
}

// HasArticlesWithRole reports whether any article of the library gives
// code the role: as with countries, a role filter no article answers would
// only empty the list.
func (s *Session) HasArticlesWithRole(role roles.Role, code string) bool {
	for _, t := range s.lib.RoleTotals() {
		if t.Code == code {
			return role == roles.Actor && t.Actor > 0 || role == roles.Target && t.Target > 0
		}
	}
	return false
}

// Roles is who spied on whom in article id, with the evidence and the
// groups it names; nil for an article the library does not have.
func (s *Session) Roles(id string) *roles.Article {
	if _, ok := s.Doc(id); !ok {
		return nil
	}
	return s.lib.Roles(id)
}

// TimelineData is what the timeline draws: the first and last month of the
// corpus's articles and of the events they talk about (spanWithEvents),
// matching articles per month, all articles per month for comparison, and
// the month range of the filter.
func (s *Session) TimelineData() (span [2]corpus.Month, counts, background corpus.MonthCounts, from, to corpus.Month) {
	from, to = s.state.Range()
	return s.span, s.result.Facets.Months, s.background, from, to
}

// Highlights are the words of article id that the current query matched, as
// the search engine matched them, with the country mentions the query names:
// rune spans in its title and in each paragraph.
func (s *Session) Highlights(id string) search.Highlights {
	if _, ok := s.Doc(id); !ok {
		return search.Highlights{}
	}
	return s.lib.Highlight(s.query, id)
}

// Doc finds an article of the library.
func (s *Session) Doc(id string) (*corpus.Document, bool) {
	if id == "" {
		return nil, false
	}
	return s.lib.Corpus().Doc(id)
}

// Places are the countries an article names, with their positions.
func (s *Session) Places(id string) *geo.Places { return s.lib.Places(id) }

// CountryName is a country's or organisation's name in the interface's language.
func (s *Session) CountryName(code string) string {
	if name := s.lib.Gazetteer().Name(code, s.opts.Lang); name != "" {
		return name
	}
	return code
}

// Codes are the country codes an article names most, at most n, for the
// results list.
func (s *Session) Codes(id string, n int) []string {
	p := s.lib.Places(id)
	if p == nil {
		return nil
	}
	var codes []string
	for _, c := range p.Countries {
		if len(codes) == n {
			break
		}
		codes = append(codes, c.Code)
	}
	return codes
}
