package search

import (
	"slices"
	"testing"
)

// A flag emoji names its country, as the country's name does.
func TestFlagFindsItsCountry(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	for flag, name := range map[string]string{"🇫🇷": "Frankrijk", "🇲🇦": "Marokko", "🇨🇾": "Cyprus"} {
		want := ix.Search(Query{Text: name})
		got := ix.Search(Query{Text: flag})
		if got.Total == 0 || !slices.Equal(hitIDs(got), hitIDs(want)) {
			t.Errorf("%s: hits %v, want those of %s, %v", flag, hitIDs(got), name, hitIDs(want))
		}
		for _, h := range got.Hits {
			if !slices.Equal(h.Why, []Reason{ReasonCountry}) {
				t.Errorf("%s: %s matched because %v", flag, h.Doc.ID, h.Why)
			}
		}
	}
	// Bhutan is in no article, and the EU's flag names no country.
	for _, flag := range []string{"🇧🇹", "🇧🇹 ", "🇪🇺", "🇦🇦"} {
		if res := ix.Search(Query{Text: flag}); res.Total != 0 {
			t.Errorf("%q: %d hits %v, want none", flag, res.Total, hitIDs(res))
		}
	}
	if res := ix.Search(Query{Text: "🇫🇷 pegasus"}); !slices.Equal(hitIDs(res), []string{seed003}) {
		t.Errorf("a flag and a word: %v", hitIDs(res))
	}
}

// A flag in an article is a word of its own: the flag finds it, its letters
// do not.
func TestFlagInAnArticle(t *testing.T) {
	ix := build(t, Options{},
		doc("flag", "2020-01", "Bericht", filler+" Parijs 🇫🇷 zweeg."),
		doc("letters", "2020-01", "Bericht", filler+" Zie lemonde.fr en de franc."),
	)
	for query, want := range map[string][]string{"🇫🇷": {"flag"}, "fr": {"letters"}, "fr ": {"letters"}, "🇩🇪": nil} {
		res := ix.Search(Query{Text: query})
		if got := hitIDs(res); !slices.Equal(got, want) || res.Total != len(want) {
			t.Errorf("%q: hits %v, want %v", query, got, want)
		}
	}
	res := ix.Search(Query{Text: "🇫🇷"})
	if len(res.Hits) == 1 && !slices.Equal(marked(res.Hits[0].Snippet, res.Hits[0].Spans), []string{"🇫🇷"}) {
		t.Errorf("🇫🇷 marks %q in %q", marked(res.Hits[0].Snippet, res.Hits[0].Spans), res.Hits[0].Snippet)
	}
}
