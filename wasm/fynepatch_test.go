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
	src := fyneSource(t, fyneLoopFile)
	patched, err := patchFyneLoop(src)
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
	if _, err := patchFyneLoop(strings.Replace(src, fyneLoopDraws, "\t\t\td.drawSingleFrame()\n", 1)); err == nil {
		t.Error("a loop that draws otherwise was patched")
	}
	if _, err := patchFyneLoop(strings.Replace(src, fyneLoopPaints, "\tcanvas.paintAll()\n", 1)); err == nil {
		t.Error("a loop that paints otherwise was patched")
	}
}

// TestFyneSVGPatch checks that the web build's patch of Fyne's SVG package
// applies to the Fyne this module requires and leaves valid Go with
// Colorize, NewDecoder and Decoder.Draw renamed for the cache (a file of
// the package),
// and that a package without one of the lines is refused.
func TestFyneSVGPatch(t *testing.T) {
	src := fyneSource(t, fyneSVGFile)
	patched, err := patchFyneSVG(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, rename := range fyneSVGRenames {
		if strings.Contains(patched, rename[0]) || !strings.Contains(patched, rename[1]) {
			t.Errorf("the patched SVG package lacks %q", strings.TrimSpace(rename[1]))
		}
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "svg.go", patched, 0); err != nil {
		t.Errorf("the patched SVG package is no Go: %v", err)
	}
	cache, err := fyneSVGCache()
	if err != nil {
		t.Fatal(err)
	}
	if f, err := parser.ParseFile(token.NewFileSet(), fyneSVGCacheFile, cache[fyneSVGCacheFile], 0); err != nil || f.Name.Name != "svg" {
		t.Errorf("the icon cache is no Go of the SVG package: %v", err)
	}
	if _, err := patchFyneSVG(strings.Replace(src, fyneSVGRenames[1][0], "func NewDecoder(r io.Reader) (*Decoder, error) {\n", 1)); err == nil {
		t.Error("an SVG package without the line was patched")
	}
}

// TestPatchedFyneBuilds builds the patched painter and driver for the
// browser: the glyph cache and the frame gate are compiled as files of
// Fyne, in Fyne's language version.
func TestPatchedFyneBuilds(t *testing.T) {
	ctx := context.Background()
	flags, err := fyneModfile(ctx, "..", os.Environ(), t.TempDir())
	if err != nil || len(flags) == 0 {
		t.Fatalf("no patched Fyne: %v", err)
	}
	env := append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if _, err := goCommand(ctx, "..", env, append(append([]string{"build"}, flags...), fyneModule+"/internal/painter", fyneModule+"/internal/driver/glfw", fyneModule+"/internal/svg", fyneModule+"/canvas")...); err != nil {
		t.Error(err)
	}
}

// fyneSource is the file at path in the Fyne module this module requires.
func fyneSource(t *testing.T, path string) string {
	t.Helper()
	dir, err := goCommand(context.Background(), "..", os.Environ(), "list", "-m", "-f", "{{.Dir}}", fyneModule)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(dir), filepath.FromSlash(path)))
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}
