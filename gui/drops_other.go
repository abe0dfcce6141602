//go:build !js

package gui

import (
	"os"

	"fyne.io/fyne/v2"
)

// listenForDrops opens a folder of articles or a dossier file dropped on
// the desktop window, as the File menu does.
func (m *MainWindow) listenForDrops() {
	m.window.SetOnDropped(func(_ fyne.Position, items []fyne.URI) { m.openDropped(items) })
}

// openDropped opens what was dropped when it is one folder or one dossier
// file, and otherwise says what it takes: a dropped article file is not a
// collection of its own, and several things at once are not one.
func (m *MainWindow) openDropped(items []fyne.URI) {
	if len(items) != 1 || items[0].Scheme() != "file" || isOtherFile(items[0].Path()) {
		m.showMessage(tr("drop.title"), tr("drop.one"))
		return
	}
	m.load(collectionAt(items[0].Path()))
}

// isOtherFile says whether path is a file that is no dossier file.
func isOtherFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir() && !isDossierFile(path)
}
