package gui

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/gui/worldmap"
)

// focusMap focuses the map in its window, as Tab would, and gives it a clock
// the test moves by hand.
func (f *mapFixture) focusMap(t *testing.T) *time.Time {
	t.Helper()
	clock := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	f.m.now = func() time.Time { return clock }
	f.window.Canvas().Focus(f.m)
	if !f.m.focused || !f.m.focusRing.Visible() {
		t.Fatalf("focused %v, focus ring shown %v; want both", f.m.focused, f.m.focusRing.Visible())
	}
	return &clock
}

func (f *mapFixture) key(name fyne.KeyName) { f.m.TypedKey(&fyne.KeyEvent{Name: name}) }

func TestMapKeyboardArrowsAndEnterToggle(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	f.focusMap(t)
	test.Type(f.m, "fra")
	if f.m.cursor != "FR" {
		t.Fatalf("after typing fra the cursor is on %q, want FR", f.m.cursor)
	}
	f.key(fyne.KeyRight)
	if f.m.cursor != "DE" {
		t.Fatalf("right of France the cursor is on %q, want DE (the next country with articles)", f.m.cursor)
	}
	if !f.m.label.Visible() || f.m.labelText.Text != "Duitsland · 1 artikel" {
		t.Errorf("cursor on Germany: label %q (shown %v)", f.m.labelText.Text, f.m.label.Visible())
	}
	if !f.m.hover.Visible() {
		t.Errorf("cursor on Germany: no outline overlay")
	}
	f.toggled = nil
	f.key(fyne.KeyReturn)
	if !slices.Equal(f.toggled, []string{"DE"}) {
		t.Errorf("Enter on Germany toggled %v, want [DE]", f.toggled)
	}
	f.key(fyne.KeyLeft) // Belgium, west of Germany and with articles
	f.key(fyne.KeySpace)
	if !slices.Equal(f.toggled, []string{"DE", "BE"}) {
		t.Errorf("left, then Space toggled %v, want DE then BE", f.toggled)
	}
	f.key(fyne.KeyEscape)
	if f.m.cursor != "" || f.m.label.Visible() || f.m.hover.Visible() {
		t.Errorf("after Escape the cursor is %q, label shown %v, outline shown %v", f.m.cursor, f.m.label.Visible(), f.m.hover.Visible())
	}
	f.window.Canvas().Unfocus()
	if f.m.focused || f.m.focusRing.Visible() {
		t.Errorf("unfocused, the focus ring still shows")
	}
}

func TestMapArrowsSkipCountriesWithoutArticles(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	f.focusMap(t)
	f.key(fyne.KeyDown) // the first arrow puts the cursor on the map
	for range 30 {
		for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeyDown, fyne.KeyLeft, fyne.KeyUp} {
			f.key(k)
			if f.m.counts[f.m.cursor] == 0 {
				t.Fatalf("the arrows reached %q, which has no articles", f.m.cursor)
			}
		}
	}
}

func TestMapTypeAhead(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	clock := f.focusMap(t)
	typeAt := func(s string) {
		for _, r := range s {
			*clock = clock.Add(200 * time.Millisecond)
			f.m.TypedRune(r)
		}
	}
	for _, tt := range []struct {
		typed, want string
	}{
		{"f", "FI"},   // Finland has articles and comes before Frankrijk
		{"r", "FR"},   // "fr", within the second
		{"a", "FR"},   // "fra"
		{"bra", "BR"}, // after a pause: Brazilië, though it has no articles
		{"ma", "MA"},  // Marokko, with articles, before Madagaskar
		{"cy", "CY"},
		{"ver", "US"}, // Verenigde Staten
	} {
		if tt.typed != "r" && tt.typed != "a" {
			*clock = clock.Add(2 * time.Second)
		}
		typeAt(tt.typed)
		if f.m.cursor != tt.want {
			t.Errorf("typing %q: cursor on %q, want %s", tt.typed, f.m.cursor, tt.want)
		}
	}
}

func TestMapTypeAheadIgnoresAccents(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	f.m.SetData(map[string]int{"CI": 1, "FR": 1}, nil) // Ivoorkust; in English Côte d'Ivoire
	dutch := f.m.countryName
	f.m.countryName = func(code string) string {
		if code == "CI" {
			return "Côte d'Ivoire"
		}
		return dutch(code)
	}
	f.focusMap(t)
	test.Type(f.m, "cote")
	if f.m.cursor != "CI" {
		t.Errorf("typing cote: cursor on %q, want CI (Côte d'Ivoire)", f.m.cursor)
	}
}

func TestMapNoFilterOnACountryWithoutArticles(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	brasilia := worldmap.LonLat{Lon: -47.8825, Lat: -15.7942}
	f.tap(brasilia)
	if len(f.toggled) != 0 {
		t.Errorf("a tap on Brazil, without articles, toggled %v", f.toggled)
	}
	if want := "Brazilië: geen artikelen om op te filteren"; !f.m.label.Visible() || f.m.labelText.Text != want {
		t.Errorf("after the tap the label reads %q (shown %v), want %q", f.m.labelText.Text, f.m.label.Visible(), want)
	}
	// Moving on to another country brings back the usual label.
	f.hover(placeParis)
	if f.m.labelText.Text != "Frankrijk · 1 artikel" {
		t.Errorf("hovering France after the notice: label %q", f.m.labelText.Text)
	}

	f.focusMap(t)
	test.Type(f.m, "bra")
	f.key(fyne.KeyReturn)
	if len(f.toggled) != 0 {
		t.Errorf("Enter on Brazil, without articles, toggled %v", f.toggled)
	}

	// In the filter already (its count 0 under other filters), it can still
	// be dropped.
	f.m.SetData(seedMapCounts(), []string{"BR"})
	f.tap(brasilia)
	if !slices.Equal(f.toggled, []string{"BR"}) {
		t.Errorf("a tap on Brazil in the filter toggled %v, want [BR]", f.toggled)
	}
}

func TestMapNoFilterTextIsTranslated(t *testing.T) {
	inLanguage(t, "en")
	if got, want := textMapNothingToFilter("Brazil"), "Brazil: no articles to filter on"; got != want {
		t.Errorf("English: %q, want %q", got, want)
	}
}
