package search

import (
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/corpus/geo"
	"dossier/corpus/text"
)

// FuzzParseQuery checks what the rest of the engine relies on in a parsed
// query, for any text typed or pasted: at most MaxClauses clauses, none
// empty, phrases of at most maxPhraseWords words, offsets inside the text
// and in order, only the last clause a prefix, and no clause twice.
func FuzzParseQuery(f *testing.F) {
	for _, seed := range []string{
		"", "pegasis", `"europese diplomaten"`, `"open`, `""`, "„typografisch” citaat",
		"EU-diplomaten e-mail 100.000", "Verenigde Staten", "de Verenigde  Staten en Frankrijk",
		"Noord Korea Korea", "Saudi-Arabië", "\xff\xfe", "¾ ½", "spionage spionage",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z",
		strings.Repeat(" ", maxParsedRunes-3) + "EU-diplomaten", strings.Repeat("x ", maxParsedTokens+1),
		"pegasis " + strings.Repeat("🙂", maxParsedRunes) + " macron", strings.Repeat("习近平", 700),
	} {
		f.Add(seed, false)
	}
	names := geo.Default().Lookup
	f.Fuzz(func(t *testing.T, query string, withNames bool) {
		var a text.Analyzer
		lookup := names
		if !withNames {
			lookup = nil
		}
		clauses := parseQuery(&a, query, lookup)
		if len(clauses) > MaxClauses {
			t.Fatalf("%q: %d clauses, more than %d", query, len(clauses), MaxClauses)
		}
		runes := utf8.RuneCountInString(query)
		for i, c := range clauses {
			if len(c.words) == 0 {
				t.Fatalf("%q: clause %d has no words", query, i)
			}
			for _, w := range c.words {
				if w == "" {
					t.Fatalf("%q: clause %d has an empty word", query, i)
				}
			}
			if c.phrase && len(c.words) > maxPhraseWords || !c.phrase && len(c.words) != 1 {
				t.Fatalf("%q: clause %d (phrase %v) has %d words", query, i, c.phrase, len(c.words))
			}
			if c.start < 0 || c.start >= c.end || c.end > runes {
				t.Fatalf("%q: clause %d spans [%d:%d] of %d runes", query, i, c.start, c.end, runes)
			}
			if c.prefix && (c.phrase || i != len(clauses)-1) {
				t.Fatalf("%q: clause %d is a prefix but not the last word", query, i)
			}
			if containsClause(clauses[:i], c) {
				t.Fatalf("%q: clause %d repeats an earlier one", query, i)
			}
		}
	})
}
