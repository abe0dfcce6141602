package search

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dossier/corpus/text"
)

func TestLimitQuery(t *testing.T) {
	x := func(n int) string { return strings.Repeat("x", n) }
	tests := []struct {
		name, q, want string
		cut           bool
	}{
		{"empty", "", "", false},
		{"short", "spionage Frankrijk", "spionage Frankrijk", false},
		{"controls become spaces", "a\tb\nc\x00d\r\ne\x1b[1mf\u0085g", "a b c d  e [1mf g", false},
		{"line and paragraph separators", "a\u2028b\u2029c", "a b c", false},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb", false},
		{"zero-width characters are kept", "spi\u200bon\u200dage\ufeff", "spi\u200bon\u200dage\ufeff", false},
		{"exactly the limit", x(MaxQueryRunes), x(MaxQueryRunes), false},
		{"one word too long is cut in it", x(MaxQueryRunes + 1), x(MaxQueryRunes), true},
		{"between words", strings.Repeat("spionage ", 60), strings.TrimSpace(strings.Repeat("spionage ", 55)), true},
		{"a cut before a space", x(MaxQueryRunes-1) + " " + x(9), x(MaxQueryRunes - 1), true},
		{"not before a combining mark", x(MaxQueryRunes-1) + "e\u0301", x(MaxQueryRunes - 1), true},
		{"combining marks, then a word", x(MaxQueryRunes-10) + " cafe\u0301\u0301\u0301\u0301\u0301\u0301\u0301 ", x(MaxQueryRunes - 10), true},
		{"not inside a ZWJ sequence", x(MaxQueryRunes-2) + " 👨\u200d👩\u200d👧", x(MaxQueryRunes - 2), true},
		{"not before a skin tone", x(MaxQueryRunes-1) + "👍🏽", x(MaxQueryRunes - 1), true},
		{"not before a variation selector", x(MaxQueryRunes-1) + "❤\ufe0f", x(MaxQueryRunes - 1), true},
		{"between flags", strings.Repeat("🇳🇱", 251), strings.Repeat("🇳🇱", 250), true},
		{"not inside a flag", " " + strings.Repeat("🇳🇱", 250), " " + strings.Repeat("🇳🇱", 249), true},
		{"CJK has no spaces", strings.Repeat("习近平", 200), string([]rune(strings.Repeat("习近平", 200))[:MaxQueryRunes]), true},
		{"Zalgo is cut inside", "a" + strings.Repeat("\u0301", 1000), "a" + strings.Repeat("\u0301", MaxQueryRunes-1), true},
		{"controls past the limit", strings.Repeat("ab\n", 300), strings.TrimSpace(strings.Repeat("ab ", 167)), true},
	}
	for _, tt := range tests {
		got, cut := LimitQuery(tt.q)
		if got != tt.want || cut != tt.cut {
			t.Errorf("%s: LimitQuery gives %q (%d runes), %v; want %q (%d runes), %v", tt.name,
				got, utf8.RuneCountInString(got), cut, tt.want, utf8.RuneCountInString(tt.want), tt.cut)
		}
	}
}

// FuzzLimitQuery checks what the search field relies on: a limited query is
// valid UTF-8 without control characters, at most MaxQueryRunes runes, cut
// exactly when the query was longer, and otherwise the query cleaned.
func FuzzLimitQuery(f *testing.F) {
	for _, seed := range []string{
		"", "spionage", "a\tb\n", "\xff", strings.Repeat("spionage ", 60), strings.Repeat("🇳🇱", 251),
		strings.Repeat("e\u0301", 300), strings.Repeat("👨\u200d👩\u200d👧 ", 120), strings.Repeat("习近平", 200),
		strings.Repeat("التجسس ", 80), strings.Repeat("\u200b", 600),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, q string) {
		got, cut := LimitQuery(q)
		n := utf8.RuneCountInString(got)
		if !utf8.ValidString(got) || n > MaxQueryRunes {
			t.Fatalf("%q: limited to %d runes %q", q, n, got)
		}
		if strings.ContainsFunc(got, unicode.IsControl) {
			t.Fatalf("%q: control characters left in %q", q, got)
		}
		cleaned := strings.Map(cleanRune, strings.ToValidUTF8(q, "\uFFFD"))
		if long := utf8.RuneCountInString(q) > MaxQueryRunes; cut != long {
			t.Fatalf("%q (%d runes): cut %v", q, utf8.RuneCountInString(q), cut)
		}
		if !cut && got != string([]rune(q)) && got != strings.Map(cleanRune, string([]rune(q))) {
			t.Fatalf("%q: not cut, but %q", q, got)
		}
		if cut && !strings.HasPrefix(strings.Map(cleanRune, string([]rune(q))), got) {
			t.Fatalf("%q: %q is no prefix of the cleaned query %q", q, got, cleaned)
		}
	})
}

// The parser reads a bounded part of any query: what comes after
// maxParsedRunes runes, or after maxParsedTokens words, is not used.
func TestParseQueryReadsABoundedPrefix(t *testing.T) {
	pad := func(n int) string { return strings.Repeat("🙂", n) }
	tests := []struct {
		name, query string
		want        []string // the words of the clauses
		prefix      bool     // whether the last is a prefix
	}{
		{"a short query is read whole", "pegasus macron", []string{"pegasus", "macron"}, true},
		{"words past the cut are ignored", "pegasus " + pad(maxParsedRunes) + " macron", []string{"pegasus"}, false},
		{"the word the cut falls in is dropped", pad(maxParsedRunes-3) + "macron", nil, false},
		{"a word ending at the cut is dropped too", "pegasus " + pad(maxParsedRunes-14) + "macron xyz", []string{"pegasus"}, false},
		{"a hyphenated word across the cut", pad(maxParsedRunes-5) + "EU-diplomaten", nil, false},
		{"a word before the cut is kept", pad(maxParsedRunes-8) + "macron " + "xyz", []string{"macron"}, false},
		{"words past maxParsedTokens", strings.Repeat("x ", maxParsedTokens) + "pegasus", []string{"x"}, false},
		{"the last word within maxParsedTokens", strings.Repeat("x ", maxParsedTokens-1) + "pegasus", []string{"x", "pegasus"}, true},
	}
	for _, tt := range tests {
		var a text.Analyzer
		var words []string
		prefix := false
		for _, c := range parseQuery(&a, tt.query, nil) {
			words = append(words, c.words...)
			prefix = c.prefix
		}
		if !slices.Equal(words, tt.want) || prefix != tt.prefix {
			t.Errorf("%s: words %q (prefix %v), want %q (prefix %v)", tt.name, words, prefix, tt.want, tt.prefix)
		}
	}
}

// A query nobody limited still finds, marks and suggests from its first
// words, and its suggestion keeps the rest as it was.
func TestHugeQueryUnlimited(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	for _, hq := range hugeQueries {
		huge := hugeQuery(hq.script, hq.unit, hugeQueryRunes)
		q := "pegasis " + huge
		res := ix.Search(Query{Text: q})
		if res.Total != 0 {
			continue // the script's words matched too: nothing to compare
		}
		if want := "Pegasus " + strings.ToValidUTF8(huge, "\uFFFD"); !strings.HasPrefix(res.Suggestion, "Pegasus ") || len(res.Suggestion) < len(want)-4*maxParsedRunes {
			t.Errorf("%s: suggestion of %d bytes starts %.30q", hq.script, len(res.Suggestion), res.Suggestion)
		}
	}
	huge := "pegasis " + strings.Repeat("x\xff ", hugeQueryRunes/3)
	if got, want := ix.Search(Query{Text: huge}).Suggestion, string([]rune("Pegasus "+huge[8:])); got != want {
		t.Errorf("suggestion of a huge query with invalid bytes differs from the query after %d bytes",
			len(commonPrefix(got, want)))
	}
	res := ix.Search(Query{Text: "pegasus " + strings.Repeat("macron ", hugeQueryRunes/7)})
	if !slices.Equal(hitIDs(res), []string{seed003}) {
		t.Errorf("pegasus macron macron …: %v", hitIDs(res))
	}
	if hl := ix.Highlight(Query{Text: "pegasus " + strings.Repeat("🙂", hugeQueryRunes)}, seedDoc(t, ix, seed003)); hl.Paragraphs == nil {
		t.Errorf("a huge query marks nothing of its first word")
	}
}

func commonPrefix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}
