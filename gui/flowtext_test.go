package gui

import (
	"image/color"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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

// TestArrowsAreDrawn: Fyne's embedded font has no "→", so a text with one
// is drawn as the text around it and three lines in the text's colour, in
// the room the character takes; a text without one is left as it is.
func TestArrowsAreDrawn(t *testing.T) {
	test.NewTempApp(t)
	plain := canvas.NewText("geen pijl", color.Black)
	if got := drawArrows(plain, 20); len(got) != 1 || got[0] != plain {
		t.Errorf("a text without an arrow became %d objects", len(got))
	}
	txt := canvas.NewText("pegasis → Pegasus", color.Black)
	txt.TextSize = 14
	txt.Move(fyne.NewPos(10, 5))
	var texts []string
	lines := 0
	for _, o := range drawArrows(txt, 20) {
		switch o := o.(type) {
		case *canvas.Text:
			texts = append(texts, o.Text)
		case *canvas.Line:
			lines++
			if o.StrokeColor != txt.Color || o.Position1.X < 10 {
				t.Errorf("an arrow line in %v from %v", o.StrokeColor, o.Position1)
			}
		}
	}
	if !slices.Equal(texts, []string{"pegasis ", " Pegasus"}) || lines != 3 {
		t.Errorf("texts %q and %d lines, want the words around the arrow and 3 lines", texts, lines)
	}
}
