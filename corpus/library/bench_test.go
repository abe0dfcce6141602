package library_test

import (
	"context"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/library"
)

// BenchmarkOpen10k times Open, the countries and the index, on 10,000
// generated articles (seed 1, the same every run).
func BenchmarkOpen10k(b *testing.B) {
	docs, err := gen.Documents(10000, 1)
	if err != nil {
		b.Fatal(err)
	}
	c, problems := corpus.New(docs)
	if len(problems) > 0 {
		b.Fatal(problems)
	}
	for b.Loop() {
		if _, err := library.Open(context.Background(), c, library.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
