package gui

import (
	"strings"
	"testing"
)

// monospace measures every rune as 1 wide, so that widths are counts.
func monospace(s string) float32 { return float32(len([]rune(s))) }

func lineTexts(text []rune, lines [][]piece) []string {
	var out []string
	for _, l := range lines {
		var b strings.Builder
		for _, p := range l {
			b.WriteString(string(text[p.start:p.end]))
		}
		out = append(out, b.String())
	}
	return out
}

func TestBreakLinesKeepsWordsWholeAndDropsTrailingSpace(t *testing.T) {
	text := []rune("een twee drie vier")
	lines := lineTexts(text, breakLines(splitPieces(text, nil, false, monospace), 9))
	if got, want := strings.Join(lines, "|"), "een twee|drie vier"; got != want {
		t.Errorf("lines %q, want %q", got, want)
	}
	// A word longer than the line gets a line of its own, uncut.
	text = []rune("a onafhankelijkheid b")
	lines = lineTexts(text, breakLines(splitPieces(text, nil, false, monospace), 5))
	if got, want := strings.Join(lines, "|"), "a|onafhankelijkheid|b"; got != want {
		t.Errorf("lines %q, want %q", got, want)
	}
}

func TestSplitPiecesJoinsMarksAcrossSpacesOnlyWhenBothSidesAgree(t *testing.T) {
	text := []rune("de Verenigde Staten en")
	// One mention over "Verenigde Staten": the space inside it is part of the link.
	pieces := splitPieces(text, []mark{{start: 3, end: 19, kind: markMention, code: "US"}}, true, monospace)
	var linked []string
	for _, p := range pieces {
		if p.attr.mention >= 0 {
			linked = append(linked, string(text[p.start:p.end]))
		}
	}
	if got := strings.Join(linked, ""); got != "Verenigde Staten" {
		t.Errorf("linked %q, want \"Verenigde Staten\" with its space", got)
	}
	// Without links the mention is plain text.
	for _, p := range splitPieces(text, []mark{{start: 3, end: 19, kind: markMention}}, false, monospace) {
		if p.attr.mention >= 0 {
			t.Errorf("links off, yet %q is linked", string(text[p.start:p.end]))
		}
	}
}
