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

// TestFyneShaperPatch checks that the web build's patch of Fyne's painter
// applies to the Fyne this module requires, and leaves valid Go that keeps
// its one shaper; and that a painter without the line is refused.
func TestFyneShaperPatch(t *testing.T) {
	dir, err := goCommand(context.Background(), "..", os.Environ(), "list", "-m", "-f", "{{.Dir}}", fyneModule)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(dir), filepath.FromSlash(fynePainterFile)))
	if err != nil {
		t.Fatal(err)
	}
	patched, err := patchFyneShaper(string(src))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(patched, fyneNewShaper) || !strings.Contains(patched, "shaper := &dossierShaper") {
		t.Error("the patched painter still makes a shaper a text")
	}
	if strings.Contains(patched, fyneRunDrawn) || !strings.Contains(patched, fyneRunFromKept) {
		t.Error("the patched painter still rasterises every glyph of a run")
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "font.go", patched, 0); err != nil {
		t.Errorf("the patched painter is no Go: %v", err)
	}
	glyphs, err := fyneGlyphs()
	if err != nil {
		t.Fatal(err)
	}
	if f, err := parser.ParseFile(token.NewFileSet(), "dossier_glyphs.go", glyphs, 0); err != nil || f.Name.Name != "painter" {
		t.Errorf("the glyph cache is no Go of the painter's package: %v", err)
	}
	if _, err := patchFyneShaper(strings.Replace(string(src), fyneRunDrawn, "\t\tr.DrawStringAt(run, dst)\n", 1)); err == nil {
		t.Error("a painter that draws its runs otherwise was patched")
	}
	if _, err := patchFyneShaper(strings.Replace(string(src), fyneNewShaper, "\tshaper := newShaper()\n", 1)); err == nil {
		t.Error("a painter without the line was patched")
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
	if _, err := goCommand(ctx, "..", env, append(append([]string{"build"}, flags...), fyneModule+"/internal/painter", fyneModule+"/internal/driver/glfw")...); err != nil {
		t.Error(err)
	}
}
