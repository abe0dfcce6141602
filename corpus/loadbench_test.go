package corpus_test

import (
	"context"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
)

// benchLoadDir times LoadDir on a folder of n generated articles (seed 1,
// the same files every run), written once before the timing starts. The
// files sit in the page cache after writing, so this measures the loader,
// not the disk.
func benchLoadDir(b *testing.B, n int) {
	dir := b.TempDir()
	if err := gen.WriteDir(context.Background(), dir, n, 1); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		c, problems, err := corpus.LoadDir(context.Background(), dir, corpus.LoadOptions{})
		if err != nil || len(problems) > 0 || c.Len() != n {
			b.Fatalf("loaded %d of %d articles, %d problems, err %v", c.Len(), n, len(problems), err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/file")
}

func BenchmarkLoadDir1k(b *testing.B)  { benchLoadDir(b, 1000) }
func BenchmarkLoadDir10k(b *testing.B) { benchLoadDir(b, 10000) }
