package importer

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"dossier/corpus"
	"dossier/corpus/dates"
)

// Each format's fuzz target feeds arbitrary bytes to its reader: it must
// not panic, must finish in bounded time, and every article it finds must
// be written as a file that corpus.Parse reads without a problem, with the
// same date, title, source and address.

func addSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
}

func checkFound(t *testing.T, items []found, took time.Duration) {
	t.Helper()
	if took > 5*time.Second {
		t.Fatalf("took %v", took)
	}
	for _, it := range items {
		if (it.article == nil) == (it.problem == nil) {
			t.Fatalf("line %d: article %v and problem %v: want one of the two", it.line, it.article, it.problem)
		}
		if it.problem != nil {
			if it.problem.message == "" || it.line < 0 {
				t.Fatalf("problem without a message: %+v", it.problem)
			}
			continue
		}
		a := it.article
		doc, err := corpus.Parse("fuzz.txt", a.render())
		if err != nil {
			t.Fatalf("the article does not parse: %v\n%s", err, a.render())
		}
		// Without a title of its own, corpus.Parse derives one from the text.
		if doc.Date != a.Date || (cleanLine(a.Title) != "" && doc.Title != cleanLine(a.Title)) || doc.Source != cleanLine(a.Source) || doc.URL != cleanLine(a.URL) {
			t.Fatalf("read back as %v %q %q %q, written as %v %q %q %q", doc.Date, doc.Title, doc.Source, doc.URL, a.Date, a.Title, a.Source, a.URL)
		}
		if p := finish(a, it.line); p.problem != nil || p.id == "" {
			t.Fatalf("finish: %+v", p.problem)
		}
	}
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "testdata/pages/*.htm*")
	f.Add([]byte(`<html><head><meta property="article:published_time" content="2020-01-02"></head><body><p>Een zin.</p></body></html>`))
	tagger := dates.Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		a, r := page(tagger, data)
		checkFound(t, []found{{article: a, problem: r}}, time.Since(start))
	})
}

func FuzzFeed(f *testing.F) {
	addSeeds(f, "testdata/feeds/*")
	f.Add([]byte(`<rss><channel><title>T</title><item><pubDate>4 maart 2019</pubDate><description>&lt;p&gt;Tekst&lt;/p&gt;</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		checkFound(t, feed(data), time.Since(start))
	})
}

func FuzzCSV(f *testing.F) {
	addSeeds(f, "testdata/tables/*.csv")
	f.Add([]byte("datum;tekst\n4-3-2019;\"Een \"\"zin\"\".\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		checkFound(t, table(data, Mapping{}, false), time.Since(start))
	})
}

func FuzzJSONL(f *testing.F) {
	addSeeds(f, "testdata/tables/*.jsonl")
	f.Add([]byte(`{"date":"2019-03-04","text":"Een.\n\nTwee.","title":"\u0000kop\r\n"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		checkFound(t, jsonLines(data, Mapping{}), time.Since(start))
	})
}
