package search

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/corpus"
)

// markedIn lists the marked stretches of a document's paragraphs, in order.
func markedIn(d *corpus.Document, h Highlights) []string {
	var out []string
	for i, spans := range h.Paragraphs {
		runes := []rune(d.Paragraphs[i].Text)
		for _, sp := range spans {
			out = append(out, string(runes[sp[0]:sp[1]]))
		}
	}
	return out
}

// covered reports whether every occurrence of word in the paragraphs of d
// lies inside a span, and how many there are.
func covered(d *corpus.Document, h Highlights, word string) (n int, ok bool) {
	for i, p := range d.Paragraphs {
		for at := 0; ; {
			k := strings.Index(p.Text[at:], word)
			if k < 0 {
				break
			}
			start := utf8.RuneCountInString(p.Text[:at+k])
			end := start + utf8.RuneCountInString(word)
			at += k + len(word)
			n++
			var spans [][2]int
			if h.Paragraphs != nil {
				spans = h.Paragraphs[i]
			}
			inside := false
			for _, sp := range spans {
				if sp[0] <= start && end <= sp[1] {
					inside = true
				}
			}
			if !inside {
				return n, false
			}
		}
	}
	return n, n > 0
}

func seedDoc(t *testing.T, ix *Index, id string) *corpus.Document {
	t.Helper()
	for _, d := range ix.Docs() {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no document %s", id)
	return nil
}

func TestHighlightSeed(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	tests := []struct {
		rule, query, id, word string
		count                 int // occurrences of word, all marked
	}{
		{"typo", "pegasis", seed003, "Pegasus", 5},
		{"inflection", "hacker", seed001, "hackers", 2},
		{"inflection", "hacker", seed002, "hackers", 1},
		{"prefix", "kernk", seed002, "kernkoppen", 1},
		{"compound part", "spionage ", seed003, "cyberspionagedoelwitten", 1},
		{"compound part", "spionage ", seed003, "spionageprogramma", 1},
		// Still being typed, "spionage" is a prefix of "spionageprogramma":
		// the stronger guess, and the only one marked.
		{"prefix", "spionage", seed003, "spionageprogramma", 1},
		{"country mention", "Frankrijk", seed003, "Franse", 2},
		{"phrase", `"Shadow Brokers"`, seed000, "Shadow", 1},
		{"phrase", `"Shadow Brokers"`, seed000, "Brokers", 1},
	}
	for _, tt := range tests {
		d := seedDoc(t, ix, tt.id)
		h := ix.Highlight(Query{Text: tt.query}, d)
		if n, ok := covered(d, h, tt.word); !ok || n != tt.count {
			t.Errorf("%s: %q in %s marks %q; want all %d of %q", tt.rule, tt.query, tt.id, markedIn(d, h), tt.count, tt.word)
		}
		if h.Paragraphs != nil && len(h.Paragraphs) != len(d.Paragraphs) {
			t.Errorf("%s: %d paragraph lists for %d paragraphs", tt.rule, len(h.Paragraphs), len(d.Paragraphs))
		}
		checkSpansWithin(t, tt.query, d.Title, h.Title)
		for i, spans := range h.Paragraphs {
			checkSpansWithin(t, tt.query, d.Paragraphs[i].Text, spans)
		}
	}
}

// TestHighlightAgreesWithSnippets: the reader marks what the results list
// marks, because both come from one highlighter.
func TestHighlightAgreesWithSnippets(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	for _, q := range []string{"pegasis", "hacker", "kernk", "spionage", "Frankrijk", `"Shadow Brokers"`, "china hack"} {
		for _, hit := range ix.Search(Query{Text: q}).Hits {
			h := ix.Highlight(Query{Text: q}, hit.Doc)
			if len(hit.TitleSpans) != len(h.Title) {
				t.Errorf("%q in %s: title spans %v, highlight %v", q, hit.Doc.ID, hit.TitleSpans, h.Title)
			}
			if len(hit.Spans) > 0 && h.Paragraphs == nil {
				t.Errorf("%q in %s: the snippet has matches, the article none", q, hit.Doc.ID)
			}
		}
	}
}

func TestHighlightPhraseOccurrencesOnly(t *testing.T) {
	d := doc("d", "2020-01", "De dienst", "De dienst was geheim.", "De geheime dienst wist ervan, de dienst niet.")
	ix := build(t, Options{}, d)
	h := ix.Highlight(Query{Text: `"geheime dienst"`}, d)
	if got := markedIn(d, h); len(got) != 2 || got[0] != "geheime" || got[1] != "dienst" || h.Paragraphs[1][1] != [2]int{11, 17} {
		t.Errorf("phrase marks %q at %v, want the one occurrence", got, h.Paragraphs)
	}
	if h.Title != nil {
		t.Errorf("phrase marks the title's lone word: %v", h.Title)
	}
	// Unquoted, every word is marked wherever it is.
	if got := markedIn(d, ix.Highlight(Query{Text: "dienst"}, d)); len(got) != 3 {
		t.Errorf("\"dienst\" marks %q, want 3", got)
	}
}

func TestHighlightNothing(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	d := seedDoc(t, ix, seed003)
	for _, q := range []string{"", "   ", `""`, "!!!", "qqqzzzx"} {
		if h := ix.Highlight(Query{Text: q}, d); h.Title != nil || h.Paragraphs != nil {
			t.Errorf("%q marks %v", q, h)
		}
	}
	if h := ix.Highlight(Query{Text: "pegasus"}, nil); h.Title != nil || h.Paragraphs != nil {
		t.Errorf("a nil document is marked: %v", h)
	}
	// A document the index does not hold is marked by its words.
	other := doc("other", "2020-01", "Pegasus", "Over Pegasus.")
	if h := ix.Highlight(Query{Text: "pegasis"}, other); len(h.Title) != 1 || len(h.Paragraphs) != 1 || len(h.Paragraphs[0]) != 1 {
		t.Errorf("an unindexed document: %v", h)
	}
}

// TestHighlightACopy: a copy of an indexed article (as a reloaded library
// gives) is marked as the article itself, country mentions included.
func TestHighlightACopy(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	d := seedDoc(t, ix, seed003)
	c := *d
	for _, q := range []string{"Frankrijk", "pegasis", "spionage", `"Franse president"`, "macron telefoon"} {
		want, got := ix.Highlight(Query{Text: q}, d), ix.Highlight(Query{Text: q}, &c)
		if !slices.EqualFunc(want.Paragraphs, got.Paragraphs, slices.Equal) || !slices.Equal(want.Title, got.Title) || want.Paragraphs == nil {
			t.Errorf("%q: the copy is marked %v %v, the article %v %v", q, got.Title, got.Paragraphs, want.Title, want.Paragraphs)
		}
	}
}
