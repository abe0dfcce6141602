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
	if _, err := parser.ParseFile(token.NewFileSet(), "font.go", patched, 0); err != nil {
		t.Errorf("the patched painter is no Go: %v", err)
	}
	if _, err := patchFyneShaper(strings.Replace(string(src), fyneNewShaper, "\tshaper := newShaper()\n", 1)); err == nil {
		t.Error("a painter without the line was patched")
	}
}
