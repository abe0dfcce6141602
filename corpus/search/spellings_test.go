package search

import (
	"slices"
	"testing"

	"dossier/corpus/geo"
)

// spellingOptions uses the gazetteer's spellings, and no countries.
func spellingOptions() Options { return Options{Spellings: geo.DefaultSpellings().Of} }

func TestSpellingsFindTheDutchSpelling(t *testing.T) {
	ix := build(t, spellingOptions(),
		doc("zelenski", "2022-03", "Bericht", filler+" President Zelenski sprak het parlement toe."),
		doc("kiev", "2022-03", "Bericht", filler+" In Kiev klonk luchtalarm."),
		doc("poetin", "2022-03", "Bericht", filler+" Poetins woordvoerder ontkende; Poetin zweeg."),
		doc("peking", "2022-03", "Bericht", filler+" Peking reageerde niet."),
		doc("none", "2022-03", "Bericht", filler+" Niemand zweeg."),
	)
	for _, c := range []struct {
		query, want string
		marks       []string
	}{
		{"Zelensky ", "zelenski", []string{"Zelenski"}},
		{"zelenskyy ", "zelenski", []string{"Zelenski"}},
		{"Kyiv ", "kiev", []string{"Kiev"}},
		{"Putin ", "poetin", []string{"Poetins", "Poetin"}},
		{"Beijing ", "peking", []string{"Peking"}},
		{"Beijing", "peking", []string{"Peking"}}, // also while typing
	} {
		res := ix.Search(Query{Text: c.query})
		if got := hitIDs(res); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q: hits %v, want %s", c.query, got, c.want)
			continue
		}
		h := res.Hits[0]
		if !slices.Equal(h.Why, []Reason{ReasonSpelling}) {
			t.Errorf("%q: matched because %v, want spelling", c.query, h.Why)
		}
		if got := marked(h.Snippet, h.Spans); !slices.Equal(got, c.marks) {
			t.Errorf("%q: marks %q in %q, want %q", c.query, got, h.Snippet, c.marks)
		}
		if res.Suggestion != "" {
			t.Errorf("%q: suggests %q for a word the articles spell otherwise", c.query, res.Suggestion)
		}
	}
	// And back: the Dutch spelling finds the English one.
	ix2 := build(t, spellingOptions(), doc("kyiv", "2022-03", "Bericht", filler+" In Kyiv klonk luchtalarm."))
	if res := ix2.Search(Query{Text: "Kiev "}); !slices.Equal(hitIDs(res), []string{"kyiv"}) || !slices.Equal(res.Hits[0].Why, []Reason{ReasonSpelling}) {
		t.Errorf("Kiev: %v %+v", hitIDs(res), res.Hits)
	}
	// Quotes ask for the word itself.
	if got := hitIDs(ix.Search(Query{Text: `"Putin"`})); len(got) != 0 {
		t.Errorf(`"Putin": %v, want nothing`, got)
	}
	// Without the option, a spelling is only a word.
	plain := build(t, Options{}, doc("poetin", "2022-03", "Bericht", filler+" Poetin zweeg."))
	if got := hitIDs(plain.Search(Query{Text: "Putin "})); len(got) != 0 {
		t.Errorf("Putin without spellings: %v", got)
	}
}

func TestSpellingEvidenceOrder(t *testing.T) {
	// "Putin" as written ranks above its other spelling, which ranks above
	// a country mention, a prefix and a typo.
	opts := fakeCountries(map[string]string{"Rusland": "RU"}, map[string][]string{"putin": {"RU"}})
	opts.Spellings = geo.DefaultSpellings().Of
	ix := build(t, opts,
		doc("typo", "2022-01", "Bericht", filler+" Mr Putim sprak."),
		doc("prefix", "2022-01", "Bericht", filler+" Het putinisme sprak."),
		doc("country", "2022-01", "Bericht", filler+" Rusland sprak."),
		doc("spelling", "2022-01", "Bericht", filler+" Poetin sprak."),
		doc("exact", "2022-01", "Bericht", filler+" Putin sprak."),
	)
	res := ix.Search(Query{Text: "putin"})
	want := []string{"exact", "spelling", "country", "prefix", "typo"}
	if got := hitIDs(res); !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	for _, h := range res.Hits {
		if len(h.Why) != 1 || string(h.Why[0]) != h.Doc.ID {
			t.Errorf("%s matched because %v", h.Doc.ID, h.Why)
		}
	}
}

func TestSpellingsKeepTheOtherRules(t *testing.T) {
	ix := build(t, spellingOptions(),
		doc("kievse", "2022-01", "Bericht", filler+" Het Kievse stadsbestuur zweeg."),
		doc("zelensky", "2022-01", "Bericht", filler+" Zelensky zweeg."),
		doc("moskou", "2022-01", "Bericht", filler+" Moskouse diplomaten zwegen."),
	)
	for _, c := range []struct {
		query string
		want  []string
		why   Reason
	}{
		{"Kie", []string{"kievse"}, ReasonPrefix},        // a prefix is a prefix, as before
		{"Zelenksy ", []string{"zelensky"}, ReasonTypo},  // a typo of a word the articles write
		{"Zelensky ", []string{"zelensky"}, ReasonExact}, // the word itself, not its other spelling
		{"Moskou", []string{"moskou"}, ReasonPrefix},     // typing on
		{"Moscow ", nil, ""},                             // "Moskouse" is no spelling of Moscow
	} {
		res := ix.Search(Query{Text: c.query})
		if got := hitIDs(res); !slices.Equal(got, c.want) {
			t.Errorf("%q: hits %v, want %v", c.query, got, c.want)
			continue
		}
		if len(c.want) > 0 && !slices.Equal(res.Hits[0].Why, []Reason{c.why}) {
			t.Errorf("%q: matched because %v, want %v", c.query, res.Hits[0].Why, c.why)
		}
	}
}
