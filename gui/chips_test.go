package gui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/gui/view"
)

// TestCountryChipsSayHowTheyCombine: with two countries the chips show the
// rule, "een van deze landen", and a tap makes it "al deze landen", which
// the search follows.
func TestCountryChipsSayHowTheyCombine(t *testing.T) {
	m, _, _ := openSeed(t)
	m.state.AddCountry("US")
	if got := m.chips.ModeLabel(); got != "" {
		t.Errorf("one country shows the rule %q", got)
	}
	m.state.AddCountry("DE")
	if got := m.chips.ModeLabel(); got != "een van deze landen" {
		t.Errorf("two countries show the rule %q, want een van deze landen", got)
	}
	anyTotal := m.session.Total()
	test.Tap(m.chips.mode)
	if got := m.chips.ModeLabel(); got != "al deze landen" || m.state.CountryMode() != view.AllCountries {
		t.Errorf("after a tap the rule is %q, mode %v", got, m.state.CountryMode())
	}
	if all := m.session.Total(); all >= anyTotal || all == 0 {
		t.Errorf("US and Germany: %d articles with any, %d with all; want fewer, and some, with all", anyTotal, all)
	}
}

// TestChipsAreRemovedWithTheKeyboard: Tab reaches the chips, Delete or
// Backspace removes the focused one, the focus moves on to the next, and
// back to the search bar after the last.
func TestChipsAreRemovedWithTheKeyboard(t *testing.T) {
	m, _, _ := openSeed(t)
	m.state.AddCountry("US")
	m.state.AddCountry("CN")
	c := m.window.Canvas()
	c.Focus(m.search)
	for range 10 {
		if _, ok := c.Focused().(*chip); ok {
			break
		}
		c.FocusNext()
	}
	first, ok := c.Focused().(*chip)
	if !ok {
		t.Fatalf("Tab from the search bar never reached a chip; focus is on %T", c.Focused())
	}
	label := first.Label()
	first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if got := chipLabels(m.chips.Chips()); slices.Contains(got, label) || len(got) != 1 {
		t.Fatalf("Delete on %q left the chips %q", label, got)
	}
	next, ok := c.Focused().(*chip)
	if !ok {
		t.Fatalf("after Delete the focus is on %T, want the next chip", c.Focused())
	}
	next.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if len(m.state.Countries()) != 0 || c.Focused() != m.search {
		t.Errorf("after Backspace on the last chip: countries %v, focus on %T", m.state.Countries(), c.Focused())
	}
}

// ModeLabel is the text of the any/all switch, "" when it is not shown.
func (c *filterChips) ModeLabel() string {
	if !c.mode.Visible() {
		return ""
	}
	return c.mode.Text
}
