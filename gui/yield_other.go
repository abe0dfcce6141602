//go:build !js

package gui

// afterDrawing is nil on the desktop, where the search runs on a thread of
// its own and the window draws meanwhile (see view.Options.Yield).
func (m *MainWindow) afterDrawing() func(func()) { return nil }
