//go:build !js

package fyneframes

// Outside the browser every tick may draw, as in Fyne itself (see
// frames_js.go).
func dossierMayDraw() bool { return true }

func dossierDrew() {}
