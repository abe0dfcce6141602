package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// tabbedTo is every widget Tab reaches from the search bar, once round.
func tabbedTo(m *MainWindow) map[fyne.Focusable]bool {
	c := m.Window().Canvas()
	c.Focus(m.search)
	seen := map[fyne.Focusable]bool{}
	for range 200 {
		test.FocusNext(c)
		f := c.Focused()
		if f == nil || f == fyne.Focusable(m.search) || seen[f] {
			break
		}
		seen[f] = true
	}
	return seen
}

// TestTabReachesTheReadersButtons: keyboard-only, Tab gets to the reader's
// tool bar and to the banner's buttons.
func TestTabReachesTheReadersButtons(t *testing.T) {
	m, _, _ := openSeed(t)
	state, r := m.State(), m.reader
	state.OpenArticle(seedCIA)
	state.SetQuery("hackingtools") // matches, so next and previous are enabled
	seen := tabbedTo(m)
	for name, b := range map[string]fyne.Focusable{
		"previous match": r.previous, "next match": r.next,
		"smaller text": r.smaller, "larger text": r.larger, "bookmark": r.star,
	} {
		if !seen[b] {
			t.Errorf("Tab does not reach the %s button", name)
		}
	}

	state.SetQuery("")
	state.AddCountry("MA") // excludes the CIA article; the Macron one matches
	seen = tabbedTo(m)
	for name, b := range map[string]fyne.Focusable{"clear filters": r.banner.clearFilters, "first result": r.banner.first} {
		if !seen[b] {
			t.Errorf("Tab does not reach the banner's %s button", name)
		}
	}
}
