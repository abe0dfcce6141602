package text

import (
	"slices"
	"testing"
)

func TestFoldedSpans(t *testing.T) {
	tests := []struct {
		s          string
		from, to   int // bytes of the folded string
		want       [][2]int
		foldedWant string
	}{
		{"Israël", 0, 6, [][2]int{{0, 6}}, "israel"},
		{"Oekraïne", 4, 6, [][2]int{{4, 6}}, "oekraine"},
		{"ﬁle", 0, 1, [][2]int{{0, 1}}, "file"}, // a ligature folds to two letters, one rune
		{"ﬁle", 1, 3, [][2]int{{0, 2}}, "file"},
		{"CIA-rapport", 0, 3, [][2]int{{0, 3}}, "cia-rapport"},
		{"abc", 2, 9, [][2]int{{2, 3}}, "abc"}, // out of range ignored
		{"abc", 2, 2, nil, "abc"},
	}
	for _, tt := range tests {
		folded, origin := FoldIndexed(tt.s)
		if folded != tt.foldedWant {
			t.Fatalf("%q folds to %q, want %q", tt.s, folded, tt.foldedWant)
		}
		if got := FoldedRange(origin, tt.from, tt.to); !slices.Equal(got, tt.want) {
			t.Errorf("%q bytes [%d,%d): %v, want %v", tt.s, tt.from, tt.to, got, tt.want)
		}
	}
	_, origin := FoldIndexed("Macron mobiel")
	if got := FoldedSpans(origin, []int{0, 1, 3, 7, 8}); !slices.Equal(got, [][2]int{{0, 2}, {3, 4}, {7, 9}}) {
		t.Errorf("scattered bytes: %v", got)
	}
}
