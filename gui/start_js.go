//go:build js

package gui

import "context"

// waitForFirstFrame waits until the browser has drawn the window's first
// frames: see Start and afterFirstFrame.
func waitForFirstFrame(ctx context.Context) error { return afterFirstFrame(ctx) }

// startCollections are what the reader saw last, a collection kept in the
// browser's storage (see kept_js.go), then the dossier the site publishes
// (see published_js.go): the second opens when the first cannot (its data
// gone from the storage, say). Each is made when its turn comes: the site's
// download is stopped while a kept collection opens, and fetched again only
// if it must. Both open as they were left, without a report when nothing is
// wrong.
func (m *MainWindow) startCollections() []func() collection {
	if m.opts.NoRestoreCorpus {
		return nil
	}
	var out []func() collection
	if c, ok := m.keptAtStart(); ok {
		dropPublished()
		out = append(out, func() collection { return c })
	}
	if entry := publishedEntry(); entry.Truthy() {
		out = append(out, func() collection {
			c := publishedCollection(entry)
			c.quiet = true
			return c
		})
	}
	return out
}

// started marks, on a published site, the opening of its dossier and from
// then on every result shown, for wasm/measure (see markResults).
func (m *MainWindow) started(c collection, opened bool) {
	if !publishedEntry().Truthy() {
		return
	}
	if opened && isPublished(c) {
		performanceMark("dossier-collection-open", m.session.Library().Corpus().Len())
	}
	m.markResults()
}
