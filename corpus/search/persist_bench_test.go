package search

import (
	"fmt"
	"index/suffixarray"
	"runtime"
	"sort"
	"testing"

	"dossier/corpus/gen"
)

// benchPersistDocs is the number of generated articles BenchmarkSave,
// BenchmarkLoad and BenchmarkInfixIndex index: 10,000, or as many as
// gen.BenchArticles says.
func benchPersistDocs(b *testing.B) int {
	n, err := gen.BenchArticles(10000)
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkSave saves the index into one buffer, as a file would be
// written, and reports the size of the whole and logs each section's.
func BenchmarkSave(b *testing.B) {
	ix := loadBenchCorpus(b, benchPersistDocs(b)).ix
	var file []byte
	sizes := map[string]int{}
	for b.Loop() {
		file = file[:0]
		if err := ix.Save(func(name string, data []byte) error {
			file = append(file, data...)
			sizes[name] = len(data)
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(file)))
	b.ReportMetric(float64(len(file))/(1<<20), "file-MB")
	names := make([]string, 0, len(sizes))
	for name := range sizes {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return sizes[names[i]] > sizes[names[j]] })
	for _, name := range names {
		b.Logf("%-20s %10d bytes", name, sizes[name])
	}
}

// BenchmarkLoad loads the index from sections each in a buffer of its own,
// as a memory-mapped file gives them, and reports what one loaded index
// keeps on the heap beside them (heap-MB): the maps and the titles' string
// headers, not the arrays.
func BenchmarkLoad(b *testing.B) {
	c := loadBenchCorpus(b, benchPersistDocs(b))
	sections := saveSections(b, c.ix)
	opts := c.ix.optionsForQueries()
	var ix *Index
	for b.Loop() {
		var err error
		if ix, err = loadSections(c.ix, sections, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	ix = nil
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	ix, _ = loadSections(c.ix, sections, opts)
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "heap-MB")
	runtime.KeepAlive(ix)
}

// BenchmarkInfixIndex measures what the infix index adds to Build: sorting
// the suffixes with index/suffixarray, as Build did before, against
// newInfixIndex, which also has them written out and decodes them.
func BenchmarkInfixIndex(b *testing.B) {
	blob := loadBenchCorpus(b, benchPersistDocs(b)).ix.dict.terms.blob
	b.Run(fmt.Sprintf("suffixarray.New/%dMB", len(blob)>>20), func(b *testing.B) {
		for b.Loop() {
			suffixarray.New([]byte(blob))
		}
	})
	b.Run(fmt.Sprintf("newInfixIndex/%dMB", len(blob)>>20), func(b *testing.B) {
		for b.Loop() {
			if _, err := newInfixIndex(blob); err != nil {
				b.Fatal(err)
			}
		}
	})
}
