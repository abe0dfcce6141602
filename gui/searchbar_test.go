package gui

import (
	"image"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/corpus/search"
	"dossier/internal/e2e"
)

// clipboardText is a clipboard holding one text.
type clipboardText string

func (c clipboardText) Content() string   { return string(c) }
func (c clipboardText) SetContent(string) {}

// TestAHugePasteIsCutAndSaysSo pastes a long mixed-script text into the
// search bar. Fyne's entry used to take minutes over 120,000 bytes and ten
// seconds for each keystroke after; now the bar never holds more than the
// query limit, the window says the rest was left out, and clearing it gives
// the window back as it was.
func TestAHugePasteIsCutAndSaysSo(t *testing.T) {
	m, _, _ := openSeed(t)
	before := m.Window().Canvas().Capture()
	sidebar := m.list.Size().Width

	m.window.Canvas().Focus(m.search)
	m.search.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clipboardText(e2e.HugePaste(60000))})
	if n := utf8.RuneCountInString(m.search.Text); n > search.MaxQueryRunes {
		t.Fatalf("the search bar holds %d runes after the paste, want at most %d", n, search.MaxQueryRunes)
	}
	if !m.state.QueryCut() || !m.cutNotice.Visible() {
		t.Errorf("the query was cut without a word: cut %v, notice shown %v", m.state.QueryCut(), m.cutNotice.Visible())
	}
	if m.list.Size().Width != sidebar {
		t.Errorf("the results column went from %v to %v dp wide", sidebar, m.list.Size().Width)
	}
	for _, link := range []string{m.suggestion.Text, m.empty.suggestion.Text} {
		if utf8.RuneCountInString(link) > 100 {
			t.Errorf("the suggestion quotes %d runes of the query", utf8.RuneCountInString(link))
		}
	}
	if reason := m.empty.reason.Text; utf8.RuneCountInString(reason) > 120 {
		t.Errorf("the no-results text quotes %d runes of the query: %q…", utf8.RuneCountInString(reason), string([]rune(reason)[:80]))
	}

	m.search.TypedRune('x') // the next keystroke: taken, or refused with the notice still up
	if n := utf8.RuneCountInString(m.search.Text); n > search.MaxQueryRunes || m.search.Text != m.state.Query() ||
		!strings.HasSuffix(m.state.Query(), "x") && !m.cutNotice.Visible() {
		t.Errorf("after one more key the bar holds %d runes (the state %d), notice %v", n, utf8.RuneCountInString(m.state.Query()), m.cutNotice.Visible())
	}

	m.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if m.search.Text != "" || m.cutNotice.Visible() || m.state.QueryCut() {
		t.Errorf("Esc left %q, notice %v", m.search.Text, m.cutNotice.Visible())
	}
	after := m.Window().Canvas().Capture()
	// The reader may have followed the pasted query to a match a little
	// down the article (below the roles line) and stays there: its text,
	// and the shadows a scrolled container casts over its edges, are left
	// out, as in the web test.
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(m.reader.scroll)
	size := m.reader.scroll.Size()
	const shadow = 8
	article := image.Rect(int(at.X), int(at.Y)-shadow, int(at.X+size.Width), int(at.Y+size.Height)+shadow)
	if d := e2e.DiffFractionOutside(before, after, article); d > 0.002 {
		t.Errorf("after clearing, %.2f%% of the window outside the article differs from before the paste", 100*d)
	}
}

// TestPasteIntoASelectionKeepsTheRest: the room left for a paste is what
// the query keeps of itself, the selection not counted.
func TestPasteIntoASelectionKeepsTheRest(t *testing.T) {
	m, _, _ := openSeed(t)
	m.window.Canvas().Focus(m.search)
	test.Type(m.search, "pegasus ")
	m.search.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clipboardText("macron\nmarokko\t")})
	if m.search.Text != "pegasus macron marokko " || m.state.QueryCut() {
		t.Errorf("pasting two lines gave %q (cut %v), want one line", m.search.Text, m.state.QueryCut())
	}
	m.search.TypedShortcut(&fyne.ShortcutSelectAll{})
	m.search.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clipboardText(strings.Repeat("a", search.MaxQueryRunes))})
	if m.search.Text != strings.Repeat("a", search.MaxQueryRunes) || m.state.QueryCut() {
		t.Errorf("a paste of exactly the limit over a selection was cut (%d runes, cut %v)", len(m.search.Text), m.state.QueryCut())
	}
}

// TestTheSuggestionHasALineOfItsOwn: "Bedoelde u Pegasus?" shows in full,
// under the count and above the results, not cut beside the count nor
// drawn over the list.
func TestTheSuggestionHasALineOfItsOwn(t *testing.T) {
	m, _, _ := openSeed(t)
	test.Type(m.search, "pegasis")
	if !m.suggestion.Visible() || m.suggestion.Text != "Bedoelde u Pegasus?" {
		t.Fatalf("the suggestion shows %q (visible %v)", m.suggestion.Text, m.suggestion.Visible())
	}
	driver := fyne.CurrentApp().Driver()
	link, list, count := driver.AbsolutePositionForObject(m.suggestion), driver.AbsolutePositionForObject(m.list), driver.AbsolutePositionForObject(m.count)
	if link.Y < count.Y+m.count.Size().Height || link.Y+m.suggestion.Size().Height > list.Y {
		t.Errorf("the suggestion at y %v–%v is not between the count (ends %v) and the list (starts %v)",
			link.Y, link.Y+m.suggestion.Size().Height, count.Y+m.count.Size().Height, list.Y)
	}
	if w := m.suggestion.MinSize().Width; w > m.list.Size().Width {
		t.Errorf("the suggestion needs %v dp, the column is %v", w, m.list.Size().Width)
	}
}
