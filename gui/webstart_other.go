//go:build !js

package gui

// openStartCollection has nothing to do on the desktop, where New reopens
// the folder or dossier file remembered (see collectionAt).
func (m *MainWindow) openStartCollection() {}
