package gui

import (
	"fyne.io/fyne/v2"

	"dossier/gui/view"
)

// Link is the link to the view on screen: in the browser the page's whole
// address, which follows the view; on the desktop the fragment alone, to add
// to the address of a web build or to give the app on its command line.
func (m *MainWindow) Link() string {
	if addr, ok := browserAddress(); ok {
		return addr.URL()
	}
	return view.FormatLink(m.state)
}

// CopyLink puts the link to the view on the clipboard: the "Copy link to this
// view" menu item.
func (m *MainWindow) CopyLink() { m.app.Clipboard().SetContent(m.Link()) }

// pageAddress is the address bar of the page the app runs in.
type pageAddress interface {
	// Fragment is the address's fragment, with its "#", or "".
	Fragment() string
	// ReplaceFragment changes the fragment without a new history entry (a
	// view is not a page to go back to at every keystroke) and without a
	// fragment-changed notification.
	ReplaceFragment(fragment string)
	// URL is the whole address.
	URL() string
	// OnFragmentChanged calls f, on any goroutine, after the reader changed
	// the fragment: edited the address, or went back or forward.
	OnFragmentChanged(f func())
}

// followBrowserAddress ties the view to the address bar in the browser (see
// followAddress). The desktop has no address bar: there it does nothing.
func (m *MainWindow) followBrowserAddress() {
	if addr, ok := browserAddress(); ok {
		m.followAddress(addr)
	}
}

// followAddress shows the view the address names, then keeps the two
// together: every change of the view rewrites the fragment, and a fragment
// the reader changes is shown.
func (m *MainWindow) followAddress(addr pageAddress) {
	f := &addressFollower{window: m, addr: addr}
	f.open()
	m.session.OnChanged(func(view.Change) { f.write() })
	addr.OnFragmentChanged(func() { m.do(f.open) })
}

// addressFollower keeps one window's view and one page's address together.
type addressFollower struct {
	window *MainWindow
	addr   pageAddress
	// opening is set while a link is applied: each of its parts changes the
	// state, and the address is written once, at the end, not once a part.
	opening bool
}

func (f *addressFollower) open() {
	f.opening = true
	err := f.window.session.OpenLink(f.addr.Fragment())
	f.opening = false
	if err != nil {
		fyne.LogError("Dossier could not show all of the link", err)
	}
	f.write()
}

func (f *addressFollower) write() {
	if f.opening {
		return
	}
	if fragment := view.FormatLink(f.window.state); fragment != f.addr.Fragment() {
		f.addr.ReplaceFragment(fragment)
	}
}
