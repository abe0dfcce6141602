package fyneglyphs

import (
	"bytes"
	"reflect"
	"testing"

	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// countingShaper counts the runs it shapes.
type countingShaper struct {
	shaping.HarfbuzzShaper
	runs int
}

func (s *countingShaper) Shape(in shaping.Input) shaping.Output {
	s.runs++
	return s.HarfbuzzShaper.Shape(in)
}

func shapeInput(t *testing.T, face *font.Face, text string, start, end int, size float32) shaping.Input {
	t.Helper()
	return shaping.Input{
		Text: []rune(text), RunStart: start, RunEnd: end, Direction: di.DirectionLTR, Face: face,
		Size: fixed.Int26_6(size * 64), Script: language.Latin, Language: language.NewLanguage("nl"),
	}
}

// TestShapesAsTheShaperDoes: a run shaped again comes from the cache, equal
// to what the shaper gives, also where the run starts further into the
// text (clusters count from the text's start) and after the shape was
// first made at another start; another size or face is shaped anew.
func TestShapesAsTheShaperDoes(t *testing.T) {
	dossierShapes = map[dossierShapeKey]shaping.Output{}
	face, err := font.ParseTTF(bytes.NewReader(theme.DefaultTextFont().Content()))
	if err != nil {
		t.Fatal(err)
	}
	other, err := font.ParseTTF(bytes.NewReader(theme.DefaultTextBoldFont().Content()))
	if err != nil {
		t.Fatal(err)
	}
	direct := &shaping.HarfbuzzShaper{}
	shaper := &countingShaper{}
	for _, c := range []struct {
		in     shaping.Input
		shaped int // runs the shaper has shaped after this one
	}{
		{shapeInput(t, face, "Spionage", 0, 8, 14), 1},
		{shapeInput(t, face, "Spionage", 0, 8, 14), 1},
		{shapeInput(t, face, "De Spionage", 3, 11, 14), 1},
		{shapeInput(t, face, "Spionage", 0, 8, 15), 2},
		{shapeInput(t, other, "Spionage", 0, 8, 14), 3},
		{shapeInput(t, face, "Wie deed wat? Cyprus", 14, 20, 14), 4},
		{shapeInput(t, face, "Cyprus", 0, 6, 14), 4},
		{shapeInput(t, face, " ", 0, 1, 14), 5},
		{shapeInput(t, face, " ", 0, 1, 14), 5},
	} {
		got := dossierShape(shaper, c.in)
		want := direct.Shape(c.in)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q [%d:%d]: shape from the cache differs from the shaper's", string(c.in.Text), c.in.RunStart, c.in.RunEnd)
		}
		if shaper.runs != c.shaped {
			t.Errorf("%q [%d:%d]: %d runs shaped, want %d", string(c.in.Text), c.in.RunStart, c.in.RunEnd, shaper.runs, c.shaped)
		}
	}
}

// TestShapesCacheKeepsItsGlyphs: what a caller is given may be sliced (the
// painter splits runs at missing glyphs) without changing what the cache
// gives the next time; a full cache starts again empty.
func TestShapesCacheKeepsItsGlyphs(t *testing.T) {
	dossierShapes = map[dossierShapeKey]shaping.Output{}
	face, err := font.ParseTTF(bytes.NewReader(theme.DefaultTextFont().Content()))
	if err != nil {
		t.Fatal(err)
	}
	shaper := &shaping.HarfbuzzShaper{}
	first := dossierShape(shaper, shapeInput(t, face, "NSO Pegasus", 4, 11, 14))
	want := len(first.Glyphs)
	first.Glyphs = first.Glyphs[:2]
	if again := dossierShape(shaper, shapeInput(t, face, "Pegasus", 0, 7, 14)); len(again.Glyphs) != want {
		t.Errorf("%d glyphs from the cache, want %d", len(again.Glyphs), want)
	}
	for len(dossierShapes) < dossierShapesMax {
		dossierShapes[dossierShapeKey{text: string(rune(len(dossierShapes)))}] = shaping.Output{}
	}
	dossierShape(shaper, shapeInput(t, face, "Cyprus", 0, 6, 14))
	if len(dossierShapes) != 1 {
		t.Errorf("%d shapes kept after the cache was full, want 1", len(dossierShapes))
	}
}
