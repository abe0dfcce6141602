package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"dossier/corpus"
)

// One test per rule of ranking.go, each on a few hand-made articles that
// differ only in what the rule is about.

// rankingOptions give every kind of evidence something to match: "Poetin"
// is another spelling of "putin", and "Diplomatië" and "Moskou" are
// mentions of the countries XX and RU, which "diplomaat" and "putin" name.
func rankingOptions() Options {
	opts := fakeCountries(map[string]string{"Diplomatië": "XX", "Moskou": "RU"},
		map[string][]string{"diplomaat": {"XX"}, "putin": {"RU"}})
	opts.Spellings = func(word string) []string {
		if word == "putin" {
			return []string{"Poetin"}
		}
		return nil
	}
	return opts
}

// rankCase is a query and articles, one per id, that it must rank in the
// order given, each for the reason given.
type rankCase struct {
	name, query string
	articles    []rankArticle // best first
}

type rankArticle struct {
	id, title, body string
	why             Reason
}

func (c rankCase) check(t *testing.T) {
	t.Helper()
	var docs []*corpus.Document
	var want []string
	for _, a := range c.articles {
		docs = append(docs, doc(a.id, "2020-01", a.title, a.body))
		want = append(want, a.id)
	}
	res := build(t, rankingOptions(), docs...).Search(Query{Text: c.query})
	if got := hitIDs(res); !slices.Equal(got, want) {
		t.Fatalf("%q: order %v, want %v", c.query, got, want)
	}
	for i, a := range c.articles {
		if got := res.Hits[i].Why; len(got) != 1 || got[0] != a.why {
			t.Errorf("%q: %s matched because %v, want %s", c.query, a.id, got, a.why)
		}
		if i > 0 && res.Hits[i-1].Score <= res.Hits[i].Score {
			t.Errorf("%q: %s scores %v, not above %s's %v", c.query, res.Hits[i-1].Doc.ID, res.Hits[i-1].Score, a.id, res.Hits[i].Score)
		}
	}
}

// times repeats a word n times, as a sentence.
func times(word string, n int) string {
	return strings.TrimSpace(strings.Repeat(word+" ", n)) + "."
}

func TestRankLiteralBeforeGuess(t *testing.T) {
	// The literal match is once in the body, the guess in the title and
	// three times in the body.
	long := strings.Repeat(filler+" ", 4)
	for _, c := range []rankCase{
		{"exact above a prefix", "spion", []rankArticle{
			{"literal", "Bericht", filler + " Een spion sprak.", ReasonExact},
			{"guess", "Spionage in Den Haag", filler + " " + times("Spionage", 3), ReasonPrefix},
		}},
		{"exact in a long article above a typo", "pegasus ", []rankArticle{
			{"literal", "Bericht", long + "Pegasus.", ReasonExact},
			{"guess", "Pegasos in opspraak", filler + " " + times("Pegasos", 3), ReasonTypo},
		}},
		{"stem above a compound", "diplomaat ", []rankArticle{
			{"literal", "Bericht", filler + " De diplomaten zwegen.", ReasonStem},
			{"guess", "Topdiplomaat vertrekt", filler + " " + times("Topdiplomaat", 3), ReasonCompound},
		}},
		{"spelling above a typo", "putin ", []rankArticle{
			{"literal", "Bericht", filler + " Poetin zweeg.", ReasonSpelling},
			{"guess", "Putim zwijgt", filler + " " + times("Putim", 3), ReasonTypo},
		}},
		{"country above a prefix", "diplomaat", []rankArticle{
			{"literal", "Bericht", filler + " Het Diplomatië zweeg.", ReasonCountry},
			{"guess", "Diplomaatschap in opspraak", filler + " " + times("Diplomaatschap", 3), ReasonPrefix},
		}},
	} {
		t.Run(c.name, c.check)
	}
}

func TestRankTitleAboveBody(t *testing.T) {
	// For each kind of evidence: once in the title beats three times in
	// the body.
	for _, c := range []struct {
		why          Reason
		query, words string
	}{
		{ReasonExact, "pegasus ", "Pegasus"},
		{ReasonStem, "diplomaat ", "Diplomaten"},
		{ReasonSpelling, "putin ", "Poetin"},
		{ReasonCountry, "diplomaat ", "Diplomatië"},
		{ReasonPrefix, "kernk", "Kernkoppen"},
		{ReasonCompound, "spionage ", "Cyberspionage"},
		{ReasonTypo, "pegasus ", "Pegasos"},
		{ReasonPhrase, `"geheime dienst"`, "Geheime dienst"},
	} {
		t.Run(string(c.why), rankCase{query: c.query, articles: []rankArticle{
			{"title", c.words + " in opspraak", filler, c.why},
			{"body", "Bericht", filler + " " + times(c.words, 3), c.why},
		}}.check)
	}
}

func TestRankEvidenceWeights(t *testing.T) {
	// The same place, the same length: the stronger evidence first.
	body := func(word string) string { return filler + " Het " + word + " zweeg." }
	for _, c := range []rankCase{
		{"exact above stem", "diplomaat ", []rankArticle{
			{"exact", "Bericht", body("diplomaat"), ReasonExact},
			{"stem", "Bericht", body("diplomaten"), ReasonStem},
		}},
		{"stem above spelling", "putin ", []rankArticle{
			{"stem", "Bericht", body("Putins"), ReasonStem},
			{"spelling", "Bericht", body("Poetin"), ReasonSpelling},
		}},
		{"spelling above country", "putin ", []rankArticle{
			{"spelling", "Bericht", body("Poetin"), ReasonSpelling},
			{"country", "Bericht", body("Moskou"), ReasonCountry},
		}},
		{"country above prefix", "diplomaat", []rankArticle{
			{"country", "Bericht", body("Diplomatië"), ReasonCountry},
			{"prefix", "Bericht", body("diplomaatschap"), ReasonPrefix},
		}},
		{"prefix above compound", "diplomaat", []rankArticle{
			{"prefix", "Bericht", body("diplomaatschap"), ReasonPrefix},
			{"compound", "Bericht", body("topdiplomaat"), ReasonCompound},
		}},
		{"compound above typo", "diplomaat ", []rankArticle{
			{"compound", "Bericht", body("topdiplomaat"), ReasonCompound},
			{"typo", "Bericht", body("diplonaat"), ReasonTypo},
		}},
		{"one edit above two", "kernwapens ", []rankArticle{
			{"one", "Bericht", body("kernwapans"), ReasonTypo},
			{"two", "Bericht", body("kernwepans"), ReasonTypo},
		}},
	} {
		t.Run(c.name, c.check)
	}
}

func TestRankTermFrequency(t *testing.T) {
	for _, c := range []rankCase{
		{"more often first", "spionage ", []rankArticle{
			{"often", "Bericht", filler + " Spionage en spionage.", ReasonExact},
			{"once", "Bericht", filler + " Spionage en inlichtingen.", ReasonExact},
		}},
		{"shorter first", "spionage ", []rankArticle{
			{"short", "Bericht", filler + " Spionage.", ReasonExact},
			{"long", "Bericht", filler + " " + filler + " Spionage.", ReasonExact},
		}},
	} {
		t.Run(c.name, c.check)
	}
}

func TestRankBestMatchPerWord(t *testing.T) {
	// Many forms of a word count as its best one: "diplomaten" and
	// "topdiplomaten" do not add up to more than "diplomaat".
	rankCase{query: "diplomaat ", articles: []rankArticle{
		{"exact", "Bericht", filler + " De diplomaat sprak met hen daar.", ReasonExact},
		{"many", "Bericht", filler + " De diplomaten en topdiplomaten spraken daar.", ReasonStem},
	}}.check(t)
}

func TestRankRarerWordDecides(t *testing.T) {
	// Each article matches one word literally and the other as a
	// compound; the one with the rarer word literally comes first, in
	// either order of the query's words.
	docs := []*corpus.Document{
		doc("rare", "2020-01", "Bericht", filler+" Pegasus en de regeringsleider."),
		doc("common", "2020-01", "Bericht", filler+" Pegasusaffaire en de regering."),
	}
	for i := range 6 {
		docs = append(docs, doc(fmt.Sprint("noise", i), "2020-01", "Bericht", filler+" De regering zweeg."))
	}
	ix := build(t, Options{}, docs...)
	for _, q := range []string{"pegasus regering ", "regering pegasus "} {
		res := ix.Search(Query{Text: q})
		if got := hitIDs(res); !slices.Equal(got, []string{"rare", "common"}) {
			t.Errorf("%q: order %v, want the rarer word's literal match first", q, got)
		}
		for _, h := range res.Hits {
			if !slices.Equal(h.Why, []Reason{ReasonExact, ReasonCompound}) {
				t.Errorf("%q: %s matched because %v", q, h.Doc.ID, h.Why)
			}
		}
	}
}

func TestRankTiesNewestFirst(t *testing.T) {
	ix := build(t, Options{},
		doc("old", "2010-05", "Bericht", filler+" Spionage."),
		doc("new", "2020-05", "Bericht", filler+" Spionage."),
		doc("mid", "2015-05", "Bericht", filler+" Spionage."),
	)
	for _, q := range []string{"spionage ", ""} {
		if got := hitIDs(ix.Search(Query{Text: q})); !slices.Equal(got, []string{"new", "mid", "old"}) {
			t.Errorf("%q: order %v, want newest first", q, got)
		}
	}
}

// TestMatchScoreBounds checks the two strongest rules on the scores
// themselves, for every kind of evidence and any frequency.
func TestMatchScoreBounds(t *testing.T) {
	// Document 0 is of average length, document 1 a thousand times as
	// long. The fullest body is an average one with the most occurrences a
	// posting records; the weakest match is once in the longest body.
	ix := &Index{lengthNorm: []float32{bm25K1, bm25K1 * (1 - bm25B + bm25B*1000)}}
	most := ix.impact(0, maxBodyFreq, false)
	for evidence := range tierCount {
		weight := evidence.weight()
		title := matchScore(evidence, weight, ix.impact(0, 0, true))
		if body := matchScore(evidence, weight, most); title <= body {
			t.Errorf("%s: in the title only %v, not above the fullest body's %v", evidence.reason(), title, body)
		}
		if !evidence.literal() {
			continue
		}
		weakest := matchScore(evidence, weight, ix.impact(1, 1, false))
		for guess := range tierCount {
			if guess.literal() {
				continue
			}
			if strongest := matchScore(guess, guess.weight(), most|titleFlag); weakest <= strongest {
				t.Errorf("%s once in a body scores %v, not above %s in the title and the fullest body, %v",
					evidence.reason(), weakest, guess.reason(), strongest)
			}
		}
	}
}
