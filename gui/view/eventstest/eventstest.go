// Package eventstest gives a view.Session made-up dated events, for tests of
// the views that show them: the timeline's events, the reader's dates. The
// events need not be what the tagger (package dates) finds, so the tests
// keep to what they test as the tagger grows.
package eventstest

import (
	"slices"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// Source is a view.EventSource over made-up events of a library's articles,
// with the search that goes with them.
type Source struct {
	lib    *library.Library
	events map[string][]dates.Event
}

// New returns a source that gives the articles of lib the events given, by
// article id, and no others.
func New(lib *library.Library, events map[string][]dates.Event) *Source {
	return &Source{lib: lib, events: events}
}

// Events are article id's made-up events.
func (s *Source) Events(id string) []dates.Event { return s.events[id] }

// matching are the ids of the articles that match q and pass every filter
// of q but the date range, newest first.
func (s *Source) matching(q search.Query) []string {
	q.From, q.To, q.By = corpus.Month{}, corpus.Month{}, search.ByPublished
	q.Offset, q.Limit = 0, max(1, s.lib.Corpus().Len())
	found := map[string]bool{}
	for _, h := range s.lib.Search(q).Hits {
		found[h.Doc.ID] = true
	}
	var ids []string
	for _, d := range s.lib.Corpus().Docs() {
		if found[d.ID] {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// during reports whether e overlaps the months [first, last]; a zero month
// leaves that end open.
func during(e dates.Event, first, last corpus.Month) bool {
	return (first == corpus.Month{} || !e.Last().Before(first)) && (last == corpus.Month{} || !last.Before(e.First()))
}

// EventDays counts, per day of the months [first, last], the matching
// articles with an event known to the day on that day.
func (s *Source) EventDays(q search.Query, first, last corpus.Month) (firstDay int, counts []int) {
	if first == (corpus.Month{}) || last == (corpus.Month{}) || last.Before(first) {
		return 0, nil
	}
	firstDay = search.Day(first, 1)
	counts = make([]int, search.Day(corpus.MonthFromIndex(last.Index()+1), 1)-firstDay)
	for _, id := range s.matching(q) {
		seen := map[int]bool{}
		for _, e := range s.events[id] {
			from, to, ok := daySpan(e)
			for day := from; ok && day <= to; day++ {
				if i := day - firstDay; i >= 0 && i < len(counts) && !seen[day] {
					seen[day] = true
					counts[i]++
				}
			}
		}
	}
	return firstDay, counts
}

func daySpan(e dates.Event) (first, last int, ok bool) {
	p := library.Periods([]dates.Event{e})[0]
	return p.FirstDay, p.LastDay, p.FirstDay >= 0
}

// EventsIn are the matching articles' events that overlap [first, last],
// newest article first, as library.EventsIn gives them.
func (s *Source) EventsIn(q search.Query, first, last corpus.Month, limit int) (refs []library.EventRef, total int) {
	for _, id := range s.matching(q) {
		for _, e := range s.events[id] {
			if during(e, first, last) {
				if total < limit {
					refs = append(refs, library.EventRef{ID: id, Event: e})
				}
				total++
			}
		}
	}
	return refs, total
}

// Search searches the library as if its articles had the made-up events:
// a range read by events (Query.By) keeps the articles with one then, and
// Facets.EventMonths counts the matching articles' events. It stands in for
// view.Options.Search.
func (s *Source) Search(lib *library.Library, q search.Query) search.Result {
	ranged := q.From != (corpus.Month{}) || q.To != (corpus.Month{})
	var res search.Result
	if !ranged || q.By == search.ByPublished {
		res = lib.Search(q)
	} else {
		all := q
		all.From, all.To, all.By, all.Offset, all.Limit = corpus.Month{}, corpus.Month{}, search.ByPublished, 0, max(1, lib.Corpus().Len())
		res = lib.Search(all)
		kept := res.Hits[:0:0]
		for _, h := range res.Hits {
			published := (q.From == corpus.Month{} || !h.Doc.Date.Month.Before(q.From)) && (q.To == corpus.Month{} || !q.To.Before(h.Doc.Date.Month))
			happened := slices.ContainsFunc(s.events[h.Doc.ID], func(e dates.Event) bool { return during(e, q.From, q.To) })
			if happened || q.By == search.ByEither && published {
				kept = append(kept, h)
			}
		}
		res.Total = len(kept)
		limit := q.Limit
		if limit <= 0 {
			limit = search.DefaultLimit
		}
		res.Hits = kept[min(q.Offset, len(kept)):min(q.Offset+limit, len(kept))]
	}
	res.Facets.EventMonths = s.eventMonths(q)
	return res
}

// eventMonths counts, per month from the earliest event's to the latest's,
// the matching articles with an event that covers it.
func (s *Source) eventMonths(q search.Query) corpus.MonthCounts {
	lo, hi := -1, -1
	for _, events := range s.events {
		for _, e := range events {
			if lo < 0 || e.First().Index() < lo {
				lo = e.First().Index()
			}
			hi = max(hi, e.Last().Index())
		}
	}
	if lo < 0 {
		return corpus.MonthCounts{}
	}
	c := corpus.MonthCounts{First: corpus.MonthFromIndex(lo), Counts: make([]int, hi-lo+1)}
	for _, id := range s.matching(q) {
		covered := map[int]bool{}
		for _, e := range s.events[id] {
			for m := e.First().Index(); m <= e.Last().Index(); m++ {
				covered[m] = true
			}
		}
		for m := range covered {
			c.Counts[m-lo]++
		}
	}
	return c
}

// Event is an event of paragraph (-1 for the title) on date, to end for a
// range ("" for none), each written YYYY, YYYY-MM or YYYY-MM-DD; its
// words and sentence are the caller's to set. It panics on a date of
// another form: a test's own data is wrong then.
func Event(date, end string, paragraph int) dates.Event {
	e := dates.Event{Paragraph: paragraph}
	var err error
	if e.Date, err = dates.ParseValue(date); err != nil {
		panic(err)
	}
	if end != "" {
		if e.End, err = dates.ParseValue(end); err != nil {
			panic(err)
		}
	}
	return e
}
