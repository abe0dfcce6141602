package gui

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"dossier/corpus"
)

// textWidth measures as fyne.MeasureText does, for every word and every
// paragraph of the built-in articles, in every style and size the reader
// uses, and for text it leaves to Fyne (a rune the font lacks, a tab,
// monospace).
func TestTextWidthIsFyneWidth(t *testing.T) {
	test.NewTempApp(t)
	c, err := corpus.LoadSeed()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, d := range c.Docs() {
		texts = append(texts, d.Title)
		for _, p := range d.Paragraphs {
			texts = append(texts, p.Text)
			texts = append(texts, strings.Fields(p.Text)...)
		}
	}
	texts = append(texts, "naïeve café’s — “quotes”", "a\ttab", "pijl → hier", "日本語", "")
	th := test.NewTempApp(t).Settings().Theme()
	sizes := []float32{th.Size(theme.SizeNameText), th.Size(theme.SizeNameCaptionText), 17.5, 24}
	styles := []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}, {Monospace: true}}
	for _, size := range sizes {
		for _, style := range styles {
			for _, s := range texts {
				got, want := textWidth(s, size, style), fyne.MeasureText(s, size, style).Width
				if math.Abs(float64(got-want)) > 0.01 {
					t.Fatalf("width of %q at %v %+v: %v, fyne.MeasureText says %v", s, size, style, got, want)
				}
			}
		}
	}
}
