//go:build js

package gui

import (
	"syscall/js"

	gl "github.com/fyne-io/gl-js"
)

// withGLContext runs f with the page's WebGL context current, as Fyne's
// desktop driver does around a theme change. Fyne 2.7.1's browser driver
// frees the text textures of a changed theme without a current context and
// panics ("syscall/js: call of Value.Call on null", fyne-io/fyne#5931; fixed
// upstream by fyne-io/fyne#6162 after 2.7): without this, choosing the dark
// theme or a larger text in the browser ends the app. The context is the
// one Fyne's driver made for its canvas: getContext returns it again.
func withGLContext(f func()) {
	canvas := js.Global().Get("document").Call("querySelector", "canvas")
	if canvas.IsNull() { // before the window is shown: no textures yet
		f()
		return
	}
	context := canvas.Call("getContext", "webgl")
	if context.IsNull() {
		f()
		return
	}
	gl.ContextWatcher.OnMakeCurrent(context)
	defer gl.ContextWatcher.OnDetach()
	f()
}
