package search

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// snippetBoundsOfRunes is how snippets were cut before they were cut on the
// text's bytes, from all of its runes: the reference snippetBounds keeps to.
func snippetBoundsOfRunes(runes []rune, first, last int) (start, end int) {
	start = max(0, first-snippetLead)
	if start > 0 {
		for start < first && !unicode.IsSpace(runes[start-1]) {
			start++
		}
	}
	end = min(len(runes), max(start+snippetRunes, last))
	if end < len(runes) {
		cut := end
		for cut > last && !unicode.IsSpace(runes[cut]) {
			cut--
		}
		end = cut
	}
	for end > start && unicode.IsSpace(runes[end-1]) {
		end--
	}
	return start, end
}

// TestSnippetBoundsAgreesWithRunes: on texts of every length, with accents,
// other scripts, runs of spaces and invalid bytes, snippetBounds cuts where
// cutting all the runes did, and its byte offsets are those of its runes.
func TestSnippetBoundsAgreesWithRunes(t *testing.T) {
	pieces := []string{"de", "spionage", "Israëlische", "习近平", "  ", " ", "\u00a0", "\u2009", "…", "\xff", "\xe2\x82", "e-mails,", "🙂", "x"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range r.IntN(120) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		var runes []rune
		var byteAt []int
		for i, c := range s {
			runes = append(runes, c)
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(s))
		if len(runes) == 0 {
			continue
		}
		first := r.IntN(len(runes))
		last := min(len(runes), first+1+r.IntN(len(runes)-first+1))
		wantStart, wantEnd := snippetBoundsOfRunes(runes, first, last)
		start, end, startByte, endByte := snippetBounds(s, first, byteAt[first], last)
		if start != wantStart || end != wantEnd || startByte != byteAt[start] || endByte != byteAt[end] {
			t.Fatalf("%q [%d, %d): runes [%d, %d) bytes [%d, %d), want runes [%d, %d) bytes [%d, %d)",
				s, first, last, start, end, startByte, endByte, wantStart, wantEnd, byteAt[wantStart], byteAt[wantEnd])
		}
	}
}
