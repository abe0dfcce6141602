package corpus

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

// problemStrings renders problems as report lines, failing t for any that
// an interface could not say in its own language.
func problemStrings(t testing.TB, problems []Problem) []string {
	t.Helper()
	checkProblemKeys(t, problems)
	out := make([]string, len(problems))
	for i, p := range problems {
		out[i] = p.Error()
	}
	return out
}

func TestLoadReportsBadFilesAndKeepsGoodOnes(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":              file("date 2019-05 Een goed artikel."),
		"sub/deeper/b.TXT":   file("date 2020-06-01 Nog een goed artikel."),
		"sub/a.txt":          file("date 2021-01 Zelfde id als a.txt."),
		"bad/month.txt":      file("date 2018-13 Tekst."),
		"bad/nodate.txt":     file("Geen datum."),
		"bad/empty.txt":      file(""),
		"bad/latin1.txt":     file("date 2018-02 Caf\xe9."),
		"bad/binary.txt":     file("date 2018-02 \x00\x01"),
		"bad/huge.txt":       {Data: []byte("date 2018-02 " + strings.Repeat("x", MaxFileSize))},
		"notes.md":           file("not an article"),
		".git/objects/x.txt": file("hidden, never read"),
		".hidden.txt":        file("hidden, never read"),
	}
	c, problems, err := Load(context.Background(), fsys, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.IDs(); !slices.Equal(got, []string{"b", "a"}) {
		t.Errorf("loaded %q, want [b a] (newest first)", got)
	}
	if d, _ := c.Doc("a"); d.Path != "a.txt" {
		t.Errorf("the first path in sorted order keeps a duplicate id; got %s", d.Path)
	}
	want := []string{
		"bad/binary.txt:1: binary data (a NUL byte): this is not a text file",
		"bad/empty.txt:1: empty file: an article starts with a line \"date YYYY-MM\"",
		"bad/huge.txt:1: file is 10485773 bytes, over the 10 MiB limit for one article",
		"bad/latin1.txt:1: not valid UTF-8 (byte 0xE9 in column 17); save the file as UTF-8",
		"bad/month.txt:1: impossible date 2018-13: \"2018-13\" has no month 13 (months run from 01 to 12)",
		"bad/nodate.txt:1: an article starts with \"date YYYY-MM\", not \"Geen datum.\"",
		"sub/a.txt:1: duplicate id \"a\": a.txt has it already; this file is skipped",
	}
	if got := problemStrings(t, problems); !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// deniedFS refuses to open one file, as a folder with a file the user may not read does.
type deniedFS struct {
	fs.FS
	denied string
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if name == d.denied {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

func TestLoadUnreadableFile(t *testing.T) {
	fsys := deniedFS{FS: fstest.MapFS{"ok.txt": file("date 2019-05 Tekst."), "secret.txt": file("date 2019-05 Tekst.")}, denied: "secret.txt"}
	c, problems, err := Load(context.Background(), fsys, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 1 || len(problems) != 1 || problems[0].Error() != "secret.txt:1: cannot open: permission denied" {
		t.Errorf("got %d articles and %q", c.Len(), problemStrings(t, problems))
	}
}

func TestLoadDirUsesOSPaths(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte("date 2019-05 Tekst."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("date 2019-5 Tekst."), 0o644); err != nil {
		t.Fatal(err)
	}
	c, problems, err := LoadDir(context.Background(), dir, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 1 || len(problems) != 1 || !strings.HasPrefix(problems[0].Error(), filepath.Join(dir, "bad.txt")+":1: ") {
		t.Errorf("got %d articles, problems %q", c.Len(), problemStrings(t, problems))
	}
	if d, _ := c.Doc("good"); d.Path != filepath.Join(dir, "good.txt") {
		t.Errorf("document path %q is not the file's path on disk", d.Path)
	}
	if os.Geteuid() != 0 { // root reads every file whatever its mode
		if err := os.Chmod(filepath.Join(dir, "good.txt"), 0); err != nil {
			t.Fatal(err)
		}
		_, problems, _ = LoadDir(context.Background(), dir, LoadOptions{})
		if !slices.Contains(problemStrings(t, problems), filepath.Join(dir, "good.txt")+":1: cannot open: permission denied") {
			t.Errorf("unreadable file not reported: %q", problemStrings(t, problems))
		}
	}
}

func TestLoadDirErrors(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := LoadDir(context.Background(), filepath.Join(dir, "missing"), LoadOptions{}); err == nil ||
		!strings.Contains(err.Error(), "no such file or folder") {
		t.Errorf("missing folder: err = %v", err)
	}
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("date 2019-05 x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadDir(context.Background(), f, LoadOptions{}); err == nil || !strings.Contains(err.Error(), "is not a folder") {
		t.Errorf("file as folder: err = %v", err)
	}
}

func TestLoadProgressAndCancel(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"a", "b", "c", "d"} {
		fsys[name+".txt"] = file("date 2019-05 Tekst.")
	}
	var calls [][2]int
	if _, _, err := Load(context.Background(), fsys, LoadOptions{Progress: func(done, total int) {
		calls = append(calls, [2]int{done, total})
	}}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(calls, [][2]int{{1, 4}, {2, 4}, {3, 4}, {4, 4}}) {
		t.Errorf("progress calls = %v", calls)
	}

	ctx, cancel := context.WithCancel(context.Background())
	_, _, err := Load(ctx, fsys, LoadOptions{Progress: func(done, total int) {
		if done == 2 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled load: err = %v, want context.Canceled", err)
	}
}

func TestSeedIsTheEmbeddedFolderUnchanged(t *testing.T) {
	// The embedded files are the user's; the loader must not need them altered.
	entries, err := fs.ReadDir(Seed(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 4 {
		t.Fatalf("embedded %d files, want the 4 seed articles", len(entries))
	}
	for _, e := range entries {
		data, err := fs.ReadFile(Seed(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), " date ") || strings.HasSuffix(string(data), "\n") {
			t.Errorf("%s no longer looks like the seed file as supplied", e.Name())
		}
	}
}

func BenchmarkLoadSeed(b *testing.B) {
	for b.Loop() {
		if _, err := LoadSeed(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLoadQuotesOddPathsInMessagesToo(t *testing.T) {
	// A duplicate names the file that keeps the id; that path is quoted
	// like a problem's own, so no name can break a report line.
	fsys := fstest.MapFS{"a\nb/x.txt": file("date 2019-05 Tekst."), "z/x.txt": file("date 2019-05 Tekst.")}
	_, problems, err := Load(context.Background(), fsys, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`z/x.txt:1: duplicate id "x": "a\nb/x.txt" has it already; this file is skipped`}
	if got := problemStrings(t, problems); !slices.Equal(got, want) {
		t.Errorf("problems %q, want %q", got, want)
	}
}

func TestLazyDocumentReadsItsTextOnDemand(t *testing.T) {
	calls := 0
	text := []Paragraph{{Kind: KindParagraph, Text: "Een twee drie."}}
	d := Lazy(Document{ID: "x", Title: "Kop", TitleInText: true, Paragraphs: []Paragraph{{Text: "oud"}}},
		func() []Paragraph { calls++; return text })
	if d.Paragraphs != nil || calls != 0 {
		t.Fatalf("Lazy kept Paragraphs %v or read at once (%d calls)", d.Paragraphs, calls)
	}
	if got := d.Body(); len(got) != 1 || got[0].Text != "Een twee drie." || calls != 1 {
		t.Errorf("Body = %v after %d calls", got, calls)
	}
	if n := d.Words(); n != 4 {
		t.Errorf("Words = %d, want 4 (the title's and the text's)", n)
	}
	plain := &Document{Paragraphs: text}
	if got := plain.Body(); &got[0] != &text[0] {
		t.Error("Body of a document read from its file is not its Paragraphs")
	}
}

func TestFromSortedKeepsTheOrderAndRefusesAnother(t *testing.T) {
	c, err := LoadSeed()
	if err != nil {
		t.Fatal(err)
	}
	again, err := FromSorted(slices.Clone(c.Docs()))
	if err != nil || !slices.Equal(again.IDs(), c.IDs()) {
		t.Fatalf("FromSorted of a corpus's own order: %v, %v", again, err)
	}
	if d, ok := again.Doc(c.Docs()[2].ID); !ok || d != c.Docs()[2] {
		t.Error("FromSorted does not find its articles by id")
	}
	reversed := slices.Clone(c.Docs())
	slices.Reverse(reversed)
	if _, err := FromSorted(reversed); err == nil {
		t.Error("FromSorted took articles out of order")
	}
	twice := []*Document{c.Docs()[0], c.Docs()[0]}
	if _, err := FromSorted(twice); err == nil {
		t.Error("FromSorted took an id twice")
	}
}
