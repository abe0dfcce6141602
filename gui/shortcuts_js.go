//go:build js

package gui

import (
	"syscall/js"

	"fyne.io/fyne/v2"
)

// addBrowserShortcuts makes Ctrl+=, Ctrl++ and Ctrl+- change the text size
// in the browser too. Fyne 2.7.1's browser driver has no key name for =, +
// and - (its key table knows letters, digits and a few others), so these
// shortcuts never reach the window there. The page's own key event does:
// the driver's listener cancels the browser's zoom for it.
func (m *MainWindow) addBrowserShortcuts() {
	document := js.Global().Get("document")
	document.Call("addEventListener", "keydown", js.FuncOf(func(_ js.Value, args []js.Value) any {
		larger, ok := textSizeKey(args[0])
		if ok {
			// A js.Func must not block: the change waits for the UI goroutine.
			go fyne.Do(func() { m.stepTextSize(larger) })
		}
		return nil
	}))
}

// textSizeKey tells whether a key event asks for a larger or a smaller text.
func textSizeKey(event js.Value) (larger, ok bool) {
	if !event.Get("ctrlKey").Bool() && !event.Get("metaKey").Bool() || event.Get("altKey").Bool() {
		return false, false
	}
	switch event.Get("key").String() {
	case "=", "+":
		return true, true
	case "-":
		return false, true
	}
	return false, false
}
