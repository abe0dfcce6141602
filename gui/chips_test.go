package gui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/roles"
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

// TestRoleChipsSayTheRole: a role filter shows as a chip that names the
// role, in the interface's language, and a tap removes that filter only.
func TestRoleChipsSayTheRole(t *testing.T) {
	for _, tt := range []struct {
		language string
		want     []string
	}{
		{"nl", []string{"Cyprus", "China als dader", "Europese Unie als doelwit", "Alles wissen"}},
		{"en", []string{"Cyprus", "China as actor", "European Union as target", "Clear all"}},
	} {
		t.Run(tt.language, func(t *testing.T) {
			if tt.language != "nl" {
				inLanguage(t, tt.language)
			}
			m, _, _ := openSeed(t)
			m.state.AddCountry("CY")
			m.state.ToggleRole(roles.Actor, "CN")
			m.state.ToggleRole(roles.Target, "EU")
			var got []string
			for _, o := range m.chips.box.Objects {
				switch o := o.(type) {
				case *chip:
					got = append(got, o.Label())
				case *widget.Button:
					if o.Visible() {
						got = append(got, o.Text)
					}
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("chips %q, want %q", got, tt.want)
			}
			if m.session.Total() != 2 {
				t.Errorf("China at the EU, about Cyprus: %d articles, want the two about the EU's cables", m.session.Total())
			}
			test.Tap(m.chips.Chips()[1])
			if m.state.HasRole(roles.Actor, "CN") || !m.state.HasRole(roles.Target, "EU") || !m.state.HasCountry("CY") {
				t.Errorf("a tap on the actor chip left actors %v, targets %v, countries %v", m.state.Actors(), m.state.Targets(), m.state.Countries())
			}
			if got := chipLabels(m.chips.Chips()); len(got) != 2 {
				t.Errorf("after the tap the chips are %q", got)
			}
		})
	}
}
