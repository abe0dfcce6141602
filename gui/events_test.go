package gui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/library"
	"dossier/gui/view"
	"dossier/gui/view/eventstest"
)

// eventIn is a made-up event of doc: the words in paragraph (-1 for the
// title), first found, on date (to end, for a range), in the sentence
// around them, as the tagger gives events.
func eventIn(t testing.TB, doc *corpus.Document, paragraph int, words, date, end string) dates.Event {
	t.Helper()
	text := doc.Title
	if paragraph >= 0 {
		text = doc.Paragraphs[paragraph].Text
	}
	at := strings.Index(text, words)
	if at < 0 {
		t.Fatalf("%s paragraph %d has no %q", doc.ID, paragraph, words)
	}
	start := strings.LastIndex(text[:at], ". ") + 1 // 0 when there is none
	for start < at && text[start] == ' ' {
		start++
	}
	stop := len(text)
	if i := strings.Index(text[at:], ". "); i >= 0 {
		stop = at + i + 1
	}
	span := func(from, to int) dates.Span {
		return dates.Span{Start: from, End: to, RuneStart: utf8.RuneCountInString(text[:from]), RuneEnd: utf8.RuneCountInString(text[:to])}
	}
	e := eventstest.Event(date, end, paragraph)
	e.Words, e.Sentence = span(at, at+len(words)), span(start, stop)
	return e
}

// seedEvents are events as a tagger would find them in the seed articles:
// September 2017 in the CIA's, 8 February 2018 and July 2018 in the
// cables', and in Macron's, "dinsdag" and "maandagavond" in July 2021 (the
// article is dated by its month) and the list from 2019.
func seedEvents(t testing.TB, lib *library.Library) map[string][]dates.Event {
	t.Helper()
	doc := func(id string) *corpus.Document {
		d, ok := lib.Corpus().Doc(id)
		if !ok {
			t.Fatalf("no seed article %s", id)
		}
		return d
	}
	cia, cables, macron := doc(seedCIA), doc(seedChinaEU), doc(seedMacron)
	return map[string][]dates.Event{
		seedCIA:     {eventIn(t, cia, 1, "in september vorig jaar", "2017-09", "")},
		seedChinaEU: {eventIn(t, cables, 1, "op 8 februari van dit jaar", "2018-02-08", ""), eventIn(t, cables, 2, "in juli", "2018-07", "")},
		seedMacron: {eventIn(t, macron, 0, "dinsdag", "2021-07", ""), eventIn(t, macron, 0, "uit 2019", "2019", ""),
			eventIn(t, macron, 6, "maandagavond", "2021-07", "")},
	}
}

// withSeedEvents are view options whose session gives the seed articles
// seedEvents (for the window: Options.search and events).
func withSeedEvents(t testing.TB, lib *library.Library, opts view.Options) view.Options {
	src := eventstest.New(lib, seedEvents(t, lib))
	opts.Search = src.Search
	opts.Events = func(*library.Library) view.EventSource { return src }
	return opts
}
