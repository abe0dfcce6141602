package text

import "testing"

func TestStem(t *testing.T) {
	tests := []struct{ a, b string }{
		{"hacker", "hackers"},
		{"diplomaat", "diplomaten"},
		{"bericht", "berichten"},
		{"inlichtingendienst", "inlichtingendiensten"},
		{"macron", "macrons"},
		{"doelwit", "doelwitten"},
	}
	s := NewStemmer()
	for _, tt := range tests {
		if sa, sb := s.Stem(tt.a), s.Stem(tt.b); sa != sb {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want one stem", tt.a, sa, tt.b, sb)
		}
	}
}

func TestStemLeavesNonWordsAlone(t *testing.T) {
	s := NewStemmer()
	for _, term := range []string{"vs", "eu", "100000", "g7", "путин", "covid19", ""} {
		if got := s.Stem(term); got != term {
			t.Errorf("Stem(%q) = %q, want it unchanged", term, got)
		}
	}
}

func TestStemKeepsDistinctWordsApart(t *testing.T) {
	s := NewStemmer()
	for _, pair := range [][2]string{{"hacker", "hack"}, {"diplomaat", "diploma"}, {"spion", "spionage"}} {
		if s.Stem(pair[0]) == s.Stem(pair[1]) {
			t.Errorf("%q and %q share the stem %q", pair[0], pair[1], s.Stem(pair[0]))
		}
	}
}
