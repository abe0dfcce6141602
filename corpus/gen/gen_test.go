package gen

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/corpus"
	"dossier/corpus/dates"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(50, 7), Generate(50, 7)
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("file %d differs between two runs with one seed", i)
		}
	}
	// A file depends only on the seed and its number.
	if f := New(7).File(42); f.Name != a[42].Name || !bytes.Equal(f.Data, a[42].Data) {
		t.Error("file 42 made alone differs from file 42 made in a batch")
	}
	if c := Generate(1, 8); bytes.Equal(c[0].Data, a[0].Data) {
		t.Error("two seeds made the same file")
	}
}

func TestFilesParseAndLookLikeTheCorpus(t *testing.T) {
	files := Generate(300, 1)
	total := 0
	names := map[string]bool{}
	var all strings.Builder
	for _, f := range files {
		if names[f.Name] {
			t.Fatalf("name %s twice", f.Name)
		}
		names[f.Name] = true
		if !strings.HasPrefix(string(f.Data), " date ") || bytes.HasSuffix(f.Data, []byte("\n")) {
			t.Errorf("%s does not start with \" date \" or ends with a newline: %.40q", f.Name, f.Data)
		}
		doc, err := corpus.Parse(f.Name, f.Data)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if y := doc.Date.Year; y < 2005 || y > 2025 {
			t.Errorf("%s dated %s", f.Name, doc.Date)
		}
		if len(doc.Paragraphs) < 2 || doc.Title == "" {
			t.Errorf("%s: title %q, %d paragraphs", f.Name, doc.Title, len(doc.Paragraphs))
		}
		total += len(f.Data)
		all.Write(f.Data)
	}
	if mean := total / len(files); mean < 1700 || mean > 2400 {
		t.Errorf("mean size %d bytes, want about 2 KB", mean)
	}
	text := all.String()
	for _, want := range []string{"ë", "ï", "Israëlische", "Russische", "spionage", "(NRC)", "Foto: ANP", "“"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in 300 generated articles", want)
		}
	}
}

func TestWordFrequenciesAreSkewed(t *testing.T) {
	counts := map[string]int{}
	words := 0
	for _, f := range Generate(200, 3) {
		for _, w := range strings.Fields(string(f.Data)) {
			counts[strings.ToLower(strings.Trim(w, ".,?“”()"))]++
			words++
		}
	}
	// Zipf: a few words are very common, most words are rare.
	once := 0
	for _, n := range counts {
		if n == 1 {
			once++
		}
	}
	if counts["de"] < words/50 {
		t.Errorf("\"de\" occurs %d times in %d words; a Dutch text has it far more", counts["de"], words)
	}
	if once < len(counts)/3 {
		t.Errorf("%d of %d distinct words occur once; a Zipf vocabulary has a long tail", once, len(counts))
	}
}

func TestWriteDirLoads(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := WriteDir(context.Background(), dir, 20, 5); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 20 {
		t.Fatalf("%d files, %v", len(entries), err)
	}
	c, problems, err := corpus.LoadDir(context.Background(), dir, corpus.LoadOptions{})
	if err != nil || len(problems) > 0 || c.Len() != 20 {
		t.Fatalf("loading the generated folder: %v, problems %v", err, problems)
	}
}

func TestDocuments(t *testing.T) {
	docs, err := Documents(40, 9)
	if err != nil {
		t.Fatal(err)
	}
	files := Generate(40, 9)
	for i, d := range docs {
		if want := strings.TrimSuffix(files[i].Name, ".txt"); d.ID != want {
			t.Errorf("document %d has id %s, want %s", i, d.ID, want)
		}
	}
}

func TestWriteDirCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := WriteDir(ctx, t.TempDir(), 5, 1); err == nil {
		t.Error("a cancelled context wrote a corpus")
	}
}

// Articles talk of dates as the news does, one to three an article, among
// numbers that are none, so that the tagger's cost is measured on text like
// what it reads.
func TestArticlesHaveDates(t *testing.T) {
	docs, err := Documents(500, 1)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	events := 0
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			all.WriteString(p.Text + "\n")
		}
		events += len(dates.Default().Document(d))
	}
	text := all.String()
	for _, want := range []string{"in maart ", " vorig jaar", " jaar geleden", " sinds 20", " tot en met 20", "dinsdag",
		"begin dit jaar", " documenten", " uur", " euro"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in 500 generated articles", want)
		}
	}
	if mean := float64(events) / float64(len(docs)); mean < 1 || mean > 4 {
		t.Errorf("the tagger finds %.2f dates an article, want one to three or so", mean)
	}
}
