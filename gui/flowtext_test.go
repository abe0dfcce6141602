package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// String is the plain text, for test failures and for finding blocks.
func (t *flowText) String() string { return string(t.text) }

// drawnLines is the text of a flowText as drawn, a line per entry.
func drawnLines(t *flowText) []string {
	var lines []string
	y := float32(-1)
	for _, r := range t.renderer.runs {
		s := "…"
		if r.start >= 0 {
			s = string(t.text[r.start:r.end])
		}
		if r.y != y {
			lines = append(lines, "")
			y = r.y
		}
		lines[len(lines)-1] += s
	}
	return lines
}

func TestFlowTextWrapsWholeWordsAndTruncates(t *testing.T) {
	test.NewTempApp(t)
	text := strings.Repeat("woord ", 40)
	f := newFlowText(text, theme.SizeNameText, fyne.TextStyle{})
	test.WidgetRenderer(f)
	f.Resize(fyne.NewSize(200, 400))
	lines := drawnLines(f)
	if len(lines) < 5 {
		t.Fatalf("40 words in 200 dp make %d lines", len(lines))
	}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			if w != "woord" {
				t.Errorf("a word was cut: %q in line %q", w, l)
			}
		}
	}

	f.maxLines = 2
	f.Refresh()
	lines = drawnLines(f)
	if len(lines) != 2 || !strings.HasSuffix(lines[1], "woord…") {
		t.Errorf("two lines at most: %q, want the second to end in \"woord…\"", lines)
	}
	if h := f.MinSize().Height; h > 80 {
		t.Errorf("two lines are %v tall", h)
	}
}

func TestFlowTextMarksRuns(t *testing.T) {
	test.NewTempApp(t)
	f := newFlowText("De Marokkaanse dienst en Pegasus.", theme.SizeNameText, fyne.TextStyle{})
	test.WidgetRenderer(f)
	f.Resize(fyne.NewSize(600, 100))
	f.SetMarks([]mark{{start: 25, end: 32, kind: markMatch}})
	var marked []string
	for _, r := range f.renderer.runs {
		if r.highlight != 0 {
			marked = append(marked, string(f.text[r.start:r.end]))
		}
	}
	if len(marked) != 1 || marked[0] != "Pegasus" {
		t.Errorf("highlighted runs %q, want [Pegasus]", marked)
	}
	// A plain flowText draws mentions as text: only readerText links them.
	f.SetMarks([]mark{{start: 3, end: 14, kind: markMention, code: "MA"}})
	for _, r := range f.renderer.runs {
		if r.mention >= 0 {
			t.Errorf("a flowText without onMention linked %q", string(f.text[r.start:r.end]))
		}
	}
}
