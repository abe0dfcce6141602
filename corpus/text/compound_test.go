package text

import (
	"strings"
	"testing"
)

func TestIsCompoundPart(t *testing.T) {
	tests := []struct {
		term, part string
		want       bool
	}{
		{"cyberspionagedoelwitten", "spionage", true},
		{"spionageprogramma", "spionage", true},
		{"surveillancesoftware", "surveillance", true},
		{"cybersurveillancetools", "surveillance", true},
		{"cyberspionagedoelwitten", "doelwit", true}, // head with a doubled-consonant plural
		{"inlichtingendiensten", "dienst", true},     // head with a plural
		{"inlichtingendiensten", "inlichting", true}, // modifier with linking "en"
		{"veiligheidsdienst", "veiligheid", true},    // modifier with linking "s"
		{"diplomatenmissie", "diplomat", true},       // a stem, then linking "en" and a head
		{"eudiplomatenmissie", "diplomat", false},    // "eu" is too short to be a modifier
		{"veiligheid", "veilig", false},              // derivation, not a compound
		{"diplomatieke", "diplomat", false},          // derivation
		{"hackers", "hacker", false},                 // inflection: a stem match, not a compound
		{"verraden", "raden", false},                 // inseparable prefix
		{"geweten", "weten", false},                  // prefix too short to be a word
		{"spionage", "spionage", false},              // the word itself
		{"kernkoppen", "ernko", false},               // both remainders too short
		{"mensenrechtenactivisten", "rechten", true}, // middle part
		{"mediaorganisaties", "organisaties", true},
	}
	for _, tt := range tests {
		start := strings.Index(tt.term, tt.part)
		if start < 0 {
			t.Fatalf("test case: %q is not in %q", tt.part, tt.term)
		}
		if got := IsCompoundPart(tt.term, start, start+len(tt.part)); got != tt.want {
			t.Errorf("IsCompoundPart(%q, %q) = %v, want %v", tt.term, tt.part, got, tt.want)
		}
	}
}

func TestIsCompoundPartRejectsBadRanges(t *testing.T) {
	for _, r := range [][2]int{{-1, 3}, {3, 2}, {0, 100}, {4, 4}} {
		if IsCompoundPart("spionageprogramma", r[0], r[1]) {
			t.Errorf("range %v accepted", r)
		}
	}
}
