package search

import (
	"slices"
	"testing"
)

// TestSeedOperators is the labelled query set of operators and best partial
// results over the seed corpus, indexed as the library does. Each label was
// read off the articles: 000 (CIA, NSA, Rusland, Russische; 2018-02), 001
// and 002 (Chinese hackers, EU diplomats, Cyprus, China; 2018-12), 003
// (Macron, Pegasus, Marokko, "spionageprogramma"; 2021-07).
func TestSeedOperators(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	tests := []struct {
		query   string
		want    []string // every hit, in any order
		first   string   // the best hit, when it is known
		partial []string // what the best hit lacks, when no article has everything
	}{
		// OR: either word; 003 alone writes Pegasus, 002 alone Krim.
		{query: "Pegasus OR Krim", want: []string{seed003, seed002}},
		{query: "Poetin OF Macrons", want: []string{seed000, seed001, seed003}},
		// An exclusion takes the word's forms and country: both hackers
		// articles name China; 003 alone names neither Rusland nor the
		// Russians.
		{query: "hackers -China", want: nil},
		{query: "hackers NOT Chinezen", want: nil},
		{query: "spionage -Rusland", want: []string{seed003}},
		{query: "spionage NIET Rus", want: []string{seed003}},
		{query: "NSA -CIA", want: nil},
		{query: "Rusland -Rusland", want: nil},
		{query: "-Rusland", want: []string{seed003}},
		// A bare year: published in it.
		{query: "2018", want: []string{seed000, seed001, seed002}},
		{query: "2021", want: []string{seed003}},
		{query: "CIA 2018", want: []string{seed000}},
		// No article has both; 2021 is the rarer.
		{query: "hackers 2021", want: []string{seed001, seed002, seed003}, first: seed003, partial: []string{"hackers"}},
		// Best partial results: the article with the rarer word first.
		{query: "Macron zwaardvis", want: []string{seed003}, partial: []string{"zwaardvis"}},
		{query: "Cyprus Macron", want: []string{seed003, seed001, seed002}, first: seed003, partial: []string{"Cyprus"}},
		{query: `Pegasus "geheime zwaardvis"`, want: []string{seed003}, partial: []string{`"geheime zwaardvis"`}},
		// A flag names its country.
		{query: "🇫🇷", want: []string{seed003}},
		{query: "🇨🇾 hackers", want: []string{seed001, seed002}},
		// Unknown syntax is words.
		{query: "(CIA AND NSA)", want: []string{seed000}},
		{query: "+Pegasus", want: []string{seed003}},
	}
	for _, tt := range tests {
		res := ix.Search(Query{Text: tt.query})
		got := hitIDs(res)
		if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
			t.Errorf("%q: hits %v, want %s first", tt.query, got, tt.first)
		}
		want := slices.Clone(tt.want)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: hits %v, want %v", tt.query, got, want)
		}
		wantMode := ModeAll
		if tt.partial != nil {
			wantMode = ModePartial
		}
		if res.Mode != wantMode || !slices.Equal(res.LeftOut, tt.partial) {
			t.Errorf("%q: mode %s, left out %q; want %s, %q", tt.query, res.Mode, res.LeftOut, wantMode, tt.partial)
		}
	}
}
