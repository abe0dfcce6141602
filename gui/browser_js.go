//go:build js

package gui

import (
	"strings"
	"sync"
	"syscall/js"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
)

// addBrowserHooks gives the browser build what Fyne 2.7.1's browser driver
// lacks or gets wrong: keys handled one after the other, in the order they
// were typed, the text-size shortcuts, and following the system's colour
// scheme. Each js.Func hands its work to the UI goroutine and returns at
// once: a js.Func that blocks stops the page's event loop, and with it the
// animation frames Fyne's main loop waits for.
func (m *MainWindow) addBrowserHooks() {
	m.followKeys()
	m.followColorScheme()
}

// browserKey is one key event of the page.
type browserKey struct {
	action    keyAction
	name      fyne.KeyName // as Fyne's desktop driver names it, or fyne.KeyUnknown
	ascii     fyne.KeyName // the letter key's name on a US keyboard, for shortcuts on other layouts
	modifiers fyne.KeyModifier
	char      rune // the character a key press types, or 0
	textSize  int  // +1 or -1 for Ctrl+=, Ctrl++ and Ctrl+-, else 0
}

type keyAction int

const (
	keyPress keyAction = iota
	keyRepeat
	keyRelease
)

// browserKeys takes the page's key events from Fyne's browser driver and
// hands them to the window in order, on the UI goroutine.
//
// The driver (glfw-js v0.3.0) starts two goroutines per key press, one for
// the key and one for its character, and runs Fyne's key handling on them,
// off the UI goroutine. The character's goroutine runs before the key's, and
// a goroutine that waits for the UI goroutine (Fyne's thread checks do, on
// every Refresh of a widget off it; so does a paste) lets the next key's
// goroutines run first: fast typing came out with letters dropped by the
// search bar's redraw of an older text, Backspaces applied late, and Ctrl+A
// selecting a text that was still changing. Here every key event goes into
// one queue that the UI goroutine empties in order, and the handling is
// that of Fyne's desktop driver (see fyne's internal/driver/glfw/window.go,
// processKeyPressed and processCharInput).
type browserKeys struct {
	window *MainWindow

	mu        sync.Mutex // the queue is filled in the page's events and emptied on the UI goroutine
	queue     []browserKey
	scheduled bool // a drain is handed to the UI goroutine

	// The main menu's Alt toggle and Esc dismissal wait for the key's
	// release, as in the desktop driver.
	menuTogglePending, menuDismissPending fyne.KeyName
}

// followKeys registers the page's key listeners. They listen on the window
// in the capture phase, so that they run before the driver's listeners on
// the document, and keep the events from them.
func (m *MainWindow) followKeys() {
	k := &browserKeys{window: m}
	listener := js.FuncOf(func(_ js.Value, args []js.Value) any {
		event := args[0]
		key, ok := readBrowserKey(event)
		if !ok {
			return nil
		}
		event.Call("stopPropagation")
		event.Call("preventDefault") // as the driver does: no browser zoom, back or find
		k.add(key)
		return nil
	})
	window := js.Global()
	window.Call("addEventListener", "keydown", listener, true)
	window.Call("addEventListener", "keyup", listener, true)
}

func (k *browserKeys) add(key browserKey) {
	k.mu.Lock()
	k.queue = append(k.queue, key)
	start := !k.scheduled
	k.scheduled = true
	k.mu.Unlock()
	if start {
		go fyne.Do(k.drain)
	}
}

// drain handles every key queued, in order. A key that waits (a paste
// waits for the browser's clipboard) holds the ones after it back.
func (k *browserKeys) drain() {
	for {
		k.mu.Lock()
		if len(k.queue) == 0 {
			k.scheduled = false
			k.mu.Unlock()
			return
		}
		key := k.queue[0]
		k.queue = k.queue[1:]
		k.mu.Unlock()
		k.handle(key)
	}
}

// handle is the desktop driver's key handling, for one key event: KeyDown
// and KeyUp, the main menu's keys, Tab, shortcuts, then TypedKey, then the
// character typed.
func (k *browserKeys) handle(key browserKey) {
	if key.textSize != 0 {
		k.window.stepTextSize(key.textSize > 0)
		return
	}
	c := k.window.window.Canvas()
	event := &fyne.KeyEvent{Name: key.name, Physical: fyne.HardwareKey{ScanCode: -1}}
	menus, _ := c.(interface {
		ToggleMenu()
		DismissMenu() bool
	})

	toggle, dismiss := k.menuTogglePending, k.menuDismissPending
	k.menuTogglePending, k.menuDismissPending = desktop.KeyNone, desktop.KeyNone
	switch key.action {
	case keyRelease:
		if key.name != fyne.KeyUnknown && menus != nil {
			switch key.name {
			case toggle:
				menus.ToggleMenu()
			case dismiss:
				if menus.DismissMenu() {
					return
				}
			}
		}
		if focused, ok := c.Focused().(desktop.Keyable); ok {
			focused.KeyUp(event)
		} else if dc, ok := c.(desktop.Canvas); ok && c.Focused() == nil && dc.OnKeyUp() != nil {
			dc.OnKeyUp()(event)
		}
		return
	case keyPress:
		switch key.name {
		case desktop.KeyAltLeft, desktop.KeyAltRight:
			if key.modifiers == fyne.KeyModifierAlt {
				k.menuTogglePending = key.name
			}
		case fyne.KeyEscape:
			k.menuDismissPending = key.name
		}
		if focused, ok := c.Focused().(desktop.Keyable); ok {
			focused.KeyDown(event)
		} else if dc, ok := c.(desktop.Canvas); ok && c.Focused() == nil && dc.OnKeyDown() != nil {
			dc.OnKeyDown()(event)
		}
	}

	otherThanShift := key.modifiers &^ fyne.KeyModifierShift
	if key.name == fyne.KeyTab && otherThanShift == 0 && !k.capturesTab(c, key.modifiers) || k.shortcut(c, key) {
		return
	}
	if focused := c.Focused(); focused != nil {
		focused.TypedKey(event)
	} else if c.OnTypedKey() != nil {
		c.OnTypedKey()(event)
	}

	if key.char != 0 {
		if focused := c.Focused(); focused != nil {
			focused.TypedRune(key.char)
		} else if c.OnTypedRune() != nil {
			c.OnTypedRune()(key.char)
		}
	}
}

// capturesTab tells whether the focused widget takes Tab itself; if not,
// Tab moves the focus.
func (k *browserKeys) capturesTab(c fyne.Canvas, modifiers fyne.KeyModifier) bool {
	if t, ok := c.Focused().(fyne.Tabbable); ok && t.AcceptsTab() {
		return true
	}
	switch modifiers {
	case 0:
		c.FocusNext()
	case fyne.KeyModifierShift:
		c.FocusPrevious()
	}
	return false
}

// shortcut runs the shortcut a key makes, if it makes one, and tells
// whether it did.
func (k *browserKeys) shortcut(c fyne.Canvas, key browserKey) bool {
	name := key.name
	if name == fyne.KeyUnknown && key.modifiers&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 && key.ascii != fyne.KeyUnknown {
		name = key.ascii // Ctrl+V on a Russian keyboard still pastes
	}
	clipboard := k.window.app.Clipboard()
	var s fyne.Shortcut
	if key.modifiers == shortcutModifier() {
		switch name {
		case fyne.KeyZ:
			s = &fyne.ShortcutUndo{}
		case fyne.KeyY:
			s = &fyne.ShortcutRedo{}
		case fyne.KeyV:
			s = &fyne.ShortcutPaste{Clipboard: clipboard}
		case fyne.KeyC, fyne.KeyInsert:
			s = &fyne.ShortcutCopy{Clipboard: clipboard}
		case fyne.KeyX:
			s = &fyne.ShortcutCut{Clipboard: clipboard}
		case fyne.KeyA:
			s = &fyne.ShortcutSelectAll{}
		}
	}
	if key.modifiers == fyne.KeyModifierShift {
		switch name {
		case fyne.KeyInsert:
			s = &fyne.ShortcutPaste{Clipboard: clipboard}
		case fyne.KeyDelete:
			s = &fyne.ShortcutCut{Clipboard: clipboard}
		}
	}
	if s == nil && key.modifiers != 0 && key.modifiers != fyne.KeyModifierShift && !isModifierKey(name) {
		s = &desktop.CustomShortcut{KeyName: name, Modifier: key.modifiers}
	}
	if s == nil {
		return false
	}

	if menu := k.window.window.MainMenu(); menu != nil {
		for _, m := range menu.Items {
			if runMenuShortcut(s, m) {
				return true
			}
		}
	}
	if focused, ok := c.Focused().(fyne.Shortcutable); ok {
		run := true
		if text, ok := focused.(interface {
			fyne.Disableable
			SelectedText() string
		}); ok && text.Disabled() {
			run = s.ShortcutName() == "Copy"
		}
		if run {
			focused.TypedShortcut(s)
		}
		return run
	}
	if sc, ok := c.(fyne.Shortcutable); ok {
		sc.TypedShortcut(s)
	}
	return true
}

// runMenuShortcut runs the menu item, at any depth, that has the shortcut.
func runMenuShortcut(s fyne.Shortcut, menu *fyne.Menu) bool {
	for _, item := range menu.Items {
		if item.Shortcut != nil && item.Shortcut.ShortcutName() == s.ShortcutName() && item.Action != nil {
			item.Action()
			return true
		}
		if item.ChildMenu != nil && runMenuShortcut(s, item.ChildMenu) {
			return true
		}
	}
	return false
}

func isModifierKey(name fyne.KeyName) bool {
	switch name {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight, desktop.KeyControlLeft, desktop.KeyControlRight,
		desktop.KeyAltLeft, desktop.KeyAltRight, desktop.KeySuperLeft, desktop.KeySuperRight:
		return true
	}
	return false
}

// shortcutModifier is Cmd on a Mac, Ctrl elsewhere, as the driver decides.
var shortcutModifier = sync.OnceValue(func() fyne.KeyModifier {
	if strings.Contains(js.Global().Get("navigator").Get("platform").String(), "Mac") {
		return fyne.KeyModifierSuper
	}
	return fyne.KeyModifierControl
})

// readBrowserKey reads a keydown or keyup event. Keys an input method is
// composing are not the app's.
func readBrowserKey(event js.Value) (browserKey, bool) {
	if event.Get("isComposing").Truthy() {
		return browserKey{}, false
	}
	k := browserKey{action: keyPress}
	switch {
	case event.Get("type").String() == "keyup":
		k.action = keyRelease
	case event.Get("repeat").Bool():
		k.action = keyRepeat
	}
	if event.Get("shiftKey").Bool() {
		k.modifiers |= fyne.KeyModifierShift
	}
	if event.Get("ctrlKey").Bool() {
		k.modifiers |= fyne.KeyModifierControl
	}
	if event.Get("altKey").Bool() {
		k.modifiers |= fyne.KeyModifierAlt
	}
	if event.Get("metaKey").Bool() {
		k.modifiers |= fyne.KeyModifierSuper
	}
	value, code := event.Get("key").String(), event.Get("code").String()
	k.name, k.ascii = browserKeyName(value, code, event.Get("location").Int())
	if k.action != keyRelease {
		if larger, ok := textSizeKey(event); ok {
			k.textSize = -1
			if larger {
				k.textSize = 1
			}
			return k, true
		}
		if k.modifiers&^fyne.KeyModifierShift == 0 && utf8.RuneCountInString(value) == 1 {
			k.char, _ = utf8.DecodeRuneInString(value)
		}
	}
	return k, true
}

// browserKeyNames are the names of the keys the DOM calls by name.
var browserKeyNames = map[string]fyne.KeyName{
	"Escape": fyne.KeyEscape, "Enter": fyne.KeyReturn, "Tab": fyne.KeyTab, "Backspace": fyne.KeyBackspace,
	"Insert": fyne.KeyInsert, "Delete": fyne.KeyDelete,
	"ArrowRight": fyne.KeyRight, "ArrowLeft": fyne.KeyLeft, "ArrowDown": fyne.KeyDown, "ArrowUp": fyne.KeyUp,
	"PageUp": fyne.KeyPageUp, "PageDown": fyne.KeyPageDown, "Home": fyne.KeyHome, "End": fyne.KeyEnd,
	" ": fyne.KeySpace, "ContextMenu": desktop.KeyMenu, "PrintScreen": desktop.KeyPrintScreen, "CapsLock": desktop.KeyCapsLock,
	"F1": fyne.KeyF1, "F2": fyne.KeyF2, "F3": fyne.KeyF3, "F4": fyne.KeyF4, "F5": fyne.KeyF5, "F6": fyne.KeyF6,
	"F7": fyne.KeyF7, "F8": fyne.KeyF8, "F9": fyne.KeyF9, "F10": fyne.KeyF10, "F11": fyne.KeyF11, "F12": fyne.KeyF12,
}

// browserKeyName names a key as Fyne's desktop driver does, from the DOM's
// key (what it types on the reader's layout), code (where it is on the
// keyboard) and location (left or right). Punctuation keys stay unnamed, as
// in Fyne's browser driver (Ctrl+= and Ctrl+- are seen by textSizeKey).
func browserKeyName(key, code string, location int) (name, ascii fyne.KeyName) {
	const right = 2
	if letter, ok := strings.CutPrefix(code, "Key"); ok && len(letter) == 1 && letter[0] >= 'A' && letter[0] <= 'Z' {
		ascii = fyne.KeyName(letter)
	}
	side := func(left, r fyne.KeyName) fyne.KeyName {
		if location == right {
			return r
		}
		return left
	}
	switch {
	case key == "Shift":
		return side(desktop.KeyShiftLeft, desktop.KeyShiftRight), ascii
	case key == "Control":
		return side(desktop.KeyControlLeft, desktop.KeyControlRight), ascii
	case key == "Alt":
		return side(desktop.KeyAltLeft, desktop.KeyAltRight), ascii
	case key == "AltGraph":
		return desktop.KeyAltRight, ascii
	case key == "Meta" || key == "OS":
		return side(desktop.KeySuperLeft, desktop.KeySuperRight), ascii
	case key == "Enter" && code == "NumpadEnter":
		return fyne.KeyEnter, ascii
	}
	if n, ok := browserKeyNames[key]; ok {
		return n, ascii
	}
	if len(key) == 1 && key[0] >= '0' && key[0] <= '9' {
		return fyne.KeyName(key), ascii
	}
	if digit, ok := strings.CutPrefix(code, "Digit"); ok && len(digit) == 1 {
		return fyne.KeyName(digit), ascii // Shift+1 and the French layout's top row
	}
	if len(key) == 1 && (key[0] >= 'a' && key[0] <= 'z' || key[0] >= 'A' && key[0] <= 'Z') {
		return fyne.KeyName(strings.ToUpper(key)), ascii
	}
	return fyne.KeyUnknown, ascii
}

// textSizeKey tells whether a key event asks for a larger or a smaller text.
// The driver has no key name for =, + and - (its key table knows letters,
// digits and a few others), so the window's shortcuts for them never fire in
// the browser; the key event's own key does.
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
