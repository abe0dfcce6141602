//go:build js

package gui

// showImport does nothing in the browser: a web page has no folders to
// import from or into, and its menu has no File menu to call this from.
// It is here so that menus.go reads the same for both builds.
func (m *MainWindow) showImport() {}
