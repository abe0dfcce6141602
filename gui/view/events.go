package view

import (
	"math"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// EventSource is where a session finds the dates articles talk about (their
// events, package dates): the library, which tags them as it opens a
// corpus. Tests give one of their own, with events the tagger need not find.
type EventSource interface {
	Events(id string) []dates.Event
	EventDays(q search.Query, first, last corpus.Month) (firstDay int, counts []int)
	EventsIn(q search.Query, first, last corpus.Month, limit int) ([]library.EventRef, int)
}

// Events are the dated expressions of article id, resolved, in the order of
// its text; nil for an article the library does not have.
func (s *Session) Events(id string) []dates.Event {
	if _, ok := s.Doc(id); !ok {
		return nil
	}
	return s.events.Events(id)
}

// TimelineEvents is what the timeline's layer of events draws: per month,
// the matching articles (all filters but a range on events) with an event
// that covers it; and what the range filters on.
func (s *Session) TimelineEvents() (events corpus.MonthCounts, by search.DateBy) {
	return s.result.Facets.EventMonths, s.state.By()
}

// EventDays counts, per day of the months [first, last], the matching
// articles (all filters but a range on events) with an event known to the day on
// that day; counts[i] is day firstDay+i, days counted since 1970-01-01
// (search.Day). The timeline draws them when zoomed in to days.
func (s *Session) EventDays(first, last corpus.Month) (firstDay int, counts []int) {
	return s.events.EventDays(s.query, first, last)
}

// EventsIn are the events that overlap the months [first, last] of the
// matching articles (all filters but a range on events), the articles newest first,
// at most limit of them, and how many there are in all: what the timeline
// shows when the pointer is on its events.
func (s *Session) EventsIn(first, last corpus.Month, limit int) ([]library.EventRef, int) {
	return s.events.EventsIn(s.query, first, last, limit)
}

// EventsOn are the events known to the day that cover day (counted as
// search.Day counts), of the matching articles, as EventsIn gives them.
func (s *Session) EventsOn(day, limit int) ([]library.EventRef, int) {
	month := monthOfDay(day)
	refs, _ := s.EventsIn(month, month, math.MaxInt)
	var out []library.EventRef
	total := 0
	for _, r := range refs {
		if first, last, ok := EventDaySpan(r.Event); ok && first <= day && day <= last {
			if total < limit {
				out = append(out, r)
			}
			total++
		}
	}
	return out, total
}

// EventDaySpan is the first and last day an event covers, as search.Day
// counts them, for an event known to the day (at both ends, for a range).
func EventDaySpan(e dates.Event) (first, last int, ok bool) {
	p := library.Periods([]dates.Event{e})[0]
	return p.FirstDay, p.LastDay, p.FirstDay >= 0
}

// monthOfDay is the month of a day counted as search.Day counts.
func monthOfDay(day int) corpus.Month {
	y, m, _ := search.DayDate(day)
	return corpus.Month{Year: y, Month: m}
}

// eventSpanShare is the share of the events' article-months that may lie
// outside the timeline's axis, at its ends: an article that recalls 1914,
// or "sinds 1945", should not squeeze twenty years of news into a corner.
const eventSpanShare = 0.005

// spanWithEvents widens the corpus's months, span, to the months its
// articles' events cover, all but the outliers at either end: at most
// eventSpanShare of the article-months of events, taken from the ends in.
func spanWithEvents(span [2]corpus.Month, events corpus.MonthCounts) [2]corpus.Month {
	total := events.Total()
	if total == 0 {
		return span
	}
	budget := int(float64(total) * eventSpanShare)
	lo, hi := 0, events.Len()-1
	for lo < hi && events.Counts[lo] <= budget {
		budget -= events.Counts[lo]
		lo++
	}
	for lo < hi && events.Counts[hi] <= budget {
		budget -= events.Counts[hi]
		hi--
	}
	first, last := corpus.MonthFromIndex(events.First.Index()+lo), corpus.MonthFromIndex(events.First.Index()+hi)
	if span[0] == (corpus.Month{}) {
		return [2]corpus.Month{first, last}
	}
	if first.Before(span[0]) {
		span[0] = first
	}
	if span[1].Before(last) {
		span[1] = last
	}
	return span
}
