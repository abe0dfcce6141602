package roles

import (
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
)

// BenchmarkRead measures finding the places and the roles of a generated
// article in one reading, as the library opens it; compare it with geo's
// BenchmarkDocument, the places alone.
func BenchmarkRead(b *testing.B) {
	docs, err := gen.Documents(500, 1)
	if err != nil {
		b.Fatal(err)
	}
	x := Default()
	for i := 0; b.Loop(); i++ {
		x.Read(docs[i%len(docs)])
	}
}

// BenchmarkSeed measures the roles of the four seed articles.
func BenchmarkSeed(b *testing.B) {
	c, err := corpus.LoadSeed()
	if err != nil {
		b.Fatal(err)
	}
	x := Default()
	docs := c.Docs()
	for i := 0; b.Loop(); i++ {
		x.Read(docs[i%len(docs)])
	}
}
