package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// readerText is a flowText whose country names and threat-actor groups are
// links: tapping a country runs onMention, a group onGroup. Hovering or
// tapping a dated expression tells onDate, which shows its date. Dragging
// across it selects text, as in a label; its context menu copies the
// selection, or the whole text when none.
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
	// onDate hears of the dated expression under the pointer, or tapped,
	// as an index into marks, and of -1 when the pointer leaves it.
	onDate func(t *readerText, i int)
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

// Tapped follows a tapped mention or group, shows the date of a dated
// expression (a touch screen cannot hover), and clears the selection.
func (t *readerText) Tapped(e *fyne.PointEvent) {
	t.selectRunes(0, 0)
	i := t.linkAt(e.Position)
	switch {
	case i < 0:
		t.hoverDate(t.dateAt(e.Position))
	case t.marks[i].kind == markGroup:
		if t.onGroup != nil {
			t.onGroup(t.marks[i].group)
		}
	case t.onMention != nil:
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

func (t *readerText) MouseIn(e *desktop.MouseEvent) { t.MouseMoved(e) }

func (t *readerText) MouseMoved(e *desktop.MouseEvent) {
	t.hover(t.linkAt(e.Position))
	t.hoverDate(t.dateAt(e.Position))
}

func (t *readerText) MouseOut() {
	t.hover(-1)
	t.hoverDate(-1)
}

func (t *readerText) hover(i int) {
	if i != t.hovered {
		t.hovered = i
		t.Refresh()
	}
}

// hoverDate marks dated expression i (-1 for none) as the one whose date
// shows, and tells onDate.
func (t *readerText) hoverDate(i int) {
	if i == t.hoveredDate {
		return
	}
	t.hoveredDate = i
	t.Refresh()
	if t.onDate != nil {
		t.onDate(t, i)
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
