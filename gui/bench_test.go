package gui

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/gui/view"
)

// benchTyping is what a reader types, a keystroke at a time: words, a typo,
// a prefix, two words.
var benchTyping = []string{"pegasis", "spionage", "russische hackers", "macorn", "kernk"}

// keystrokes lists every prefix of the typed queries: one query per keystroke.
func keystrokes() []string {
	var out []string
	for _, q := range benchTyping {
		for i := range len(q) {
			out = append(out, q[:i+1])
		}
	}
	return out
}

// viewData is what the four views are handed after a keystroke.
type viewData struct {
	rows     []string
	marks    int
	mapCount int
	months   int
}

// collectViewData computes, without a window, everything the four views get
// after a change: the visible rows of the results (hit, headline and snippet
// marks, meta line), the reader's marks in the open article, the map's counts
// and selection, and the timeline's months.
func collectViewData(s *view.Session, visibleRows int) viewData {
	var d viewData
	for i := range min(visibleRows, s.Total()) {
		hit, _ := s.Hit(i)
		_ = spansToMarks(hit.TitleSpans)
		_ = spansToMarks(hit.Spans)
		d.rows = append(d.rows, joinMeta(shortDate(hit.Doc.Date), hit.Doc.Source, strings.Join(s.Codes(hit.Doc.ID, resultCodes), " ")))
	}
	if id := s.State().OpenID(); id != "" {
		hl := s.Highlights(id)
		d.marks += len(hl.Title)
		for _, spans := range hl.Paragraphs {
			d.marks += len(spans)
		}
	}
	d.mapCount = len(s.MapData().Counts)
	_, months, _, _, _ := s.TimelineData()
	d.months = months.Len()
	return d
}

// BenchmarkKeystrokeViewState measures one keystroke on a 100,000-article
// corpus without a window: the state change, the search, and the data every
// view gets (collectViewData). Besides the mean (ns/op) it reports the median
// and the 95th percentile of single keystrokes. The target is 50 ms.
//
//	go test ./gui -run '^$' -bench KeystrokeViewState -benchtime 200x
func BenchmarkKeystrokeViewState(b *testing.B) {
	lib := generatedLibrary(b, 100000)
	state := view.NewState()
	s := view.NewSession(lib, state, view.Options{Lang: "nl"})
	state.OpenArticle(lib.Corpus().Docs()[0].ID)
	typed := keystrokes()
	var times []time.Duration
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		state.SetQuery(typed[i%len(typed)])
		_ = collectViewData(s, 10)
		times = append(times, time.Since(start))
	}
	reportPercentiles(b, times)
}

// BenchmarkKeystrokeWindow is the same keystroke typed into the real window
// with Fyne's test driver: the search bar, the results list, the reader, the
// chips, the map and the timeline all update (the test driver does not
// paint, so the map raster and GPU work are not included). It types into
// 100,000 articles, or DOSSIER_BENCH_ARTICLES.
//
//	go test ./gui -run '^$' -bench KeystrokeWindow -benchtime 200x
func BenchmarkKeystrokeWindow(b *testing.B) {
	lib := generatedLibrary(b, benchArticles(b, 100000))
	a := test.NewApp()
	defer a.Quit()
	m := New(a, lib, Options{syncSearch: true, NoRestoreCorpus: true, do: func(func()) {}})
	m.Window().Resize(fyne.NewSize(1280, 800))
	defer m.Window().Close()
	typed := keystrokes()
	var times []time.Duration
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		m.search.SetText(typed[i%len(typed)])
		times = append(times, time.Since(start))
	}
	reportPercentiles(b, times)
}

func reportPercentiles(b *testing.B, times []time.Duration) {
	slices.Sort(times)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(times[len(times)/2]), "ms-median")
	b.ReportMetric(ms(times[len(times)*95/100]), "ms-p95")
	b.ReportMetric(ms(times[len(times)-1]), "ms-max")
}

// benchArticles is DOSSIER_BENCH_ARTICLES, or n.
func benchArticles(b *testing.B, n int) int {
	if v := os.Getenv("DOSSIER_BENCH_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			b.Fatalf("DOSSIER_BENCH_ARTICLES=%q: want a number of articles", v)
		}
	}
	return n
}
