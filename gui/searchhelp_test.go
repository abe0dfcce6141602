package gui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestREADMEQuotesTheSearchHelp keeps the README's "Zoeken / Query syntax"
// word for word what Help › Zoeken shows, in both languages: change the
// text in gui/help/search.*.md and copy it into the README, or the other
// way round.
func TestREADMEQuotesTheSearchHelp(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	const heading = "\n## Zoeken / Query syntax\n"
	start := strings.Index(readme, heading)
	if start < 0 {
		t.Fatalf("README.md has no section %q", strings.TrimSpace(heading))
	}
	section := readme[start+len(heading):]
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	for _, name := range []string{"search.nl.md", "search.en.md"} {
		help, err := searchHelpFiles.ReadFile("help/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(section, strings.TrimSpace(string(help))) {
			t.Errorf("README.md's %q does not quote gui/help/%s word for word; copy the file's text into it", strings.TrimSpace(heading), name)
		}
	}
}

// helpMenuItem finds an item of the Help menu by its label.
func helpMenuItem(t *testing.T, m *MainWindow, label string) *fyne.MenuItem {
	t.Helper()
	for _, menu := range m.mainMenu.Items {
		if menu.Label != tr("menu.help") {
			continue
		}
		for _, item := range menu.Items {
			if item.Label == label {
				return item
			}
		}
	}
	t.Fatalf("the Help menu has no %q", label)
	return nil
}

// searchHelpShown is the text of the search help dialog on top of the window.
func searchHelpShown(m *MainWindow) string {
	top := m.window.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var texts []string
	for _, rt := range objectsOfType[*widget.RichText](top) {
		texts = append(texts, segmentsText(rt.Segments))
	}
	return strings.Join(texts, "\n")
}

// segmentsText is the text of rich text segments, lists' items included,
// which RichText.String leaves out.
func segmentsText(segments []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segments {
		switch s := s.(type) {
		case *widget.ListSegment:
			for _, item := range s.Items {
				b.WriteString("\n• " + segmentsText([]widget.RichTextSegment{item}))
			}
			b.WriteString("\n")
		case *widget.ParagraphSegment:
			b.WriteString(segmentsText(s.Texts))
		case *widget.TextSegment:
			b.WriteString(s.Text)
			if !s.Inline() {
				b.WriteString("\n")
			}
		}
	}
	return b.String()
}

// TestSearchHelpShowsTheSyntax: Help › Zoeken shows the query syntax in a
// dialog that fits an 800×600 window, wraps its text, scrolls from the
// keyboard and closes with Esc, leaving the query alone.
func TestSearchHelpShowsTheSyntax(t *testing.T) {
	m, _, _ := openSeed(t)
	m.Window().Resize(fyne.NewSize(800, 600))
	m.State().SetQuery("pegasus")
	helpMenuItem(t, m, "Zoeken").Action()
	if m.searchHelpDialog == nil {
		t.Fatal("Help › Zoeken showed nothing")
	}
	text := searchHelpShown(m)
	for _, want := range []string{"Pegasus OR Predator", "hackers -China", "spionage NOT Rusland", "Pegasus 2021",
		"Geen artikel bevat alle woorden; dit zijn de beste.", "pegasis vindt Pegasus", "in welke vorm ook."} {
		if !strings.Contains(text, want) {
			t.Errorf("the help lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "**") || strings.Contains(text, "`") || strings.Contains(text, "#") {
		t.Errorf("Markdown shows through:\n%s", text)
	}

	scroll, ok := m.window.Canvas().Focused().(*keyScroll)
	if !ok {
		t.Fatalf("the focus is on %T, not the help's text", m.window.Canvas().Focused())
	}
	window := m.window.Canvas().Size()
	if s := scroll.Size(); s.Width > window.Width || s.Height > window.Height || s.Width < 300 {
		t.Errorf("the help's text is %v in a %v window", s, window)
	}
	if w := scroll.scroll.Content.MinSize().Width; w > scroll.Size().Width {
		t.Errorf("the help is %v dp wide in a %v dp dialog: it does not wrap", w, scroll.Size().Width)
	}
	if scroll.scroll.Content.MinSize().Height <= scroll.Size().Height {
		t.Fatalf("the help fits at 800×600 without scrolling; the scroll keys go untested")
	}
	scroll.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if scroll.scroll.Offset.Y <= 0 {
		t.Error("Page Down did not scroll the help")
	}
	scroll.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if scroll.scroll.Offset.Y != 0 {
		t.Errorf("Home left the help at %v", scroll.scroll.Offset.Y)
	}

	scroll.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if searchHelpShown(m) != "" {
		t.Error("Esc left the help open")
	}
	if m.State().Query() != "pegasus" {
		t.Errorf("Esc in the help changed the query to %q", m.State().Query())
	}
}

func TestSearchHelpInEnglish(t *testing.T) {
	inLanguage(t, "en")
	m, _, _ := openSeed(t)
	helpMenuItem(t, m, "Searching").Action()
	text := searchHelpShown(m)
	for _, want := range []string{"in any form.", "Either word or phrase.", "No article has all the words; these are the best."} {
		if !strings.Contains(text, want) {
			t.Errorf("the English help lacks %q:\n%s", want, text)
		}
	}
}

// TestShortcutsCloseWithEsc: F1's list, like the search help, takes the
// keys, so Esc closes it instead of clearing the query behind it.
func TestShortcutsCloseWithEsc(t *testing.T) {
	m, _, _ := openSeed(t)
	m.State().SetQuery("china")
	m.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	focused, ok := m.window.Canvas().Focused().(*keyScroll)
	if !ok {
		t.Fatalf("the focus is on %T, not the shortcuts", m.window.Canvas().Focused())
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if m.window.Canvas().Overlays().Top() != nil || m.State().Query() != "china" {
		t.Errorf("after Esc: overlay %v, query %q", m.window.Canvas().Overlays().Top(), m.State().Query())
	}
}
