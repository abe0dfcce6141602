//go:build js

package gui

// openStartCollection opens, in the browser, what the reader saw last: a
// collection kept in the browser's storage (see kept_js.go), else the
// dossier the site publishes (see published_js.go), else nothing: the
// built-in articles stay.
func (m *MainWindow) openStartCollection() {
	if m.opts.NoRestoreCorpus {
		return
	}
	if m.openKeptAtStart() {
		dropPublished() // the site's dossier stays a menu item away (File)
		return
	}
	m.openPublishedAtStart()
}
