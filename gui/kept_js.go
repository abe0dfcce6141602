//go:build js

package gui

// openKeptAtStart opens the collection the reader chose last and the browser
// keeps, and tells whether there was one.
func (m *MainWindow) openKeptAtStart() bool { return false }
