//go:build !js

package gui

// addBrowserShortcuts has nothing to add on the desktop, where Fyne knows
// every key of the window's shortcuts.
func (m *MainWindow) addBrowserShortcuts() {}
