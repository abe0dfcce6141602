package view

import (
	"testing"
	"time"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/library"
	"dossier/corpus/search"
	"dossier/gui/view/eventstest"
)

// The seed articles, newest first.
const (
	seedMacron = "003_0df74ff2f132de6e" // 2021-07
	seedCables = "002_cb3a6902d3015a5d" // 2018-12
	seedCIA    = "000_ff3dc8e55b17b03b" // 2018-02
)

// seedEvents are made-up events of the seed articles: the CIA article talks
// of 2017 and September 2017, the cables one of 2015 to 2018, Macron's of
// 20 July 2021 and 5 March 2019.
func seedEvents() map[string][]dates.Event {
	return map[string][]dates.Event{
		seedCIA:    {eventstest.Event("2017", "", 0), eventstest.Event("2017-09", "", 1)},
		seedCables: {eventstest.Event("2015", "2018", 2)},
		seedMacron: {eventstest.Event("2021-07-20", "", 0), eventstest.Event("2019-03-05", "", 3)},
	}
}

func sessionWithEvents(t testing.TB, s *State) *Session {
	lib := seedLibrary(t)
	src := eventstest.New(lib, seedEvents())
	return NewSession(lib, s, Options{Lang: "nl", Search: src.Search, Events: func(*library.Library) EventSource { return src }})
}

func TestSessionGivesTheTimelineAndTheReaderTheEvents(t *testing.T) {
	s := NewState()
	se := sessionWithEvents(t, s)
	month := func(y int, m time.Month) corpus.Month { return corpus.Month{Year: y, Month: m} }

	span, _, _, _, _ := se.TimelineData()
	if span != [2]corpus.Month{month(2015, 1), month(2021, 7)} {
		t.Errorf("the timeline spans %v, want the events' 2015 to the last article's July 2021", span)
	}
	events, by := se.TimelineEvents()
	if by != search.ByPublished || events.Get(month(2017, 9)) != 2 || events.Get(month(2021, 7)) != 1 || events.Get(month(2019, 1)) != 0 {
		t.Errorf("the events per month are %v (by %v)", events.Map(), by)
	}
	refs, total := se.EventsIn(month(2017, 1), month(2017, 12), 2)
	if total != 3 || len(refs) != 2 || refs[0].ID != seedCables || refs[1].ID != seedCIA {
		t.Errorf("EventsIn(2017) = %+v, %d; want the cables' range and the CIA's 2017 of 3", refs, total)
	}
	july20 := search.Day(month(2021, 7), 20)
	if refs, total := se.EventsOn(july20, 5); total != 1 || len(refs) != 1 || refs[0].ID != seedMacron {
		t.Errorf("EventsOn(20 July 2021) = %+v, %d", refs, total)
	}
	if refs, total := se.EventsOn(july20+1, 5); total != 0 || len(refs) != 0 {
		t.Errorf("EventsOn(21 July 2021) = %+v, %d; want none", refs, total)
	}
	first, counts := se.EventDays(month(2021, 7), month(2021, 7))
	if first != search.Day(month(2021, 7), 1) || len(counts) != 31 || counts[19] != 1 || counts[18] != 0 {
		t.Errorf("EventDays(July 2021) = %d, %v", first, counts)
	}
	if y, m, d := search.DayDate(july20); y != 2021 || m != time.July || d != 20 {
		t.Errorf("search.DayDate(%d) = %d-%d-%d", july20, y, m, d)
	}
	if len(se.Events(seedCIA)) != 2 || se.Events("no such article") != nil {
		t.Errorf("Events: %v for the CIA article, %v for none", se.Events(seedCIA), se.Events("no such article"))
	}

	// The search follows By; the events' layer counts what matches but for
	// the range, so it stays as the range changes.
	s.SetRange(month(2017, 1), month(2017, 12))
	if se.Total() != 0 {
		t.Errorf("published in 2017: %d articles, want none", se.Total())
	}
	s.SetBy(search.ByEvent)
	if se.Total() != 2 {
		t.Errorf("happened in 2017: %d articles, want the cables and the CIA's", se.Total())
	}
	if events, by := se.TimelineEvents(); by != search.ByEvent || events.Get(month(2021, 7)) != 1 {
		t.Errorf("by event, the layer of events is %v (by %v)", events.Map(), by)
	}
	s.Batch(func() {
		s.SetRange(month(2021, 1), month(2021, 12))
		s.SetBy(search.ByEither)
	})
	if se.Total() != 1 {
		t.Errorf("published or happened in 2021: %d articles, want Macron's", se.Total())
	}
	s.SetQuery("macron")
	if events, _ := se.TimelineEvents(); events.Get(month(2017, 9)) != 0 || events.Get(month(2019, 3)) != 1 {
		t.Errorf("for \"macron\" the layer of events is %v", events.Map())
	}
}

func TestSpanWithEventsLeavesOutlyingEvents(t *testing.T) {
	month := func(y int, m time.Month) corpus.Month { return corpus.Month{Year: y, Month: m} }
	articles := [2]corpus.Month{month(2005, 1), month(2025, 10)}
	// 1,200 article-months of events from 2000 to 2024, and one article that
	// recalls January 1914.
	events := corpus.MonthCounts{First: month(1914, 1), Counts: make([]int, month(2025, 12).Index()-month(1914, 1).Index()+1)}
	events.Counts[0] = 1
	for m := month(2000, 1).Index(); m < month(2000, 1).Index()+300; m++ {
		events.Counts[m-events.First.Index()] = 4
	}
	events.Counts[len(events.Counts)-1] = 1 // December 2025
	// The share (6 of 1,202) leaves out 1914, December 2025 and, within
	// it still, the 4 of January 2000.
	if got, want := spanWithEvents(articles, events), [2]corpus.Month{month(2000, 2), month(2025, 10)}; got != want {
		t.Errorf("spanWithEvents = %v, want %v: 1914 and December 2025 are outliers", got, want)
	}
	if got := spanWithEvents(articles, corpus.MonthCounts{}); got != articles {
		t.Errorf("without events the span is %v", got)
	}
	one := corpus.MonthCounts{First: month(1990, 5), Counts: []int{1}}
	if got, want := spanWithEvents(articles, one), [2]corpus.Month{month(1990, 5), month(2025, 10)}; got != want {
		t.Errorf("with one event the span is %v, want %v", got, want)
	}
	if got := spanWithEvents([2]corpus.Month{}, one); got != [2]corpus.Month{month(1990, 5), month(1990, 5)} {
		t.Errorf("events without articles span %v", got)
	}
}
