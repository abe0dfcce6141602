package text

import (
	"testing"
	"unicode/utf8"
)

// FuzzTokens checks the invariants every consumer of tokens relies on, for
// any input: spans inside the original text, non-empty folded terms of at
// most MaxTermRunes runes, positions that never go back.
func FuzzTokens(f *testing.F) {
	for _, seed := range []string{
		"De Amerikaanse inlichtingendienst CIA heeft 100.000 dollar betaald",
		"EU-diplomaten, collega’s en 'top secret' – Élysée, Israël, ĳs",
		"\"quoted words", "!!!", "🙂🙂 שלום 习近平", "a\x00b", "\xff\xfe", "1.100,50 2.5 8.000.000",
		"'s-Gravenhage d'Estaing co--op x-'s", "🇫🇷🇩🇪🇳 🇫x🇷", "spio\u200bnage\u00ad\ufeff",
	} {
		f.Add(seed)
	}
	var a Analyzer
	s := NewStemmer()
	f.Fuzz(func(t *testing.T, in string) {
		tokens := a.Tokens(in)
		runes := utf8.RuneCountInString(in)
		lastPosition := 0
		for i, tok := range tokens {
			if tok.Start < 0 || tok.Start >= tok.End || tok.End > runes {
				t.Fatalf("token %d %q spans [%d:%d] in a text of %d runes", i, tok.Term, tok.Start, tok.End, runes)
			}
			if tok.Term == "" || utf8.RuneCountInString(tok.Term) > MaxTermRunes {
				t.Fatalf("token %d has term %q", i, tok.Term)
			}
			if !utf8.ValidString(tok.Term) {
				t.Fatalf("token %d has invalid UTF-8 %q", i, tok.Term)
			}
			switch {
			case tok.Width < 1:
				t.Fatalf("token %d has width %d", i, tok.Width)
			case tok.Joined && tok.Position+tok.Width-1 != lastPosition:
				t.Fatalf("joined token %d covers positions %d..%d, but its last part is at %d",
					i, tok.Position, tok.Position+tok.Width-1, lastPosition)
			case !tok.Joined && i > 0 && tok.Position != lastPosition+1:
				t.Fatalf("token %d at position %d follows position %d", i, tok.Position, lastPosition)
			}
			if !tok.Joined {
				lastPosition = tok.Position
			}
			_ = s.Stem(tok.Term)
		}
	})
}

// FuzzDistance checks that Distance is a symmetric measure bounded by the
// longer string's length.
func FuzzDistance(f *testing.F) {
	f.Add("pegasis", "pegasus")
	f.Add("macorn", "macron")
	f.Add("", "ĳ")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 200 || len(b) > 200 {
			return // quadratic; long inputs say nothing new
		}
		d := Distance(a, b)
		if d != Distance(b, a) {
			t.Fatalf("Distance(%q, %q) = %d but the reverse differs", a, b, d)
		}
		if d > max(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) {
			t.Fatalf("Distance(%q, %q) = %d exceeds the longer length", a, b, d)
		}
		// Invalid UTF-8 reads as U+FFFD, so equality is judged on the runes.
		if same := string([]rune(a)) == string([]rune(b)); (d == 0) != same {
			t.Fatalf("Distance(%q, %q) = %d, but equal runes: %v", a, b, d, same)
		}
	})
}
