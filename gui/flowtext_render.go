package gui

import (
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

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

func (r *flowRenderer) layoutLines(width float32) {
	r.width = width
	if width <= 0 {
		// Not laid out yet: breaking the text into one word a line, only to
		// break it again at its real width, cost an article's worth of
		// drawn texts before the window's first frame.
		r.lines = nil
		return
	}
	size, pad, _, _ := r.metrics()
	t := r.t
	measure := func(s string) float32 { return measureWidth(s, size, t.style) }
	r.lines = breakLines(splitPieces(t.text, t.marks, t.links(), measure), max(width-2*pad, 1))
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
	actorColor, targetColor := th.Color(colorActor, v), th.Color(colorTarget, v)

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
			r.runs = append(r.runs, run{start: -1, end: -1, attr: plainAttr(), x: x, y: y, w: ellipsis})
		}
	}

	var spots, selection []fyne.CanvasObject
	dateColor := th.Color(colorDate, v)
	for _, run := range r.runs {
		if run.spot {
			// Behind everything else; the runs of a line touch, so a
			// sentence is one band.
			bg := canvas.NewRectangle(th.Color(colorSpot, v))
			bg.Move(fyne.NewPos(run.x, run.y))
			bg.Resize(fyne.NewSize(run.w, lineHeight))
			spots = append(spots, bg)
		}
		if from, to := max(run.start, t.selFrom), min(run.end, t.selTo); from < to {
			// The selected part of the run, measured from the run's start.
			left := measureWidth(string(t.text[run.start:from]), textSize, t.style)
			right := measureWidth(string(t.text[run.start:to]), textSize, t.style)
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
		if run.mention >= 0 || run.role != 0 {
			col := mentionColor
			switch run.role {
			case markActor, markGroup:
				col = actorColor
			case markTarget:
				col = targetColor
			}
			if run.highlight != markCurrent {
				txt.Color = col
			}
			front = append(front, underline(run, lineHeight, col, run.mention >= 0 && run.mention == t.hovered)...)
		}
		if run.date >= 0 && run.mention < 0 && run.role == 0 {
			front = append(front, dottedUnderline(run, lineHeight, dateColor, run.date == t.hoveredDate)...)
		}
		txt.Move(fyne.NewPos(float32(math.Round(float64(run.x))), run.y))
		front = append(front, drawArrows(txt, lineHeight)...)
	}
	r.objects = append(append(append(spots, back...), selection...), front...)
}

// drawnArrow is the character drawArrows draws itself: Fyne's embedded
// font has no arrows, and where no system font stands in for it (the
// browser) "pegasis → Pegasus" and "China → EU" showed a box. It takes the
// room of arrowRoom, which the font has, so that it is as wide everywhere.
const drawnArrow, arrowRoom = "→", "—"

// measureWidth is the width of a text as flowText draws it, its arrows as
// wide as arrowRoom.
func measureWidth(s string, size float32, style fyne.TextStyle) float32 {
	return textWidth(strings.ReplaceAll(s, drawnArrow, arrowRoom), size, style)
}

// drawArrows returns txt, placed, as it is when it holds no drawnArrow;
// otherwise the text around each arrow, and the arrow drawn in lines of the
// text's colour in the room the font gives the character.
func drawArrows(txt *canvas.Text, lineHeight float32) []fyne.CanvasObject {
	if !strings.Contains(txt.Text, drawnArrow) {
		return []fyne.CanvasObject{txt}
	}
	measure := func(s string) float32 { return measureWidth(s, txt.TextSize, txt.TextStyle) }
	var out []fyne.CanvasObject
	at := txt.Position()
	x := at.X
	for i, part := range strings.Split(txt.Text, drawnArrow) {
		if i > 0 {
			w := measure(drawnArrow)
			out = append(out, arrowLines(x, at.Y+lineHeight*0.55, w, txt.TextSize, txt.Color)...)
			x += w
		}
		if part == "" {
			continue
		}
		t := canvas.NewText(part, txt.Color)
		t.TextSize, t.TextStyle = txt.TextSize, txt.TextStyle
		t.Move(fyne.NewPos(x, at.Y))
		out = append(out, t)
		x += measure(part)
	}
	return out
}

// arrowLines is a right arrow across width w at height y: a shaft and two
// barbs, their stroke following the text's size.
func arrowLines(x, y, w, textSize float32, col color.Color) []fyne.CanvasObject {
	stroke := max(1, textSize/12)
	from, to := x+w*0.12, x+w*0.88
	barb := min(w*0.32, textSize*0.3)
	line := func(x1, y1, x2, y2 float32) fyne.CanvasObject {
		l := canvas.NewLine(col)
		l.StrokeWidth = stroke
		l.Position1, l.Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
		return l
	}
	return []fyne.CanvasObject{
		line(from, y, to, y),
		line(to-barb, y-barb*0.8, to, y),
		line(to-barb, y+barb*0.8, to, y),
	}
}

// Underlines, in dp: a target's is dashed, so that actor and target differ
// in more than their colour.
const underlineDash, underlineDashGap = 3, 2

// underline is the line under a marked run: solid for a mention, an actor
// or a group, dashed for a target; faint, or strong and thicker when the
// pointer is on its link.
func underline(run run, lineHeight float32, col color.Color, hovered bool) []fyne.CanvasObject {
	fill, thickness := color.Color(withAlpha(col, 0x80)), float32(1)
	if run.role == markActor || run.role == markGroup || run.role == markTarget {
		fill, thickness = withAlpha(col, 0xc0), 1.5
	}
	if hovered {
		fill, thickness = col, 2
	}
	y := run.y + lineHeight - thickness
	line := func(x, w float32) fyne.CanvasObject {
		r := canvas.NewRectangle(fill)
		r.Move(fyne.NewPos(x, y))
		r.Resize(fyne.NewSize(w, thickness))
		return r
	}
	if run.role != markTarget || hovered {
		return []fyne.CanvasObject{line(run.x, run.w)}
	}
	return []fyne.CanvasObject{patternLine(run.x, y, run.w, thickness, underlineDash, underlineDashGap, fill)}
}

// dateDot is the side of a dot of a dated expression's underline, and
// dateDotGap the room between two, in dp.
const dateDot, dateDotGap = 1.5, 1.5

// dottedUnderline is the line under a dated expression: dots, apart from
// the solid and dashed lines of links and roles, and solid while its date
// is shown.
func dottedUnderline(run run, lineHeight float32, col color.Color, hovered bool) []fyne.CanvasObject {
	y := run.y + lineHeight - dateDot
	if hovered {
		r := canvas.NewRectangle(col)
		r.Move(fyne.NewPos(run.x, y-0.5))
		r.Resize(fyne.NewSize(run.w, 2))
		return []fyne.CanvasObject{r}
	}
	return []fyne.CanvasObject{patternLine(run.x, y, run.w, dateDot, dateDot, dateDotGap, col)}
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
