package gui

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/gui/view"
)

// linePitch is the distance between the first two lines of a text as drawn.
func linePitch(t *testing.T, text *readerText) float32 {
	t.Helper()
	first := text.renderer.runs[0].y
	for _, run := range text.renderer.runs {
		if run.y > first {
			return run.y - first
		}
	}
	t.Fatalf("%q is drawn on one line", text.String())
	return 0
}

// TestWheelNotchScrollsThreeLines: one notch of the desktop driver (25 dp)
// moves the article three lines of its body text, at any text size, and a
// trackpad's tenth of a notch a tenth as far.
func TestWheelNotchScrollsThreeLines(t *testing.T) {
	for _, size := range []float32{defaultTextSize, 24} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(newReadingTheme(ThemeLight, size))
		state := view.NewState()
		r := newReader(view.NewSession(seedLibrary(t), state, view.Options{Lang: "nl"}))
		w := test.NewWindow(r)
		w.SetPadded(false)
		w.Resize(fyne.NewSize(760, 500))
		state.OpenArticle(seedCIA)
		pitch := linePitch(t, r.texts[1].text) // the first paragraph, in body text

		over := fyne.NewPos(380, 300) // over the article
		test.Scroll(w.Canvas(), over, 0, -wheelNotch)
		if got, want := r.scroll.Offset.Y, 3*pitch; math.Abs(float64(got-want)) > 0.5 {
			t.Errorf("at %v dp one notch scrolled %v, want three lines of %v", size, got, pitch)
		}
		test.Scroll(w.Canvas(), over, 0, -float32(wheelNotch)/10)
		if got, want := r.scroll.Offset.Y, 3.3*pitch; math.Abs(float64(got-want)) > 0.5 {
			t.Errorf("at %v dp a tenth of a notch more scrolled to %v, want %v", size, got, want)
		}
		test.Scroll(w.Canvas(), over, 0, wheelNotch)
		if got, want := r.scroll.Offset.Y, 0.3*pitch; math.Abs(float64(got-want)) > 0.5 {
			t.Errorf("at %v dp a notch back up left %v, want %v", size, got, want)
		}
		w.Close()
	}
}
