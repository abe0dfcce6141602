package library

import (
	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/search"
)

// Events are the dates article id talks about (package dates), resolved
// against its publication date, in the order of the text; nil for an id the
// library does not have, or an article without dates.
func (l *Library) Events(id string) []dates.Event { return l.found.Events(id) }

// periods gives the search index the months and days of an article's
// events.
func (l *Library) periods(d *corpus.Document) []search.Period {
	return Periods(l.found.Events(d.ID))
}

// Periods converts events to the periods the search index takes
// (search.Options.Events): each event's months, from its date's first to
// its last (its end's, for a range), and its days when it is known to the
// day, at both ends for a range.
func Periods(events []dates.Event) []search.Period {
	if len(events) == 0 {
		return nil
	}
	out := make([]search.Period, len(events))
	for i, e := range events {
		p := search.Period{First: e.First(), Last: e.Last(), FirstDay: -1, LastDay: -1}
		end := e.End
		if end.IsZero() {
			end = e.Date
		}
		if e.Date.Precision() == dates.PrecisionDay && end.Precision() == dates.PrecisionDay {
			p.FirstDay, p.LastDay = day(e.Date), day(end)
		}
		out[i] = p
	}
	return out
}

// day is a date known to the day as search.Day numbers it.
func day(v dates.Value) int {
	return search.Day(corpus.Month{Year: v.Year, Month: v.Month}, v.Day)
}

// during reports whether event e's months overlap [first, last]; a zero
// month leaves that end open.
func during(e dates.Event, first, last corpus.Month) bool {
	return (first == corpus.Month{} || !e.Last().Before(first)) && (last == corpus.Month{} || !last.Before(e.First()))
}

// EventDays counts, per day of the months [first, last], the articles that
// match q, pass every filter of q but a date range on events, and have an event
// known to the day on that day: see search.Index.EventDays.
func (l *Library) EventDays(q search.Query, first, last corpus.Month) (firstDay int, counts []int) {
	return l.index.EventDays(q, first, last)
}

// EventRef is an event of an article.
type EventRef struct {
	ID    string // the article's
	Event dates.Event
}

// EventsIn returns the events whose months overlap [first, last] of the
// articles that match q and pass every filter of q but a date range on
// events (search.Index.EventDocs): the articles newest first, each article's
// events in the order of its text, at most limit events; and how many such
// events there are in all. A zero month leaves that end open.
func (l *Library) EventsIn(q search.Query, first, last corpus.Month, limit int) (events []EventRef, total int) {
	ids, _ := l.index.EventDocs(q, first, last, l.index.Len())
	for _, id := range ids {
		for _, e := range l.found.Events(id) {
			if during(e, first, last) {
				if total < limit {
					events = append(events, EventRef{ID: id, Event: e})
				}
				total++
			}
		}
	}
	return events, total
}
