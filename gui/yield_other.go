//go:build !js

package gui

// afterDrawing is nil on the desktop, where the search runs on a thread of
// its own and the window draws meanwhile (see view.Options.Yield).
func (m *MainWindow) afterDrawing() func(func()) { return nil }

// afterTypingPauses is nil on the desktop, where a search does not hold up
// the window's drawing (see view.Options.Settle).
func (m *MainWindow) afterTypingPauses() func(func()) { return nil }
