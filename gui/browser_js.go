//go:build js

package gui

import (
	"syscall/js"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// addBrowserHooks gives the browser build what Fyne 2.7.1's browser driver
// lacks or gets wrong: the text-size shortcuts and following the system's
// colour scheme. Each js.Func hands its work to the UI goroutine and returns
// at once: a js.Func that blocks stops the page's event loop, and with it the
// animation frames Fyne's main loop waits for.
func (m *MainWindow) addBrowserHooks() {
	m.addTextSizeKeys()
	m.followColorScheme()
}

// addTextSizeKeys makes Ctrl+=, Ctrl++ and Ctrl+- change the text size.
// The driver has no key name for =, + and - (its key table knows letters,
// digits and a few others), so these shortcuts never reach the window. The
// page's own key event does; the driver's listener cancels the browser's
// zoom for it.
func (m *MainWindow) addTextSizeKeys() {
	document := js.Global().Get("document")
	document.Call("addEventListener", "keydown", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if larger, ok := textSizeKey(args[0]); ok {
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

// followColorScheme follows the system's light or dark scheme while the app
// runs. The driver's own listener changes the theme inside the event and
// ends the app (see shieldColorScheme in wasm/loader.js, which keeps it
// out); this one is marked so that the loader lets it through.
func (m *MainWindow) followColorScheme() {
	query := js.Global().Call("matchMedia", "(prefers-color-scheme: dark)")
	listener := js.FuncOf(func(js.Value, []js.Value) any {
		variant := theme.VariantLight
		if query.Get("matches").Bool() {
			variant = theme.VariantDark
		}
		go fyne.Do(func() { m.systemVariantChanged(variant) })
		return nil
	})
	listener.Set("dossierSafe", true)
	query.Call("addEventListener", "change", listener)
}

// systemVariantChanged redraws in the system's new scheme when the theme
// follows the system.
func (m *MainWindow) systemVariantChanged(variant fyne.ThemeVariant) {
	m.systemVariant = &variant
	if m.mode == ThemeSystem {
		m.setTheme(m.mode)
	}
}
