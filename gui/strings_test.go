package gui

import (
	"testing"
	"time"

	"dossier/corpus"
)

func TestDutchDates(t *testing.T) {
	tests := []struct {
		date        corpus.Date
		short, long string
	}{
		{corpus.Date{Month: corpus.Month{Year: 2018, Month: time.February}}, "feb 2018", "februari 2018"},
		{corpus.Date{Month: corpus.Month{Year: 2021, Month: time.July}, Day: 20}, "20 jul 2021", "20 juli 2021"},
		{corpus.Date{Month: corpus.Month{Year: 2019, Month: time.March}, Day: 1}, "1 mrt 2019", "1 maart 2019"},
		{corpus.Date{Month: corpus.Month{Year: 2020, Month: time.October}}, "okt 2020", "oktober 2020"},
		{corpus.Date{Month: corpus.Month{Year: 2020, Month: time.May}}, "mei 2020", "mei 2020"},
	}
	for _, tt := range tests {
		if got := shortDate(tt.date); got != tt.short {
			t.Errorf("shortDate(%v) = %q, want %q", tt.date, got, tt.short)
		}
		if got := longDate(tt.date); got != tt.long {
			t.Errorf("longDate(%v) = %q, want %q", tt.date, got, tt.long)
		}
	}
}

func TestWordCount(t *testing.T) {
	for n, want := range map[int]string{0: "0 woorden", 1: "1 woord", 358: "358 woorden", 1234: "1.234 woorden", 1234567: "1.234.567 woorden"} {
		if got := wordCount(n); got != want {
			t.Errorf("wordCount(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestJoinMetaSkipsUnknownParts(t *testing.T) {
	if got := joinMeta("feb 2018", "", "324 woorden"); got != "feb 2018 · 324 woorden" {
		t.Errorf("joinMeta = %q", got)
	}
	if got := joinMeta("", ""); got != "" {
		t.Errorf("joinMeta of nothing = %q", got)
	}
}

func TestStateNotifiesOnlyRealChanges(t *testing.T) {
	s := NewState()
	var seen []string
	s.OnChanged(func() { seen = append(seen, s.OpenID()) })
	s.OpenArticle("a")
	s.OpenArticle("a")
	s.OpenArticle("b")
	if len(seen) != 2 || seen[0] != "a" || seen[1] != "b" {
		t.Errorf("listener saw %q, want [a b]", seen)
	}
}

func TestUnknownThemePreferenceFollowsTheSystem(t *testing.T) {
	for stored, want := range map[string]ThemeMode{"": ThemeSystem, "light": ThemeLight, "dark": ThemeDark, "sepia": ThemeSystem} {
		if got := parseThemeMode(stored); got != want {
			t.Errorf("parseThemeMode(%q) = %q, want %q", stored, got, want)
		}
	}
}
