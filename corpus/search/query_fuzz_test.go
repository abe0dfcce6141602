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
// and in order, only the last word a prefix, and no clause twice; an OR
// group of two or more words or phrases, none excluded, none a group; a
// year only of a word, in range.
func FuzzParseQuery(f *testing.F) {
	for _, seed := range []string{
		"", "pegasis", `"europese diplomaten"`, `"open`, `""`, "„typografisch” citaat",
		"EU-diplomaten e-mail 100.000", "Verenigde Staten", "de Verenigde  Staten en Frankrijk",
		"Noord Korea Korea", "Saudi-Arabië", "\xff\xfe", "¾ ½", "spionage spionage",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z",
		strings.Repeat(" ", maxParsedRunes-3) + "EU-diplomaten", strings.Repeat("x ", maxParsedTokens+1),
		"pegasis " + strings.Repeat("🙂", maxParsedRunes) + " macron", strings.Repeat("习近平", 700),
		"Pegasus OR Predator", `"geheime dienst" OF AIVD OR -x`, "OR", "a OR", "NOT", "-", "--x", `-"a b"`,
		"spionage NOT Rusland NIET", "x AND y", "2017 1899 2100 -2020", "Verenigde OR Staten", "a OR b OR c d",
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
		last := len(clauses) - 1
		for i, g := range clauses {
			members := []clause{g}
			if g.words == nil {
				if len(g.alts) < 2 || g.exclude || g.year != 0 || g.prefix {
					t.Fatalf("%q: clause %d is a group of %d, exclude %v, year %d, prefix %v", query, i, len(g.alts), g.exclude, g.year, g.prefix)
				}
				members = g.alts
				if g.start != members[0].start || g.end != members[len(members)-1].end {
					t.Fatalf("%q: group %d spans [%d:%d], its members [%d:%d]", query, i, g.start, g.end, members[0].start, members[len(members)-1].end)
				}
			}
			for k, c := range members {
				lastWord := i == last && k == len(members)-1
				if len(c.alts) > 0 || (len(members) > 1 && c.exclude) {
					t.Fatalf("%q: clause %d has a member %d that is a group or an exclusion", query, i, k)
				}
				if c.year != 0 && (c.year < firstYear || c.year > lastYear || c.phrase || c.prefix) {
					t.Fatalf("%q: clause %d is the year %d (phrase %v, prefix %v)", query, i, c.year, c.phrase, c.prefix)
				}
				checkClause(t, query, runes, i, c, lastWord)
			}
			if containsClause(clauses[:i], g) {
				t.Fatalf("%q: clause %d repeats an earlier one", query, i)
			}
		}
	})
}

// checkClause checks one word or phrase of a parsed query.
func checkClause(t *testing.T, query string, runes, i int, c clause, lastWord bool) {
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
	if c.prefix && (c.phrase || !lastWord || c.exclude) {
		t.Fatalf("%q: clause %d is a prefix but not the last word", query, i)
	}
}
