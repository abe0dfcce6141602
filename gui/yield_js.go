//go:build js

package gui

import "time"

// drawnEvery is how often Fyne's loop draws the window: its event tick,
// sixty times a second (internal/driver/glfw/loop.go).
const drawnEvery = time.Second / 60

// afterDrawing is the session's Yield in the browser (see view.Options):
// f runs on the UI goroutine once Fyne's loop has had a tick to draw what
// changed. The page's one thread runs the search, the views and the
// drawing in turn; waiting a tick lets the keystroke's letter, and then the
// search's result, be drawn before the next piece of work.
func (m *MainWindow) afterDrawing() func(func()) {
	return func(f func()) {
		go func() {
			time.Sleep(drawnEvery + 3*time.Millisecond)
			m.do(f)
		}()
	}
}
