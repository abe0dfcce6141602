//go:build js

// Package fyneframes has Fyne's loop draw the window at most once for each
// frame the browser shows. Fyne 2.7.1 draws on a 60 Hz timer of its own
// whenever something changed (internal/driver/glfw/loop.go), and in the
// browser a drawing that takes longer than a tick (a large collection's
// window, in a software WebGL) was followed by another before the browser
// had shown the first: measured while typing into a published 10,000-article
// dossier, a third of the browser's frames held two drawings of the whole
// window, the first never seen, each costing the page's one thread and the
// GPU as much as the one shown.
//
// The web build compiles these files into Fyne's GLFW driver as its own
// (package glfw, see ../fyneframes.go): the loop asks dossierMayDraw before
// it draws, and the painting calls dossierDrew. What changes meanwhile stays
// marked and is drawn at the first tick after the browser's next frame.
// Every name starts with "dossier", to stay clear of the driver's own, and
// the files are written in Fyne's language version (go 1.19).
package fyneframes

import (
	"sync/atomic"
	"syscall/js"
)

var (
	// dossierUnshown is set from the drawing of the window until the
	// browser's next animation frame, which shows it.
	dossierUnshown atomic.Bool
	dossierShown   = js.FuncOf(func(js.Value, []js.Value) any {
		dossierUnshown.Store(false)
		return nil
	})
)

// dossierMayDraw reports whether the browser has shown the window's last
// drawing, or none was made yet.
func dossierMayDraw() bool { return !dossierUnshown.Load() }

// dossierDrew notes that the window was drawn: the next drawing waits for
// the browser's next frame. The browser gives no frames to a hidden page,
// which is then not drawn either, until it is shown again.
func dossierDrew() {
	if !dossierUnshown.Swap(true) {
		js.Global().Call("requestAnimationFrame", dossierShown)
	}
}
