package gui

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// dragAcross drags over a widget as the desktop driver reports it: each
// event has the pointer's position and the distance since the last one.
func dragAcross(d fyne.Draggable, from, to fyne.Position) {
	mid := fyne.NewPos((from.X+to.X)/2, (from.Y+to.Y)/2)
	d.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: mid}, Dragged: fyne.NewDelta(mid.X-from.X, mid.Y-from.Y)})
	d.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-mid.X, to.Y-mid.Y)})
	d.DragEnd()
}

// runeX is where the boundary before rune k of the first line is drawn.
func runeX(t *flowText, k int) float32 {
	size := t.Theme().Size(t.sizeName)
	return t.renderer.runs[0].x + fyne.MeasureText(string(t.text[:k]), size, t.style).Width
}

func TestReaderTextSelectsByDragging(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newReadingTheme(ThemeLight, defaultTextSize))
	text := "De Marokkaanse dienst en Pegasus."
	r := newReaderText(text, theme.SizeNameText, fyne.TextStyle{}, nil)
	w := test.NewWindow(r)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 100))
	t.Cleanup(w.Close)
	var told int
	r.onSelect = func(*readerText) { told++ }

	y := r.renderer.runs[0].y + 5
	// From just right of the boundary before "Marokkaanse" to just left of the one after it.
	dragAcross(r, fyne.NewPos(runeX(&r.flowText, 3)+1, y), fyne.NewPos(runeX(&r.flowText, 14)-1, y))
	if got := r.selected(); got != "Marokkaanse" || told != 1 {
		t.Errorf("dragging over \"Marokkaanse\" selected %q (reported %d times)", got, told)
	}
	var shaded float32
	for _, o := range test.WidgetRenderer(r).Objects() {
		if rect, ok := o.(*canvas.Rectangle); ok && rect.FillColor == r.Theme().Color(theme.ColorNameSelection, a.Settings().ThemeVariant()) {
			shaded += rect.Size().Width
		}
	}
	if want := runeX(&r.flowText, 14) - runeX(&r.flowText, 3); math.Abs(float64(shaded-want)) > 0.5 {
		t.Errorf("the selection is shaded %v wide, want %v", shaded, want)
	}

	// Backwards, and out of the text below: to its end.
	dragAcross(r, fyne.NewPos(runeX(&r.flowText, 25)+1, y), fyne.NewPos(runeX(&r.flowText, 3), y))
	if got := r.selected(); got != "Marokkaanse dienst en " {
		t.Errorf("dragging backwards selected %q", got)
	}
	dragAcross(r, fyne.NewPos(runeX(&r.flowText, 25), y), fyne.NewPos(5, 90))
	if got := r.selected(); got != "Pegasus." {
		t.Errorf("dragging out below the text selected %q, want up to its end", got)
	}

	r.copyItem().Action()
	if got := a.Clipboard().Content(); got != "Pegasus." {
		t.Errorf("the context menu copied %q, want the selection", got)
	}
	test.Tap(r)
	if got := r.selected(); got != "" {
		t.Errorf("a tap left %q selected", got)
	}
	r.copyItem().Action()
	if got := a.Clipboard().Content(); got != text {
		t.Errorf("without a selection the context menu copied %q, want the whole text", got)
	}
	// The canvas knows the readerText, not the flowText inside it: that is
	// what a refresh must name, or the desktop driver never redraws it.
	driver := fyne.CurrentApp().Driver()
	if driver.CanvasForObject(r.self) == nil || r.self != fyne.Widget(r) {
		t.Errorf("the text refreshes %T, which is not on the canvas", r.self)
	}
	if r.Cursor() != desktop.TextCursor {
		t.Errorf("the cursor over the text is %v, want the text cursor", r.Cursor())
	}
}

func TestReaderTextSelectsAcrossLines(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(newReadingTheme(ThemeLight, defaultTextSize))
	r := newReaderText(strings.Repeat("woord ", 40), theme.SizeNameText, fyne.TextStyle{}, nil)
	w := test.NewWindow(r)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(200, 400))
	t.Cleanup(w.Close)
	lines := drawnLines(&r.flowText)
	first := r.renderer.runs[0]
	var second run
	for _, run := range r.renderer.runs {
		if run.y > first.y {
			second = run
			break
		}
	}
	// From the start of the first line to the end of the second.
	dragAcross(r, fyne.NewPos(first.x-2, first.y+5), fyne.NewPos(second.x+second.w+10, second.y+5))
	if got, want := r.selected(), lines[0]+" "+lines[1]; got != want {
		t.Errorf("selected %q, want the first two lines %q", got, want)
	}
}
