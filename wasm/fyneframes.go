package wasm

import (
	_ "embed"
)

// Fyne 2.7.1's loop draws the window at every tick of its 60 Hz timer when
// something changed, whether or not the browser has shown the last drawing;
// the web build has it draw at most once a browser frame (fyneframes/,
// compiled into the driver as fyneFramesFile and fyneFramesOtherFile).
const (
	fyneLoopFile        = "internal/driver/glfw/loop.go"
	fyneLoopDraws       = "\t\t\td.animation.TickAnimations()\n\t\t\td.drawSingleFrame()\n"
	fyneLoopDrawsShown  = "\t\t\td.animation.TickAnimations()\n\t\t\tif dossierMayDraw() {\n\t\t\t\td.drawSingleFrame()\n\t\t\t}\n"
	fyneLoopPaints      = "\tcanvas.paint(canvas.Size())\n"
	fyneLoopPaintsNoted = "\tcanvas.paint(canvas.Size())\n\tdossierDrew()\n"
	fyneFramesFile      = "internal/driver/glfw/dossier_frames_js.go"
	fyneFramesOtherFile = "internal/driver/glfw/dossier_frames_other.go"
)

var (
	//go:embed fyneframes/frames_js.go
	fyneFramesSource string
	//go:embed fyneframes/frames_other.go
	fyneFramesOtherSource string
)

// patchFyneLoop is the loop's source asking dossierMayDraw before it draws
// and telling dossierDrew when it has.
func patchFyneLoop(src string) (string, error) {
	return replaceEach(src, fyneLoopFile, "wasm/fyneframes.go", [][2]string{
		{fyneLoopDraws, fyneLoopDrawsShown}, {fyneLoopPaints, fyneLoopPaintsNoted},
	})
}

// fyneFrames is the frame gate as files of Fyne's driver, by their path in
// the module.
func fyneFrames() (map[string]string, error) {
	inBrowser, err := asFyneFile(fyneFramesSource, "wasm/fyneframes/frames_js.go", "fyneframes", "glfw")
	if err != nil {
		return nil, err
	}
	elsewhere, err := asFyneFile(fyneFramesOtherSource, "wasm/fyneframes/frames_other.go", "fyneframes", "glfw")
	if err != nil {
		return nil, err
	}
	return map[string]string{fyneFramesFile: inBrowser, fyneFramesOtherFile: elsewhere}, nil
}
