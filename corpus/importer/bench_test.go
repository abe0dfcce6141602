package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
)

// TestGeneratedPagesImportWhole imports generated pages of every shape:
// each becomes its article, with its day, title and text, and none of the
// clutter around it; so the benchmark below measures real work.
func TestGeneratedPagesImportWhole(t *testing.T) {
	const n = 40
	src := t.TempDir()
	writeGeneratedPages(t, src, n)
	docs, _ := gen.Documents(n, 7)
	r, out := importDir(t, []string{src}, Options{})
	if len(r.Written) != n || len(r.Problems) != 0 || len(r.Duplicates) != 0 {
		t.Fatalf("%d written, problems %v, duplicates %v", len(r.Written), r.Problems, r.Duplicates)
	}
	byTitle := map[string]*corpus.Document{}
	for _, f := range r.Written {
		data, _ := os.ReadFile(f)
		doc, err := corpus.Parse(filepath.Base(f), data)
		if err != nil {
			t.Fatal(err)
		}
		byTitle[doc.Title] = doc
	}
	for i, want := range docs {
		got := byTitle[want.Title]
		if got == nil {
			t.Errorf("page %d (%q) is not among the articles in %s", i, want.Title, out)
			continue
		}
		if got.Date.Month != want.Date.Month || got.Date.Day != 1+i%28 {
			t.Errorf("page %d: date %v, want %v day %d", i, got.Date, want.Date, 1+i%28)
		}
		wantTexts := texts(want.Paragraphs)
		if n := len(wantTexts); n > 0 && strings.HasPrefix(wantTexts[n-1], "(") && strings.HasSuffix(wantTexts[n-1], ")") {
			// A credit alone at the end, which the generator leaves as a
			// paragraph, is read as a credit on a page, not as text.
			wantTexts = wantTexts[:n-1]
		}
		if !slices.Equal(texts(got.Paragraphs), wantTexts) {
			t.Errorf("page %d (shape %d):\n%q\nwant\n%q", i, i%pageShapes, texts(got.Paragraphs), texts(want.Paragraphs))
		}
	}
}

// BenchmarkImportHTML imports generated saved pages (see savedPage) into
// an empty folder, on GOMAXPROCS cores; pages/s is the figure to compare.
func BenchmarkImportHTML(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src := b.TempDir()
			writeGeneratedPages(b, src, n)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				out := filepath.Join(b.TempDir(), "uit")
				r, err := Import(context.Background(), []string{src}, out, Options{})
				if err != nil || len(r.Written) != n {
					b.Fatalf("%d written, %v", len(r.Written), err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// TestWritePages writes generated saved pages to disk for measuring the
// command line and the window on a large folder; it runs only when asked:
//
//	DOSSIER_PAGES=10000 DOSSIER_PAGES_OUT=/tmp/pages10k go test ./corpus/importer -run '^TestWritePages$'
func TestWritePages(t *testing.T) {
	dir := os.Getenv("DOSSIER_PAGES_OUT")
	n, err := strconv.Atoi(os.Getenv("DOSSIER_PAGES"))
	if dir == "" || err != nil || n < 1 {
		t.Skip("set DOSSIER_PAGES and DOSSIER_PAGES_OUT to write pages")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeGeneratedPages(t, dir, n)
}
