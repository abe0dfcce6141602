package wasm

import (
	"context"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFyneLoopPatch checks that the web build's patch of Fyne's loop
// applies to the Fyne this module requires and leaves valid Go that asks
// the gate before drawing and tells it after; that the gate's files are Go
// of the driver's package; and that a loop drawing otherwise is refused.
func TestFyneLoopPatch(t *testing.T) {
	dir, err := goCommand(context.Background(), "..", os.Environ(), "list", "-m", "-f", "{{.Dir}}", fyneModule)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(dir), filepath.FromSlash(fyneLoopFile)))
	if err != nil {
		t.Fatal(err)
	}
	patched, err := patchFyneLoop(string(src))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(patched, "if dossierMayDraw() {\n\t\t\t\td.drawSingleFrame()") || strings.Count(patched, "dossierDrew()") != 1 {
		t.Error("the patched loop does not wait for the browser's frame")
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "loop.go", patched, 0); err != nil {
		t.Errorf("the patched loop is no Go: %v", err)
	}
	frames, err := fyneFrames()
	if err != nil {
		t.Fatal(err)
	}
	for path, src := range frames {
		if f, err := parser.ParseFile(token.NewFileSet(), path, src, 0); err != nil || f.Name.Name != "glfw" {
			t.Errorf("%s is no Go of the driver's package: %v", path, err)
		}
	}
	if _, err := patchFyneLoop(strings.Replace(string(src), fyneLoopDraws, "\t\t\td.drawSingleFrame()\n", 1)); err == nil {
		t.Error("a loop that draws otherwise was patched")
	}
	if _, err := patchFyneLoop(strings.Replace(string(src), fyneLoopPaints, "\tcanvas.paintAll()\n", 1)); err == nil {
		t.Error("a loop that paints otherwise was patched")
	}
}
