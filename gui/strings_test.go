package gui

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/search"
	"dossier/gui/worldmap"
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

func TestCountsInDutch(t *testing.T) {
	for n, want := range map[int]string{0: "0 woorden", 1: "1 woord", 358: "358 woorden", 1234: "1.234 woorden", 1234567: "1.234.567 woorden"} {
		if got := wordCount(n); got != want {
			t.Errorf("wordCount(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{1: "1 artikel", 4: "4 artikelen", 100000: "100.000 artikelen"} {
		if got := articleCount(n); got != want {
			t.Errorf("articleCount(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestRangeLabels(t *testing.T) {
	jun18, dec19 := corpus.Month{Year: 2018, Month: time.June}, corpus.Month{Year: 2019, Month: time.December}
	for _, tt := range []struct {
		from, to corpus.Month
		want     string
	}{
		{jun18, dec19, "jun 2018 – dec 2019"},
		{jun18, jun18, "jun 2018"},
		{jun18, corpus.Month{}, "vanaf jun 2018"},
		{corpus.Month{}, dec19, "tot en met dec 2019"},
	} {
		if got := rangeLabel(tt.from, tt.to); got != tt.want {
			t.Errorf("rangeLabel(%v, %v) = %q, want %q", tt.from, tt.to, got, tt.want)
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

func TestUnknownThemePreferenceFollowsTheSystem(t *testing.T) {
	for stored, want := range map[string]ThemeMode{"": ThemeSystem, "light": ThemeLight, "dark": ThemeDark, "sepia": ThemeSystem} {
		if got := parseThemeMode(stored); got != want {
			t.Errorf("parseThemeMode(%q) = %q, want %q", stored, got, want)
		}
	}
}

// inLanguage switches the process to another interface language, as a
// system or browser in that language does at start, until the test ends,
// when it is Dutch again (as TestMain sets it).
func inLanguage(t testing.TB, code string) {
	t.Helper()
	t.Cleanup(func() {
		os.Setenv("LANGUAGE", "nl")
		lang.AddTranslationsFS(translations, "translations")
	})
	os.Setenv("LANGUAGE", code)
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		t.Fatal(err)
	}
	if got := interfaceLanguage(); got != code {
		t.Fatalf("the interface is in %q, want %q", got, code)
	}
}

// inEachLanguage runs f in Dutch and in English, with the suffix of the
// English masters' names ("_en"; "" for Dutch).
func inEachLanguage(t *testing.T, f func(t *testing.T, suffix string)) {
	for _, language := range []string{"nl", "en"} {
		t.Run(language, func(t *testing.T) {
			suffix := ""
			if language != "nl" {
				inLanguage(t, language)
				suffix = "_" + language
			}
			f(t, suffix)
		})
	}
}

// TestEnglishInterface switches the process to English, as an English
// system or browser does at start, and back to Dutch.
func TestEnglishInterface(t *testing.T) {
	inLanguage(t, "en")
	jul := corpus.Date{Month: corpus.Month{Year: 2021, Month: time.July}, Day: 20}
	for got, want := range map[string]string{
		articleCount(100000):                  "100,000 articles",
		articleCount(1):                       "1 article",
		shortDate(jul):                        "20 Jul 2021",
		longDate(jul):                         "20 July 2021",
		textSuggestion("Pegasus"):             "Did you mean Pegasus?",
		tr("menu.opencorpus"):                 "Open corpus folder…",
		interfaceLanguage():                   "en",
		lang.L("Cancel"):                      "Cancel",
		rangeLabel(jul.Month, corpus.Month{}): "from Jul 2021",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestMapAndTimelineTexts checks the map's and the timeline's texts, with
// their plural forms, in both languages.
func TestMapAndTimelineTexts(t *testing.T) {
	texts := func() []string {
		return []string{
			articlesPhrase(0), articlesOf(2, 1234), articlesOf(0, 1),
			textMapLegend(), textMapLegendNone(), textMapFocus("Cyprus"), textMapWholeWorld(),
			mapLegendLabel(worldmap.Stop{Min: 1000, Max: 1999}),
			timelineScaleHint(1942, 1), timelineScaleHint(3, 3), timelineScaleHint(3, 12),
			timelineScaleHint(3, 24), timelineScaleHint(3, 120),
		}
	}
	for language, want := range map[string][]string{
		"nl": {
			"geen artikelen", "2 van 1.234 artikelen", "0 van 1 artikel",
			"Artikelen", "geen", "Inzoomen op Cyprus", "Hele wereld",
			"1.000–1.999",
			"max. 1.942 per maand", "max. 3 per kwartaal", "max. 3 per jaar",
			"max. 3 per 2 jaar", "max. 3 per 10 jaar",
		},
		"en": {
			"no articles", "2 of 1,234 articles", "0 of 1 article",
			"Articles", "none", "Zoom in on Cyprus", "Whole world",
			"1,000–1,999",
			"max. 1,942 per month", "max. 3 per quarter", "max. 3 per year",
			"max. 3 per 2 years", "max. 3 per 10 years",
		},
	} {
		t.Run(language, func(t *testing.T) {
			if language != "nl" {
				inLanguage(t, language)
			}
			if got := texts(); !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

// TestTranslationsHaveTheSameKeys keeps en.json complete: every key of
// nl.json but the Dutch names of Fyne's own texts.
func TestTranslationsHaveTheSameKeys(t *testing.T) {
	keys := func(name string) []string {
		data, err := translations.ReadFile("translations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var out []string
		for k := range m {
			if strings.Contains(k, ".") || strings.ToLower(k) == k { // ours; Fyne's are capitalised words
				out = append(out, k)
			}
		}
		slices.Sort(out)
		return out
	}
	nl, en := keys("nl.json"), keys("en.json")
	for _, k := range nl {
		if _, ok := slices.BinarySearch(en, k); !ok && k != "file.name" && k != "file.parent" {
			t.Errorf("en.json lacks %q", k)
		}
	}
	for _, k := range en {
		if _, ok := slices.BinarySearch(nl, k); !ok {
			t.Errorf("nl.json lacks %q", k)
		}
	}
}

// TestDateTexts checks the words for dates and for what the range filters
// on, in both languages: the chips, the switch, the reader's dates and the
// timeline's events.
func TestDateTexts(t *testing.T) {
	m := func(s string) corpus.Month { return month(s) }
	value := func(s string) dates.Value {
		v, err := dates.ParseValue(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	texts := func() []string {
		return []string{
			rangeChipLabel(m("2017-01"), m("2017-12"), search.ByPublished),
			rangeChipLabel(m("2017-01"), m("2017-12"), search.ByEvent),
			rangeChipLabel(m("2017-01"), m("2017-12"), search.ByEither),
			rangeChipLabel(m("2018-06"), m("2019-12"), search.ByEvent),
			rangeChipLabel(m("2015-01"), m("2017-12"), search.ByPublished),
			rangeChipLabel(m("2018-06"), corpus.Month{}, search.ByEither),
			rangeChipLabel(corpus.Month{}, m("2019-12"), search.ByEvent),
			rangeChipLabel(m("2018-06"), m("2018-06"), search.ByPublished),
			strings.Join(byNames(), "|"),
			dateValueText(value("2018-02-08")), dateValueText(value("2017-09")), dateValueText(value("2019")),
			eventDateText(dates.Event{Date: value("2015"), End: value("2018")}),
			eventsHeader(m("2021-07"), m("2021-07"), -1, 3),
			eventsHeader(m("2021-01"), m("2021-12"), -1, -1),
			eventsHeader(m("2018-02"), m("2018-02"), search.Day(m("2018-02"), 8), 1),
			trN("timeline.events.more", 4),
		}
	}
	for language, want := range map[string][]string{
		"nl": {
			"Gepubliceerd in 2017", "Gebeurd in 2017", "Gepubliceerd of gebeurd in 2017",
			"Gebeurd van jun 2018 tot en met dec 2019", "Gepubliceerd van 2015 tot en met 2017",
			"Gepubliceerd of gebeurd vanaf jun 2018", "Gebeurd tot en met 2019", "Gepubliceerd in jun 2018",
			"Gepubliceerd|Gebeurd|Beide",
			"donderdag 8 februari 2018", "september 2017", "2019", "2015 – 2018",
			"Gebeurd in jul 2021 · 3 artikelen", "Gebeurd in 2021", "Gebeurd op 8 feb 2018 · 1 artikel",
			"en nog 4",
		},
		"en": {
			"Published in 2017", "Happened in 2017", "Published or happened in 2017",
			"Happened from Jun 2018 to Dec 2019", "Published from 2015 to 2017",
			"Published or happened from Jun 2018", "Happened up to 2019", "Published in Jun 2018",
			"Published|Happened|Either",
			"Thursday 8 February 2018", "September 2017", "2019", "2015 – 2018",
			"Happened in Jul 2021 · 3 articles", "Happened in 2021", "Happened on 8 Feb 2018 · 1 article",
			"and 4 more",
		},
	} {
		t.Run(language, func(t *testing.T) {
			if language != "nl" {
				inLanguage(t, language)
			}
			if got := texts(); !slices.Equal(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}
