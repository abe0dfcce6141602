package gui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/corpus/library"
)

func TestQuickOpenJumpsToAnArticle(t *testing.T) {
	m, _, _ := openSeed(t)
	m.State().OpenArticle("000_ff3dc8e55b17b03b")
	m.Window().Canvas().(fyne.Shortcutable).TypedShortcut(shortcutQuickOpen)
	if m.quick == nil || !m.quick.popup.Visible() || m.Window().Canvas().Focused() != m.quick.entry {
		t.Fatal("Ctrl+P did not open the palette with its field focused")
	}
	if n := len(m.quick.Items()); n != 4 {
		t.Errorf("an empty pattern lists %d items, want the 4 articles", n)
	}
	test.Type(m.quick.entry, "mcrnmob")
	items := m.quick.Items()
	if len(items) == 0 || items[0].Kind != 0 || items[0].Label != "Was Macrons mobiel wel veilig?" || len(items[0].Spans) == 0 {
		t.Fatalf("\"mcrnmob\" lists %+v, want the Macron headline first, with its letters marked", items)
	}
	m.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := m.State().OpenID(); got != "003_0df74ff2f132de6e" {
		t.Errorf("Enter opened %q, want the Macron article", got)
	}
	if m.quick.popup.Visible() || m.Window().Canvas().Focused() != m.search {
		t.Errorf("the palette stays open, or the focus did not return to the search bar")
	}
}

func TestQuickOpenFiltersByACountry(t *testing.T) {
	m, _, _ := openSeed(t)
	m.showQuickOpen()
	test.Type(m.quick.entry, "israel") // Israël, without its diaeresis
	items := m.quick.Items()
	if len(items) == 0 || items[0].Kind != library.QuickCountry || items[0].ID != "IL" {
		t.Fatalf("\"israel\" lists %+v first, want the country Israël", items)
	}
	if d := m.quick.quickDetail(items[0]); d != "land · 2 artikelen" {
		t.Errorf("detail = %q", d)
	}
	m.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !slices.Equal(m.State().Countries(), []string{"IL"}) {
		t.Errorf("countries = %v, want [IL]", m.State().Countries())
	}
}

func TestQuickOpenKeys(t *testing.T) {
	m, _, _ := openSeed(t)
	m.showQuickOpen()
	m.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	m.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	m.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if m.quick.selected != 1 {
		t.Errorf("Down, Down, Up selects line %d, want 1", m.quick.selected)
	}
	m.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if m.quick.popup.Visible() {
		t.Errorf("Esc did not close the palette")
	}
	if m.State().OpenID() != "003_0df74ff2f132de6e" {
		t.Errorf("Esc opened %q", m.State().OpenID())
	}
}

// TestQuickOpenPutsAnExactTitleWordFirst: "cia" is a word of the CIA
// article's headline and only scattered letters of China: Enter opens the
// article.
func TestQuickOpenPutsAnExactTitleWordFirst(t *testing.T) {
	m, _, _ := openSeed(t)
	m.State().OpenArticle("003_0df74ff2f132de6e")
	m.showQuickOpen()
	test.Type(m.quick.entry, "cia")
	items := m.quick.Items()
	if len(items) == 0 || items[0].Kind != 0 || items[0].ID != "000_ff3dc8e55b17b03b" {
		t.Fatalf("\"cia\" lists %+v first, want the CIA article", items)
	}
	m.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := m.State().OpenID(); got != "000_ff3dc8e55b17b03b" {
		t.Errorf("Enter opened %q, want the highlighted CIA article", got)
	}
}

// TestQuickOpenSearchesForAGroup: "fancy" offers APT28 as Fancy Bear, with
// its own name and country beside it, and Enter searches for APT28, which
// finds the articles that name it by any name.
func TestQuickOpenSearchesForAGroup(t *testing.T) {
	a := test.NewTempApp(t)
	lib := textLibrary(t,
		"De Russische groep APT28 drong binnen bij de Bondsdag.",
		"Hackers van Fancy Bear drongen binnen bij het ministerie.")
	m, _ := openWindow(t, a, lib)
	m.showQuickOpen()
	test.Type(m.quick.entry, "fancy")
	items := m.quick.Items()
	if len(items) == 0 || items[0].Kind != library.QuickGroup || items[0].ID != "APT28" || items[0].Label != "Fancy Bear" {
		t.Fatalf("\"fancy\" lists %+v first, want the group APT28 as Fancy Bear", items)
	}
	if d := m.quick.quickDetail(items[0]); d != "groep APT28 · Rusland · 2 artikelen" {
		t.Errorf("detail = %q", d)
	}
	m.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if m.State().Query() != "APT28" || m.session.Total() != 2 {
		t.Errorf("Enter on the group: query %q, %d articles; want APT28 and both", m.State().Query(), m.session.Total())
	}
}

// Items are the lines shown.
func (q *quickOpen) Items() []library.QuickItem { return q.items }
