package gui

import (
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// markKind is how a stretch of text is marked.
type markKind uint8

const (
	markMatch   markKind = iota + 1 // a word the query matched: a soft highlight
	markCurrent                     // the match that next/previous moved to: a strong highlight
	markMention                     // a country's name: coloured, underlined, tappable
	markActor                       // words that name an actor: the actor's colour, a solid underline
	markTarget                      // words that name a target: the target's colour, a dashed underline
	markGroup                       // a threat-actor group's name: the actor's colour, tappable
	markDate                        // a dated expression: a dotted underline; hovering it shows its date (tip)
	markSpot                        // the stretch the reader was opened at (an event's sentence): a tint behind it
)

// mark is a marked stretch of a text, in rune offsets [start, end).
type mark struct {
	start, end int
	kind       markKind
	code       string // the country of a mention, an actor or a target
	group      string // the group's name, for a markGroup
	tip        string // what hovering a markDate shows: its resolved date
}

// flowText is a block of wrapped text whose words can be highlighted: search
// matches on a tinted background. Fyne's RichText cannot do that (its
// segments have no background, and its inline hyperlinks take the standard
// text size), so this widget wraps the words itself, the way Label does: the
// same padding, the same line spacing. It takes no input, so rows of a list
// stay tappable through it; readerText adds tappable country names.
type flowText struct {
	widget.BaseWidget

	text      []rune
	sizeName  fyne.ThemeSizeName
	style     fyne.TextStyle
	colorName fyne.ThemeColorName
	marks     []mark // sorted by start; may overlap (a mention that is also a match)
	maxLines  int    // 0 for no limit; the last line shown ends in "…"

	// onMention runs when a mention is tapped, onGroup when a group's name
	// is (readerText sets them); with both nil, mentions and groups are
	// plain text.
	onMention func(code string)
	onGroup   func(name string)

	// self is the widget this text is: the flowText, or the readerText
	// around it, which is what the canvas knows and must be told to redraw.
	self fyne.Widget

	hovered int // the mention under the pointer, as an index into marks, or -1
	// hoveredDate is the dated expression under the pointer, or tapped, as
	// an index into marks, or -1.
	hoveredDate int
	// selFrom and selTo are the selected runes [selFrom, selTo); readerText
	// selects by dragging, a plain flowText never.
	selFrom, selTo int
	renderer       *flowRenderer
}

func newFlowText(text string, size fyne.ThemeSizeName, style fyne.TextStyle) *flowText {
	t := &flowText{}
	t.init(text, size, style)
	t.self = t
	t.ExtendBaseWidget(t)
	return t
}

func (t *flowText) init(text string, size fyne.ThemeSizeName, style fyne.TextStyle) {
	t.text, t.sizeName, t.style = []rune(text), size, style
	t.colorName = theme.ColorNameForeground
	t.hovered, t.hoveredDate = -1, -1
}

// Set replaces the text and its marks, and clears the selection.
func (t *flowText) Set(text string, marks []mark) {
	t.text = []rune(text)
	t.marks = marks
	t.hovered, t.hoveredDate = -1, -1
	t.selFrom, t.selTo = 0, 0
	t.Refresh()
}

// SetMarks replaces the marks, keeping the text; the same marks again
// change nothing (the reader gives every paragraph its marks at every
// keystroke, and most keep theirs).
func (t *flowText) SetMarks(marks []mark) {
	if slices.Equal(t.marks, marks) {
		return
	}
	t.marks = marks
	t.hovered, t.hoveredDate = -1, -1
	t.Refresh()
}

func (t *flowText) CreateRenderer() fyne.WidgetRenderer {
	t.renderer = &flowRenderer{t: t, width: -1}
	return t.renderer
}

// links reports whether mentions and group names are tappable.
func (t *flowText) links() bool { return t.onMention != nil || t.onGroup != nil }

// linkAt is the index in marks of the tappable mention or group name at a
// position, or -1.
func (t *flowText) linkAt(pos fyne.Position) int {
	if !t.links() {
		return -1
	}
	r := t.renderer
	if r == nil {
		return -1
	}
	for _, run := range r.runs {
		if run.mention >= 0 && run.x <= pos.X && pos.X < run.x+run.w && run.y <= pos.Y && pos.Y < run.y+r.lineHeight {
			return run.mention
		}
	}
	return -1
}

// dateAt is the index in marks of the dated expression at a position, or
// -1.
func (t *flowText) dateAt(pos fyne.Position) int {
	if r := t.renderer; r != nil {
		for _, run := range r.runs {
			if run.date >= 0 && run.x <= pos.X && pos.X < run.x+run.w && run.y <= pos.Y && pos.Y < run.y+r.lineHeight {
				return run.date
			}
		}
	}
	return -1
}

// markBounds is where the first line of mark i was last drawn, relative to
// the widget, and false when it was not drawn.
func (t *flowText) markBounds(i int) (fyne.Position, fyne.Size, bool) {
	r := t.renderer
	if r == nil || i < 0 || i >= len(t.marks) {
		return fyne.Position{}, fyne.Size{}, false
	}
	m := t.marks[i]
	for k, run := range r.runs {
		if run.start < 0 || run.end <= m.start || run.start >= m.end {
			continue
		}
		// The runs of the mark on this line, which other marks may split.
		right := run.x + run.w
		for _, next := range r.runs[k+1:] {
			if next.y != run.y || next.start < 0 || next.start >= m.end {
				break
			}
			right = next.x + next.w
		}
		return fyne.NewPos(run.x, run.y), fyne.NewSize(right-run.x, r.lineHeight), true
	}
	return fyne.Position{}, fyne.Size{}, false
}

// runeAt is the offset of the rune boundary nearest to a position, as last
// laid out: above the first line it is the start, below the last the end,
// left or right of a line that line's start or end.
func (t *flowText) runeAt(pos fyne.Position) int {
	r := t.renderer
	if r == nil || len(r.runs) == 0 {
		return 0
	}
	if pos.Y < r.runs[0].y {
		return 0
	}
	if last := r.runs[len(r.runs)-1]; pos.Y >= last.y+r.lineHeight {
		return len(t.text)
	}
	// The line under the pointer: the last one starting above it.
	first := 0
	for i, run := range r.runs {
		if run.y > pos.Y {
			break
		}
		if run.y != r.runs[first].y {
			first = i
		}
	}
	for i := first; i < len(r.runs) && r.runs[i].y == r.runs[first].y; i++ {
		run := r.runs[i]
		if run.start < 0 { // the "…" of a cut text
			break
		}
		if pos.X < run.x {
			return run.start
		}
		if pos.X >= run.x+run.w {
			continue
		}
		// Within the run: the first boundary past the pointer, or the one
		// before it when the pointer is nearer that.
		size := t.Theme().Size(t.sizeName)
		widthTo := func(k int) float32 { return measureWidth(string(t.text[run.start:k]), size, t.style) }
		k := run.start + sort.Search(run.end-run.start, func(n int) bool { return run.x+widthTo(run.start+n+1) > pos.X })
		if k < run.end && pos.X-(run.x+widthTo(k)) > (run.x+widthTo(k+1))-pos.X {
			k++
		}
		return k
	}
	end := len(t.text)
	for i := first; i < len(r.runs) && r.runs[i].y == r.runs[first].y; i++ {
		if r.runs[i].start >= 0 {
			end = r.runs[i].end
		}
	}
	return end
}

// selected is the selected text, "" for none.
func (t *flowText) selected() string {
	from, to := max(t.selFrom, 0), min(t.selTo, len(t.text))
	if from >= to {
		return ""
	}
	return string(t.text[from:to])
}

// selectRunes selects [from, to), in either order; equal ends select nothing.
func (t *flowText) selectRunes(from, to int) {
	from, to = min(from, to), max(from, to)
	if from == to {
		from, to = 0, 0
	}
	if from != t.selFrom || to != t.selTo {
		t.selFrom, t.selTo = from, to
		t.Refresh()
	}
}

// LineOffset is the distance from the top of the widget to the line holding
// rune offset, as last laid out, for scrolling a match into view.
func (t *flowText) LineOffset(offset int) float32 {
	r := t.renderer
	if r == nil {
		return 0
	}
	y := float32(0)
	for _, run := range r.runs {
		if run.start > offset {
			break
		}
		y = run.y
	}
	return y
}
