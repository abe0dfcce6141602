//go:build js

package gui

import "time"

// drawnEvery is how often Fyne's loop draws the window: its event tick,
// sixty times a second (internal/driver/glfw/loop.go).
const drawnEvery = time.Second / 60

// afterDrawing is the session's Yield in the browser (see view.Options):
// what it is handed runs on the UI goroutine once Fyne's loop has had a
// tick to draw what changed. The page's one thread runs the search, the
// views and the drawing in turn; waiting a tick lets the keystroke's
// letter, and then the search's result, be drawn before the next piece of
// work.
func (m *MainWindow) afterDrawing() func(func()) { return m.after(drawnEvery + 3*time.Millisecond) }

// typingPause is how long the state must stay unchanged in the browser
// before a search starts: about the time between a fast typist's keys, so
// that a word typed in one go is searched for once, when it is there, and
// every key meanwhile gets its frame.
const typingPause = 150 * time.Millisecond

// afterTypingPauses is the session's Settle in the browser (see
// view.Options).
func (m *MainWindow) afterTypingPauses() func(func()) { return m.after(typingPause) }

// after hands its function to the UI goroutine d from now.
func (m *MainWindow) after(d time.Duration) func(func()) {
	return func(f func()) {
		go func() {
			time.Sleep(d)
			m.do(f)
		}()
	}
}
