package search

import (
	"strings"
	"testing"
)

func TestWithoutWords(t *testing.T) {
	ix := mustSeedIndex(t)
	for _, tt := range []struct {
		text string
		all  bool // every article, else none
	}{
		{"", true},
		{"   ", true},
		{`"`, true},
		{`"" “”`, true},
		{"\u200b", true},
		{"🙂", false},
		{"🙂🙂🙂", false},
		{"!!!", false},
		{"!!! ??? …", false},
		{"---", false},
		{"\x00", false},
		{"🇫", false},
		{strings.Repeat("a", 10000), false}, // one word, longer than the parser reads
	} {
		q := Query{Text: tt.text}
		res := ix.Search(q)
		switch {
		case tt.all && (res.Total != 4 || len(res.Hits) != 4 || res.Mode != ModeAll):
			t.Errorf("%q: total %d, %d hits, mode %s; want every article", tt.text, res.Total, len(res.Hits), res.Mode)
		case !tt.all && (res.Total != 0 || len(res.Hits) != 0 || res.Mode != ModeNoWords):
			t.Errorf("%q: total %d, %d hits, mode %s; want none, %s", tt.text, res.Total, len(res.Hits), res.Mode, ModeNoWords)
		}
		if !tt.all && (len(res.Facets.Countries) != 0 || res.Facets.Months.Total() != 0 || len(res.Facets.Months.Counts) == 0) {
			t.Errorf("%q: facets %+v, want every month at 0", tt.text, res.Facets)
		}
	}
}
