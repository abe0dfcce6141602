//go:build js

package gui

import "fyne.io/fyne/v2"

// fileMenu is the browser's File menu: a dossier file or a folder chosen in
// the browser's file picker (which can also be dropped on the page), the
// collections the browser keeps, the site's own dossier where it publishes
// one, and the built-in articles. A web page is
// closed with its tab, so there is no Quit; importing writes into a folder,
// which a page has none of. item makes an item with a shortcut (see
// buildMainMenu).
func (m *MainWindow) fileMenu(item func(string, func(), fyne.Shortcut) *fyne.MenuItem) *fyne.Menu {
	items := []*fyne.MenuItem{
		item(tr("menu.opendossier"), m.pickBrowserDossier, nil),
		item(tr("menu.openfolder"), m.pickBrowserFolder, nil),
		fyne.NewMenuItemSeparator(),
		item(tr("menu.kept"), m.showKeptCollections, nil),
	}
	if entry := publishedEntry(); entry.Truthy() {
		// On a published site: back to the site's own dossier.
		items = append(items, item(tr("menu.published", map[string]any{"Name": entry.Get("name").String()}), m.reopenPublished, nil))
	}
	items = append(items, item(tr("menu.builtin"), m.backToBuiltin, nil))
	return fyne.NewMenu(tr("menu.file"), items...)
}
