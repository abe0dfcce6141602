package dossier_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"dossier/corpus/dossier"
	"dossier/corpus/gen"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// benchArticles is how many generated articles the benchmarks pack:
// 10,000, or as many as gen.BenchArticles says. The figure is at
// 100,000 (dossier-cli bench --corpus X.dossier measures it from the
// command line).
func benchArticles(b *testing.B) int {
	n, err := gen.BenchArticles(10000)
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkOpenToFirstAnswer times what a reader waits for: opening a
// dossier file until its first query is answered. It reports the live heap
// after the open (heap-MB).
func BenchmarkOpenToFirstAnswer(b *testing.B) {
	lib := generatedLibrary(b, benchArticles(b))
	path := filepath.Join(b.TempDir(), "bench.dossier")
	if err := dossier.WriteFile(context.Background(), path, lib); err != nil {
		b.Fatal(err)
	}
	lib = nil
	var heap float64
	for b.Loop() {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		opened, err := dossier.Open(context.Background(), path, dossier.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if res := opened.Search(search.Query{Text: "spionage", Limit: 20}); res.Total == 0 {
			b.Fatal("no answer")
		}
		b.StopTimer()
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		heap = float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc)) / 1e6
		runtime.KeepAlive(opened)
		b.StartTimer()
	}
	b.ReportMetric(heap, "heap-MB")
}

// BenchmarkWrite times writing a library as a dossier file (Pack is a
// folder's open and this).
func BenchmarkWrite(b *testing.B) {
	lib := generatedLibrary(b, benchArticles(b))
	path := filepath.Join(b.TempDir(), "bench.dossier")
	for b.Loop() {
		if err := dossier.WriteFile(context.Background(), path, lib); err != nil {
			b.Fatal(err)
		}
	}
	if info, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(info.Size())/1e6, "file-MB")
	}
}

// BenchmarkQueryMix runs the search package's query mix against the same
// articles opened from their folder and from a dossier file, one after the
// other in each round (-count), so that a noisy machine weighs on both
// alike: the answers are the same (TestGeneratedRoundTrip), and so should
// the time be.
func BenchmarkQueryMix(b *testing.B) {
	folder := generatedLibrary(b, benchArticles(b))
	path := filepath.Join(b.TempDir(), "bench.dossier")
	if err := dossier.WriteFile(context.Background(), path, folder); err != nil {
		b.Fatal(err)
	}
	file, err := dossier.Open(context.Background(), path, dossier.Options{})
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("../search/testdata/queries.txt")
	if err != nil {
		b.Fatal(err)
	}
	var queries []string
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			queries = append(queries, strings.TrimRight(line, "\r"))
		}
	}
	for _, lib := range []struct {
		name string
		lib  *library.Library
	}{{"folder", folder}, {"dossier", file}} {
		b.Run(lib.name, func(b *testing.B) {
			for b.Loop() {
				for _, q := range queries {
					lib.lib.Search(search.Query{Text: q, Limit: 20})
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(queries))/1000, "ms/query")
		})
	}
}
