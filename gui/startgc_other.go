//go:build !js

package gui

// RelaxCollectorUntilFirstFrame does nothing on the desktop, where the
// collector runs on cores of its own beside the window's thread.
func RelaxCollectorUntilFirstFrame() {}
