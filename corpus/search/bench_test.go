package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/geo"
)

// benchSeed makes every benchmark run on the same generated corpus.
const benchSeed = 1

// benchQueries is the query mix of the speed targets: exact words, prefixes
// being typed, typos, compound parts and several words; phrases apart.
var benchQueries = []struct{ kind, text string }{
	{"exact", "diplomaten"},
	{"exact", "spionage "},
	{"exact", "Israëlische "},
	{"prefix", "beveil"},
	{"prefix", "spion"},
	{"prefix", "kernk"},
	{"typo", "pegasis"},
	{"typo", "macorn"},
	{"typo", "inlichtignendienst"},
	{"compound", "surveillance "},
	{"words", "russische hackers"},
	{"words", "chinese spionage diplomaten"},
	{"words", "amerikaanse regering sancties"},
	{"stopwords", "de het een"},
	{"country", "Frankrijk"},
	{"country", "Verenigde Staten "},
	{"country", "VS sancties"},
	{"country", "Morocco spionage"},
	{"phrase", `"geheime dienst"`},
	{"empty", ""},
}

// benchCorpora caches generated documents and their index per size, so that
// each size is generated and indexed once per test binary run.
var benchCorpora sync.Map // int -> func() (*benchCorpus, error)

type benchCorpus struct {
	docs []*corpus.Document
	ix   *Index
	opts Options
}

func loadBenchCorpus(b *testing.B, n int) *benchCorpus {
	b.Helper()
	if n >= 100000 && testing.Short() {
		b.Skip("100,000 articles take a minute to generate; skipped with -short")
	}
	once, _ := benchCorpora.LoadOrStore(n, sync.OnceValues(func() (*benchCorpus, error) {
		docs, err := gen.Documents(n, benchSeed)
		if err != nil {
			return nil, err
		}
		opts := benchOptions(docs)
		ix, err := Build(context.Background(), docs, opts)
		return &benchCorpus{docs: docs, ix: ix, opts: opts}, err
	}))
	c, err := once.(func() (*benchCorpus, error))()
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// benchOptions wires the gazetteer in as the library does: every document's
// country mentions, found once beforehand (the library finds them before it
// builds the index, for other uses too, so Build's time is what indexing
// them costs), and the gazetteer's lookup of country names in queries.
func benchOptions(docs []*corpus.Document) Options {
	g := geo.Default()
	mentions := make(map[*corpus.Document][]CountryMention, len(docs))
	for _, d := range docs {
		p := g.Document(d)
		mentions[d] = geoMentions(&p)
	}
	return Options{
		Countries:       benchCountries,
		CountryMentions: func(d *corpus.Document) []CountryMention { return mentions[d] },
		CountryNames:    g.Lookup,
		Events:          benchEvents,
	}
}

// benchEvents stands in for the dates of an article, as many and as long as
// news has them: one to three, most a month or a year of the three years
// before it, some a day of its month, and some a range from a year to it
// ("sinds 2015"). They are drawn from the article's id, so that every run
// has the same.
func benchEvents(d *corpus.Document) []Period {
	var seed uint64
	for _, b := range []byte(d.ID) {
		seed = seed*31 + uint64(b)
	}
	rng := rand.New(rand.NewPCG(seed, 2))
	published := d.Date.Month.Index()
	out := make([]Period, 1+rng.IntN(3))
	for i := range out {
		m := corpus.MonthFromIndex(published - rng.IntN(36))
		p := Period{First: m, Last: m, FirstDay: -1, LastDay: -1}
		switch k := rng.IntN(20); {
		case k < 4: // a year
			p.First, p.Last = corpus.Month{Year: m.Year, Month: 1}, corpus.Month{Year: m.Year, Month: 12}
		case k < 7: // a day
			p.First, p.Last = d.Date.Month, d.Date.Month
			p.FirstDay = Day(d.Date.Month, 1+rng.IntN(28))
			p.LastDay = p.FirstDay
		case k < 9: // since a year
			p.First, p.Last = corpus.Month{Year: m.Year - rng.IntN(10), Month: 1}, d.Date.Month
		}
		out[i] = p
	}
	return out
}

// benchCountries stands in for the country facet's gazetteer: a document is
// about the countries whose adjectives its title holds.
func benchCountries(d *corpus.Document) []string {
	var codes []string
	for _, w := range []struct{ adjective, code string }{
		{"Russische", "RU"}, {"Chinese", "CN"}, {"Amerikaanse", "US"}, {"Franse", "FR"}, {"Marokkaanse", "MA"},
	} {
		if containsWord(d.Title, w.adjective) {
			codes = append(codes, w.code)
		}
	}
	return codes
}

func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return true
		}
	}
	return false
}

var benchSizes = []int{10000, 100000}

func BenchmarkIndexBuild(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			c := loadBenchCorpus(b, n)
			var ix *Index
			for b.Loop() {
				var err error
				if ix, err = Build(context.Background(), c.docs, c.opts); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			ix = nil
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			ix, _ = Build(context.Background(), c.docs, c.opts)
			runtime.GC()
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.HeapInuse-before.HeapInuse)/(1<<20), "index-MB")
			b.ReportMetric(float64(ix.Terms()), "terms")
			runtime.KeepAlive(ix)
		})
	}
}

// BenchmarkQuery times each query of the mix; ns/op is its mean.
func BenchmarkQuery(b *testing.B) {
	for _, n := range benchSizes {
		for _, q := range benchQueries {
			b.Run(fmt.Sprintf("%d/%s/%s", n, q.kind, q.text), func(b *testing.B) {
				ix := loadBenchCorpus(b, n).ix
				hits := 0
				for b.Loop() {
					hits = ix.Search(Query{Text: q.text, Limit: 20}).Total
				}
				b.ReportMetric(float64(hits), "hits")
			})
		}
	}
}

// BenchmarkQueryMix runs the speed targets' mix (phrases and the empty query
// apart) round after round and reports the percentiles of single queries.
// The mix includes queries that name countries, which also match every
// mention of the country.
func BenchmarkQueryMix(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ix := loadBenchCorpus(b, n).ix
			var mix []string
			for _, q := range benchQueries {
				if q.kind != "phrase" && q.kind != "empty" {
					mix = append(mix, q.text)
				}
			}
			var times []time.Duration
			i := 0
			for b.Loop() {
				start := time.Now()
				ix.Search(Query{Text: mix[i%len(mix)], Limit: 20})
				times = append(times, time.Since(start))
				i++
			}
			slices.Sort(times)
			at := func(p float64) float64 { return float64(times[int(p*float64(len(times)-1))].Microseconds()) }
			b.ReportMetric(at(0.50), "p50-µs")
			b.ReportMetric(at(0.95), "p95-µs")
			b.ReportMetric(at(0.99), "p99-µs")
		})
	}
}

// BenchmarkBaseline times the two naive searches the index is measured
// against, on the multi-word query of the mix.
func BenchmarkBaseline(b *testing.B) {
	for _, n := range benchSizes {
		c := loadBenchCorpus(b, n)
		base := NewBaseline(c.docs)
		for _, q := range []string{"diplomaten", "russische hackers"} {
			b.Run(fmt.Sprintf("%d/substring/%s", n, q), func(b *testing.B) {
				hits := 0
				for b.Loop() {
					hits = len(base.Substring(q))
				}
				b.ReportMetric(float64(hits), "hits")
			})
			b.Run(fmt.Sprintf("%d/fuzzy/%s", n, q), func(b *testing.B) {
				hits := 0
				for b.Loop() {
					hits = len(base.Fuzzy(q))
				}
				b.ReportMetric(float64(hits), "hits")
			})
		}
	}
}

// BenchmarkSeedLoadAndIndex measures the four embedded articles from files to
// a ready index (target: 20 ms).
func BenchmarkSeedLoadAndIndex(b *testing.B) {
	for b.Loop() {
		c, err := corpus.LoadSeed()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Build(context.Background(), c.Docs(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDateFilter times a date range read by publication, by event and
// either, with the facets every search counts (the months of events among
// them), and the timeline's days and hover list of events.
func BenchmarkDateFilter(b *testing.B) {
	from, to := corpus.Month{Year: 2019, Month: time.January}, corpus.Month{Year: 2019, Month: time.December}
	for _, n := range benchSizes {
		for _, text := range []string{"", "spionage "} {
			for _, by := range []DateBy{ByPublished, ByEvent, ByEither} {
				b.Run(fmt.Sprintf("%d/%s/%q", n, by, text), func(b *testing.B) {
					ix := loadBenchCorpus(b, n).ix
					hits := 0
					for b.Loop() {
						hits = ix.Search(Query{Text: text, From: from, To: to, By: by, Limit: 20}).Total
					}
					b.ReportMetric(float64(hits), "hits")
				})
			}
		}
		b.Run(fmt.Sprintf("%d/facets", n), func(b *testing.B) {
			ix := loadBenchCorpus(b, n).ix
			months := 0
			for b.Loop() {
				months = ix.Search(Query{Countries: []string{"RU"}, Limit: 20}).Facets.EventMonths.Len()
			}
			b.ReportMetric(float64(months), "event-months")
		})
		b.Run(fmt.Sprintf("%d/days", n), func(b *testing.B) {
			ix := loadBenchCorpus(b, n).ix
			for b.Loop() {
				ix.EventDays(Query{Text: "spionage "}, from, to)
			}
		})
		b.Run(fmt.Sprintf("%d/docs", n), func(b *testing.B) {
			ix := loadBenchCorpus(b, n).ix
			total := 0
			for b.Loop() {
				_, total = ix.EventDocs(Query{Text: "spionage "}, from, from, 20)
			}
			b.ReportMetric(float64(total), "articles")
		})
	}
}
