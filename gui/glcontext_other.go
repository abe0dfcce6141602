//go:build !js

package gui

// withGLContext runs f: Fyne's desktop driver makes its GL context current
// itself where a theme change needs it.
func withGLContext(f func()) { f() }
