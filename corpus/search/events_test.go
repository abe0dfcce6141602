package search

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"dossier/corpus"
)

// month parses YYYY-MM, for tests.
func month(s string) corpus.Month {
	m, err := corpus.ParseMonth(s)
	if err != nil {
		panic(err)
	}
	return m
}

// months is a period of whole months, from first to last.
func months(first, last string) Period {
	return Period{First: month(first), Last: month(last), FirstDay: -1, LastDay: -1}
}

// days is a period of days, from first to last (YYYY-MM-DD).
func days(first, last string) Period {
	day := func(s string) (corpus.Month, int) {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		return corpus.Month{Year: t.Year(), Month: t.Month()}, t.Day()
	}
	fm, fd := day(first)
	lm, ld := day(last)
	return Period{First: fm, Last: lm, FirstDay: Day(fm, fd), LastDay: Day(lm, ld)}
}

// eventOptions gives the index the periods and countries of the maps, by
// document id.
func eventOptions(periods map[string][]Period, countries map[string][]string) Options {
	return Options{
		Countries: func(d *corpus.Document) []string { return countries[d.ID] },
		Events:    func(d *corpus.Document) []Period { return periods[d.ID] },
	}
}

// eventCorpus is five articles with unambiguous dates, and periods as the
// library gives them for those dates.
func eventCorpus(t testing.TB) *Index {
	periods := map[string][]Period{
		"a": {months("2017-03", "2017-03"), days("2019-01-03", "2019-01-03")},
		"b": {months("2015-01", "2018-12")},
		"d": {months("2016-01", "2016-01"), months("2015-12", "2016-02")},
		"e": {days("2019-01-02", "2019-01-04")},
	}
	return build(t, eventOptions(periods, map[string][]string{"a": {"CN"}, "b": {"RU"}, "e": {"FR", "CN"}}),
		doc("a", "2020-05", "Chinese spionage", "Hackers drongen in maart 2017 binnen; op 3 januari 2019 werd het ontdekt."),
		doc("b", "2019-02", "Russische spionage", "Van 2015 tot en met 2018 las de dienst mee."),
		doc("c", "2018-07", "Spionage", "Een artikel zonder data."),
		doc("d", "2016-01", "Spionage", "In januari 2016 en de winter eromheen."),
		doc("e", "2021-01", "Franse spionage", "Van 2 tot en met 4 januari 2019 hackers aan het werk."),
	)
}

func sortedIDs(res Result) []string { return slices.Sorted(slices.Values(hitIDs(res))) }

func TestDateBy(t *testing.T) {
	for _, b := range []DateBy{ByPublished, ByEvent, ByEither} {
		got, err := ParseDateBy(b.String())
		if err != nil || got != b {
			t.Errorf("ParseDateBy(%q) = %v, %v", b.String(), got, err)
		}
	}
	if ByPublished != DateBy(0) || ByPublished.String() != "published" || ByEvent.String() != "event" || ByEither.String() != "either" {
		t.Errorf("names %q %q %q", ByPublished, ByEvent, ByEither)
	}
	for _, bad := range []string{"", "Event", "events", "pub"} {
		_, err := ParseDateBy(bad)
		if err == nil {
			t.Errorf("ParseDateBy(%q): no error", bad)
			continue
		}
		for _, choice := range []string{"published", "event", "either"} {
			if !strings.Contains(err.Error(), choice) {
				t.Errorf("ParseDateBy(%q): %q does not name %q", bad, err, choice)
			}
		}
	}
}

func TestFilterByDate(t *testing.T) {
	ix := eventCorpus(t)
	var open corpus.Month
	tests := []struct {
		by       DateBy
		from, to corpus.Month
		want     []string
	}{
		// Without a range, every article, whatever By.
		{ByPublished, open, open, []string{"a", "b", "c", "d", "e"}},
		{ByEvent, open, open, []string{"a", "b", "c", "d", "e"}},
		{ByEither, open, open, []string{"a", "b", "c", "d", "e"}},
		// Closed ranges.
		{ByPublished, month("2019-01"), month("2019-12"), []string{"b"}},
		{ByEvent, month("2019-01"), month("2019-01"), []string{"a", "e"}},
		{ByEither, month("2019-01"), month("2019-12"), []string{"a", "b", "e"}},
		{ByEvent, month("2016-02"), month("2016-02"), []string{"b", "d"}},
		{ByEvent, month("2017-03"), month("2017-03"), []string{"a", "b"}},
		{ByPublished, month("2017-03"), month("2017-03"), nil},
		{ByEvent, month("2019-02"), month("2019-12"), nil},
		{ByEither, month("2019-02"), month("2019-12"), []string{"b"}},
		// A range's end is in it: "tot en met 2018".
		{ByEvent, month("2018-12"), month("2018-12"), []string{"b"}},
		// Open ends.
		{ByEvent, month("2019-01"), open, []string{"a", "e"}},
		{ByEvent, open, month("2015-06"), []string{"b"}},
		{ByPublished, open, month("2018-07"), []string{"c", "d"}},
		{ByEither, open, month("2015-12"), []string{"b", "d"}},
		{ByEither, month("2020-01"), open, []string{"a", "e"}},
		// A range that runs backwards keeps nothing.
		{ByEvent, month("2019-01"), month("2015-01"), nil},
	}
	for _, tt := range tests {
		for _, text := range []string{"", "spionage", "spionage -zwaardvis"} {
			q := Query{Text: text, From: tt.from, To: tt.to, By: tt.by}
			res := ix.Search(q)
			if got := sortedIDs(res); !slices.Equal(got, tt.want) && len(got)+len(tt.want) > 0 || res.Total != len(tt.want) {
				t.Errorf("%q by %s from %v to %v: total %d, %v; want %v", text, tt.by, tt.from, tt.to, res.Total, got, tt.want)
			}
		}
	}
}

// ByPublished is the filter of before there were events: an index without
// them answers every query alike.
func TestByPublishedIgnoresEvents(t *testing.T) {
	with := eventCorpus(t)
	without := build(t, Options{Countries: func(d *corpus.Document) []string {
		return map[string][]string{"a": {"CN"}, "b": {"RU"}, "e": {"FR", "CN"}}[d.ID]
	}}, with.Docs()...)
	for _, q := range []Query{
		{}, {From: month("2019-01")}, {To: month("2019-01")}, {From: month("2016-01"), To: month("2020-05")},
		{Text: "spionage", From: month("2018-07"), Countries: []string{"CN"}}, {Text: "hackers", To: month("2020-12")},
	} {
		a, b := with.Search(q), without.Search(q)
		if !slices.Equal(hitIDs(a), hitIDs(b)) || a.Total != b.Total || !maps.Equal(a.Facets.Countries, b.Facets.Countries) ||
			!maps.Equal(a.Facets.Months.Map(), b.Facets.Months.Map()) {
			t.Errorf("%+v: with events %v %v %v, without %v %v %v", q, hitIDs(a), a.Facets.Countries, a.Facets.Months.Map(),
				hitIDs(b), b.Facets.Countries, b.Facets.Months.Map())
		}
		if b.Facets.EventMonths.Len() != 0 {
			t.Errorf("%+v: an index without events has event months %v", q, b.Facets.EventMonths)
		}
	}
}

func TestEventFacets(t *testing.T) {
	ix := eventCorpus(t)
	res := ix.Search(Query{})
	em := res.Facets.EventMonths
	if em.First != month("2015-01") || em.Last() != month("2019-01") {
		t.Fatalf("event months from %v to %v, want 2015-01 to 2019-01", em.First, em.Last())
	}
	for m, want := range map[string]int{
		"2015-01": 1, "2015-11": 1, "2015-12": 2, "2016-01": 2, "2016-02": 2, "2016-03": 1, // d once a month
		"2017-03": 2, "2018-12": 1, "2019-01": 2,
	} {
		if got := em.Get(month(m)); got != want {
			t.Errorf("event month %s: %d, want %d", m, got, want)
		}
	}
	// Within the countries, whatever the range; the other facets within
	// the range as By reads it.
	res = ix.Search(Query{Countries: []string{"CN"}, From: month("2019-01"), To: month("2019-01"), By: ByEvent})
	if got := sortedIDs(res); !slices.Equal(got, []string{"a", "e"}) {
		t.Errorf("CN in events of 2019-01: %v", got)
	}
	if got := withoutZeros(res.Facets.EventMonths.Map()); !maps.Equal(got, map[string]int{"2017-03": 1, "2019-01": 2}) {
		t.Errorf("event months %v", got)
	}
	if got := withoutZeros(res.Facets.Months.Map()); !maps.Equal(got, map[string]int{"2020-05": 1, "2021-01": 1}) {
		t.Errorf("months %v", got)
	}
	if want := map[string]int{"CN": 2, "FR": 1}; !maps.Equal(res.Facets.Countries, want) {
		t.Errorf("countries %v, want %v", res.Facets.Countries, want)
	}
	res = ix.Search(Query{From: month("2015-06"), To: month("2015-06"), By: ByEvent})
	if want := map[string]int{"RU": 1}; !maps.Equal(res.Facets.Countries, want) {
		t.Errorf("countries of the events of 2015-06: %v, want %v", res.Facets.Countries, want)
	}
	if res.Facets.EventMonths.Total() != em.Total() {
		t.Errorf("the range changed the event months: %v", res.Facets.EventMonths.Map())
	}
}

// The event facet keeps to 1900..2100 whatever an article dates.
func TestEventMonthsBounded(t *testing.T) {
	ix := build(t, eventOptions(map[string][]Period{
		"old": {months("1066-10", "1066-10"), months("1899-01", "1901-02")},
		"far": {months("2020-01", "9999-12")},
	}, nil), doc("old", "2020-01", "Bericht", "Spionage."), doc("far", "2020-02", "Bericht", "Spionage."))
	em := ix.Search(Query{}).Facets.EventMonths
	if em.First != month("1900-01") || em.Last() != month("2100-12") {
		t.Fatalf("event months from %v to %v", em.First, em.Last())
	}
	if em.Get(month("1900-01")) != 1 || em.Get(month("1901-03")) != 0 || em.Get(month("2100-12")) != 1 {
		t.Errorf("event months %v", withoutZeros(em.Map()))
	}
	// The filter reads the whole period.
	if got := sortedIDs(ix.Search(Query{From: month("1066-01"), To: month("1066-12"), By: ByEvent})); !slices.Equal(got, []string{"old"}) {
		t.Errorf("events of 1066: %v", got)
	}
	if got := sortedIDs(ix.Search(Query{From: month("3000-01"), By: ByEvent})); !slices.Equal(got, []string{"far"}) {
		t.Errorf("events after 3000: %v", got)
	}
	only := build(t, eventOptions(map[string][]Period{"x": {months("1066-10", "1066-10")}}, nil), doc("x", "2020-01", "Bericht", "Spionage."))
	if em := only.Search(Query{}).Facets.EventMonths; em.Len() != 0 {
		t.Errorf("events only before 1900: event months %v from %v", em.Counts, em.First)
	}
}

func TestEventDays(t *testing.T) {
	ix := eventCorpus(t)
	first, counts := ix.EventDays(Query{}, month("2019-01"), month("2019-01"))
	if first != Day(month("2019-01"), 1) || len(counts) != 31 {
		t.Fatalf("first day %d, %d counts", first, len(counts))
	}
	want := make([]int, 31)
	want[1], want[2], want[3] = 1, 2, 1 // e on the 2nd to the 4th, a on the 3rd
	if !slices.Equal(counts, want) {
		t.Errorf("days %v, want %v", counts, want)
	}
	// Every filter but the range.
	_, counts = ix.EventDays(Query{Text: "hackers", Countries: []string{"FR"}, From: month("2000-01"), To: month("2000-01"), By: ByEvent},
		month("2018-12"), month("2019-02"))
	if len(counts) != 31+31+28 || counts[31+1] != 1 || counts[31+2] != 1 || counts[31+3] != 1 || sum(counts) != 3 {
		t.Errorf("e's days: %v", counts)
	}
	if _, counts := ix.EventDays(Query{Text: "zwaardvis"}, month("2019-01"), month("2019-01")); sum(counts) != 0 {
		t.Errorf("no match: %v", counts)
	}
	// Zero months are the event facet's bounds.
	first, counts = ix.EventDays(Query{}, corpus.Month{}, corpus.Month{})
	if first != Day(month("2015-01"), 1) || first+len(counts)-1 != Day(month("2019-01"), 31) || sum(counts) != 4 {
		t.Errorf("whole facet: first %d, %d days, %d in all", first, len(counts), sum(counts))
	}
	if _, counts := ix.EventDays(Query{}, month("2019-02"), month("2019-01")); counts != nil {
		t.Errorf("backwards: %v", counts)
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func TestEventDocs(t *testing.T) {
	ix := eventCorpus(t)
	tests := []struct {
		q           Query
		first, last corpus.Month
		limit       int
		ids         []string
		total       int
	}{
		{Query{}, month("2019-01"), month("2019-01"), 10, []string{"e", "a"}, 2},
		{Query{}, month("2019-01"), month("2019-01"), 1, []string{"e"}, 2},
		{Query{}, month("2019-01"), month("2019-01"), 0, nil, 2},
		{Query{}, month("2016-01"), month("2017-03"), 10, []string{"a", "b", "d"}, 3},
		{Query{}, corpus.Month{}, month("2015-01"), 10, []string{"b"}, 1},
		{Query{}, month("2017-01"), corpus.Month{}, 10, []string{"e", "a", "b"}, 3},
		{Query{}, corpus.Month{}, corpus.Month{}, 10, []string{"e", "a", "b", "d"}, 4},
		{Query{Text: "maart"}, month("2019-01"), month("2019-01"), 10, []string{"a"}, 1},
		// A range on events is no filter here; one on publication is.
		{Query{Countries: []string{"FR"}, From: month("1990-01"), To: month("1990-01"), By: ByEvent}, month("2019-01"), month("2019-01"), 10, []string{"e"}, 1},
		{Query{Countries: []string{"FR"}, From: month("1990-01"), To: month("1990-01")}, month("2019-01"), month("2019-01"), 10, nil, 0},
		{Query{Text: "!!!"}, month("2019-01"), month("2019-01"), 10, nil, 0},
		{Query{Text: "-Franse"}, month("2019-01"), month("2019-01"), 10, []string{"a"}, 1},
	}
	for _, tt := range tests {
		ids, total := ix.EventDocs(tt.q, tt.first, tt.last, tt.limit)
		if !slices.Equal(ids, tt.ids) || total != tt.total {
			t.Errorf("%+v %v..%v limit %d: %v of %d; want %v of %d", tt.q, tt.first, tt.last, tt.limit, ids, total, tt.ids, tt.total)
		}
	}
}

// TestEventFacetsAgreeWithCounting checks the date filter, the facets,
// EventDays and EventDocs of every way a query is answered (with and
// without filters, words in every article, exclusions, no words) against
// counting them article by article.
func TestEventFacetsAgreeWithCounting(t *testing.T) {
	saved := minUniversalDocs
	minUniversalDocs = 10 // "spionage", in every article, takes the shortcut of near-universal words
	defer func() { minUniversalDocs = saved }()

	rng := rand.New(rand.NewPCG(15, 1))
	codes := []string{"RU", "CN", "NL"}
	periods, countries := map[string][]Period{}, map[string][]string{}
	var docs []*corpus.Document
	byID := map[string]*corpus.Document{}
	base := month("2014-01").Index()
	for i := range 150 {
		id := fmt.Sprintf("d%03d", i)
		if rng.IntN(2) == 0 {
			countries[id] = []string{codes[rng.IntN(len(codes))]}
		}
		for range rng.IntN(4) {
			first := base + rng.IntN(72)
			last := first + rng.IntN(3)*rng.IntN(20)
			p := Period{First: corpus.MonthFromIndex(first), Last: corpus.MonthFromIndex(last), FirstDay: -1, LastDay: -1}
			if first == last && rng.IntN(2) == 0 {
				p.FirstDay = Day(p.First, 1+rng.IntN(28))
				p.LastDay = p.FirstDay + rng.IntN(3)
			}
			periods[id] = append(periods[id], p)
		}
		body := "Spionage."
		if i%3 == 0 {
			body += " Hackers drongen binnen."
		}
		d := doc(id, corpus.MonthFromIndex(base+12+i%60).String(), "Bericht", body)
		docs = append(docs, d)
		byID[id] = d
	}
	ix := build(t, eventOptions(periods, countries), docs...)
	covers := func(id string, m int) bool {
		for _, p := range periods[id] {
			if p.First.Index() <= m && m <= p.Last.Index() {
				return true
			}
		}
		return false
	}
	during := func(id string, from, to int) bool {
		for _, p := range periods[id] {
			if p.First.Index() <= to && from <= p.Last.Index() {
				return true
			}
		}
		return false
	}
	onDay := func(id string, day int) bool {
		for _, p := range periods[id] {
			if p.FirstDay >= 0 && p.FirstDay <= day && day <= p.LastDay {
				return true
			}
		}
		return false
	}
	ranges := [][2]corpus.Month{{}, {month("2016-01"), month("2016-06")}, {month("2017-03"), {}}, {{}, month("2015-02")}}
	for _, text := range []string{"", "spionage", "hackers ", "spionage -hackers", "-hackers"} {
		matching := map[string]bool{}
		for _, h := range ix.Search(Query{Text: text, Limit: 1000}).Hits {
			matching[h.Doc.ID] = true
		}
		for _, r := range ranges {
			for _, by := range []DateBy{ByPublished, ByEvent, ByEither} {
				for _, c := range [][]string{nil, {"RU"}} {
					q := Query{Text: text, From: r[0], To: r[1], By: by, Countries: c, Limit: 1000}
					name := fmt.Sprintf("%q %s %v..%v %v", text, by, r[0], r[1], c)
					from, to := -1<<31, 1<<31-1
					if r[0] != (corpus.Month{}) {
						from = r[0].Index()
					}
					if r[1] != (corpus.Month{}) {
						to = r[1].Index()
					}
					var want []string
					wantCountries, wantMonths, wantEvents := map[string]int{}, map[string]int{}, map[string]int{}
					var candidates []string // all filters but a range on events
					for _, d := range ix.Docs() {
						id := d.ID
						if !matching[id] {
							continue
						}
						published := from <= d.Date.Month.Index() && d.Date.Month.Index() <= to
						inRange := published
						switch by {
						case ByEvent:
							inRange = r == [2]corpus.Month{} || during(id, from, to)
						case ByEither:
							inRange = published || during(id, from, to)
						}
						if inRange {
							for _, k := range countries[id] {
								wantCountries[k]++
							}
						}
						if c != nil && !slices.Contains(countries[id], c[0]) {
							continue
						}
						// Each time facet ignores the range only where the
						// range filters that time.
						if inRange || by != ByEvent {
							wantMonths[d.Date.Month.String()]++
						}
						if inRange || by != ByPublished {
							candidates = append(candidates, id)
							for m := base - 12; m < base+120; m++ {
								if covers(id, m) {
									wantEvents[corpus.MonthFromIndex(m).String()]++
								}
							}
						}
						if inRange {
							want = append(want, id)
						}
					}
					res := ix.Search(q)
					if got := sortedIDs(res); !slices.Equal(got, slices.Sorted(slices.Values(want))) || res.Total != len(want) {
						t.Errorf("%s: total %d, hits %v; want %v", name, res.Total, got, want)
					}
					if !maps.Equal(res.Facets.Countries, wantCountries) {
						t.Errorf("%s: countries %v, want %v", name, res.Facets.Countries, wantCountries)
					}
					if got := withoutZeros(res.Facets.Months.Map()); !maps.Equal(got, wantMonths) {
						t.Errorf("%s: months %v, want %v", name, got, wantMonths)
					}
					if got := withoutZeros(res.Facets.EventMonths.Map()); !maps.Equal(got, wantEvents) {
						t.Errorf("%s: event months %v, want %v", name, got, wantEvents)
					}
					// EventDocs and EventDays: every filter but a range on events.
					firstMonth, lastMonth := month("2016-02"), month("2016-04")
					var wantDocs []string
					for _, id := range candidates {
						if during(id, firstMonth.Index(), lastMonth.Index()) {
							wantDocs = append(wantDocs, id)
						}
					}
					if ids, total := ix.EventDocs(q, firstMonth, lastMonth, 5); total != len(wantDocs) || !slices.Equal(ids, wantDocs[:min(5, len(wantDocs))]) {
						t.Errorf("%s: event docs %v of %d, want %v", name, ids, total, wantDocs)
					}
					firstDay, counts := ix.EventDays(q, firstMonth, lastMonth)
					for i, n := range counts {
						want := 0
						for _, id := range candidates {
							if onDay(id, firstDay+i) {
								want++
							}
						}
						if n != want {
							t.Errorf("%s: day %d: %d, want %d", name, firstDay+i, n, want)
						}
					}
				}
			}
		}
	}
}
