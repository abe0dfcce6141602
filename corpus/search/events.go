package search

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"dossier/corpus"
)

// DateBy says what Query.From and Query.To filter on: the month an article
// was published, the months its events cover (the dates it talks about,
// Options.Events), or either.
type DateBy uint8

const (
	// ByPublished keeps the articles published in the range.
	ByPublished DateBy = iota
	// ByEvent keeps the articles with an event whose months overlap the
	// range.
	ByEvent
	// ByEither keeps the articles that either ByPublished or ByEvent keeps.
	ByEither
)

// String is "published", "event" or "either", as ParseDateBy reads them.
func (b DateBy) String() string {
	switch b {
	case ByPublished:
		return "published"
	case ByEvent:
		return "event"
	case ByEither:
		return "either"
	}
	return fmt.Sprintf("DateBy(%d)", uint8(b))
}

// ParseDateBy reads "published", "event" or "either".
func ParseDateBy(s string) (DateBy, error) {
	for _, b := range []DateBy{ByPublished, ByEvent, ByEither} {
		if s == b.String() {
			return b, nil
		}
	}
	return ByPublished, fmt.Errorf("%q is not a kind of date: choose published, event or either", s)
}

// Period is a stretch of time an article talks about: the months of one of
// its events (see Options.Events), and, for an event known to the day, its
// days.
type Period struct {
	// First and Last are the first and the last month the event covers,
	// both inclusive.
	First, Last corpus.Month
	// FirstDay and LastDay are the first and the last day, both inclusive,
	// as days since 1970-01-01 (see Day), for an event known to the day;
	// -1 for one known only to the month or the year.
	FirstDay, LastDay int
}

// Day numbers day day of month m as the days since 1970-01-01, as
// Period.FirstDay and LastDay and EventDays count them.
func Day(m corpus.Month, day int) int {
	return int(time.Date(m.Year, m.Month, day, 0, 0, 0, 0, time.UTC).Unix() / secondsPerDay)
}

const secondsPerDay = 24 * 60 * 60

// DayDate is the date of a day numbered as Day numbers it.
func DayDate(day int) (year int, month time.Month, dayOfMonth int) {
	return time.Unix(int64(day)*secondsPerDay, 0).UTC().Date()
}

// The event facet's months are bounded, so that an article dated in the
// year 1 or 9999 cannot make a timeline of a hundred thousand months.
var (
	firstEventMonth = int32(corpus.Month{Year: 1900, Month: time.January}.Index())
	lastEventMonth  = int32(corpus.Month{Year: 2100, Month: time.December}.Index())
)

// span is a stretch of months (corpus.Month.Index) or days (Day), both
// ends inclusive.
type span struct{ first, last int32 }

func (s span) overlaps(first, last int32) bool { return s.first <= last && first <= s.last }

// events are the periods of every document, as merged spans: document d's
// months are months[monthStarts[d]:monthStarts[d+1]] and its days (of the
// events known to the day) days[dayStarts[d]:dayStarts[d+1]], each in
// increasing order, none overlapping or touching another, so that a
// document counts once in every month or day it covers. first and count
// bound the months of the event facet.
type events struct {
	monthStarts, dayStarts []uint32
	months, days           []span
	first                  int32
	count                  int
}

// newEvents makes room for the periods of n documents.
func newEvents(n int) events {
	return events{monthStarts: make([]uint32, n+1), dayStarts: make([]uint32, n+1)}
}

// add adds document d's periods; Build adds every document in turn.
func (e *events) add(d int, periods []Period) {
	from, fromDays := len(e.months), len(e.days)
	for _, p := range periods {
		if p.First == (corpus.Month{}) {
			continue
		}
		first, last := int32(p.First.Index()), int32(p.Last.Index())
		if p.Last == (corpus.Month{}) || last < first {
			last = first
		}
		e.months = append(e.months, span{first, last})
		if p.FirstDay >= 0 && p.LastDay >= p.FirstDay && p.LastDay <= math.MaxInt32 {
			e.days = append(e.days, span{int32(p.FirstDay), int32(p.LastDay)})
		}
	}
	e.months = append(e.months[:from], merge(e.months[from:])...)
	e.days = append(e.days[:fromDays], merge(e.days[fromDays:])...)
	e.monthStarts[d+1] = uint32(len(e.months))
	e.dayStarts[d+1] = uint32(len(e.days))
}

// merge sorts spans and joins those that overlap or touch, in place.
func merge(spans []span) []span {
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.first, b.first) })
	out := spans[:1]
	for _, s := range spans[1:] {
		if last := &out[len(out)-1]; int64(s.first) <= int64(last.last)+1 {
			last.last = max(last.last, s.last)
		} else {
			out = append(out, s)
		}
	}
	return out
}

// finish bounds the facet's months, once every document is added.
func (e *events) finish() {
	e.months, e.days = slices.Clip(e.months), slices.Clip(e.days)
	e.bound()
}

// bound sets first and count, the months of the event facet: those the
// events cover, within 1900 to 2100.
func (e *events) bound() {
	e.first, e.count = 0, 0
	if len(e.months) == 0 {
		return
	}
	first, last := int32(math.MaxInt32), int32(math.MinInt32)
	for _, s := range e.months {
		first, last = min(first, s.first), max(last, s.last)
	}
	first, last = max(first, firstEventMonth), min(last, lastEventMonth)
	if first <= last {
		e.first, e.count = first, int(last-first)+1
	}
}

// monthsOf returns the spans of months of document d's events.
func (e *events) monthsOf(d uint32) []span { return e.months[e.monthStarts[d]:e.monthStarts[d+1]] }

// daysOf returns the spans of days of document d's events known to the day.
func (e *events) daysOf(d uint32) []span { return e.days[e.dayStarts[d]:e.dayStarts[d+1]] }

// during reports whether an event of document d overlaps the months
// [first, last].
func (e *events) during(d uint32, first, last int32) bool {
	for _, s := range e.monthsOf(d) {
		if s.overlaps(first, last) {
			return true
		}
	}
	return false
}

// countMonths adds add to the event facet's difference array for every month of
// document d's events: diff[i] - diff[i-1] is the change at month first+i.
func (e *events) countMonths(diff []int32, d uint32, add int32) {
	addSpans(diff, e.monthsOf(d), e.first, int32(e.count)-1+e.first, add)
}

// addSpans adds add to diff, a difference array of the stretch [lo, hi],
// for every point of spans within it.
func addSpans(diff []int32, spans []span, lo, hi int32, add int32) {
	for _, s := range spans {
		a, b := max(s.first, lo), min(s.last, hi)
		if a <= b {
			diff[a-lo] += add
			diff[b-lo+1] -= add
		}
	}
}

// sumDiff turns a difference array into the counts it stands for, one
// fewer.
func sumDiff(diff []int32) []int {
	if len(diff) < 2 {
		return nil
	}
	out := make([]int, len(diff)-1)
	n := 0
	for i := range out {
		n += int(diff[i])
		out[i] = n
	}
	return out
}

// eventFacet turns the event months' difference array into Facets.EventMonths.
func (ix *Index) eventFacet(diff []int32) corpus.MonthCounts {
	if ix.events.count == 0 {
		return corpus.MonthCounts{}
	}
	return corpus.MonthCounts{First: corpus.MonthFromIndex(int(ix.events.first)), Counts: sumDiff(diff)}
}

// dated reports whether document d passes the query's date range, as
// Query.By reads it.
func (f filter) dated(ix *Index, d uint32) bool {
	if f.from == math.MinInt32 && f.to == math.MaxInt32 {
		return true
	}
	switch f.by {
	case ByEvent:
		return ix.events.during(d, f.from, f.to)
	case ByEither:
		return f.months(ix.months[d]) || ix.events.during(d, f.from, f.to)
	}
	return f.months(ix.months[d])
}

// withoutRange returns the documents that match q's text and pass every
// filter of q, but the date range when it filters by events (ByEvent,
// ByEither), in increasing order: newest first. As Facets.EventMonths, a
// timeline's events ignore a range that selects them, and show the events
// of the articles a range of publication selects.
func (ix *Index) withoutRange(q Query) []uint32 {
	if q.By != ByPublished {
		q.From, q.To = corpus.Month{}, corpus.Month{}
	}
	s, filter, compiled, exclusions, _ := ix.begin(q)
	defer ix.release(s)
	var out []uint32
	if len(compiled) == 0 {
		if !listsAll(q, exclusions) {
			return nil // nothing to search for: no match (ModeNoWords)
		}
		for d := range filter.docs(len(ix.docs)) {
			if !s.isExcluded(d) && ix.countFacets(s, filter, d) {
				out = append(out, d)
			}
		}
		return out
	}
	ix.matchText(s, compiled, filter)
	out = make([]uint32, len(s.matches))
	for i, m := range s.matches {
		out[i] = m.doc
	}
	slices.Sort(out)
	return out
}

// eventMonths resolves the months [first, last] of EventDays and EventDocs
// against the index: a zero month is the first or last month of the event
// facet, and neither end goes past the facet's bounds (1900 to 2100).
func (ix *Index) eventMonths(first, last corpus.Month) (lo, hi int32, ok bool) {
	lo, hi = ix.events.first, ix.events.first+int32(ix.events.count)-1
	if first != (corpus.Month{}) {
		lo = int32(first.Index())
	}
	if last != (corpus.Month{}) {
		hi = int32(last.Index())
	}
	lo, hi = max(lo, firstEventMonth), min(hi, lastEventMonth)
	return lo, hi, lo <= hi && (ix.events.count > 0 || first != (corpus.Month{}) && last != (corpus.Month{}))
}

// EventDays counts, for each day of the months [first, last], the articles
// that match q and pass every filter of q but a date range on events (as
// Facets.EventMonths), and have an event known to the day on that day: a timeline's
// bars when it shows days. counts[i] is the count of day firstDay+i (see
// Day). A zero first or last month is the first or the last month of
// Facets.EventMonths; the months never go past 1900 to 2100. It returns no
// counts when first is after last.
func (ix *Index) EventDays(q Query, first, last corpus.Month) (firstDay int, counts []int) {
	lo, hi, ok := ix.eventMonths(first, last)
	if !ok {
		return 0, nil
	}
	end := corpus.MonthFromIndex(int(hi) + 1)
	firstDay = Day(corpus.MonthFromIndex(int(lo)), 1)
	lastDay := Day(end, 1) - 1
	diff := make([]int32, lastDay-firstDay+2)
	for _, d := range ix.withoutRange(q) {
		addSpans(diff, ix.events.daysOf(d), int32(firstDay), int32(lastDay), 1)
	}
	return firstDay, sumDiff(diff)
}

// EventDocs returns the ids of the articles that match q, pass every filter
// of q but a date range on events, and have an event whose months overlap
// [first, last], newest first, at most limit of them; and how many there
// are in all: the articles behind a bar of a timeline of events. A zero
// month leaves that end open.
func (ix *Index) EventDocs(q Query, first, last corpus.Month, limit int) (ids []string, total int) {
	lo, hi := int32(math.MinInt32), int32(math.MaxInt32)
	if first != (corpus.Month{}) {
		lo = int32(first.Index())
	}
	if last != (corpus.Month{}) {
		hi = int32(last.Index())
	}
	for _, d := range ix.withoutRange(q) {
		if ix.events.during(d, lo, hi) {
			if total < limit {
				ids = append(ids, ix.docs[d].ID)
			}
			total++
		}
	}
	return ids, total
}
