//go:build js

package gui

import (
	"sync"
	"syscall/js"
	"time"

	"fyne.io/fyne/v2"
)

// addressWriteGap is the least time between two rewrites of the page's
// address. Browsers limit how often a page may rewrite its address (Chromium
// ignores rewrites past 200 in 10 seconds, Safari throws past 100 in 30), and
// the view changes at every keystroke.
const addressWriteGap = 350 * time.Millisecond

// browserAddress is the address of the page the app runs in.
var browserAddress = sync.OnceValues(func() (pageAddress, bool) {
	window := js.Global()
	location := window.Get("location")
	if location.IsUndefined() {
		return nil, false
	}
	a := &locationAddress{window: window, location: location}
	// A reload or a link followed soon after a change leaves with the
	// address of the view, not of the view before.
	window.Call("addEventListener", "pagehide", js.FuncOf(func(js.Value, []js.Value) any {
		a.flush()
		return nil
	}))
	return a, true
})

// locationAddress is the page's address through window.location and
// window.history. Its rewrites are coalesced: the first after a pause is made
// at once, the ones that follow it within addressWriteGap wait, and only the
// last of those is made. Until then Fragment and URL tell the fragment to
// be written, so that the address always reads as the view.
type locationAddress struct {
	window, location js.Value

	mu         sync.Mutex
	pending    string // the fragment to write, when hasPending
	hasPending bool
	timer      *time.Timer // writes pending once the gap has passed
	written    time.Time   // when the address was last rewritten
}

func (a *locationAddress) Fragment() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.hasPending {
		return a.pending
	}
	return a.location.Get("hash").String()
}

func (a *locationAddress) URL() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.hasPending {
		return a.location.Get("origin").String() + a.location.Get("pathname").String() + a.location.Get("search").String() + a.pending
	}
	return a.location.Get("href").String()
}

// ReplaceFragment rewrites the address in place: history.replaceState adds
// no history entry and fires no hashchange, so the view never hears its own
// echo. An empty fragment takes the "#" away too.
func (a *locationAddress) ReplaceFragment(fragment string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.pending, a.hasPending = fragment, true
	if a.timer != nil {
		return // the write due takes this fragment
	}
	if wait := addressWriteGap - time.Since(a.written); wait > 0 {
		a.timer = time.AfterFunc(wait, a.flush)
		return
	}
	a.write()
}

// flush writes the fragment pending, if any.
func (a *locationAddress) flush() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.timer != nil {
		a.timer.Stop()
		a.timer = nil
	}
	if a.hasPending {
		a.write()
	}
}

// write rewrites the address with the fragment pending; a.mu is held.
func (a *locationAddress) write() {
	defer func() {
		// A browser that refuses the rewrite throws; the address then keeps
		// an older view, and the app goes on.
		if r := recover(); r != nil {
			fyne.LogError("Dossier could not rewrite the page's address", nil)
		}
	}()
	a.written = time.Now()
	a.hasPending = false
	address := a.location.Get("pathname").String() + a.location.Get("search").String() + a.pending
	a.window.Get("history").Call("replaceState", a.window.Get("history").Get("state"), "", address)
}

// OnFragmentChanged listens to hashchange, which fires when the reader edits
// the fragment or goes back or forward to another one (never for
// replaceState). The reader's fragment wins over a rewrite still pending,
// which is dropped. The listener lives as long as the page, as the window
// does.
func (a *locationAddress) OnFragmentChanged(f func()) {
	a.window.Call("addEventListener", "hashchange", js.FuncOf(func(js.Value, []js.Value) any {
		a.mu.Lock()
		if a.timer != nil {
			a.timer.Stop()
			a.timer = nil
		}
		a.hasPending = false
		a.mu.Unlock()
		f()
		return nil
	}))
}
