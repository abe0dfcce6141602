//go:build js

package gui

import "context"

// waitForFirstFrame waits until the browser has drawn the window's first
// frames: see Start and afterFirstFrame.
func waitForFirstFrame(ctx context.Context) error { return afterFirstFrame(ctx) }

// startCollection is what the reader saw last: a collection kept in the
// browser's storage (see kept_js.go), else the dossier the site publishes
// (see published_js.go), else none (the built-in articles). Both open as
// they were left, without a report when nothing is wrong.
func (m *MainWindow) startCollection() (collection, bool) {
	if m.opts.NoRestoreCorpus {
		return collection{}, false
	}
	if c, ok := m.keptAtStart(); ok {
		dropPublished() // the site's dossier stays a menu item away (File)
		return c, true
	}
	if entry := publishedEntry(); entry.Truthy() {
		c := publishedCollection(entry)
		c.quiet = true
		return c, true
	}
	return collection{}, false
}

// started marks, on a published site, the opening of its dossier and from
// then on every result shown, for wasm/measure (see markResults).
func (m *MainWindow) started(c collection, starts, opened bool) {
	if !publishedEntry().Truthy() {
		return
	}
	if opened && isPublished(c) {
		performanceMark("dossier-collection-open", m.session.Library().Corpus().Len())
	}
	m.markResults()
}
