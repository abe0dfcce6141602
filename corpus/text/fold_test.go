package text

import "testing"

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"case", "NSO Pegasus", "nso pegasus"},
		{"diaeresis", "Israël geïnfiltreerd", "israel geinfiltreerd"},
		{"acute accents", "Élysée", "elysee"},
		{"ij ligature (NFKC)", "ĳs Ĳsland", "ijs ijsland"},
		{"fi ligature (NFKC)", "ﬁnanciën", "financien"},
		{"decomposed input", "Isra\u0065\u0308l", "israel"},
		{"fullwidth letters (NFKC)", "ＮＳＯ", "nso"},
		{"sharp s", "Straße", "strasse"},
		{"letters without decomposition", "Øresund Łódź Æsir", "oresund lodz aesir"},
		{"typographic apostrophe", "collega’s", "collega's"},
		{"non-breaking hyphen", "EU\u2011diplomaten", "eu-diplomaten"},
		{"soft hyphen dropped", "cyber\u00ADspionage", "cyberspionage"},
		{"zero-width space dropped", "spio\u200Bnage", "spionage"},
		{"zero-width joiners and word joiner dropped", "spi\u200Con\u200Da\u2060ge", "spionage"},
		{"byte order mark dropped", "\uFEFFdate", "date"},
		{"Greek final sigma", "ΟΔΥΣΣΕΥΣ οδυσσευς", "οδυσσευσ οδυσσευσ"},
		{"Cyrillic", "Путин", "путин"},
		{"emoji and NUL kept", "a\x00🙂", "a\x00🙂"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldIndexed(t *testing.T) {
	folded, origin := FoldIndexed("Ĳs in Élysée")
	if folded != "ijs in elysee" {
		t.Fatalf("folded %q", folded)
	}
	// "ĳ" becomes two bytes that both point at rune 0; "É" becomes "e" at rune 6.
	want := []int{0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	if len(origin) != len(want) {
		t.Fatalf("origin %v, want %v", origin, want)
	}
	for i := range want {
		if origin[i] != want[i] {
			t.Fatalf("origin %v, want %v", origin, want)
		}
	}
}

func TestAppendFoldMatchesFold(t *testing.T) {
	for _, s := range []string{"", "Israël", "ÉLYSÉE", "ĳsland", "Bahama’s", "Saoedi-Arabië", "straße", "Øresund", "a\u00ADb", "`x´", "日本", "ＡＢＣ"} {
		if got := string(AppendFold([]byte("keep:"), s)); got != "keep:"+Fold(s) {
			t.Errorf("AppendFold(%q) = %q, want %q", s, got, "keep:"+Fold(s))
		}
	}
}
