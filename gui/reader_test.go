package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/gui/view"
)

// seedCIA is the seed article with a caption and a heading among its
// paragraphs.
const seedCIA = "000_ff3dc8e55b17b03b"

// TestReaderImages keeps masters of the reader in both themes: the CIA
// article at 760×1000 dp with the query "hackingtools", the first match
// the current one (the reader goes to it by itself), so one picture shows the title, the meta line, body
// text, the caption, the heading, country links, both kinds of highlight
// and the bar with the match count.
func TestReaderImages(t *testing.T) {
	for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
		t.Run(string(mode), func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Settings().SetTheme(newReadingTheme(mode, defaultTextSize))
			state := view.NewState()
			r := newReader(view.NewSession(seedLibrary(t), state, view.Options{Lang: interfaceLanguage()}))
			w := test.NewWindow(r)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(760, 1000))
			t.Cleanup(w.Close)

			state.OpenArticle(seedCIA)
			state.SetQuery("hackingtools")
			// Three: the article's typo "hacktingtools" is one edit away,
			// but the article has the word itself, so the typo is no
			// reason it matched and is not marked.
			if r.MatchCount() != 3 || r.CurrentMatch() != 0 || r.scroll.Offset.Y != 0 {
				t.Fatalf("%d matches, current %d, scrolled to %v; want 3, the first, at the top",
					r.MatchCount(), r.CurrentMatch(), r.scroll.Offset.Y)
			}
			test.AssertImageMatches(t, "reader_"+string(mode)+".png", w.Canvas().Capture())
		})
	}
}

// TestReaderKeepsOneSelectionAndCopiesIt selects in one paragraph, then in
// another, and copies with Ctrl+C as the window hears it once a click in the
// reader has taken the focus from the search bar.
func TestReaderKeepsOneSelectionAndCopiesIt(t *testing.T) {
	m, _, a := openSeed(t)
	m.State().OpenArticle(seedCIA)
	first, second := m.reader.texts[1].text, m.reader.texts[2].text
	selectStart := func(r *readerText) {
		run := r.renderer.runs[0]
		dragAcross(r, fyne.NewPos(run.x+1, run.y+5), fyne.NewPos(runeX(&r.flowText, 7)+1, run.y+5))
	}
	selectStart(first)
	if got := m.reader.Selection(); got != string(first.text[:7]) {
		t.Fatalf("selected %q, want the first paragraph's first 7 letters", got)
	}
	selectStart(second)
	if first.selected() != "" || m.reader.Selection() != string(second.text[:7]) {
		t.Errorf("after selecting in the second paragraph: first %q, reader %q; want only %q",
			first.selected(), m.reader.Selection(), string(second.text[:7]))
	}
	m.typedShortcut(&fyne.ShortcutCopy{})
	if got := a.Clipboard().Content(); got != string(second.text[:7]) {
		t.Errorf("Ctrl+C copied %q, want the selection %q", got, string(second.text[:7]))
	}
	m.State().OpenArticle(m.session.Library().Corpus().Docs()[0].ID)
	if got := m.reader.Selection(); got != "" {
		t.Errorf("another article kept the selection %q", got)
	}
}
