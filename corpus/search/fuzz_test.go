package search

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"dossier/corpus"
)

// FuzzSearch proves that no query is an error: any text, filters (dates by
// publication, by event or either) and paging give a well-formed result in
// bounded time. The index knows the seed corpus's country mentions, so that
// words naming countries, alone or together, are exercised too, and
// periods for its articles' events.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{
		"", "pegasis", "kernk", `"europese diplomaten"`, `"open`, "!!!", "\x00", "🙂 שלום 习近平",
		"EU-diplomaten e-mail 100.000", "'s-Gravenhage", "a b c d e f g h i j k l m n o p q r s",
		"\xff\xfe\xfd", `""""`, "spionage spionage spionage",
		"Frankrijk", "France pegasus", "Morocco", "VS", "Verenigde Staten", "de Verenigde  Staten trump",
		`"Verenigde Staten"`, "Verenigde Staten Verenigde Staten", "Saudi-Arabië", "saudi arabia",
		"Papoea Nieuw-Guinea", "Noord Korea Korea", "Bosnië en Herzegovina Zuid-Afrika Frankrijk Marokko",
		// Pasted text past what the parser reads, in several scripts.
		"pegasis " + strings.Repeat("🙂", maxParsedRunes) + " macron", strings.Repeat("习近平在北京", 400),
		strings.Repeat("x ", maxParsedTokens+1), strings.Repeat(" ", maxParsedRunes-3) + "EU-diplomaten",
		strings.Repeat("التجسس ", 300), strings.Repeat("é​", 700) + "ÿ",
		`"` + strings.Repeat("europese diplomaten ", 110),
		"Pegasus OR Krim", "hackers -China", "spionage NOT Rusland", "2018", "CIA 2018 -NSA", "Macron zwaardvis",
		"Cyprus Macron", "🇫🇷", "-Rusland", `-"geheime dienst" OF x`,
	} {
		f.Add(seed, 0, 0, 0, 0, uint8(0))
	}
	ix := mustIndex(f, seedEventIndex)
	filters := [][]string{nil, {"FR"}, {"US", "CY"}, {"MA"}, {"XX"}}
	f.Fuzz(func(t *testing.T, text string, from, to, limit, offset int, countries uint8) {
		q := Query{Text: text, Limit: limit % 100, Offset: offset % 100, Countries: filters[int(countries)%len(filters)],
			By: DateBy(int(countries) / len(filters) % 3)}
		if from%7 != 0 {
			q.From = corpus.MonthFromIndex(2018*12 + from%48)
		}
		if to%5 != 0 {
			q.To = corpus.MonthFromIndex(2018*12 + to%48)
		}
		start := time.Now()
		res := ix.Search(q)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("query %q took %v", text, d)
		}
		if res.Total < 0 || res.Total > ix.Len() || len(res.Hits) > res.Total {
			t.Fatalf("query %q: total %d, %d hits, %d documents", text, res.Total, len(res.Hits), ix.Len())
		}
		switch {
		case res.Mode == ModePartial && (len(res.LeftOut) == 0 || res.Total == 0),
			res.Mode != ModePartial && len(res.LeftOut) > 0,
			res.Mode == ModeNoWords && res.Total > 0,
			res.Mode != ModeAll && res.Mode != ModePartial && res.Mode != ModeNoWords:
			t.Fatalf("query %q: mode %q, %d hits, left out %q", text, res.Mode, res.Total, res.LeftOut)
		}
		if monthTotal := res.Facets.Months.Total(); monthTotal < res.Total {
			t.Fatalf("query %q: month facet counts %d, total %d", text, monthTotal, res.Total)
		}
		checkEvents(t, ix, q, res)
		for _, h := range res.Hits {
			if !utf8.ValidString(h.Snippet) {
				t.Fatalf("query %q: invalid snippet %q", text, h.Snippet)
			}
			checkSpansWithin(t, text, h.Snippet, h.Spans)
			checkSpansWithin(t, text, h.Doc.Title, h.TitleSpans)
		}
		if res.Suggestion != "" && !utf8.ValidString(res.Suggestion) {
			t.Fatalf("query %q: invalid suggestion %q", text, res.Suggestion)
		}
		// The reader's marks: any query, any article, well-formed spans.
		d := ix.Docs()[(from&0xff)%ix.Len()]
		start = time.Now()
		hl := ix.Highlight(q, d)
		if el := time.Since(start); el > 2*time.Second {
			t.Fatalf("highlighting %q took %v", text, el)
		}
		checkSpansWithin(t, text, d.Title, hl.Title)
		if hl.Paragraphs != nil && len(hl.Paragraphs) != len(d.Paragraphs) {
			t.Fatalf("query %q: %d paragraph highlights for %d paragraphs", text, len(hl.Paragraphs), len(d.Paragraphs))
		}
		for i, spans := range hl.Paragraphs {
			checkSpansWithin(t, text, d.Paragraphs[i].Text, spans)
		}
		for _, m := range ix.QuickOpen(text, 3) {
			checkSpansWithin(t, text, m.Doc.Title, m.Spans)
		}
	})
}

func checkSpansWithin(t *testing.T, query, s string, spans [][2]int) {
	t.Helper()
	n := utf8.RuneCountInString(s)
	last := -1
	for _, sp := range spans {
		if sp[0] < 0 || sp[0] >= sp[1] || sp[1] > n || sp[0] < last {
			t.Fatalf("query %q: span %v of %q (%d runes) out of place", query, sp, s, n)
		}
		last = sp[1]
	}
}

// seedEventIndex is the seed corpus indexed with its country mentions and
// periods for its events: a month a year before each article, a day in the
// month before it, and the years 2015 to 2017.
var seedEventIndex = sync.OnceValues(func() (*Index, error) {
	c, err := corpus.LoadSeed()
	if err != nil {
		return nil, err
	}
	opts := geoOptions(c.Docs())
	opts.Events = func(d *corpus.Document) []Period {
		published := d.Date.Month.Index()
		before := corpus.MonthFromIndex(published - 1)
		return []Period{
			{First: corpus.MonthFromIndex(published - 12), Last: corpus.MonthFromIndex(published - 12), FirstDay: -1, LastDay: -1},
			{First: before, Last: before, FirstDay: Day(before, 3), LastDay: Day(before, 3)},
			{First: corpus.Month{Year: 2015, Month: 1}, Last: corpus.Month{Year: 2017, Month: 12}, FirstDay: -1, LastDay: -1},
		}
	}
	return Build(context.Background(), c.Docs(), opts)
})

// checkEvents checks the event facet, EventDocs and EventDays of q against
// its result: the articles kept by their events are among those EventDocs
// finds in the range, and counted in the range's event months.
func checkEvents(t *testing.T, ix *Index, q Query, res Result) {
	t.Helper()
	em := res.Facets.EventMonths
	for _, n := range em.Counts {
		if n < 0 || n > ix.Len() {
			t.Fatalf("%+v: event months %v", q, em.Counts)
		}
	}
	ids, total := ix.EventDocs(q, q.From, q.To, 3)
	if total < len(ids) || len(ids) > 3 || total > ix.Len() {
		t.Fatalf("%+v: event docs %v of %d", q, ids, total)
	}
	// A query whose words all match nowhere in the range falls back to the
	// articles that match the most of them there (ModePartial), while
	// EventDocs, which looks outside the range, may still find all of
	// them elsewhere: the two agree only when every word matched.
	if q.By == ByEvent && (q.From != corpus.Month{} || q.To != corpus.Month{}) && res.Mode == ModeAll {
		if total < res.Total {
			t.Fatalf("%+v: %d articles with events in the range, %d hits", q, total, res.Total)
		}
		if q.From != (corpus.Month{}) && q.To != (corpus.Month{}) && !q.To.Before(q.From) {
			inRange := 0
			for m := q.From; !q.To.Before(m); m = corpus.MonthFromIndex(m.Index() + 1) {
				inRange += em.Get(m)
			}
			if inRange < res.Total {
				t.Fatalf("%+v: the event months of the range count %d, total %d", q, inRange, res.Total)
			}
		}
	}
	first, days := ix.EventDays(q, q.From, q.To)
	for _, n := range days {
		if n < 0 || n > total && (q.From != corpus.Month{} && q.To != corpus.Month{}) {
			t.Fatalf("%+v: days from %d: %v (%d articles)", q, first, days, total)
		}
	}
}
