package wasm

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// TestFyneShaperPatch checks that the web build's patch of Fyne's painter
// applies to the Fyne this module requires, and leaves valid Go that keeps
// its one shaper; and that a painter without the line is refused.
func TestFyneShaperPatch(t *testing.T) {
	src := fyneSource(t, fynePainterFile)
	patched, err := patchFyneShaper(src)
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
	if strings.Contains(patched, "shaper.Shape(in)") || strings.Count(patched, "dossierShape(shaper, in)") != 2 {
		t.Error("the patched painter still shapes a text it has shaped before")
	}
	files, err := fyneGlyphs()
	if err != nil {
		t.Fatal(err)
	}
	for path, src := range files {
		if f, err := parser.ParseFile(token.NewFileSet(), path, src, 0); err != nil || f.Name.Name != "painter" {
			t.Errorf("%s is no Go of the painter's package: %v", path, err)
		}
	}
	if _, err := patchFyneShaper(strings.Replace(src, fyneRunDrawn, "\t\tr.DrawStringAt(run, dst)\n", 1)); err == nil {
		t.Error("a painter that draws its runs otherwise was patched")
	}
	if _, err := patchFyneShaper(strings.Replace(src, fyneNewShaper, "\tshaper := newShaper()\n", 1)); err == nil {
		t.Error("a painter without the line was patched")
	}
	if _, err := patchFyneShaper(strings.Replace(src, fyneRunShaped, "\tout := shape(in)\n\tglyphs := out.Glyphs\n", 1)); err == nil {
		t.Error("a painter that shapes its runs otherwise was patched")
	}
}
