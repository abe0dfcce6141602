package dates

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dossier/corpus"
	"dossier/internal/measure"
)

// FuzzDates reads any text, published on any day: the tagger must not
// panic, and every event must point into the text, in bytes and runes, with
// its words inside its sentence, a date that writes and reads back the same,
// and an end, if any, not before its date.
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"Een eerste deel werd in september vorig jaar overhandigd. De deal werd begin dit jaar afgeblazen.",
		"Van 3 tot 5 maart, tussen januari en april 2019, sinds 2009, van 2015 t/m 2018, 2015-2018.",
		"Op 3 jan. 2019 of 31-02-2019 of vorige week dinsdag, eerder deze week, drie jaar geleden.",
		"jaren '90, eind jaren negentig, het derde kwartaal van vorig jaar, de winter van 2019",
		"jan.", "3 jan", "van", "tussen 2010 en", "sinds", "begin", "eind van het", "0 maart 0000",
	} {
		f.Add(s, 2018, 2, 14)
	}
	tagger := Default()
	f.Fuzz(func(t *testing.T, text string, year, month, day int) {
		if !utf8.ValidString(text) || month < 1 || month > 12 || year < 1 || year > 9999 || day < 0 || day > 28 {
			return
		}
		published := corpus.Date{Month: corpus.Month{Year: year, Month: time.Month(month)}, Day: day}
		for _, e := range tagger.Text(published, text) {
			for what, s := range map[string]Span{"words": e.Words, "sentence": e.Sentence} {
				if err := measure.CheckSpan(text, s.Start, s.End, s.RuneStart, s.RuneEnd); err != nil {
					t.Fatalf("%s %+v: %v", what, s, err)
				}
			}
			if e.Words.Start < e.Sentence.Start || e.Words.End > e.Sentence.End {
				t.Fatalf("words %+v outside their sentence %+v", e.Words, e.Sentence)
			}
			for _, v := range []Value{e.Date, e.End} {
				if v.IsZero() && v == e.End {
					continue
				}
				back, err := ParseValue(v.String())
				if err != nil || back != v {
					t.Fatalf("%q: value %+v writes %q, reads back %+v, %v", text[e.Words.Start:e.Words.End], v, v.String(), back, err)
				}
			}
			if !e.End.IsZero() && e.End.Compare(e.Date) < 0 {
				t.Fatalf("%q: ends %s before it begins %s", text[e.Words.Start:e.Words.End], e.End, e.Date)
			}
			if strings.TrimSpace(text[e.Words.Start:e.Words.End]) == "" {
				t.Fatalf("empty words %+v", e.Words)
			}
		}
	})
}
