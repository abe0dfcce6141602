package search

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"dossier/corpus"
)

// Seed article ids, by their number.
const (
	seed000 = "000_ff3dc8e55b17b03b" // CIA, Russian, NSA hacking tools (2018-02)
	seed001 = "001_3ad7682215385845" // EU diplomatic cables hacked (2018-12)
	seed002 = "002_cb3a6902d3015a5d" // same hack, another paper (2018-12)
	seed003 = "003_0df74ff2f132de6e" // Macron, Morocco, Pegasus (2021-07)
)

// seedIndex builds the index of the embedded corpus once for all tests.
var seedIndex = sync.OnceValues(func() (*Index, error) {
	c, err := corpus.LoadSeed()
	if err != nil {
		return nil, err
	}
	return Build(context.Background(), c.Docs(), Options{})
})

func mustSeedIndex(t testing.TB) *Index { return mustIndex(t, seedIndex) }

// mustIndex returns the index build makes (once, for a sync.OnceValues),
// and fails the test when it cannot.
func mustIndex(t testing.TB, build func() (*Index, error)) *Index {
	t.Helper()
	ix, err := build()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func hitIDs(res Result) []string {
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.Doc.ID
	}
	return ids
}

func whyOf(res Result, id string) []Reason {
	for _, h := range res.Hits {
		if h.Doc.ID == id {
			return h.Why
		}
	}
	return nil
}

func TestSeedMatchingRules(t *testing.T) {
	tests := []struct {
		rule, query string
		want        []string // must be among the hits
		notWant     []string // must not be
		why         Reason   // the reason the first wanted hit gives
	}{
		{"diacritics folded", "israel", []string{seed001, seed003}, []string{seed000, seed002}, ReasonExact},
		{"diaeresis folded", "geinfiltreerd", []string{seed002}, nil, ReasonExact},
		{"accents folded", "elysee", []string{seed003}, nil, ReasonExact},
		{"case folded", "PEGASUS", []string{seed003}, nil, ReasonExact},
		{"stem: plural", "hacker", []string{seed001, seed002}, nil, ReasonStem},
		{"stem: irregular plural", "diplomaat", []string{seed001, seed002}, nil, ReasonStem},
		{"prefix while typing", "kernk", []string{seed002}, []string{seed000, seed001, seed003}, ReasonPrefix},
		{"typo: substitution", "pegasis", []string{seed003}, nil, ReasonTypo},
		{"typo: swapped neighbours", "macorn", []string{seed003}, nil, ReasonTypo},
		{"typo: two edits in a long word", "inlichtnigendeinst", []string{seed000}, nil, ReasonTypo},
		// A space after the last word ends it, so that it is no prefix.
		{"compound part", "spionage ", []string{seed003, seed002}, []string{seed000}, ReasonCompound},
		{"compound part or prefix", "spionage", []string{seed003, seed002}, []string{seed000}, ReasonPrefix},
		{"compound part: modifier", "surveillance ", []string{seed003}, nil, ReasonCompound},
		{"all words must match", "chinese leger", []string{seed001}, []string{seed002, seed003}, ReasonExact},
		{"phrase", `"Shadow Brokers"`, []string{seed000}, nil, ReasonPhrase},
		{"apostrophe plural", "collega's", []string{seed001}, nil, ReasonExact},
		{"hyphenated word as a whole", "EU-diplomaten", []string{seed001}, nil, ReasonExact},
		{"hyphenated word, joined", "email", []string{seed001}, nil, ReasonStem},
		{"number with thousands separator", "100000", []string{seed000}, nil, ReasonExact},
	}
	ix := mustSeedIndex(t)
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			res := ix.Search(Query{Text: tt.query})
			ids := hitIDs(res)
			for _, id := range tt.want {
				if !slices.Contains(ids, id) {
					t.Errorf("%q: hits %v, want %s among them", tt.query, ids, id)
				}
			}
			for _, id := range tt.notWant {
				if slices.Contains(ids, id) {
					t.Errorf("%q: hits %v, do not want %s", tt.query, ids, id)
				}
			}
			if why := whyOf(res, tt.want[0]); !slices.Contains(why, tt.why) {
				t.Errorf("%q: %s matched because %v, want %q among the reasons", tt.query, tt.want[0], why, tt.why)
			}
			if res.Total != len(res.Hits) {
				t.Errorf("%q: total %d, %d hits", tt.query, res.Total, len(res.Hits))
			}
		})
	}
}

func TestSeedPhraseNeedsOrder(t *testing.T) {
	ix := mustSeedIndex(t)
	if res := ix.Search(Query{Text: `"Brokers Shadow"`}); res.Total != 0 {
		t.Errorf("reversed phrase matched %v", hitIDs(res))
	}
	// Both words are in 003, but never next to each other.
	if res := ix.Search(Query{Text: `"Macron Amazon"`}); res.Total != 0 {
		t.Errorf("words apart matched as a phrase: %v", hitIDs(res))
	}
	if res := ix.Search(Query{Text: `"Macron" Amazon`}); !slices.Equal(hitIDs(res), []string{seed003}) {
		t.Errorf("quoted word with another word: %v", hitIDs(res))
	}
}

func TestSeedEmptyQueryListsNewestFirst(t *testing.T) {
	ix := mustSeedIndex(t)
	// Text without words ("!!!", "🙂") lists nothing: see TestWithoutWords.
	for _, q := range []string{"", "   ", `"`} {
		res := ix.Search(Query{Text: q})
		want := []string{seed003, seed001, seed002, seed000}
		if got := hitIDs(res); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", q, got, want)
		}
		if res.Total != 4 || res.Facets.Months.Map()["2018-12"] != 2 || res.Facets.Months.Map()["2021-07"] != 1 {
			t.Errorf("%q: total %d, months %v", q, res.Total, res.Facets.Months)
		}
		if res.Hits[0].Snippet == "" || len(res.Hits[0].Why) != 0 {
			t.Errorf("%q: first hit %+v, want a lead snippet and no reasons", q, res.Hits[0])
		}
	}
}

func TestSeedMonthFilter(t *testing.T) {
	ix := mustSeedIndex(t)
	dec2018 := corpus.Month{Year: 2018, Month: 12}
	res := ix.Search(Query{Text: "trump", From: dec2018, To: dec2018})
	if got := hitIDs(res); len(got) != 2 || !slices.Contains(got, seed001) || !slices.Contains(got, seed002) {
		t.Errorf("trump in 2018-12: %v", got)
	}
	// The month facet ignores the month filter, so that a timeline shows
	// the other months too.
	if res.Facets.Months.Map()["2018-02"] != 1 || res.Facets.Months.Map()["2018-12"] != 2 {
		t.Errorf("month facet %v", res.Facets.Months)
	}
	if res := ix.Search(Query{From: corpus.Month{Year: 2019, Month: 1}}); !slices.Equal(hitIDs(res), []string{seed003}) {
		t.Errorf("from 2019-01: %v", hitIDs(res))
	}
	if res := ix.Search(Query{To: corpus.Month{Year: 2018, Month: 2}}); !slices.Equal(hitIDs(res), []string{seed000}) {
		t.Errorf("to 2018-02: %v", hitIDs(res))
	}
}

func TestSeedSnippetMarksMatches(t *testing.T) {
	ix := mustSeedIndex(t)
	res := ix.Search(Query{Text: "pegasus amazon"})
	if len(res.Hits) != 1 {
		t.Fatalf("hits %v", hitIDs(res))
	}
	h := res.Hits[0]
	runes := []rune(h.Snippet)
	if len(h.Spans) < 2 {
		t.Fatalf("snippet %q spans %v, want both words marked", h.Snippet, h.Spans)
	}
	marked := map[string]bool{}
	for _, s := range h.Spans {
		marked[strings.ToLower(string(runes[s[0]:s[1]]))] = true
	}
	if !marked["pegasus"] || !marked["amazon"] {
		t.Errorf("snippet %q marks %v", h.Snippet, marked)
	}
}

func TestSeedTitleSpans(t *testing.T) {
	ix := mustSeedIndex(t)
	res := ix.Search(Query{Text: "macrons"})
	if len(res.Hits) == 0 || res.Hits[0].Doc.ID != seed003 {
		t.Fatalf("hits %v", hitIDs(res))
	}
	h := res.Hits[0]
	title := []rune(h.Doc.Title)
	if len(h.TitleSpans) != 1 || string(title[h.TitleSpans[0][0]:h.TitleSpans[0][1]]) != "Macrons" {
		t.Errorf("title %q spans %v", h.Doc.Title, h.TitleSpans)
	}
}

func TestSeedSuggestion(t *testing.T) {
	ix := mustSeedIndex(t)
	tests := []struct{ query, want string }{
		{"pgsus", "Pegasus"},   // matches nothing: two edits in a short word
		{"pegasis", "Pegasus"}, // matches by typo only
		{"pegasus", ""},        // known word
		{"macron pgsus", "macron Pegasus"},
		{"xqzwv", ""}, // nothing close
	}
	for _, tt := range tests {
		if got := ix.Search(Query{Text: tt.query}).Suggestion; got != tt.want {
			t.Errorf("suggestion for %q = %q, want %q", tt.query, got, tt.want)
		}
	}
}
