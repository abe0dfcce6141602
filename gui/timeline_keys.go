package gui

// The timeline from the keyboard, for readers who do not use a pointer. Tab
// focuses the strip, which then draws a ring; the keys below move a cursor
// bar by bar and build a range that is only reported when applied, so
// stepping across the years does not start a search at every bar.
//
//   - Left/Right: the cursor moves one bar (a month, or the quarter or year a
//     bar stands for when they are aggregated). The first press after the
//     strip gains focus only shows the cursor: at the end of the selection,
//     or else at the last month with matches, where the reader most likely
//     wants to start.
//   - Home/End: the cursor goes to the first or last bar.
//   - Shift with any of these: extend a pending range from where the cursor
//     was when Shift was first used.
//   - Enter or Space: apply the pending range, or else the cursor's bar, as a
//     tap on it would (onMonth for a single month, onRange otherwise).
//   - Escape: drop the pending range; with none pending, clear the selection.
//   - Down: the events of the cursor's bar (timeline_events.go): the article
//     of a lone one opens at its sentence, more are listed to choose from.
//
// The cursor's bar is marked and labelled as a hovered bar is, and the view
// pans to keep it in sight when zoomed in. Clicking does not take focus, so a
// reader who clicks a bar keeps typing into the search bar.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"dossier/corpus"
)

// timelineKeys is the keyboard's state: the cursor and the pending range.
type timelineKeys struct {
	focused bool
	// shift is whether a Shift key is down; fyne.KeyEvent carries no
	// modifiers, so KeyDown and KeyUp keep track, as widget.Entry does.
	shift bool
	// placed is false until the first key after focus puts the cursor down.
	placed bool
	// cursor is a month inside the cursor's bar, not the bar's first month,
	// so the cursor stays put when zooming changes how months are grouped.
	cursor int
	// anchor is a month inside the bar the pending range was started from.
	anchor  int
	pending timelineRange
	// showing is whether the keyboard, rather than the pointer, has the
	// label: whichever was used last.
	showing bool
}

var (
	_ fyne.Focusable  = (*Timeline)(nil)
	_ desktop.Keyable = (*Timeline)(nil)
)

// FocusGained is part of fyne.Focusable.
func (t *Timeline) FocusGained() {
	t.keys = timelineKeys{focused: true}
	t.Refresh()
}

// FocusLost is part of fyne.Focusable: a range that was never applied is
// forgotten, as Escape would.
func (t *Timeline) FocusLost() {
	t.keys = timelineKeys{}
	t.Refresh()
}

// TypedRune is part of fyne.Focusable. Space arrives here as well as in
// TypedKey; the runes are swallowed so that typing while the timeline has
// focus does nothing rather than something elsewhere.
func (t *Timeline) TypedRune(rune) {}

// KeyDown is part of desktop.Keyable.
func (t *Timeline) KeyDown(e *fyne.KeyEvent) {
	if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
		t.keys.shift = true
	}
}

// KeyUp is part of desktop.Keyable.
func (t *Timeline) KeyUp(e *fyne.KeyEvent) {
	if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
		t.keys.shift = false
	}
}

// TypedKey is part of fyne.Focusable.
func (t *Timeline) TypedKey(e *fyne.KeyEvent) {
	if t.data.months == 0 {
		return
	}
	switch e.Name {
	case fyne.KeyLeft:
		t.moveCursor(func(b timelineBucket) int { return b.first - 1 }, false)
	case fyne.KeyRight:
		t.moveCursor(func(b timelineBucket) int { return b.last + 1 }, false)
	case fyne.KeyHome:
		t.moveCursor(func(timelineBucket) int { return t.data.first }, true)
	case fyne.KeyEnd:
		t.moveCursor(func(timelineBucket) int { return t.data.end() - 1 }, true)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		t.applyKeys()
	case fyne.KeyEscape:
		t.escapeKeys()
	case fyne.KeyDown:
		t.cursorEvents()
	}
}

// cursorEvents opens the events of the cursor's bar, as a click on its
// part of the layer of events does.
func (t *Timeline) cursorEvents() {
	if !t.keys.placed {
		return
	}
	g := t.geometry(t.Size())
	if target, ok := t.bucketEvents(t.cursorBucket(g.bucketMonths)); ok {
		b := t.cursorBucket(g.bucketMonths)
		t.openEvents(target, fyne.NewPos(g.x(float64(b.first+b.last+1)/2), g.eventTop))
	}
}

// moveCursor moves the cursor to the bar holding the month step picks from
// the cursor's bar, extending the pending range when Shift is down. A
// relative step (not absolute) that is the first after focus only shows
// where the cursor starts.
func (t *Timeline) moveCursor(step func(b timelineBucket) int, absolute bool) {
	n := t.geometry(t.Size()).bucketMonths
	wasPlaced := t.keys.placed
	if !wasPlaced {
		t.keys.cursor, t.keys.placed = t.keyboardStart(), true
	}
	from := t.cursorBucket(n)
	if wasPlaced || absolute {
		t.keys.cursor = max(t.data.first, min(step(from), t.data.end()-1))
	}
	if t.keys.shift {
		if !t.keys.pending.ok {
			t.keys.anchor = from.first
		}
		anchor, cursor := t.data.bucketOf(t.keys.anchor, n), t.cursorBucket(n)
		t.keys.pending = timelineRange{from: min(anchor.first, cursor.first), to: max(anchor.last, cursor.last), ok: true}
	} else {
		t.keys.pending = timelineRange{}
	}
	t.keys.showing = true
	t.revealCursor(n)
	t.Refresh()
}

// keyboardStart is where the cursor first appears: the end of the selection,
// or the last month with matches, or the last month of all.
func (t *Timeline) keyboardStart() int {
	if t.selection.ok {
		return max(t.data.first, min(t.selection.to, t.data.end()-1))
	}
	for i := len(t.data.counts) - 1; i >= 0; i-- {
		if t.data.counts[i] > 0 {
			return t.data.first + i
		}
	}
	return t.data.end() - 1
}

// cursorBucket is the bar the cursor is on, bars being n months wide.
func (t *Timeline) cursorBucket(n int) timelineBucket { return t.data.bucketOf(t.keys.cursor, n) }

// revealCursor pans, without zooming, just far enough to bring the cursor's
// bar into view.
func (t *Timeline) revealCursor(n int) {
	b := t.cursorBucket(n)
	lo, hi := float64(b.first), float64(b.last+1)
	shift := 0.0
	switch {
	case lo < t.viewStart:
		shift = lo - t.viewStart
	case hi > t.viewEnd:
		shift = hi - t.viewEnd
	}
	t.viewStart += shift
	t.viewEnd += shift
	t.clampView()
}

// applyKeys reports the pending range, or else the cursor's bar, and shows
// it as the selection until SetData says otherwise.
func (t *Timeline) applyKeys() {
	if !t.keys.placed {
		return
	}
	r := t.keys.pending
	if !r.ok {
		b := t.cursorBucket(t.geometry(t.Size()).bucketMonths)
		r = timelineRange{from: b.first, to: b.last, ok: true}
	}
	t.keys.pending = timelineRange{}
	t.selection = r
	t.Refresh()
	if r.from == r.to {
		if t.onMonth != nil {
			t.onMonth(corpus.MonthFromIndex(r.from))
		}
		return
	}
	t.reportSelection()
}

// escapeKeys drops the pending range, or when none is pending, clears the
// selection: two presses always get back to the whole corpus.
func (t *Timeline) escapeKeys() {
	if t.keys.pending.ok {
		t.keys.pending = timelineRange{}
		t.Refresh()
		return
	}
	t.clearSelection()
}

// shownSelection is the range the bars and shading show: one being built
// with the keyboard, else the selection.
func (t *Timeline) shownSelection() timelineRange {
	if t.keys.pending.ok {
		return t.keys.pending
	}
	return t.selection
}

// keyboardBucket is the cursor's bar while the keyboard has the label.
func (t *Timeline) keyboardBucket(g timelineGeometry) (timelineBucket, bool) {
	if !t.keys.focused || !t.keys.placed || !t.keys.showing || t.data.months == 0 {
		return timelineBucket{}, false
	}
	return t.cursorBucket(g.bucketMonths), true
}
