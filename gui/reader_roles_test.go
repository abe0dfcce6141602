package gui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/gui/view"
)

// seedChinaEU is the seed article that blames a Chinese unit for the
// hack of the EU's network, through Cyprus.
const seedChinaEU = "002_cb3a6902d3015a5d"

// newRoleReader shows a reader over lib in a test window.
func newRoleReader(t *testing.T, lib *library.Library) (*reader, *view.State, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newReadingTheme(ThemeLight, defaultTextSize))
	state := view.NewState()
	r := newReader(view.NewSession(lib, state, view.Options{Lang: interfaceLanguage()}))
	w := test.NewWindow(r)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(760, 900))
	t.Cleanup(w.Close)
	return r, state, w
}

// marked lists the words of a reader's blocks marked with kind, as
// "block:word".
func marked(r *reader, kind markKind) []string {
	var out []string
	for i, b := range r.texts {
		for _, m := range b.text.marks {
			if m.kind == kind {
				out = append(out, string(b.text.text[m.start:m.end])+"@"+string(rune('0'+i)))
			}
		}
	}
	return out
}

// TestReaderMarksActorsAndTargets: the words that name an actor and a
// target are marked as such, apart from plain mentions, and the line under
// the title says who spied on whom, in the interface's language.
func TestReaderMarksActorsAndTargets(t *testing.T) {
	for _, tt := range []struct{ language, line string }{
		{"nl", "China → Europese Unie, Cyprus"},
		{"en", "China → European Union, Cyprus"},
	} {
		t.Run(tt.language, func(t *testing.T) {
			if tt.language != "nl" {
				inLanguage(t, tt.language)
			}
			r, state, _ := newRoleReader(t, seedLibrary(t))
			state.OpenArticle(seedChinaEU)
			if r.lines == nil || r.lines.Text() != tt.line {
				t.Fatalf("the roles line says %q, want %q", rolesText(r), tt.line)
			}
			// Block 1 is the first paragraph (0 is the title).
			if got := marked(r, markActor); !slices.Equal(got, []string{"Chinese@1"}) {
				t.Errorf("actors marked %q", got)
			}
			if got := marked(r, markTarget); !slices.Contains(got, "Europese Unie@1") || !slices.Contains(got, "Cyprus@1") || slices.Contains(got, "Russische@2") {
				t.Errorf("targets marked %q", got)
			}
			// A mention with a role stays a link to the country filter.
			if got := marked(r, markMention); !slices.Contains(got, "Chinese@1") {
				t.Errorf("mentions %q lack the actor's", got)
			}
		})
	}
}

func rolesText(r *reader) string {
	if r.lines == nil {
		return "(no line)"
	}
	return r.lines.Text()
}

// TestReaderRolesLineIsLeftOutWithoutRoles: an article no rule finds an
// actor or a target in has no line; one with a target only says the actor
// is unknown.
func TestReaderRolesLineWithOneSideUnknown(t *testing.T) {
	r, state, _ := newRoleReader(t, textLibrary(t, "Het netwerk van het Deense parlement werd vorig jaar gehackt."))
	state.OpenArticle("a") // Denmark as target, no actor named
	if got := rolesText(r); got != "onbekende dader → Denemarken" {
		t.Errorf("the line says %q", got)
	}
	lib := textLibrary(t, "Een artikel zonder landen of groepen, over het weer.")
	r, state, _ = newRoleReader(t, lib)
	state.OpenArticle("a")
	if r.lines != nil {
		t.Errorf("an article without roles has the line %q", r.lines.Text())
	}
}

// textLibrary is a library of articles of one paragraph each, with the
// ids "a", "b", …, a month apart.
func textLibrary(t *testing.T, texts ...string) *library.Library {
	t.Helper()
	var docs []*corpus.Document
	for i, text := range texts {
		id := string(rune('a' + i))
		docs = append(docs, &corpus.Document{ID: id, Path: id + ".txt", Title: "Bericht " + id, TitleInText: true,
			Date:       corpus.Date{Month: corpus.Month{Year: 2024, Month: time.Month(i%12 + 1)}, Day: 1},
			Paragraphs: []corpus.Paragraph{{Kind: corpus.KindParagraph, Text: text}}})
	}
	c, problems := corpus.New(docs)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	lib, err := library.Open(context.Background(), c, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// TestReaderGroupNamesSearchForTheGroup: a group's name in the text, by
// any alias, is a link; a tap sets the search to the group's own name.
func TestReaderGroupNamesSearchForTheGroup(t *testing.T) {
	lib := textLibrary(t, "De Russische hackersgroep APT28, ook bekend als Fancy Bear, drong binnen bij het Duitse parlement.")
	r, state, w := newRoleReader(t, lib)
	state.OpenArticle("a")
	w.Canvas().Capture() // lays the text out
	if got := marked(r, markGroup); !slices.Equal(got, []string{"APT28@1", "Fancy Bear@1"}) {
		t.Fatalf("groups marked %q", got)
	}
	text := r.texts[1].text
	for _, run := range text.renderer.runs {
		if run.start >= 0 && string(text.text[run.start:run.end]) == "Fancy Bear" {
			at := fyne.CurrentApp().Driver().AbsolutePositionForObject(text).AddXY(run.x+run.w/2, run.y+text.renderer.lineHeight/2)
			test.TapCanvas(w.Canvas(), at)
		}
	}
	if state.Query() != "APT28" {
		t.Errorf("a tap on \"Fancy Bear\" searched for %q, want APT28", state.Query())
	}
	// Which finds the article that names the group by another name only.
	lib = textLibrary(t, "Hackers van Fancy Bear zaten maandenlang in het netwerk van de Bondsdag.")
	r, state, _ = newRoleReader(t, lib)
	state.OpenArticle("a")
	r.searchGroup("APT28")
	if r.session.Total() != 1 || r.session.OpenExcluded() {
		t.Errorf("searching for APT28 found %d articles (the open one excluded: %v), want the one that says Fancy Bear", r.session.Total(), r.session.OpenExcluded())
	}
	if len(state.Countries()) != 0 {
		t.Errorf("a tap on a group added the countries %v", state.Countries())
	}
}

// TestReaderEvidencePopUp: a tap on the roles line, or Enter on it, shows
// each actor's and target's sentences and the groups; Escape closes it
// and a group's link searches for it.
func TestReaderEvidencePopUp(t *testing.T) {
	lib := textLibrary(t, "De Russische hackersgroep APT28, ook bekend als Fancy Bear, drong binnen bij het Duitse parlement.")
	r, state, w := newRoleReader(t, lib)
	state.OpenArticle("a")
	w.Canvas().Capture()
	if r.lines == nil {
		t.Fatal("no roles line")
	}
	test.Tap(r.lines)
	popup := r.lines.popup
	if popup == nil || !popup.Visible() {
		t.Fatal("a tap on the roles line showed no pop-up")
	}
	texts := popupTexts(popup.Content)
	joined := strings.Join(texts, "\n")
	for _, want := range []string{"Rusland als dader", "Duitsland als doelwit", "alinea 1",
		"De Russische hackersgroep APT28, ook bekend als Fancy Bear, drong binnen bij het Duitse parlement.", "APT28: alle namen zoeken"} {
		if !slices.Contains(texts, want) {
			t.Errorf("the pop-up lacks %q; it says:\n%s", want, joined)
		}
	}
	// The deciding words of the sentence are marked: the actor's under
	// Russia, the target's under Germany.
	var decided [][]string
	for _, o := range objectsUnder(popup.Content) {
		if f, ok := o.(*flowText); ok && strings.HasPrefix(string(f.text), "De Russische") {
			var words []string
			for _, m := range f.marks {
				words = append(words, string(f.text[m.start:m.end]))
			}
			decided = append(decided, words)
		}
	}
	if len(decided) != 2 || !slices.Contains(decided[0], "Russische") || !slices.Contains(decided[1], "Duitse") {
		t.Errorf("the evidence marks %q, want the actor's word, then the target's", decided)
	}

	// Escape on the close button, which Enter on the line focuses.
	popup.Hide()
	w.Canvas().Focus(r.lines)
	r.lines.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	popup = r.lines.popup
	closeButton, ok := w.Canvas().Focused().(*escapeButton)
	if !popup.Visible() || !ok {
		t.Fatalf("Enter on the line: pop-up shown %v, focus on %T", popup.Visible(), w.Canvas().Focused())
	}
	closeButton.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if popup.Visible() || w.Canvas().Focused() != r.lines {
		t.Errorf("Escape: pop-up shown %v, focus on %T; want it closed and the focus back on the line", popup.Visible(), w.Canvas().Focused())
	}

	test.Tap(r.lines)
	w.Canvas().Capture() // draws the pop-up, which lays its link out
	for _, o := range objectsUnder(r.lines.popup.Content) {
		if link, ok := o.(*widget.Hyperlink); ok {
			test.TapAt(link, fyne.NewPos(link.Size().Width/2, link.Size().Height/2))
		}
	}
	if state.Query() != "APT28" || r.lines.popup.Visible() {
		t.Errorf("the group's link searched for %q, pop-up shown %v", state.Query(), r.lines.popup.Visible())
	}
}

// popupTexts lists the texts of labels, flow texts, rich texts and links
// under o.
func popupTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, o := range objectsUnder(o) {
		switch o := o.(type) {
		case *widget.Label:
			out = append(out, o.Text)
		case *flowText:
			out = append(out, string(o.text))
		case *widget.RichText:
			out = append(out, o.String())
		case *widget.Hyperlink:
			out = append(out, o.Text)
		}
	}
	return out
}
