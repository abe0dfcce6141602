package dossier

import (
	"context"
	"path/filepath"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/library"
)

// BenchmarkReadText times reading one article's text from the file, as a
// snippet of a hit not read before does: decompressing and decoding it.
func BenchmarkReadText(b *testing.B) {
	docs, err := gen.Documents(2000, 5)
	if err != nil {
		b.Fatal(err)
	}
	c, _ := corpus.New(docs)
	lib, err := library.Open(context.Background(), c, library.Options{})
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "x.dossier")
	if err := WriteFile(context.Background(), path, lib); err != nil {
		b.Fatal(err)
	}
	opened, err := Open(context.Background(), path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	s := opened.Parts().Analyses.(*store)
	i := uint32(0)
	for b.Loop() {
		if _, err := s.texts.read(i % 2000); err != nil {
			b.Fatal(err)
		}
		i += 7
	}
}
