package search

import (
	"fmt"
	"strings"
	"testing"

	"dossier/corpus/text"
)

// describeClauses renders clauses as words joined by "+" for a phrase,
// quoted for a phrase, with "*" after a prefix and "@" before the countries
// named.
func describeClauses(clauses []clause) string {
	parts := make([]string, len(clauses))
	for i, c := range clauses {
		s := strings.Join(c.words, "+")
		if c.phrase {
			s = `"` + s + `"`
		}
		if c.prefix {
			s += "*"
		}
		if len(c.names) > 0 {
			s += "@" + strings.Join(c.names, ",")
		}
		parts[i] = fmt.Sprintf("%s[%d:%d]", s, c.start, c.end)
	}
	return strings.Join(parts, " ")
}

func TestParseQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"kernk", "kernk*[0:5]"},
		{"kernk ", "kernk[0:5]"},
		{"k", "k[0:1]"}, // too short to stand for every word it starts
		{"Russische hackers", "russische[0:9] hackers*[10:17]"},
		{`"geheime dienst" Macron`, `"geheime+dienst"[1:15] macron*[17:23]`},
		{`Macron "geheime dienst"`, `macron[0:6] "geheime+dienst"[8:22]`},
		{`"open quote`, `"open+quote"[1:11]`},
		{`"een" "twee drie"`, `"een"[1:4] "twee+drie"[7:16]`},
		{"„typografisch” citaat", `"typografisch"[1:13] citaat*[15:21]`},
		{"EU-diplomaten", "eudiplomaten*[0:13]"},
		{`"EU-diplomaten"`, `"eu+diplomaten"[1:14]`},
		{"spionage spionage", "spionage[0:8]"},
		{`"a b" "a b"`, `"a+b"[1:4]`},
		{"!!! ???", ""},
		{`""`, ""},
		{"collega's", "collega*[0:9]"},
	}
	var a text.Analyzer
	for _, tt := range tests {
		if got := describeClauses(parseQuery(&a, tt.in, nil)); got != tt.want {
			t.Errorf("parseQuery(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseQueryBoundsClauses(t *testing.T) {
	var words []string
	for i := range 1000 {
		words = append(words, fmt.Sprintf("woord%c%c", 'a'+i%26, 'a'+i/26%26))
	}
	var a text.Analyzer
	clauses := parseQuery(&a, strings.Join(words, " "), nil)
	if len(clauses) != MaxClauses {
		t.Fatalf("%d clauses, want %d", len(clauses), MaxClauses)
	}
	if clauses[MaxClauses-1].prefix {
		t.Error("a clause cut from a longer query is no word being typed")
	}
}
