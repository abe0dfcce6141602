//go:build js

package gui

import "syscall/js"

// browserAddress is the address of the page the app runs in.
func browserAddress() (pageAddress, bool) {
	location := js.Global().Get("location")
	if location.IsUndefined() {
		return nil, false
	}
	return locationAddress{window: js.Global(), location: location}, true
}

// locationAddress is the page's address through window.location and
// window.history.
type locationAddress struct {
	window, location js.Value
}

func (a locationAddress) Fragment() string { return a.location.Get("hash").String() }

func (a locationAddress) URL() string { return a.location.Get("href").String() }

// ReplaceFragment rewrites the address in place: history.replaceState adds
// no history entry and fires no hashchange, so the view never hears its own
// echo. An empty fragment takes the "#" away too.
func (a locationAddress) ReplaceFragment(fragment string) {
	address := a.location.Get("pathname").String() + a.location.Get("search").String() + fragment
	a.window.Get("history").Call("replaceState", a.window.Get("history").Get("state"), "", address)
}

// OnFragmentChanged listens to hashchange, which fires when the reader edits
// the fragment or goes back or forward to another one. The listener lives as
// long as the page, as the window does.
func (a locationAddress) OnFragmentChanged(f func()) {
	a.window.Call("addEventListener", "hashchange", js.FuncOf(func(js.Value, []js.Value) any {
		f()
		return nil
	}))
}
