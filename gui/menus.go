package gui

import (
	"fyne.io/fyne/v2"
)

func (m *MainWindow) buildMainMenu() *fyne.MainMenu {
	m.themeItems = make(map[ThemeMode]*fyne.MenuItem)
	var items []*fyne.MenuItem
	for _, mode := range ThemeModes() {
		item := fyne.NewMenuItem(mode.Label(), m.whenOpen(func() { m.SetThemeMode(mode) }))
		item.Checked = mode == m.mode
		m.themeItems[mode] = item
		items = append(items, item)
	}
	m.themeMenu = fyne.NewMenu(tr("menu.theme"), items...)
	themeParent := fyne.NewMenuItem(tr("menu.theme"), nil)
	themeParent.ChildMenu = m.themeMenu

	item := func(label string, action func(), shortcut fyne.Shortcut) *fyne.MenuItem {
		i := fyne.NewMenuItem(label, m.whenOpen(action))
		i.Shortcut = shortcut
		return i
	}
	view := fyne.NewMenu(tr("menu.view"), themeParent, fyne.NewMenuItemSeparator(),
		item(tr("menu.larger"), func() { m.stepTextSize(true) }, shortcutLarger),
		item(tr("menu.smaller"), func() { m.stepTextSize(false) }, shortcutSmaller),
		item(tr("menu.defaultsize"), func() { m.SetTextSize(defaultTextSize) }, shortcutDefaultSize),
		fyne.NewMenuItemSeparator(),
		m.newStripItem(item(tr("menu.strip"), m.toggleStrip, shortcutStrip)),
	)
	goMenu := fyne.NewMenu(tr("menu.go"),
		item(tr("menu.search"), m.focusSearch, shortcutSearch),
		item(tr("menu.quickopen"), m.showQuickOpen, shortcutQuickOpen),
		fyne.NewMenuItemSeparator(),
		item(tr("menu.next"), func() { m.reader.stepMatch(true) }, shortcutNextMatch),
		item(tr("menu.previous"), func() { m.reader.stepMatch(false) }, shortcutPreviousMatch),
		fyne.NewMenuItemSeparator(),
		item(tr("menu.bookmark"), func() { m.state.ToggleBookmark(m.state.OpenID()) }, shortcutBookmark),
		item(tr("menu.bookmarks"), func() { m.state.SetBookmarksOnly(!m.state.BookmarksOnly()) }, nil),
		item(tr("menu.clearfilters"), m.state.ClearFilters, shortcutClearFilters),
		fyne.NewMenuItemSeparator(),
		item(tr("menu.copylink"), m.CopyLink, nil),
	)
	help := fyne.NewMenu(tr("menu.help"), item(tr("menu.searchhelp"), m.showSearchHelp, nil),
		item(tr("menu.shortcuts"), m.showShortcuts, nil), item(tr("menu.about"), m.showAbout, nil))
	m.mainMenu = fyne.NewMainMenu(m.fileMenu(item), view, goMenu, help)
	return m.mainMenu
}

func (m *MainWindow) newStripItem(i *fyne.MenuItem) *fyne.MenuItem {
	i.Checked = !m.mem.StripHidden
	m.stripItem = i
	return i
}

// whenOpen is action once the window has its views: the menu is there from
// the first frame (see Start), before them.
func (m *MainWindow) whenOpen(action func()) func() {
	return func() {
		if m.opened() {
			action()
		}
	}
}
