package geo

import (
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
)

// benchmarkArticles are generated articles of about 2 KB, with country
// adjectives and names among their words.
func benchmarkArticles(b *testing.B, n int) (docs []*corpus.Document, size int) {
	b.Helper()
	docs, err := gen.Documents(n, 1)
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range docs {
		size += len(d.Title)
		for _, p := range d.Paragraphs {
			size += len(p.Text)
		}
	}
	return docs, size
}

// BenchmarkDocument measures extraction per article and per KB of text, the
// figure that decides whether a large corpus can be analysed at load time.
func BenchmarkDocument(b *testing.B) {
	docs, size := benchmarkArticles(b, 500)
	g := Default()
	b.SetBytes(int64(size / len(docs)))
	b.ResetTimer()
	mentions := 0
	for i := 0; b.Loop(); i++ {
		p := g.Document(docs[i%len(docs)])
		mentions += len(p.Countries)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e3/(float64(b.N)*float64(size)/float64(len(docs))/1024), "µs/KB")
	if mentions == 0 {
		b.Fatal("the generated articles name no country: the benchmark measures nothing")
	}
}

// BenchmarkExtractSeed measures one real news paragraph rich in names.
func BenchmarkExtractSeed(b *testing.B) {
	c, err := corpus.LoadSeed()
	if err != nil {
		b.Fatal(err)
	}
	d, _ := c.Doc("001_3ad7682215385845")
	text := d.Paragraphs[4].Text
	g := Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Extract(text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e3/(float64(b.N)*float64(len(text))/1024), "µs/KB")
}

// BenchmarkDefault measures building the gazetteer, which the first use pays.
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := build(codesData, formsData); err != nil {
			b.Fatal(err)
		}
	}
}
