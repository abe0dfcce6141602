package search

import (
	"dossier/corpus"
	"slices"
	"testing"
)

// operatorCorpus holds one article per combination the operator tests need.
func operatorCorpus(t *testing.T) *Index {
	docs := append(seedDocs(t),
		doc("ru-hack", "2017-03", "Russische hackers", "Russische hackers vielen het netwerk van de krant aan."),
		doc("cn-hack", "2019-06", "Chinese hackers", "Chinese hackers lazen de diplomatieke berichten van de EU."),
		doc("ru-dipl", "2021-09", "Diplomaten", "Russische diplomaten spraken over sancties en spionage."),
		doc("dienst", "2016-11", "Geheime dienst", "De geheime dienst AIVD waarschuwde voor spionage."),
		doc("pegasus", "2021-07", "Pegasus", "Het Pegasus-onderzoek toonde aan dat NSO spyware verkocht; het gebeurde in 2017."),
		doc("predator", "2023-01", "Predator", "Predator is spyware van Intellexa."),
	)
	return build(t, geoOptions(docs), docs...)
}

// seedDocs is no articles: the operator corpus stands alone. It is a
// function so that a test can grow it.
func seedDocs(*testing.T) []*corpus.Document { return nil }

func TestOperators(t *testing.T) {
	ix := operatorCorpus(t)
	for _, tc := range []struct {
		query string
		want  []string // ids, in any order
	}{
		// OR, in English and Dutch, between words and phrases.
		{"Pegasus OR Predator", []string{"pegasus", "predator"}},
		{"pegasus OF predator", []string{"pegasus", "predator"}},
		{`"geheime dienst" OR Intellexa`, []string{"dienst", "predator"}},
		{"spyware Pegasus OR Predator", []string{"pegasus", "predator"}},
		{"hackers Russische OR Chinese", []string{"ru-hack", "cn-hack"}},
		// Exclusions: a minus, NOT and NIET.
		{"hackers -Chinese", []string{"ru-hack"}},
		{"hackers NOT Russische", []string{"cn-hack"}},
		{"spionage NIET diplomaten", []string{"dienst"}},
		{`spionage -"geheime dienst"`, []string{"ru-dipl"}},
		// An exclusion excludes inflections, not typos: "hacker" leaves out
		// "hackers"; "hackerz" is another word.
		{"netwerk -hacker", []string{}},
		{"netwerk -hackerz", []string{"ru-hack"}},
		// Only exclusions: everything else.
		{"-spyware -hackers", []string{"ru-dipl", "dienst"}},
		// AND says what two words say.
		{"Russische AND hackers", []string{"ru-hack"}},
		// A bare year: published in it, or naming it.
		{"2017", []string{"ru-hack", "pegasus"}},
		{"hackers 2017", []string{"ru-hack"}},
		{"spyware -2021", []string{"predator"}},
		// Operators in lower case, alone or at an edge are words; a quoted
		// year is the word.
		{"OR", []string{}},
		{"hackers OR", []string{"partial:", "cn-hack", "ru-hack"}},
		{"NOT", []string{}},
		{`"2017"`, []string{"pegasus"}},
		{"-", []string{}}, // punctuation: no words to look for
	} {
		res := ix.Search(Query{Text: tc.query, Limit: 100})
		got := hitIDs(res)
		if tc.want == nil {
			if res.Total != 6 {
				t.Errorf("%q: total %d, want every article", tc.query, res.Total)
			}
			continue
		}
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if len(got) == 0 {
			got = []string{}
		}
		if res.Mode == ModePartial {
			got = append(got, "partial:")
			slices.Sort(got)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", tc.query, got, want)
		}
	}
}

func TestYearReason(t *testing.T) {
	ix := operatorCorpus(t)
	// 2021 has ru-dipl and pegasus; no article is of 1999 or of 2099.
	for year, want := range map[int]int{2021: 2, 2017: 1, 1999: 0, 2099: 0} {
		if n := ix.publishedIn(year); n != want {
			t.Errorf("published in %d: %d articles, want %d", year, n, want)
		}
	}
	for _, h := range ix.Search(Query{Text: "2017"}).Hits {
		want := ReasonYear
		if h.Doc.ID == "pegasus" {
			want = ReasonExact
		}
		if !slices.Contains(h.Why, want) {
			t.Errorf("%s: why %v, want %s", h.Doc.ID, h.Why, want)
		}
	}
}

func TestPartialResults(t *testing.T) {
	ix := operatorCorpus(t)
	for _, tc := range []struct {
		query   string
		first   string   // the best hit
		leftOut []string // what it lacks, as typed
		total   int
	}{
		// One word occurs nowhere: the articles with the others.
		{"Russische hackers zwaardvis", "ru-hack", []string{"zwaardvis"}, 3},
		// No article has both: the one with the rarer word first.
		{"Intellexa spionage", "predator", []string{"spionage"}, 3},
		// Most words first: two of three beat one of three.
		{"Russische spionage Intellexa", "ru-dipl", []string{"Intellexa"}, 4},
		// A phrase and a group are left out whole.
		{`hackers "geheime dienst"`, "", nil, 3},
		{"Predator OR Intellexa krant", "", nil, 2},
	} {
		res := ix.Search(Query{Text: tc.query, Limit: 100})
		if res.Mode != ModePartial {
			t.Errorf("%q: mode %q, want partial", tc.query, res.Mode)
			continue
		}
		if res.Total != tc.total {
			t.Errorf("%q: total %d (%v), want %d", tc.query, res.Total, hitIDs(res), tc.total)
		}
		if tc.first != "" && (len(res.Hits) == 0 || res.Hits[0].Doc.ID != tc.first) {
			t.Errorf("%q: hits %v, want %s first", tc.query, hitIDs(res), tc.first)
		}
		if tc.leftOut != nil && !slices.Equal(res.LeftOut, tc.leftOut) {
			t.Errorf("%q: left out %q, want %q", tc.query, res.LeftOut, tc.leftOut)
		}
		if len(res.LeftOut) == 0 {
			t.Errorf("%q: partial results leave nothing out", tc.query)
		}
	}
	// One word alone is no partial match of anything.
	if res := ix.Search(Query{Text: "zwaardvis"}); res.Total != 0 || res.Mode != ModeAll {
		t.Errorf("zwaardvis: total %d, mode %q", res.Total, res.Mode)
	}
	// Partial results still obey the filters and the exclusions.
	res := ix.Search(Query{Text: "Russische hackers zwaardvis -netwerk"})
	if got := hitIDs(res); !slices.Equal(got, []string{"ru-dipl", "cn-hack"}) && !slices.Equal(got, []string{"cn-hack", "ru-dipl"}) {
		t.Errorf("with an exclusion: %v", got)
	}
}
