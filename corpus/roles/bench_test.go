package roles

import (
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/geo"
)

// BenchmarkDocument measures deriving the roles of a generated article
// whose places are already found, as the library does at open; compare it
// with geo's BenchmarkDocument, the places of the same articles.
func BenchmarkDocument(b *testing.B) {
	docs, err := gen.Documents(500, 1)
	if err != nil {
		b.Fatal(err)
	}
	g := geo.Default()
	places := make([]geo.Places, len(docs))
	for i, d := range docs {
		places[i] = g.Document(d)
	}
	x := Default()
	b.ResetTimer()
	roles := 0
	for i := 0; b.Loop(); i++ {
		a := x.Document(docs[i%len(docs)], &places[i%len(docs)])
		roles += len(a.Actors) + len(a.Targets)
	}
	if roles == 0 {
		b.Log("no roles in the generated articles")
	}
}

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
		x.Document(docs[i%len(docs)], nil)
	}
}
