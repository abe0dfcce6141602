package view

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/corpus/roles"
	"dossier/corpus/search"
)

func seedLibrary(t testing.TB) *library.Library {
	t.Helper()
	lib, err := library.OpenSeed()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func TestSessionGivesEveryViewTheSameResult(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	var seen []Change
	se.OnChanged(func(c Change) { seen = append(seen, c) })

	s.SetQuery("china")
	if len(seen) != 1 || !seen[0].Has(ChangeResult) {
		t.Fatalf("a new query notified %v, want one change with a new result", seen)
	}
	counts := se.MapData().Counts
	span, months, background, _, _ := se.TimelineData()
	total := months.Total()
	if se.Total() != 3 || total != 3 || counts["CN"] != 3 {
		t.Errorf("\"china\": %d hits, %d in the timeline, China %d on the map; want 3 everywhere", se.Total(), total, counts["CN"])
	}
	// From the earliest month an article tells of (the CIA article's
	// "september vorig jaar") to the last article's.
	first := corpus.Month{Year: 2018, Month: 2}
	for _, d := range se.Library().Corpus().Docs() {
		for _, e := range se.Events(d.ID) {
			if e.First().Before(first) {
				first = e.First()
			}
		}
	}
	if span[0] != first || span[1] != (corpus.Month{Year: 2021, Month: 7}) || background.Get(corpus.Month{Year: 2018, Month: 12}) != 2 {
		t.Errorf("timeline span %v, want %v to 2021-07; background %v", span, first, background)
	}

	s.OpenArticle("003_0df74ff2f132de6e")
	if c := seen[len(seen)-1]; c.Has(ChangeResult) {
		t.Errorf("opening an article searched again")
	}
	s.AddCountry("CN")
	if sel := se.MapData().Selected; len(sel) != 1 || sel[0] != "CN" {
		t.Errorf("the map's selection is %v", sel)
	}
}

func TestHighlightsMarkWhatTheSearchMatched(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	for _, tt := range []struct {
		query, id string
		want      []string // among the marked words of the paragraphs
	}{
		{"pegasis", "003_0df74ff2f132de6e", []string{"Pegasus"}},
		{"hacker ", "001_3ad7682215385845", []string{"hackers"}},
		{"kernk", "002_cb3a6902d3015a5d", []string{"kernkoppen"}},
		{"Frankrijk", "003_0df74ff2f132de6e", []string{"Franse"}},
		{"", "003_0df74ff2f132de6e", nil},
	} {
		s.SetQuery(tt.query)
		doc, _ := se.Doc(tt.id)
		hl := se.Highlights(tt.id)
		var got []string
		for i, spans := range hl.Paragraphs {
			runes := []rune(doc.Paragraphs[i].Text)
			for _, sp := range spans {
				got = append(got, string(runes[sp[0]:sp[1]]))
			}
		}
		if tt.want == nil && (got != nil || hl.Title != nil) {
			t.Errorf("%q marks %q in %s", tt.query, got, tt.id)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q in %s marks %q, want %q among them", tt.query, tt.id, got, w)
			}
		}
	}
}

// queue stands in for the goroutines and the UI loop of a window, so that a
// test decides when each background search runs and when its result arrives.
type queue struct{ jobs, handedBack []func() }

func (q *queue) background(f func()) { q.jobs = append(q.jobs, f) }
func (q *queue) do(f func())         { q.handedBack = append(q.handedBack, f) }

// step runs the oldest background job, then hands its result back.
func (q *queue) step() bool {
	if len(q.jobs) == 0 {
		return false
	}
	job := q.jobs[0]
	q.jobs = q.jobs[1:]
	job()
	for len(q.handedBack) > 0 {
		f := q.handedBack[0]
		q.handedBack = q.handedBack[1:]
		f()
	}
	return true
}

func TestBackgroundSearchShowsOnlyTheLatestQuery(t *testing.T) {
	q := &queue{}
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl", Background: q.background, Do: q.do})
	var results []int
	se.OnChanged(func(c Change) {
		if c.Has(ChangeResult) {
			results = append(results, se.Total())
		}
	})
	// A fast typist: four keystrokes while the first search runs.
	for _, typed := range []string{"p", "pe", "peg", "pega", "pegasus"} {
		s.SetQuery(typed)
	}
	if len(q.jobs) != 1 || !se.Searching() {
		t.Fatalf("%d searches started for five keystrokes, want one at a time", len(q.jobs))
	}
	if se.Total() != 4 {
		t.Errorf("before any search ended the result changed: %d", se.Total())
	}
	q.step() // the search for "p" ends: stale, dropped, and "pegasus" is searched for
	if len(results) != 0 {
		t.Errorf("a stale result was shown: %v", results)
	}
	if len(q.jobs) != 1 {
		t.Fatalf("after a stale result %d searches wait, want the latest one", len(q.jobs))
	}
	q.step()
	if len(results) != 1 || se.Total() != 1 || se.Query().Text != "pegasus" || se.Searching() {
		t.Errorf("after the last search: results %v, total %d, query %q, searching %v", results, se.Total(), se.Query().Text, se.Searching())
	}
	if q.step() {
		t.Error("a search ran with nothing left to search for")
	}
}

// TestYieldSearchesWhatTheStateWantsOnceDrawn: with Options.Yield the
// search starts after the window has drawn, for the keystrokes typed by
// then, and its result comes through Yield too.
func TestYieldSearchesWhatTheStateWantsOnceDrawn(t *testing.T) {
	q := &queue{}
	var yielded []func()
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl", Background: q.background, Do: q.do,
		Yield: func(f func()) { yielded = append(yielded, f) }})
	for _, typed := range []string{"p", "pe", "peg", "pega", "pegasus"} {
		s.SetQuery(typed)
	}
	if len(q.jobs) != 0 || len(yielded) != 1 {
		t.Fatalf("before the window drew: %d searches, %d yields, want none and one", len(q.jobs), len(yielded))
	}
	next := yielded[0]
	yielded = nil
	next() // the window has drawn: the search starts, for all five keystrokes
	if len(q.jobs) != 1 {
		t.Fatalf("%d searches after the window drew, want one", len(q.jobs))
	}
	q.step()
	if len(q.handedBack) != 0 || len(yielded) != 1 || se.Searching() == false {
		t.Fatalf("the result was handed back through Do (%d) or not through Yield (%d)", len(q.handedBack), len(yielded))
	}
	yielded[0]()
	if se.Searching() || se.Total() != 1 || se.Query().Text != "pegasus" {
		t.Errorf("after the result: searching %v, total %d, query %q", se.Searching(), se.Total(), se.Query().Text)
	}
}

// TestSettleSearchesOnceTypingPauses: with Options.Settle a search starts
// only after a pause with no change.
func TestSettleSearchesOnceTypingPauses(t *testing.T) {
	q := &queue{}
	var pauses []func()
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl", Background: q.background, Do: q.do,
		Settle: func(f func()) { pauses = append(pauses, f) }})
	pause := func() {
		t.Helper()
		if len(pauses) != 1 {
			t.Fatalf("%d pauses waited for, want one", len(pauses))
		}
		f := pauses[0]
		pauses = nil
		f()
	}
	s.SetQuery("p")
	s.SetQuery("pe")
	pause() // typed on during the pause: wait another
	if len(q.jobs) != 0 {
		t.Fatalf("a search started while typing went on")
	}
	s.SetQuery("pegasus")
	pause()
	pause() // a whole pause without a key
	if len(q.jobs) != 1 {
		t.Fatalf("%d searches after the pause, want one", len(q.jobs))
	}
	q.step()
	if se.Searching() || se.Query().Text != "pegasus" || se.Total() != 1 {
		t.Errorf("after the search: searching %v, query %q, total %d", se.Searching(), se.Query().Text, se.Total())
	}
}

func TestApplyingALinkRunsOneSearch(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	var changes []Change
	se.OnChanged(func(c Change) { changes = append(changes, c) })
	if err := se.OpenLink("#q=hackers&c=CN,US&match=all&from=2018-01&to=2019-12&doc=001_3ad7682215385845"); err != nil {
		t.Fatal(err)
	}
	if len(changes) != 1 || !changes[0].Has(ChangeQuery|ChangeCountries|ChangeCountryMode|ChangeRange|ChangeOpen|ChangeResult) {
		t.Errorf("applying a link notified %v, want one change with every part and one result", changes)
	}
	changes = nil
	s.ClearFilters()
	if len(changes) != 1 || changes[0] != ChangeCountries|ChangeRange|ChangeResult {
		t.Errorf("clearing the filters notified %v, want one change and one search", changes)
	}
}

func TestOpenLinkDropsCountriesWithoutArticles(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	err := se.OpenLink("#c=MA,IS,ZZ")
	if err == nil || !strings.Contains(err.Error(), `"IS"`) || !strings.Contains(err.Error(), `"ZZ"`) {
		t.Errorf("error %v, want one naming IS (no article) and ZZ (no country)", err)
	}
	if !slices.Equal(s.Countries(), []string{"MA"}) {
		t.Errorf("countries %v, want [MA]", s.Countries())
	}
}

// TestBookmarksFilterFindsCountryQueries: "Frankrijk" finds the article
// that names France, bookmarked or not; with only the bookmarks shown, it
// found nothing when the bookmarks had an index of their own.
func TestBookmarksFilterFindsCountryQueries(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	s.SetQuery("Frankrijk")
	if se.Total() != 1 {
		t.Fatalf("\"Frankrijk\" finds %d articles, want 1", se.Total())
	}
	hit, _ := se.Hit(0)
	s.ToggleBookmark(hit.Doc.ID)
	s.ToggleBookmark("000_ff3dc8e55b17b03b")
	s.SetBookmarksOnly(true)
	if se.Total() != 1 {
		t.Errorf("\"Frankrijk\" among the bookmarks finds %d articles, want 1", se.Total())
	}
	if counts := se.MapData().Counts; counts["FR"] != 1 {
		t.Errorf("the map counts France %d times among the bookmarks, want 1", counts["FR"])
	}
	s.SetQuery("")
	if se.Total() != 2 {
		t.Errorf("the bookmarks filter lists %d articles, want the 2 bookmarked", se.Total())
	}
	s.ToggleBookmark("000_ff3dc8e55b17b03b")
	if se.Total() != 1 {
		t.Errorf("after taking a star off the filter lists %d articles, want 1", se.Total())
	}
}

func TestTheReaderKnowsWhenItsArticleIsFilteredOut(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	s.OpenArticle("003_0df74ff2f132de6e") // Macron, Pegasus, Morocco
	if se.OpenExcluded() {
		t.Error("with no filter the open article is excluded")
	}
	s.SetQuery("pegasus")
	if se.OpenExcluded() {
		t.Error("the Pegasus article is excluded by \"pegasus\"")
	}
	s.AddCountry("CN")
	if !se.OpenExcluded() {
		t.Error("a filter on China keeps the Macron article")
	}
	s.ClearFilters()
	if se.OpenExcluded() {
		t.Error("after clearing the filters the article is still excluded")
	}
	s.OpenArticle("000_ff3dc8e55b17b03b")
	if !se.OpenExcluded() {
		t.Error("opening an article that \"pegasus\" does not find is not noticed")
	}
}

func TestALongQueryIsCutAndSaysSo(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	for _, pasted := range []string{
		strings.Repeat("Pegasus ", 10000),
		strings.Repeat("间谍软件 تجسس 🇲🇦 e\u0301 \u200b", 5000),
	} {
		s.SetQuery(pasted)
		if n := utf8.RuneCountInString(s.Query()); n > search.MaxQueryRunes || !s.QueryCut() {
			t.Errorf("a pasted text of %d runes was kept at %d (cut %v), want at most %d", utf8.RuneCountInString(pasted), n, s.QueryCut(), search.MaxQueryRunes)
		}
	}
	s.SetQuery(strings.Repeat("Pegasus ", 10000))
	if se.Total() != 1 {
		t.Errorf("the cut query finds %d articles, want the Pegasus one", se.Total())
	}
	s.SetQuery("pegasus")
	if s.QueryCut() {
		t.Error("a short query still says it was cut")
	}
}

// TestSessionUnderRace types, opens and filters from the UI goroutine while
// searches run on others, as the window does: go test -race checks it.
func TestSessionUnderRace(t *testing.T) {
	ui := make(chan func(), 64)
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl", Background: func(f func()) { go f() }, Do: func(f func()) { ui <- f }})
	seen := 0
	se.OnChanged(func(c Change) {
		if c.Has(ChangeResult) {
			seen++
			_ = se.MapData()
			_, _, _, _, _ = se.TimelineData()
			_, _ = se.Hit(0)
		}
	})
	for i, typed := range []string{"c", "ch", "chi", "chin", "china", "chin", "chi", "cia"} {
		s.SetQuery(typed)
		if i%3 == 0 {
			s.ToggleCountry("US")
			s.OpenArticle("001_3ad7682215385845")
		}
	}
	for se.Searching() {
		(<-ui)()
	}
	if seen == 0 || se.Query().Text != "cia" || se.Query().Text != s.Query() {
		t.Errorf("after the searches: %d results shown, the last for %q, the state wants %q", seen, se.Query().Text, s.Query())
	}
}

func TestOpenLinkDropsUnknownRoleCodes(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	err := se.OpenLink("#a=ZZ,CN&t=EU,QQQ&map=actors")
	if err == nil || !strings.Contains(err.Error(), `"ZZ"`) || !strings.Contains(err.Error(), `"QQQ"`) {
		t.Errorf("error %v, want one naming ZZ and QQQ", err)
	}
	if !slices.Equal(s.Actors(), []string{"CN"}) || !slices.Equal(s.Targets(), []string{"EU"}) || s.MapMode() != MapActors {
		t.Errorf("actors %v, targets %v, map %v; want [CN], [EU], actors", s.Actors(), s.Targets(), s.MapMode())
	}
}

// TestRoleFiltersAndTheMapModes: the role filters narrow the search, and
// the map counts, outlines and draws arcs for the mode it is in.
func TestRoleFiltersAndTheMapModes(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	var seen []Change
	se.OnChanged(func(c Change) { seen = append(seen, c) })

	d := se.MapData()
	if d.Mode != MapMentions || d.Arcs != nil || d.Counts["CN"] != se.Result().Facets.Countries["CN"] {
		t.Errorf("mentions mode: %+v", d)
	}
	s.SetMapMode(MapActors)
	if len(seen) != 1 || seen[0].Has(ChangeResult) || !seen[0].Has(ChangeMapMode) {
		t.Errorf("switching the map's mode notified %v, want the mode and no new search", seen)
	}
	d = se.MapData()
	// The two articles about the EU's cables make China an actor, with
	// Cyprus a target in both (corpus/roles/testdata/seeds.tsv).
	if d.Mode != MapActors || d.Counts["CN"] != 2 || d.Counts["CY"] != 0 || d.Arcs[search.Arc{Actor: "CN", Target: "CY"}] != 2 {
		t.Errorf("actor mode: counts %v, arcs %v; want China twice as actor, with two to Cyprus", d.Counts, d.Arcs)
	}
	s.ToggleOnMap("CN")
	if se.Total() != 2 || !slices.Equal(se.MapData().Selected, []string{"CN"}) || len(s.Countries()) != 0 {
		t.Errorf("China as actor: %d articles, selected %v, countries %v; want the two articles, CN outlined", se.Total(), se.MapData().Selected, s.Countries())
	}
	if q := se.Query(); !slices.Equal(q.Actors, []string{"CN"}) || q.Targets != nil {
		t.Errorf("the search asked for actors %v, targets %v", q.Actors, q.Targets)
	}
	s.SetMapMode(MapTargets)
	d = se.MapData()
	if d.Counts["EU"] != 2 || d.Counts["US"] != 1 || d.Counts["CN"] != 0 || d.Selected != nil {
		t.Errorf("target mode with China as actor: counts %v, selected %v", d.Counts, d.Selected)
	}
	s.ToggleOnMap("US")
	if se.Total() != 1 || !slices.Equal(s.Targets(), []string{"US"}) {
		t.Errorf("China at the US: %d articles, targets %v", se.Total(), s.Targets())
	}
	s.ToggleOnMap("US")
	s.ToggleOnMap("FR") // no article makes France a target of China: the list empties, as a filter does
	if se.Total() != 0 {
		t.Errorf("China at France: %d articles, want none", se.Total())
	}
	if !se.HasArticlesWithRole(roles.Target, "EU") || se.HasArticlesWithRole(roles.Actor, "CY") || se.HasArticlesWithRole(roles.Actor, "ZZ") {
		t.Error("HasArticlesWithRole does not follow the library's totals")
	}
	if a := se.Roles("002_cb3a6902d3015a5d"); a == nil || !a.Has(roles.Actor, "CN") {
		t.Errorf("the roles of the EU article: %+v", a)
	}
	if se.Roles("") != nil || se.Roles("nope") != nil {
		t.Error("roles for no article")
	}
}

func TestOpenLinkDropsRolesNoArticleHas(t *testing.T) {
	s := NewState()
	se := NewSession(seedLibrary(t), s, Options{Lang: "nl"})
	err := se.OpenLink("#a=CN,CY&t=CY,IS")
	if err == nil || !strings.Contains(err.Error(), `"CY" as actor`) || !strings.Contains(err.Error(), `"IS" as target`) {
		t.Errorf("error %v, want one naming Cyprus as actor and Iceland as target", err)
	}
	if !slices.Equal(s.Actors(), []string{"CN"}) || !slices.Equal(s.Targets(), []string{"CY"}) || se.Total() != 2 {
		t.Errorf("actors %v, targets %v, %d articles; want [CN], [CY], 2", s.Actors(), s.Targets(), se.Total())
	}
}
