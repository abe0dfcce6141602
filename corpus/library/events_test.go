package library_test

import (
	"slices"
	"testing"
	"time"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// dated makes an article published on date (YYYY-MM-DD), with its own
// headline.
func dated(id, date, title string, paragraphs ...string) *corpus.Document {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		panic(err)
	}
	d := article(id, title, paragraphs...)
	d.Date = corpus.Date{Month: corpus.Month{Year: t.Year(), Month: t.Month()}, Day: t.Day()}
	d.TitleInText = true
	return d
}

// openDated opens articles whose dates are unambiguous.
func openDated(t *testing.T) *library.Library {
	t.Helper()
	return openArticles(t,
		dated("maart", "2020-05-14", "Chinese hackers bij het ministerie",
			"Chinese hackers drongen in maart 2017 binnen bij het Franse ministerie.",
			"Het lek werd op 3 januari 2019 ontdekt, zei een woordvoerder."),
		dated("jaren", "2019-02-11", "Russische spionage",
			"Van 2015 tot en met 2018 las de Russische dienst de mail van diplomaten mee."),
		dated("geen", "2018-07-02", "Spionage zonder datum", "Een artikel dat geen datum noemt."),
		dated("kop", "2021-01-20", "Op 4 januari 2019 begon de aanval",
			"De Franse dienst zag de hackers pas later."),
	)
}

// expression is an event as the tests name it: its date (and end) and its
// words.
type expression struct{ date, end, text string }

func expressions(d *corpus.Document, events []dates.Event) []expression {
	var out []expression
	for _, e := range events {
		out = append(out, expression{e.Date.String(), e.End.String(), e.Text(d)})
	}
	return out
}

// The library finds the dates of every article in the reading it finds the
// places and roles in: what the tagger finds in the article alone, in the
// order of the text, the title first.
func TestEventsAtOpen(t *testing.T) {
	l := openDated(t)
	for _, d := range l.Corpus().Docs() {
		want := dates.Default().Document(d)
		if got := l.Events(d.ID); !slices.Equal(got, want) {
			t.Errorf("%s: events %v, want %v", d.ID, expressions(d, got), expressions(d, want))
		}
	}
	for id, want := range map[string][]expression{
		"maart": {{"2017-03", "", "maart 2017"}, {"2019-01-03", "", "3 januari 2019"}},
		"jaren": {{"2015", "2018", "Van 2015 tot en met 2018"}},
		"kop":   {{"2019-01-04", "", "4 januari 2019"}},
	} {
		d, _ := l.Corpus().Doc(id)
		got := expressions(d, l.Events(id))
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: events %v lack %v", id, got, w)
			}
		}
	}
	if events := l.Events("kop"); len(events) == 0 || events[0].Paragraph != -1 {
		t.Errorf("kop: the date in the headline is not the first event: %v", events)
	}
	if l.Events("geen") != nil || l.Events("nope") != nil {
		t.Errorf("events of an article without dates %v, of an unknown id %v", l.Events("geen"), l.Events("nope"))
	}
}

func TestPeriods(t *testing.T) {
	day := func(y int, m time.Month, d int) int { return search.Day(corpus.Month{Year: y, Month: m}, d) }
	month := func(y int, m time.Month) corpus.Month { return corpus.Month{Year: y, Month: m} }
	events := []dates.Event{
		{Date: dates.Value{Year: 2017, Month: time.March}},
		{Date: dates.Value{Year: 2019, Month: time.January, Day: 3}},
		{Date: dates.Value{Year: 2015}, End: dates.Value{Year: 2018}},
		{Date: dates.Value{Year: 2019, Month: time.January, Day: 2}, End: dates.Value{Year: 2019, Month: time.February, Day: 4}},
		{Date: dates.Value{Year: 2009}, End: dates.Value{Year: 2020, Month: time.May, Day: 14}}, // sinds 2009
	}
	want := []search.Period{
		{First: month(2017, time.March), Last: month(2017, time.March), FirstDay: -1, LastDay: -1},
		{First: month(2019, time.January), Last: month(2019, time.January), FirstDay: day(2019, time.January, 3), LastDay: day(2019, time.January, 3)},
		{First: month(2015, time.January), Last: month(2018, time.December), FirstDay: -1, LastDay: -1},
		{First: month(2019, time.January), Last: month(2019, time.February), FirstDay: day(2019, time.January, 2), LastDay: day(2019, time.February, 4)},
		{First: month(2009, time.January), Last: month(2020, time.May), FirstDay: -1, LastDay: -1},
	}
	if got := library.Periods(events); !slices.Equal(got, want) {
		t.Errorf("periods %v, want %v", got, want)
	}
	if library.Periods(nil) != nil {
		t.Error("periods of no events")
	}
	if got := day(1970, time.January, 2); got != 1 {
		t.Errorf("1970-01-02 is day %d", got)
	}
}

func TestSearchByEvent(t *testing.T) {
	l := openDated(t)
	jan2019 := corpus.Month{Year: 2019, Month: time.January}
	sorted := func(res search.Result) []string {
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.Doc.ID)
		}
		slices.Sort(out)
		return out
	}
	for _, tt := range []struct {
		by   search.DateBy
		want []string
	}{
		{search.ByPublished, nil},
		{search.ByEvent, []string{"kop", "maart"}},
		{search.ByEither, []string{"kop", "maart"}},
	} {
		if got := sorted(l.Search(search.Query{From: jan2019, To: jan2019, By: tt.by})); !slices.Equal(got, tt.want) {
			t.Errorf("2019-01 by %s: %v, want %v", tt.by, got, tt.want)
		}
	}
	if got := sorted(l.Search(search.Query{From: corpus.Month{Year: 2016, Month: time.June}, To: corpus.Month{Year: 2016, Month: time.June}, By: search.ByEvent})); !slices.Equal(got, []string{"jaren"}) {
		t.Errorf("2016-06 by event: %v", got)
	}
	em := l.Search(search.Query{}).Facets.EventMonths
	if em.Get(jan2019) != 2 || em.Get(corpus.Month{Year: 2017, Month: time.March}) != 2 || em.Get(corpus.Month{Year: 2016, Month: time.July}) != 1 {
		t.Errorf("event months %v", em.Map())
	}

	first, counts := l.EventDays(search.Query{}, jan2019, jan2019)
	if first != search.Day(jan2019, 1) || len(counts) != 31 || counts[2] != 1 || counts[3] != 1 {
		t.Errorf("days of 2019-01 from %d: %v", first, counts)
	}

	refs, total := l.EventsIn(search.Query{}, jan2019, jan2019, 10)
	var got []string
	for _, r := range refs {
		d, _ := l.Corpus().Doc(r.ID)
		got = append(got, r.ID+": "+r.Event.Text(d))
	}
	// Newest article first, each article's events in the order of its text.
	if want := []string{"kop: 4 januari 2019", "maart: 3 januari 2019"}; !slices.Equal(got, want) || total != 2 {
		t.Errorf("events of 2019-01: %q of %d, want %q", got, total, want)
	}
	if refs, total := l.EventsIn(search.Query{Text: "Chinese"}, jan2019, jan2019, 10); len(refs) != 1 || refs[0].ID != "maart" || total != 1 {
		t.Errorf("events of 2019-01 of the articles about Chinese hackers: %v of %d", refs, total)
	}
	if refs, total := l.EventsIn(search.Query{}, jan2019, jan2019, 1); len(refs) != 1 || refs[0].ID != "kop" || total != 2 {
		t.Errorf("one event of 2019-01: %v of %d", refs, total)
	}
	// Every event of the articles, in order, with open ends.
	refs, total = l.EventsIn(search.Query{}, corpus.Month{}, corpus.Month{}, 100)
	all := 0
	for _, d := range l.Corpus().Docs() {
		all += len(l.Events(d.ID))
	}
	if total != all || len(refs) != all {
		t.Errorf("every event: %d of %d, want %d", len(refs), total, all)
	}
}
