//go:build !js

package gui

// browserAddress is the page's address in the browser. A desktop window has
// none: its links are copied from the menu and given on the command line.
func browserAddress() (pageAddress, bool) { return nil, false }
