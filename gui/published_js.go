//go:build js

package gui

// openPublishedAtStart opens the dossier the site publishes, and tells
// whether it publishes one.
func (m *MainWindow) openPublishedAtStart() bool { return false }
