//go:build !js

package gui

// addBrowserHooks has nothing to add on the desktop, where Fyne knows every
// key of the window's shortcuts and follows the system's scheme itself.
func (m *MainWindow) addBrowserHooks() {}
