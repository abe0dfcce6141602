package text

import "testing"

func TestFlagCode(t *testing.T) {
	tests := []struct {
		in, code string
		ok       bool
	}{
		{"🇫🇷", "FR", true},
		{"🇲🇦", "MA", true},
		{"🇪🇺", "EU", true}, // a flag, though of no country: the gazetteer decides
		{"🇫🇷🇩🇪", "", false},
		{"🇫", "", false},
		{" 🇫🇷", "", false},
		{"FR", "", false},
		{"", "", false},
		{"\xf0\x9f\x87", "", false},
	}
	for _, tt := range tests {
		if code, ok := FlagCode(tt.in); code != tt.code || ok != tt.ok {
			t.Errorf("FlagCode(%q) = %q, %v; want %q, %v", tt.in, code, ok, tt.code, tt.ok)
		}
	}
}

// A flag's token is the flag, and FlagCode reads its term.
func TestFlagTokenNamesItsCode(t *testing.T) {
	var a Analyzer
	tokens := a.Tokens("Marokko 🇲🇦")
	if len(tokens) != 2 {
		t.Fatalf("tokens %s", describe(tokens))
	}
	if code, ok := FlagCode(tokens[1].Term); !ok || code != "MA" {
		t.Errorf("FlagCode(%q) = %q, %v", tokens[1].Term, code, ok)
	}
}
