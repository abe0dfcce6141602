package gui

import (
	"math"
	"sort"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// markKind is how a stretch of text is marked.
type markKind uint8

const (
	markMatch   markKind = iota + 1 // a word the query matched: a soft highlight
	markCurrent                     // the match that next/previous moved to: a strong highlight
	markMention                     // a country's name: coloured, underlined, tappable
)

// mark is a marked stretch of a text, in rune offsets [start, end).
type mark struct {
	start, end int
	kind       markKind
	code       string // the country of a mention
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

	// onMention runs when a mention is tapped (readerText sets it); nil
	// leaves mentions plain.
	onMention func(code string)

	// self is the widget this text is: the flowText, or the readerText
	// around it, which is what the canvas knows and must be told to redraw.
	self fyne.Widget

	hovered int // the mention under the pointer, as an index into marks, or -1
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
	t.hovered = -1
}

// String is the plain text.
func (t *flowText) String() string { return string(t.text) }

// Set replaces the text and its marks, and clears the selection.
func (t *flowText) Set(text string, marks []mark) {
	t.text = []rune(text)
	t.marks = marks
	t.hovered = -1
	t.selFrom, t.selTo = 0, 0
	t.Refresh()
}

// SetMarks replaces the marks, keeping the text.
func (t *flowText) SetMarks(marks []mark) {
	t.marks = marks
	t.hovered = -1
	t.Refresh()
}

func (t *flowText) CreateRenderer() fyne.WidgetRenderer {
	t.renderer = &flowRenderer{t: t, width: -1}
	return t.renderer
}

// mentionAt is the tappable mention at a position, or -1.
func (t *flowText) mentionAt(pos fyne.Position) int {
	if t.onMention == nil {
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
		widthTo := func(k int) float32 { return fyne.MeasureText(string(t.text[run.start:k]), size, t.style).Width }
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

// readerText is a flowText whose country names are links: tapping one
// runs onMention. Dragging across it selects text, as in a label; its
// context menu copies the selection, or the whole text when none.
type readerText struct {
	flowText

	// onSelect hears of a new selection (the reader clears the other
	// blocks' and copies it on Ctrl+C).
	onSelect func(*readerText)
	// dragFallback gets the drags of a touch screen, where a drag scrolls
	// rather than selects: the reader's scroll container.
	dragFallback fyne.Draggable
	selecting    bool
	selAnchor    int
}

// Compile-time checks of what a reader's text answers.
var (
	_ fyne.Tappable          = (*readerText)(nil)
	_ fyne.SecondaryTappable = (*readerText)(nil)
	_ fyne.Draggable         = (*readerText)(nil)
	_ desktop.Hoverable      = (*readerText)(nil)
	_ desktop.Cursorable     = (*readerText)(nil)
)

func newReaderText(text string, size fyne.ThemeSizeName, style fyne.TextStyle, onMention func(string)) *readerText {
	t := &readerText{}
	t.init(text, size, style)
	t.onMention = onMention
	t.self = t
	t.ExtendBaseWidget(t)
	return t
}

// Tapped follows a tapped mention, and clears the selection.
func (t *readerText) Tapped(e *fyne.PointEvent) {
	t.selectRunes(0, 0)
	if i := t.mentionAt(e.Position); i >= 0 && t.onMention != nil {
		t.onMention(t.marks[i].code)
	}
}

// TappedSecondary offers to copy the selection, or the whole text when
// nothing is selected.
func (t *readerText) TappedSecondary(e *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(t)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", t.copyItem()), c, e.AbsolutePosition)
}

// copyItem copies the selection, or the whole text when nothing is selected.
func (t *readerText) copyItem() *fyne.MenuItem {
	text := t.selected()
	if text == "" {
		text = string(t.text)
	}
	return fyne.NewMenuItem(textCopy(), func() { fyne.CurrentApp().Clipboard().SetContent(text) })
}

// Dragged selects from where the drag began to the pointer. Fyne reports
// where the pointer is and how far it moved since the last event, so the
// first event also tells where the drag began.
func (t *readerText) Dragged(e *fyne.DragEvent) {
	if t.dragFallback != nil && fyne.CurrentDevice().IsMobile() {
		t.dragFallback.Dragged(e)
		return
	}
	if !t.selecting {
		t.selecting = true
		t.selAnchor = t.runeAt(e.Position.Subtract(e.Dragged))
	}
	t.selectRunes(t.selAnchor, t.runeAt(e.Position))
}

// DragEnd ends a selection, and tells the reader of it.
func (t *readerText) DragEnd() {
	if t.dragFallback != nil && fyne.CurrentDevice().IsMobile() {
		t.dragFallback.DragEnd()
		return
	}
	t.selecting = false
	if t.selected() != "" && t.onSelect != nil {
		t.onSelect(t)
	}
}

func (t *readerText) MouseIn(e *desktop.MouseEvent)    { t.hover(t.mentionAt(e.Position)) }
func (t *readerText) MouseMoved(e *desktop.MouseEvent) { t.hover(t.mentionAt(e.Position)) }
func (t *readerText) MouseOut()                        { t.hover(-1) }

func (t *readerText) hover(i int) {
	if i != t.hovered {
		t.hovered = i
		t.Refresh()
	}
}

// Cursor is a pointing hand over a mention and the text cursor elsewhere,
// which says the text can be selected.
func (t *readerText) Cursor() desktop.Cursor {
	if t.hovered >= 0 {
		return desktop.PointerCursor
	}
	return desktop.TextCursor
}

// piece is a stretch of text with one set of marks: a word, part of a word,
// or the space between words.
type piece struct {
	start, end int
	space      bool
	attr       attr
	width      float32
}

// attr is what marks a rune: its highlight and the mention it belongs to.
type attr struct {
	highlight markKind // 0, markMatch or markCurrent
	mention   int      // index into marks, or -1
}

// run is a drawn stretch of one line.
type run struct {
	start, end int
	attr
	x, y, w float32
}

type flowRenderer struct {
	t *flowText

	width      float32 // the width the lines were broken for
	lines      [][]piece
	runs       []run
	lineHeight float32
	objects    []fyne.CanvasObject
}

func (r *flowRenderer) metrics() (size, pad, lineHeight, spacing float32) {
	th := r.t.Theme()
	size = th.Size(r.t.sizeName)
	pad = th.Size(theme.SizeNameInnerPadding)
	spacing = th.Size(theme.SizeNameLineSpacing)
	lineHeight = fyne.MeasureText("Mg", size, r.t.style).Height
	return
}

// pieces splits the text where its marks or its spacing change.
func (r *flowRenderer) pieces(size float32) []piece {
	t := r.t
	attrs := make([]attr, len(t.text))
	for i := range attrs {
		attrs[i].mention = -1
	}
	for i, m := range t.marks {
		for k := max(m.start, 0); k < min(m.end, len(t.text)); k++ {
			switch m.kind {
			case markMention:
				if t.onMention != nil {
					attrs[k].mention = i
				}
			default:
				attrs[k].highlight = max(attrs[k].highlight, m.kind)
			}
		}
	}
	var out []piece
	for i := 0; i < len(t.text); {
		space := unicode.IsSpace(t.text[i])
		j := i + 1
		for j < len(t.text) && unicode.IsSpace(t.text[j]) == space && (space || attrs[j] == attrs[i]) {
			j++
		}
		p := piece{start: i, end: j, space: space, attr: attrs[i]}
		if space && (i == 0 || j == len(t.text) || attrs[i-1] != attrs[j]) {
			// A space takes the marks of its neighbours only when they agree,
			// so "Verenigde Staten" is one link and two matched words one highlight.
			p.attr = attr{mention: -1}
		} else if space {
			p.attr = attrs[i-1]
		}
		p.width = fyne.MeasureText(string(t.text[i:j]), size, t.style).Width
		out = append(out, p)
		i = j
	}
	return out
}

// breakLines fills lines of at most width with whole words, greedily.
func breakLines(pieces []piece, width float32) [][]piece {
	var lines [][]piece
	var line []piece
	x := float32(0)
	for i := 0; i < len(pieces); {
		if pieces[i].space {
			if len(line) > 0 {
				line = append(line, pieces[i])
				x += pieces[i].width
			}
			i++
			continue
		}
		j, w := i, float32(0)
		for j < len(pieces) && !pieces[j].space {
			w += pieces[j].width
			j++
		}
		if len(line) > 0 && x+w > width {
			lines = append(lines, trimSpace(line))
			line, x = nil, 0
		}
		line = append(line, pieces[i:j]...)
		x += w
		i = j
	}
	if len(line) > 0 {
		lines = append(lines, trimSpace(line))
	}
	return lines
}

func trimSpace(line []piece) []piece {
	for len(line) > 0 && line[len(line)-1].space {
		line = line[:len(line)-1]
	}
	return line
}

func (r *flowRenderer) layoutLines(width float32) {
	size, pad, _, _ := r.metrics()
	r.width = width
	r.lines = breakLines(r.pieces(size), max(width-2*pad, 1))
}

func (r *flowRenderer) lineCount() int {
	n := len(r.lines)
	if r.t.maxLines > 0 {
		n = min(n, r.t.maxLines)
	}
	return max(n, 1)
}

func (r *flowRenderer) MinSize() fyne.Size {
	if r.width != r.t.Size().Width {
		r.layoutLines(r.t.Size().Width)
	}
	_, pad, lineHeight, spacing := r.metrics()
	n := float32(r.lineCount())
	return fyne.NewSize(2*pad, 2*pad+n*lineHeight+(n-1)*spacing)
}

func (r *flowRenderer) Layout(size fyne.Size) {
	if size.Width != r.width {
		r.layoutLines(size.Width)
	}
	r.build()
}

// build makes the drawn objects of the lines: one text per stretch of the
// same marks, with a rounded background behind highlights and a line under
// mentions.
func (r *flowRenderer) build() {
	t := r.t
	th := t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	textSize, pad, lineHeight, spacing := r.metrics()
	r.lineHeight = lineHeight
	textColor := th.Color(t.colorName, v)
	mentionColor := th.Color(colorMention, v)

	lines := r.lines
	truncated := false
	if t.maxLines > 0 && len(lines) > t.maxLines {
		lines = lines[:t.maxLines]
		truncated = true
	}

	r.runs = r.runs[:0]
	ellipsis := fyne.MeasureText("…", textSize, t.style).Width
	var back, front []fyne.CanvasObject
	for li, line := range lines {
		y := pad + float32(li)*(lineHeight+spacing)
		last := truncated && li == len(lines)-1
		if last {
			// Keep the words that fit before the "…".
			limit, w, keep := r.width-2*pad-ellipsis, float32(0), 0
			for keep < len(line) && w+line[keep].width <= limit {
				w += line[keep].width
				keep++
			}
			line = trimSpace(line[:keep])
		}
		x := pad
		for i := 0; i < len(line); {
			j := i + 1
			for j < len(line) && line[j].attr == line[i].attr {
				j++
			}
			w := float32(0)
			for _, p := range line[i:j] {
				w += p.width
			}
			r.runs = append(r.runs, run{start: line[i].start, end: line[j-1].end, attr: line[i].attr, x: x, y: y, w: w})
			x += w
			i = j
		}
		if last {
			r.runs = append(r.runs, run{start: -1, end: -1, attr: attr{mention: -1}, x: x, y: y, w: ellipsis})
		}
	}

	var selection []fyne.CanvasObject
	for _, run := range r.runs {
		if from, to := max(run.start, t.selFrom), min(run.end, t.selTo); from < to {
			// The selected part of the run, measured from the run's start.
			left := fyne.MeasureText(string(t.text[run.start:from]), textSize, t.style).Width
			right := fyne.MeasureText(string(t.text[run.start:to]), textSize, t.style).Width
			sel := canvas.NewRectangle(th.Color(theme.ColorNameSelection, v))
			sel.Move(fyne.NewPos(run.x+left, run.y))
			sel.Resize(fyne.NewSize(right-left, lineHeight))
			selection = append(selection, sel)
		}
		s := "…"
		if run.start >= 0 {
			s = string(t.text[run.start:run.end])
		}
		txt := canvas.NewText(s, textColor)
		txt.TextSize = textSize
		txt.TextStyle = t.style
		if run.highlight != 0 {
			bg := canvas.NewRectangle(th.Color(colorMatch, v))
			if run.highlight == markCurrent {
				bg.FillColor = th.Color(colorMatchCurrent, v)
				txt.Color = th.Color(colorOnMatchCurrent, v)
			}
			bg.CornerRadius = 3
			bg.Move(fyne.NewPos(run.x-2, run.y))
			bg.Resize(fyne.NewSize(run.w+4, lineHeight))
			back = append(back, bg)
		}
		if run.mention >= 0 {
			if run.highlight != markCurrent {
				txt.Color = mentionColor
			}
			under := canvas.NewRectangle(withAlpha(mentionColor, 0x80))
			thickness := float32(1)
			if run.mention == t.hovered {
				under.FillColor = mentionColor
				thickness = 2
			}
			under.Move(fyne.NewPos(run.x, run.y+lineHeight-thickness))
			under.Resize(fyne.NewSize(run.w, thickness))
			front = append(front, under)
		}
		txt.Move(fyne.NewPos(float32(math.Round(float64(run.x))), run.y))
		front = append(front, txt)
	}
	r.objects = append(append(back, selection...), front...)
}

func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *flowRenderer) Refresh() {
	r.layoutLines(r.t.Size().Width)
	r.build()
	// The widget, not the embedded flowText of a readerText: the canvas
	// does not know the latter, and would not redraw.
	canvas.Refresh(r.t.self)
}

func (r *flowRenderer) Destroy() {}
