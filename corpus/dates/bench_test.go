package dates

import (
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
)

// BenchmarkDocument tags generated articles, as the library does at open.
func BenchmarkDocument(b *testing.B) {
	docs, err := gen.Documents(200, 1)
	if err != nil {
		b.Fatal(err)
	}
	tagger := Default()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		tagger.Document(docs[i%len(docs)])
	}
}

// BenchmarkSeeds tags the four seed articles.
func BenchmarkSeeds(b *testing.B) {
	c, err := corpus.LoadSeed()
	if err != nil {
		b.Fatal(err)
	}
	tagger := Default()
	for b.Loop() {
		for _, d := range c.Docs() {
			tagger.Document(d)
		}
	}
}
