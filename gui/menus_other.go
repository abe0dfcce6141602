//go:build !js

package gui

import "fyne.io/fyne/v2"

// fileMenu is the desktop's File menu: a folder or a dossier file from the
// disk, an import, the built-in articles, and Quit. item makes an item with
// a shortcut (see buildMainMenu).
func (m *MainWindow) fileMenu(item func(string, func(), fyne.Shortcut) *fyne.MenuItem) *fyne.Menu {
	quit := fyne.NewMenuItem(tr("menu.quit"), m.app.Quit)
	quit.IsQuit = true
	return fyne.NewMenu(tr("menu.file"),
		item(tr("menu.opencorpus"), m.openCorpusFolder, shortcutOpenCorpus),
		item(tr("menu.opendossier"), m.openDossierFile, nil),
		item(tr("menu.import"), m.showImport, nil),
		item(tr("menu.builtin"), m.backToBuiltin, nil),
		fyne.NewMenuItemSeparator(), quit)
}
