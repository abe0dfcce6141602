package gui

import (
	"image/color"
	"math"
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

	hovered  int // the mention under the pointer, as an index into marks, or -1
	renderer *flowRenderer
}

func newFlowText(text string, size fyne.ThemeSizeName, style fyne.TextStyle) *flowText {
	t := &flowText{}
	t.init(text, size, style)
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

// Set replaces the text and its marks.
func (t *flowText) Set(text string, marks []mark) {
	t.text = []rune(text)
	t.marks = marks
	t.hovered = -1
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
// runs onMention, and its context menu copies the text, which cannot be
// selected.
type readerText struct {
	flowText
}

func newReaderText(text string, size fyne.ThemeSizeName, style fyne.TextStyle, onMention func(string)) *readerText {
	t := &readerText{}
	t.init(text, size, style)
	t.onMention = onMention
	t.ExtendBaseWidget(t)
	return t
}

// Tapped follows a tapped mention.
func (t *readerText) Tapped(e *fyne.PointEvent) {
	if i := t.mentionAt(e.Position); i >= 0 && t.onMention != nil {
		t.onMention(t.marks[i].code)
	}
}

// TappedSecondary offers to copy the text, which cannot be selected.
func (t *readerText) TappedSecondary(e *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(t)
	if c == nil {
		return
	}
	copyText := fyne.NewMenuItem(textCopy(), func() {
		fyne.CurrentApp().Clipboard().SetContent(string(t.text))
	})
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", copyText), c, e.AbsolutePosition)
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

// Cursor is a pointing hand over a mention.
func (t *readerText) Cursor() desktop.Cursor {
	if t.hovered >= 0 {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
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

	for _, run := range r.runs {
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
	r.objects = append(back, front...)
}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(uint16(n.A) * uint16(a) / 0xff)
	return n
}

func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *flowRenderer) Refresh() {
	r.layoutLines(r.t.Size().Width)
	r.build()
	canvas.Refresh(r.t)
}

func (r *flowRenderer) Destroy() {}
