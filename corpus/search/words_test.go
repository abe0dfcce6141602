package search

import (
	"slices"
	"strings"
	"testing"

	"dossier/corpus"
)

// mustHit returns the hit of document id in res, or fails.
func mustHit(t *testing.T, res Result, id string) Hit {
	t.Helper()
	for _, h := range res.Hits {
		if h.Doc.ID == id {
			return h
		}
	}
	t.Fatalf("no hit %s among %v", id, hitIDs(res))
	return Hit{}
}

// TestWordsPerReason: each hit says, for each word of the query, its
// strongest evidence in the article and the words that matched, as written.
func TestWordsPerReason(t *testing.T) {
	evidence := build(t, Options{},
		doc("typo", "2020-01", "Bericht", filler+" De diplonaat sprak."),
		doc("compound", "2020-01", "Bericht", filler+" De topdiplomaat sprak."),
		doc("prefix", "2020-01", "Bericht", filler+" Het diplomaatschap sprak."),
		doc("stem", "2020-01", "Bericht", filler+" De Diplomaten sprak."),
		doc("exact", "2020-01", "Diplomaat", filler+" De diplomaat sprak, de diplomaten zwegen."),
		doc("phrase", "2020-01", "Bericht", filler+" De geheime dienst wist het, de dienst zweeg."),
	)
	spellings := build(t, spellingOptions(), doc("poetin", "2022-03", "Bericht", filler+" Poetins woordvoerder ontkende; Poetin zweeg."))
	countries := mustSeedGeoIndex(t)
	tests := []struct {
		name  string
		ix    *Index
		query string
		id    string
		want  []WordMatch
		// has, when set, is a form the only word must have, among others.
		has string
	}{
		{"exact, its inflection marked too", evidence, "diplomaat", "exact",
			[]WordMatch{{"diplomaat", ReasonExact, []string{"Diplomaat", "diplomaat", "diplomaten"}}}, ""},
		{"stem", evidence, "diplomaat", "stem", []WordMatch{{"diplomaat", ReasonStem, []string{"Diplomaten"}}}, ""},
		{"prefix", evidence, "diplomaat", "prefix", []WordMatch{{"diplomaat", ReasonPrefix, []string{"diplomaatschap"}}}, ""},
		{"compound", evidence, "diplomaat", "compound", []WordMatch{{"diplomaat", ReasonCompound, []string{"topdiplomaat"}}}, ""},
		{"typo", evidence, "diplomaat", "typo", []WordMatch{{"diplomaat", ReasonTypo, []string{"diplonaat"}}}, ""},
		{"phrase, as typed, quotes included", evidence, `"Geheime  dienst" sprak`, "phrase",
			[]WordMatch{{`"Geheime  dienst"`, ReasonPhrase, []string{"geheime dienst"}}, {"sprak", ReasonExact, []string{"sprak"}}}, ""},
		{"spelling", spellings, "Putin ", "poetin", []WordMatch{{"Putin", ReasonSpelling, []string{"Poetins", "Poetin"}}}, ""},
		{"country", countries, "Fransen ", seed003, []WordMatch{{"Fransen", ReasonCountry, nil}}, "Franse"},
		{"country", countries, "Frankrijk", seed003, []WordMatch{{"Frankrijk", ReasonCountry, nil}}, "Franse"},
		{"typo, and words in query order", countries, "pegasis Macron", seed003,
			[]WordMatch{{"pegasis", ReasonTypo, []string{"Pegasus"}}, {"Macron", ReasonExact, []string{"Macrons", "Macron"}}}, ""},
	}
	for _, tt := range tests {
		h := mustHit(t, tt.ix.Search(Query{Text: tt.query}), tt.id)
		if tt.has != "" {
			w := h.Words
			if len(w) != 1 || w[0].Query != tt.want[0].Query || w[0].Reason != tt.want[0].Reason || !slices.Contains(w[0].Forms, tt.has) {
				t.Errorf("%s: %q in %s: words %+v, want %s with %q", tt.name, tt.query, tt.id, w, tt.want[0].Reason, tt.has)
			}
			continue
		}
		if !wordsEqual(h.Words, tt.want) {
			t.Errorf("%s: %q in %s: words %+v, want %+v", tt.name, tt.query, tt.id, h.Words, tt.want)
		}
	}
}

func wordsEqual(a, b []WordMatch) bool {
	return slices.EqualFunc(a, b, func(x, y WordMatch) bool {
		return x.Query == y.Query && x.Reason == y.Reason && slices.Equal(x.Forms, y.Forms)
	})
}

// TestGuessesMarkedOnlyWithoutTheWord: a typo neighbour, prefix or compound
// is marked only in an article that lacks the word itself, and then only
// the strongest kind of guess; snippet, reader and Words agree.
func TestGuessesMarkedOnlyWithoutTheWord(t *testing.T) {
	both := doc("both", "2020-01", "Bericht", filler+" De spion sprak met de spian.")
	typo := doc("typo", "2020-01", "Bericht", filler+" Alleen de spian sprak.")
	guesses := doc("guesses", "2020-01", "Bericht", filler+" De topspion sprak met de spian.")
	ix := build(t, Options{}, both, typo, guesses)
	tests := []struct {
		d      *corpus.Document
		reason Reason
		marks  []string
	}{
		{both, ReasonExact, []string{"spion"}},
		{typo, ReasonTypo, []string{"spian"}},
		{guesses, ReasonCompound, []string{"topspion"}},
	}
	res := ix.Search(Query{Text: "spion "})
	for _, tt := range tests {
		h := mustHit(t, res, tt.d.ID)
		if got := marked(h.Snippet, h.Spans); !slices.Equal(got, tt.marks) {
			t.Errorf("%s: the snippet marks %q, want %q", tt.d.ID, got, tt.marks)
		}
		if got := markedIn(tt.d, ix.Highlight(Query{Text: "spion "}, tt.d)); !slices.Equal(got, tt.marks) {
			t.Errorf("%s: the reader marks %q, want %q", tt.d.ID, got, tt.marks)
		}
		if want := []WordMatch{{"spion", tt.reason, tt.marks}}; !wordsEqual(h.Words, want) {
			t.Errorf("%s: words %+v, want %+v", tt.d.ID, h.Words, want)
		}
	}
}

// TestWordsOfAMissingClause: an article that lacks a clause (as hits may in
// partial mode) says so, with no reason and no forms.
func TestWordsOfAMissingClause(t *testing.T) {
	d := doc("d", "2020-01", "Bericht", filler+" De spion sprak.")
	ix := build(t, Options{}, d)
	compiled, _, _ := ix.compile("spion ontbreekt")
	hl := ix.newHighlighter("spion ontbreekt", compiled)
	h := Hit{Doc: d}
	hl.annotate(&h, 0)
	want := []WordMatch{{"spion", ReasonExact, []string{"spion"}}, {"ontbreekt", "", nil}}
	if !wordsEqual(h.Words, want) {
		t.Errorf("words %+v, want %+v", h.Words, want)
	}
	if got := marked(h.Snippet, h.Spans); !slices.Equal(got, []string{"spion"}) {
		t.Errorf("marks %q", got)
	}
}

// TestWordsFromOtherParagraphs: a word that is neither in the title nor in
// the snippet's paragraph still has its form, from where it is.
func TestWordsFromOtherParagraphs(t *testing.T) {
	d := doc("d", "2020-01", "Bericht", "De hackers sloegen toe, de hackers, de hackers.", filler, "Later sprak de minister.")
	ix := build(t, Options{}, d)
	h := mustHit(t, ix.Search(Query{Text: "hackers minister "}), "d")
	want := []WordMatch{{"hackers", ReasonExact, []string{"hackers"}}, {"minister", ReasonExact, []string{"minister"}}}
	if !wordsEqual(h.Words, want) {
		t.Errorf("words %+v, want %+v", h.Words, want)
	}
}

// TestSpansAreForms: every word a hit marks, in its title or snippet, is one
// of the forms its Words give (or inside one, for a phrase).
func TestSpansAreForms(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	for _, q := range []string{"pegasis", "hacker", "kernk", "spionage ", "spion", "Frankrijk", "Fransen ",
		`"Shadow Brokers"`, "china hack", "macorn pegasis", "Putin ", "VS", "Verenigde Staten"} {
		for _, h := range ix.Search(Query{Text: q}).Hits {
			if len(h.Words) == 0 {
				t.Errorf("%q in %s: no words", q, h.Doc.ID)
			}
			marks := append(marked(h.Snippet, h.Spans), marked(h.Doc.Title, h.TitleSpans)...)
			for _, m := range marks {
				in := false
				for _, w := range h.Words {
					for _, f := range w.Forms {
						in = in || strings.Contains(f, m)
					}
				}
				if !in {
					t.Errorf("%q in %s: %q is marked, but the forms are %+v", q, h.Doc.ID, m, h.Words)
				}
			}
		}
	}
}
