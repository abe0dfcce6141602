package roles

import (
	"slices"
	"testing"

	"dossier/corpus"
	"dossier/corpus/geo"
)

// TestReadAgreesWithText checks that reading an article in one pass with
// its places (Read, which passes over paragraphs that name nothing) finds
// what reading each paragraph alone finds, on every labelled sentence as a
// one-paragraph article.
func TestReadAgreesWithText(t *testing.T) {
	x := Default()
	for _, name := range []string{"labelled.tsv", "heldout.tsv"} {
		for _, l := range readLabelled(t, name) {
			d := &corpus.Document{ID: l.id, Title: "Kop", Paragraphs: []corpus.Paragraph{{Text: l.text}}}
			_, got := x.Read(d)
			want := x.Text(l.text)
			if !slices.Equal(got.Codes(Actor), want.Codes(Actor)) || !slices.Equal(got.Codes(Target), want.Codes(Target)) || len(got.Groups) != len(want.Groups) {
				t.Errorf("%s: Read gives %v → %v, Text %v → %v", l.id, got.Codes(Actor), got.Codes(Target), want.Codes(Actor), want.Codes(Target))
			}
		}
	}

}

// TestMayNameText checks the byte scan that passes over paragraphs against
// the words: it must see every name the words see.
func TestMayNameText(t *testing.T) {
	x := Default()
	for _, text := range []string{
		"Hackers van APT28 vielen aan.", "De groep Fancy Bear.", "sandworm in kleine letters", "Élysée en Équation",
		"Volgens Lazarus-experts", "“Turla” schreef", "Niets hier.", "3CX en 8200 en Unit 8200",
	} {
		if words := x.names.mayName(text, geo.Words(text)); words != x.names.mayNameText(text) {
			t.Errorf("%q: words say %v, the scan %v", text, words, !words)
		}
	}
}
