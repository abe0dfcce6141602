package gui

import (
	"context"
	"strings"

	"dossier/corpus"
	"dossier/corpus/geo"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// resultPage is how many hits one search fetches: a few screens of the
// results list. Further hits are fetched a page at a time as the list scrolls
// to them, so 100,000 matches never build 100,000 rows.
const resultPage = 50

// session runs the search. It listens to the State, runs the query again
// whenever the filter changes, and hands every view the same result: the
// list its hits, the map and the timeline their facets, the reader the words
// to highlight. Views subscribe to the session, not to the State, so that
// they always see a result that matches the state they read.
//
// Like State it imports no Fyne and is used on the UI goroutine only.
type session struct {
	state *State
	lib   *library.Library
	lang  string // "nl" or "en", for country names

	query  search.Query // the filter of the current result, without paging
	result search.Result
	pages  map[int][]search.Hit

	// Per library: the corpus's first and last month and its articles per month.
	span       [2]corpus.Month
	background corpus.MonthCounts

	// The bookmarks filter searches a small index over the bookmarked articles.
	bookmarkIndex *search.Index
	bookmarkKey   string

	listeners []func(Change)
}

func newSession(lib *library.Library, state *State, lang string) *session {
	s := &session{state: state, lang: lang}
	s.setLibrary(lib)
	s.search()
	state.OnChanged(s.stateChanged)
	return s
}

// OnChanged registers f to run after every change of the state, once the
// session has caught up with it; the change includes ChangeResult when the
// result is new.
func (s *session) OnChanged(f func(Change)) { s.listeners = append(s.listeners, f) }

func (s *session) notify(c Change) {
	for _, f := range s.listeners {
		f(c)
	}
}

func (s *session) stateChanged(c Change) {
	if c.Has(ChangeFilter) || (c.Has(ChangeBookmarks) && s.state.BookmarksOnly()) {
		s.search()
		c |= ChangeResult
	}
	s.notify(c)
}

// Library is the opened corpus.
func (s *session) Library() *library.Library { return s.lib }

// SetLibrary switches to another corpus, keeping the query and filters, and
// opens its newest article when the open one is not part of it.
func (s *session) SetLibrary(lib *library.Library) {
	s.setLibrary(lib)
	s.search()
	s.notify(ChangeLibrary | ChangeResult)
	if _, ok := s.Doc(s.state.OpenID()); !ok {
		id := ""
		if docs := lib.Corpus().Docs(); len(docs) > 0 {
			id = docs[0].ID
		}
		s.state.OpenArticle(id)
	}
}

func (s *session) setLibrary(lib *library.Library) {
	s.lib = lib
	s.bookmarkIndex, s.bookmarkKey = nil, ""
	s.span = [2]corpus.Month{}
	if docs := lib.Corpus().Docs(); len(docs) > 0 {
		s.span = [2]corpus.Month{docs[len(docs)-1].Date.Month, docs[0].Date.Month}
	}
	s.background = lib.Search(search.Query{Limit: 1}).Facets.Months
}

// search runs the state's filter and keeps the first page of hits.
func (s *session) search() {
	from, to := s.state.Range()
	s.query = search.Query{Text: s.state.Query(), Countries: s.state.Countries(), From: from, To: to}
	q := s.query
	q.Limit = resultPage
	s.result = s.run(q)
	s.pages = map[int][]search.Hit{0: s.result.Hits}
}

// run asks the library, or with the bookmarks filter on, the index of the
// bookmarked articles.
func (s *session) run(q search.Query) search.Result {
	if !s.state.BookmarksOnly() {
		return s.lib.Search(q)
	}
	return s.bookmarks().Search(q)
}

// bookmarks is an index over the bookmarked articles of the library, built
// again only when the bookmarks change: a reader's bookmarks are few, so it is
// built in well under a millisecond per article, and every filter and facet
// then works on them as on the whole corpus.
func (s *session) bookmarks() *search.Index {
	ids := s.state.Bookmarks()
	key := strings.Join(ids, "\x00")
	if s.bookmarkIndex != nil && key == s.bookmarkKey {
		return s.bookmarkIndex
	}
	var docs []*corpus.Document
	for _, d := range s.lib.Corpus().Docs() { // keeps the corpus order, newest first
		if s.state.IsBookmarked(d.ID) {
			docs = append(docs, d)
		}
	}
	ix, err := search.Build(context.Background(), docs, search.Options{Countries: s.countryCodes})
	if err != nil { // only a cancelled context fails, and this one is never cancelled
		panic("gui: index the bookmarks: " + err.Error())
	}
	s.bookmarkIndex, s.bookmarkKey = ix, key
	return ix
}

func (s *session) countryCodes(d *corpus.Document) []string {
	p := s.lib.Places(d.ID)
	if p == nil {
		return nil
	}
	codes := make([]string, len(p.Countries))
	for i, c := range p.Countries {
		codes[i] = c.Code
	}
	return codes
}

// Result is the current result: its total, facets and suggestion, and the
// first page of hits.
func (s *session) Result() search.Result { return s.result }

// Total is the number of matching articles.
func (s *session) Total() int { return s.result.Total }

// Hit returns the i-th hit, best first, fetching its page when the list
// reaches it.
func (s *session) Hit(i int) (search.Hit, bool) {
	if i < 0 || i >= s.result.Total {
		return search.Hit{}, false
	}
	page := i / resultPage
	hits, ok := s.pages[page]
	if !ok {
		q := s.query
		q.Offset, q.Limit = page*resultPage, resultPage
		hits = s.run(q).Hits
		s.pages[page] = hits
	}
	if j := i - page*resultPage; j < len(hits) {
		return hits[j], true
	}
	return search.Hit{}, false
}

// IndexOf is the position of the article among the hits fetched so far, or -1.
func (s *session) IndexOf(id string) int {
	for page, hits := range s.pages {
		for j, h := range hits {
			if h.Doc.ID == id {
				return page*resultPage + j
			}
		}
	}
	return -1
}

// MapData is what the map draws: matching articles per country, and the
// countries of the filter.
func (s *session) MapData() (counts map[string]int, selected []string) {
	return s.result.Facets.Countries, s.state.Countries()
}

// TimelineData is what the timeline draws: the corpus's first and last
// month, matching articles per month ("2018-12"), all articles per month
// for comparison, and the month range of the filter.
func (s *session) TimelineData() (span [2]corpus.Month, counts, background corpus.MonthCounts, from, to corpus.Month) {
	from, to = s.state.Range()
	return s.span, s.result.Facets.Months, s.background, from, to
}

// Highlights are the words of article id that the current query matched, as
// the search engine matched them, with the country mentions the query names:
// rune spans in its title and in each paragraph. With the bookmarks filter
// on, the index of the bookmarks answers, as it answered the search.
func (s *session) Highlights(id string) search.Highlights {
	doc, ok := s.Doc(id)
	if !ok {
		return search.Highlights{}
	}
	if s.state.BookmarksOnly() && s.state.IsBookmarked(id) {
		return s.bookmarks().Highlight(s.query, doc)
	}
	return s.lib.Highlight(s.query, id)
}

// Doc finds an article of the library.
func (s *session) Doc(id string) (*corpus.Document, bool) {
	if id == "" {
		return nil, false
	}
	return s.lib.Corpus().Doc(id)
}

// Places are the countries an article names, with their positions.
func (s *session) Places(id string) *geo.Places { return s.lib.Places(id) }

// CountryName is a country's or organisation's name in the interface's language.
func (s *session) CountryName(code string) string {
	if name := s.lib.Gazetteer().Name(code, s.lang); name != "" {
		return name
	}
	return code
}

// Codes are the country codes an article names most, at most n, for the
// results list.
func (s *session) Codes(id string, n int) []string {
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
