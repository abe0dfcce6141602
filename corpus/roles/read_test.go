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

// TestReadWith checks that ReadWith finds what Read finds and hands every
// paragraph to also, those that name nothing included, with their words;
// the title only when it is the article's own headline.
func TestReadWith(t *testing.T) {
	x := Default()
	paragraphs := []corpus.Paragraph{
		{Text: "Chinese hackers drongen in maart 2017 binnen bij het Franse ministerie."},
		{Text: "Niets hier, op 3 januari 2019."},
		{Text: ""},
		{Text: "Volgens de onderzoekers zat APT28 erachter."},
	}
	for _, inText := range []bool{false, true} {
		d := &corpus.Document{ID: "x", Title: "Rusland bespioneert Duitsland", TitleInText: inText, Paragraphs: paragraphs}
		type seen struct {
			paragraph int
			text      string
		}
		var got []seen
		places, article := x.ReadWith(d, func(paragraph int, text string, words func() []geo.Word) {
			got = append(got, seen{paragraph, text})
			if w, want := words(), geo.Words(text); !slices.Equal(w, want) {
				t.Errorf("paragraph %d: words %v, want %v", paragraph, w, want)
			}
		})
		var want []seen
		if inText {
			want = append(want, seen{-1, d.Title})
		}
		for i, p := range paragraphs {
			want = append(want, seen{i, p.Text})
		}
		if !slices.Equal(got, want) {
			t.Errorf("title in text %v: also got %v, want %v", inText, got, want)
		}
		wantPlaces, wantArticle := x.Read(d)
		if len(places.Countries) != len(wantPlaces.Countries) || !slices.Equal(article.Codes(Actor), wantArticle.Codes(Actor)) ||
			!slices.Equal(article.Codes(Target), wantArticle.Codes(Target)) || len(article.Marks) != len(wantArticle.Marks) {
			t.Errorf("title in text %v: ReadWith gives %v, %v → %v; Read %v, %v → %v", inText, places.Countries,
				article.Codes(Actor), article.Codes(Target), wantPlaces.Countries, wantArticle.Codes(Actor), wantArticle.Codes(Target))
		}
	}
}
