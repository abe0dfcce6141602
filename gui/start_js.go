//go:build js

package gui

import (
	"context"
	"syscall/js"
)

// waitForFirstFrame waits until the browser has drawn the window's first
// frames: see Start and afterFirstFrame. The start waits once, before any
// collection opens, and not again when its bytes come.
func waitForFirstFrame(ctx context.Context) error { return afterFirstFrame(ctx) }

// afterFirstFrame waits until the window's canvas is on the page and a few
// animation frames have passed since. Opening a collection keeps the
// browser's one thread busy, and a published dossier on loopback is here
// before the window is drawn: opened at once, it would hold back the first
// frame by the whole opening, where the reader should see the window first.
func afterFirstFrame(ctx context.Context) error {
	const frames = 3
	done := make(chan struct{})
	seen := 0
	var tick js.Func
	tick = js.FuncOf(func(js.Value, []js.Value) any {
		if js.Global().Get("document").Call("querySelector", "canvas").Truthy() {
			seen++
		}
		if seen >= frames {
			tick.Release()
			close(done)
			return nil
		}
		js.Global().Call("requestAnimationFrame", tick)
		return nil
	})
	js.Global().Call("requestAnimationFrame", tick)
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

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
