package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// describe renders tokens as "term[start:end]@position", with a "+" before
// joined tokens, so that a table row shows every field at a glance.
func describe(tokens []Token) string {
	parts := make([]string, len(tokens))
	for i, tok := range tokens {
		joined := ""
		if tok.Joined {
			joined = "+"
		}
		parts[i] = fmt.Sprintf("%s%s[%d:%d]@%d", joined, tok.Term, tok.Start, tok.End, tok.Position)
	}
	return strings.Join(parts, " ")
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"words and punctuation", "Dat schrijft de Times.", "dat[0:3]@0 schrijft[4:12]@1 de[13:15]@2 times[16:21]@3"},
		{"folded, offsets in the original", "Het Élysée", "het[0:3]@0 elysee[4:10]@1"},
		{"ligature expands, offsets do not", "ĳs", "ijs[0:2]@0"},
		{"plural with apostrophe", "collega’s uit", "collega[0:9]@0 uit[10:13]@1"},
		{"possessive of a name", "Macron's nummer", "macron[0:8]@0 nummer[9:15]@1"},
		{"hyphenated: parts then the joined whole", "EU-diplomaten", "eu[0:2]@0 diplomaten[3:13]@1 +eudiplomaten[0:13]@0"},
		{"three parts", "Oost-Europese-landen x", "oost[0:4]@0 europese[5:13]@1 landen[14:20]@2 +oosteuropeselanden[0:20]@0 x[21:22]@3"},
		{"hyphenated with a plural apostrophe", "EU-collega's", "eu[0:2]@0 collega[3:12]@1 +eucollega[0:12]@0"},
		{"apostrophe inside a name", "d'Estaing", "d[0:1]@0 estaing[2:9]@1 +destaing[0:9]@0"},
		{"leading apostrophe is not part of the word", "'s-Gravenhage", "s[1:2]@0 gravenhage[3:13]@1 +sgravenhage[1:13]@0"},
		{"suspended hyphen", "opsporings- en inlichtingendiensten", "opsporings[0:10]@0 en[12:14]@1 inlichtingendiensten[15:35]@2"},
		{"dash between spaces", "Trump - Poetin", "trump[0:5]@0 poetin[8:14]@1"},
		{"quotes around a word", "„hackingtools”", "hackingtools[1:13]@0"},
		{"thousands separators dropped", "100.000 dollar", "100000[0:7]@0 dollar[8:14]@1"},
		{"millions", "8.000.000", "8000000[0:9]@0"},
		{"decimal comma kept", "1,5 miljoen", "1,5[0:3]@0 miljoen[4:11]@1"},
		{"grouped whole part with decimals", "1.100,50", "1100,50[0:8]@0"},
		{"dot that is no thousands separator", "2.5 1.2.3", "2.5[0:3]@0 1.2.3[4:9]@1"},
		{"number then full stop", "in 2019.", "in[0:2]@0 2019[3:7]@1"},
		{"letters and digits", "G7 COVID-19", "g7[0:2]@0 covid[3:8]@1 19[9:11]@2 +covid19[3:11]@1"},
		{"email address splits", "info@nrc.nl", "info[0:4]@0 nrc[5:8]@1 nl[9:11]@2"},
		{"ideographs one by one", "习近平 Xi", "习[0:1]@0 近[1:2]@1 平[2:3]@2 xi[4:6]@3"},
		{"right-to-left text", "שלום עולם", "שלום[0:4]@0 עולם[5:9]@1"},
		{"emoji and NUL separate words", "spion🙂age\x00x", "spion[0:5]@0 age[6:9]@1 x[10:11]@2"},
		{"combining marks stay with their letter", "cafe\u0301s", "cafes[0:6]@0"},
		{"zero-width space inside a word", "spio\u200bnage", "spionage[0:9]@0"},
		{"invisible characters inside a word", "spi\u00adon\u200dage\u2060 x", "spionage[0:10]@0 x[12:13]@1"},
		{"invisible characters around a word", "\ufeff\u200bspionage\u200b \u200c", "spionage[2:10]@0"},
		{"zero-width space in a hyphenated word", "EU-dip\u200blomaten", "eu[0:2]@0 diplomaten[3:14]@1 +eudiplomaten[0:14]@0"},
		{"a flag is a word", "Frankrijk 🇫🇷 wint", "frankrijk[0:9]@0 🇫🇷[10:12]@1 wint[13:17]@2"},
		{"flags side by side, and against a word", "Parijs🇫🇷🇩🇪", "parijs[0:6]@0 🇫🇷[6:8]@1 🇩🇪[8:10]@2"},
		{"a run of regional indicators pairs from its start", "🇫🇷🇩 x", "🇫🇷[0:2]@0 x[4:5]@1"},
		{"a lone regional indicator is no word", "🇫 x", "x[2:3]@0"},
		{"only symbols", "!?-- …", ""},
		{"empty", "", ""},
	}
	var a Analyzer
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(a.Tokens(tt.in)); got != tt.want {
				t.Errorf("Tokens(%q)\n got  %s\n want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokensCapLongWords(t *testing.T) {
	var a Analyzer
	long := strings.Repeat("spionage", 100)
	tokens := a.Tokens(long + "-" + long)
	if len(tokens) != 3 {
		t.Fatalf("got %d tokens, want two parts and the joined whole", len(tokens))
	}
	for _, tok := range tokens {
		if n := utf8.RuneCountInString(tok.Term); n != MaxTermRunes {
			t.Errorf("term of %d runes, want it cut at %d", n, MaxTermRunes)
		}
	}
	if last := tokens[2]; last.Start != 0 || last.End != 2*len(long)+1 {
		t.Errorf("joined token spans [%d:%d], want the whole word", last.Start, last.End)
	}
}

func TestAppendTokensReusesTheAnalyzer(t *testing.T) {
	var a Analyzer
	first := a.Tokens("Pegasus is surveillancesoftware")
	second := a.Tokens("Macron")
	if got := describe(first); got != "pegasus[0:7]@0 is[8:10]@1 surveillancesoftware[11:31]@2" {
		t.Errorf("first call's tokens changed by the second: %s", got)
	}
	if got := describe(second); got != "macron[0:6]@0" {
		t.Errorf("second call: %s", got)
	}
}

func TestIsWord(t *testing.T) {
	for term, want := range map[string]bool{
		"spionage": true, "israel": true, "путин": true, "g7": false, "100000": false, "1,5": false, "": false,
	} {
		if got := IsWord(term); got != want {
			t.Errorf("IsWord(%q) = %v, want %v", term, got, want)
		}
	}
}
