//go:build js

package gui

import (
	"context"
	"runtime/debug"
)

// startMemoryLimit bounds the heap while the collector rests at start: far
// above what the first frame needs (about 100 MB), far below what a browser
// gives a page.
const startMemoryLimit = 768 << 20

// RelaxCollectorUntilFirstFrame keeps Go's garbage collector from running
// while the app builds its window and draws its first frame, unless the heap
// reaches startMemoryLimit, and restores it after. In the browser the
// collector shares the page's one thread with everything else: the profile
// of the start (wasm/profile) put a third of the time from module ready to
// first frame in the runtime, most of it collecting a heap that only grows
// then.
func RelaxCollectorUntilFirstFrame() {
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(startMemoryLimit)
	go func() {
		afterFirstFrame(context.Background())
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}()
}
