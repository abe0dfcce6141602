package text_test

import (
	"testing"

	"dossier/corpus/gen"
	"dossier/corpus/text"
)

// BenchmarkTokens analyses generated Dutch articles; bytes/s is the speed
// at which indexing and snippets read text.
func BenchmarkTokens(b *testing.B) {
	var articles []string
	size := 0
	for _, f := range gen.Generate(100, 1) {
		articles = append(articles, string(f.Data))
		size += len(f.Data)
	}
	var a text.Analyzer
	var tokens []text.Token
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, s := range articles {
			tokens = a.AppendTokens(tokens[:0], s)
		}
	}
}

func BenchmarkStem(b *testing.B) {
	words := []string{"diplomaten", "inlichtingendiensten", "hackers", "spionageprogramma", "geïnfiltreerd", "berichten"}
	s := text.NewStemmer()
	for b.Loop() {
		for _, w := range words {
			s.Stem(w)
		}
	}
}
