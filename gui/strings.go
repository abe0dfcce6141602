package gui

import (
	"embed"
	"encoding/json"
	"maps"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"dossier/corpus"
	"dossier/gui/view"
)

// Every text the user reads is a key of translations/nl.json (Dutch, the
// default) and translations/en.json. The interface follows the system's or
// the browser's language; Fyne 2.7 picks it once, at start. Any other
// language falls back to Dutch, as do keys an English file lacks.
//
//go:embed translations/*.json
var translations embed.FS

// addTranslations hands the translations to Fyne once per process. It is
// called by New, so that tests and the app alike read translated text.
var addTranslations = sync.OnceFunc(func() {
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		fyne.LogError("Dossier's translations", err)
	}
})

// dutch is nl.json, the fallback for every key: read-only once read.
var dutch = sync.OnceValue(func() map[string]string {
	data, err := translations.ReadFile("translations/nl.json")
	if err != nil {
		panic("gui: embedded nl.json: " + err.Error())
	}
	// One pass: a key's value is its text, or its plural forms.
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		panic("gui: embedded nl.json: " + err.Error())
	}
	out := make(map[string]string, len(raw))
	for key, v := range raw {
		switch v := v.(type) {
		case string:
			out[key] = v
		case map[string]any:
			out[key], _ = v["other"].(string)
		}
	}
	return out
})

// tr translates a key; data fills in its {{.Fields}}.
func tr(key string, data ...map[string]any) string {
	if len(data) > 0 {
		return lang.X(key, dutch()[key], data[0])
	}
	return lang.X(key, dutch()[key])
}

// trN translates a key with plural forms for the count n, which it also
// passes, digit-grouped, as {{.Count}}; data fills in its other {{.Fields}}.
func trN(key string, n int, data ...map[string]any) string {
	fields := map[string]any{"Count": groupDigits(n)}
	if len(data) > 0 {
		maps.Copy(fields, data[0])
	}
	return lang.XN(key, dutch()[key], n, fields)
}

func textWindowTitle() string   { return tr("window.title") }
func textNoneOpen() string      { return tr("reader.none") }
func textLoadFailed() string    { return tr("load.failed") }
func textOriginal() string      { return tr("reader.original") }
func textCopy() string          { return tr("copy") }
func textMetaSep() string       { return tr("meta.sep") }
func articleCount(n int) string { return trN("count.articles", n) }
func wordCount(n int) string    { return trN("count.words", n) }
func interfaceLanguage() string { return tr("lang.code") }
func textClearAll() string      { return tr("chips.clear") }
func textBookmarksChip() string { return tr("chips.bookmarks") }

// articlesPhrase is a count of articles that says "geen artikelen" for none,
// as the map's and the timeline's hover labels do.
func articlesPhrase(n int) string {
	if n <= 0 {
		return tr("count.articles.none")
	}
	return articleCount(n)
}

// articlesOf is part of a whole: "2 van 40 artikelen", "0 van 1 artikel".
func articlesOf(part, total int) string {
	return trN("count.articles.of", total, map[string]any{"Part": groupDigits(part)})
}

func textSuggestion(s string) string {
	return tr("search.suggestion", map[string]any{"Suggestion": shortQuote(s)})
}

// searchPlaceholder invites a search of the whole corpus: "Zoek in 4 artikelen…".
func searchPlaceholder(n int) string {
	return tr("search.placeholder", map[string]any{"Count": articleCount(n)})
}

// emptyReason says why a result is empty: the query, the filters or both.
func emptyReason(s *view.State, corpusEmpty, noWords bool) string {
	q := shortQuote(strings.TrimSpace(s.Query()))
	switch {
	case corpusEmpty:
		return tr("empty.corpus")
	case s.BookmarksOnly() && len(s.Bookmarks()) == 0:
		return tr("empty.bookmarks")
	case noWords && q != "":
		return tr("empty.nowords", map[string]any{"Query": q})
	case q != "" && s.HasFilters():
		return tr("empty.both", map[string]any{"Query": q})
	case q != "":
		return tr("empty.query", map[string]any{"Query": q})
	}
	return tr("empty.filters")
}

// shortQuote cuts a query quoted in a sentence to a few words: the search
// bar shows the whole of it, and a pasted page would fill the sidebar.
func shortQuote(q string) string {
	const most = 60 // runes
	if utf8.RuneCountInString(q) <= most {
		return q
	}
	return strings.TrimSpace(string([]rune(q)[:most])) + "…"
}

// rangeLabel names a month range: "jun 2018 – dec 2019", "vanaf jun 2018".
func rangeLabel(from, to corpus.Month) string {
	f, t := shortMonth(from), shortMonth(to)
	switch {
	case from == (corpus.Month{}):
		return tr("range.to", map[string]any{"To": t})
	case to == (corpus.Month{}):
		return tr("range.from", map[string]any{"From": f})
	case from == to:
		return f
	}
	return tr("range.both", map[string]any{"From": f, "To": t})
}

func monthNames(key string) []string {
	names := strings.Fields(tr(key))
	if len(names) != 12 {
		names = strings.Fields(dutch()[key])
	}
	return names
}

// shortMonth is a month as the chips and the timeline write it: "jun 2018".
func shortMonth(m corpus.Month) string {
	return formatDate(corpus.Date{Month: m}, monthNames("months.short"))
}

// shortDate is the compact date of the results list: "feb 2018", "20 jul 2021".
func shortDate(d corpus.Date) string { return formatDate(d, monthNames("months.short")) }

// longDate is the reader's date: "februari 2018", "20 juli 2021".
func longDate(d corpus.Date) string { return formatDate(d, monthNames("months.long")) }

func formatDate(d corpus.Date, months []string) string {
	if d.Month.Month < time.January || d.Month.Month > time.December || len(months) != 12 {
		return d.String() // cannot happen for parsed articles; show something true anyway
	}
	month := months[d.Month.Month-1] + " " + strconv.Itoa(d.Year)
	if d.Day == 0 {
		return month
	}
	return strconv.Itoa(d.Day) + " " + month
}

// groupDigits writes n with the language's thousands separator: "100.000".
func groupDigits(n int) string {
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	sep := tr("digits.group")
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// joinMeta joins the known parts of a meta line, skipping empty ones, so an
// article without a source reads "feb 2018" and not "feb 2018 · ".
func joinMeta(parts ...string) string {
	kept := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, textMetaSep())
}
