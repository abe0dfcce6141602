package corpus_test

// Tests of the loader against a hostile folder: files too large, binary or
// empty, symbolic links that loop or leave the folder, names no one would
// choose, very many files and very deep folders. Each builds real files in
// t.TempDir and opens them the way the app does, with LoadDir (and
// library.Open where the index meets the odd names). The unix-only cases (a
// named pipe, a socket, a file the user may not read) are in
// hostile_unix_test.go.

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// writeFile writes data to rel inside dir, creating the folders on the way.
func writeFile(t testing.TB, dir, rel, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// symlink makes a symbolic link at rel inside dir, skipping the test where
// the system cannot make links (Windows without the privilege).
func symlink(t testing.TB, dir, target, rel string) {
	t.Helper()
	if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
}

// loadDir opens dir as the app does, failing the test when it takes longer
// than a hang would allow.
func loadDir(t testing.TB, dir string) (*corpus.Corpus, []corpus.Problem) {
	t.Helper()
	type result struct {
		c        *corpus.Corpus
		problems []corpus.Problem
		err      error
	}
	done := make(chan result, 1)
	go func() {
		c, problems, err := corpus.LoadDir(context.Background(), dir, corpus.LoadOptions{})
		done <- result{c, problems, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		corpus.CheckProblemKeys(t, r.problems)
		return r.c, r.problems
	case <-time.After(2 * time.Minute):
		t.Fatal("LoadDir hangs")
	}
	return nil, nil
}

// problemLines renders problems as report lines, failing t for any that
// an interface could not say in its own language.
func problemLines(t testing.TB, problems []corpus.Problem) []string {
	t.Helper()
	corpus.CheckProblemKeys(t, problems)
	out := make([]string, len(problems))
	for i, p := range problems {
		out[i] = p.Error()
	}
	return out
}

// want is an expected problem: a path inside the folder, unquoted, the
// message and, when not 1, the line.
type want struct {
	rel, message string
	line         int
}

// wantLines renders expected problems of a LoadDir of dir as report lines,
// in the loader's order (by path inside the folder, then line).
func wantLines(dir string, wants []want) []string {
	slices.SortStableFunc(wants, func(a, b want) int { return strings.Compare(a.rel, b.rel) })
	out := make([]string, len(wants))
	for i, w := range wants {
		p := dir + string(os.PathSeparator) + filepath.FromSlash(w.rel)
		if corpus.QuotePath(w.rel) != w.rel {
			p = strconv.Quote(p)
		}
		out[i] = fmt.Sprintf("%s:%d: %s", p, max(w.line, 1), w.message)
	}
	return out
}

func checkProblems(t *testing.T, dir string, problems []corpus.Problem, wants []want) {
	t.Helper()
	got, expected := problemLines(t, problems), wantLines(dir, wants)
	if !slices.Equal(got, expected) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(expected, "\n"))
	}
	for _, line := range got {
		if strings.ContainsAny(line, "\n\r") {
			t.Errorf("a report line holds a line break: %q", line)
		}
	}
}

const article = "date 2020-01 Een artikel over spionage in Frankrijk."

func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "good.txt", article)
	// 50 MB, sparse: it takes no room on disk and must not be read.
	f, err := os.Create(filepath.Join(dir, "big.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	writeFile(t, dir, "binary.txt", "\x7fELF\x02\x01\x01\x00\x00\x00")
	writeFile(t, dir, "latin1.txt", "date 2020-01 Caf\xe9 au lait.")
	writeFile(t, dir, "bad-utf8-late.txt", "date 2020-01 Goed begin.\n\nDan \xc3\x28 kapot.")
	writeFile(t, dir, "utf16.txt", "\xff\xfed\x00a\x00")
	writeFile(t, dir, "empty.txt", "")
	writeFile(t, dir, "blank.txt", " \n\t\n")
	writeFile(t, dir, "notes.md", "not an article, not reported")

	c, problems := loadDir(t, dir)
	if !slices.Equal(c.IDs(), []string{"good"}) {
		t.Errorf("loaded %q, want [good]", c.IDs())
	}
	checkProblems(t, dir, problems, []want{
		{"big.txt", "file is 52428800 bytes, over the 10 MiB limit for one article", 0},
		{"binary.txt", "binary data (a NUL byte): this is not a text file", 0},
		{"latin1.txt", "not valid UTF-8 (byte 0xE9 in column 17); save the file as UTF-8", 0},
		{"empty.txt", `empty file: an article starts with a line "date YYYY-MM"`, 0},
		{"blank.txt", `empty file: an article starts with a line "date YYYY-MM"`, 0},
		{"utf16.txt", "the file is UTF-16; save it as UTF-8", 0},
		// The line of the invalid byte is named.
		{"bad-utf8-late.txt", "not valid UTF-8 (byte 0xC3 in column 5); save the file as UTF-8", 3},
	})
}

// TestHostileHugeFileIsNotRead proves the size limit is enforced before
// reading: opening a folder with a 50 MB file allocates next to nothing.
func TestHostileHugeFileIsNotRead(t *testing.T) {
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(article + "\n\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	allocated := allocatedBy(func() {
		if _, problems := loadDir(t, dir); len(problems) != 1 || !strings.Contains(problems[0].Message, "over the 10 MiB limit") {
			t.Errorf("problems %q", problemLines(t, problems))
		}
	})
	if allocated > 4<<20 {
		t.Errorf("rejecting a 50 MB file allocated %d bytes: it was read", allocated)
	}
}

func allocatedBy(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// endlessFS has one file that says it is small and never ends, as a file in
// /proc or on a misbehaving network drive can: the read must stop anyway.
type endlessFS struct{ fstest.MapFS }

func (e endlessFS) Open(name string) (fs.File, error) {
	if name != "endless.txt" {
		return e.MapFS.Open(name)
	}
	f, err := e.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	return endlessFile{f}, nil
}

type endlessFile struct{ fs.File }

func (endlessFile) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestHostileEndlessFileIsCutOff(t *testing.T) {
	fsys := endlessFS{fstest.MapFS{"endless.txt": {Data: []byte("date 2020-01 ")}, "ok.txt": {Data: []byte(article)}}}
	var problems []corpus.Problem
	allocated := allocatedBy(func() {
		var c *corpus.Corpus
		var err error
		c, problems, err = corpus.Load(context.Background(), fsys, corpus.LoadOptions{})
		if err != nil || c.Len() != 1 {
			t.Fatalf("err %v, %d articles", err, c.Len())
		}
	})
	if got := problemLines(t, problems); !slices.Equal(got, []string{"endless.txt:1: file is over the 10 MiB limit for one article"}) {
		t.Errorf("problems %q", got)
	}
	if allocated > 64<<20 {
		t.Errorf("an endless file cost %d bytes: the read is not bounded", allocated)
	}
}

func TestHostileSymlinks(t *testing.T) {
	outside := t.TempDir()
	writeFile(t, outside, "secret.txt", article)
	dir := t.TempDir()
	writeFile(t, dir, "sub/real.txt", article)
	symlink(t, dir, "sub/real.txt", "link.txt")                          // a file inside: followed
	symlink(t, dir, "..", "sub/up")                                      // a folder, an ancestor: a loop if followed
	symlink(t, dir, ".", "sub/here.txt")                                 // a folder with an article's name
	symlink(t, dir, "../..", "sub/out")                                  // a folder outside
	symlink(t, dir, "self.txt", "self.txt")                              // a link to itself
	symlink(t, dir, "pong.txt", "ping.txt")                              // two links to each other
	symlink(t, dir, "ping.txt", "pong.txt")                              //
	symlink(t, dir, "loop", "loop")                                      // a loop without an article's name
	symlink(t, dir, "nowhere.txt", "gone.txt")                           // broken
	symlink(t, dir, "nowhere.md", "gone.md")                             // broken, not an article: not reported
	symlink(t, dir, filepath.Join(outside, "secret.txt"), "outside.txt") // a file outside
	rel, err := filepath.Rel(filepath.Join(dir, "sub"), filepath.Join(outside, "secret.txt"))
	if err != nil {
		t.Fatal(err)
	}
	symlink(t, dir, rel, "sub/rel-outside.txt") // a file outside, by a relative path

	c, problems := loadDir(t, dir)
	if got := c.IDs(); !slices.Equal(got, []string{"link", "real"}) {
		t.Errorf("loaded %q, want [link real]", got)
	}
	if d, _ := c.Doc("link"); d == nil || d.Path != filepath.Join(dir, "link.txt") {
		t.Errorf("a linked article keeps the link's path, got %+v", d)
	}
	folder := "symbolic link to a folder: not followed (Dossier reads the files inside the folder only, so that no link can lead it round in a loop)"
	loop := "symbolic link loop (too many levels of links): not followed"
	escape := "symbolic link leads outside the folder: not followed"
	checkProblems(t, dir, problems, []want{
		{"gone.txt", "broken symbolic link: what it points to does not exist", 0},
		{"loop", loop, 0},
		{"outside.txt", escape, 0},
		{"ping.txt", loop, 0},
		{"pong.txt", loop, 0},
		{"self.txt", loop, 0},
		{"sub/here.txt", folder, 0},
		{"sub/out", escape, 0},
		{"sub/rel-outside.txt", escape, 0},
		{"sub/up", folder, 0},
	})

	// Load on any fs.FS never follows a folder link either; os.DirFS, unlike
	// LoadDir's os.Root, lets file links lead outside.
	c, problems, err = corpus.Load(context.Background(), os.DirFS(dir), corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.IDs(); !slices.Equal(got, []string{"link", "outside", "real", "rel-outside"}) {
		t.Errorf("os.DirFS: loaded %q", got)
	}
	for _, p := range problems {
		if p.Path == "sub/up" && p.Message != folder || p.Path == "self.txt" && p.Message != loop {
			t.Errorf("os.DirFS: %s", p)
		}
	}
}

func TestHostileNames(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", 251) + ".txt" // 255 bytes, the longest name most systems allow
	longEmoji := strings.Repeat("🙂", 62) + ".txt"
	good := map[string]string{ // file name -> id
		"with space.txt":     "with space",
		"  spaces  .txt":     "  spaces  ",
		"emoji 🙂🇳🇱.txt":      "emoji 🙂🇳🇱",
		`back\slash.txt`:     `back\slash`,
		"-rf.txt":            "-rf",
		"--help.txt":         "--help",
		"new\nline.txt":      "new\nline",
		"tab\there.txt":      "tab\there",
		`quote".txt`:         `quote"`,
		"colon:1: x.txt":     "colon:1: x",
		"UPPER.TXT":          "UPPER",
		"zero\u200bw.txt":    "zero\u200bw",
		"bidi\u202eevil.txt": "bidi\u202eevil",
		long:                 strings.TrimSuffix(long, ".txt"),
		longEmoji:            strings.TrimSuffix(longEmoji, ".txt"),
		"sub dir/ü.txt":      "ü",
	}
	for name := range good {
		writeFile(t, dir, name, article)
	}
	// A broken article whose name tries to forge a second report line.
	forged := "x.txt:1: fine\n" + dir + "/evil.txt"
	writeFile(t, dir, forged+".txt", "geen datum")
	writeFile(t, dir, "caf\xe9.txt", article)        // not UTF-8: reported, not read
	writeFile(t, dir, "dir\xff/inside.txt", article) // a folder not UTF-8
	writeFile(t, dir, "notes\xff.md", "ignored")     // not an article, not reported

	c, problems := loadDir(t, dir)
	var wantIDs []string
	for _, id := range good {
		wantIDs = append(wantIDs, id)
	}
	slices.Sort(wantIDs)
	if got := c.IDs(); !slices.Equal(got, wantIDs) {
		t.Errorf("loaded %q\nwant %q", got, wantIDs)
	}
	for name, id := range good {
		if d, ok := c.Doc(id); !ok || d.Path != filepath.Join(dir, name) {
			t.Errorf("%q: document %+v", name, d)
		}
	}
	checkProblems(t, dir, problems, []want{
		{forged + ".txt", `an article starts with "date YYYY-MM", not "geen datum"`, 0},
		{"caf\xe9.txt", "the file name is not valid UTF-8, so the file is not read; rename the file", 0},
		{"dir\xff", "the folder name is not valid UTF-8, so its files are not read; rename the folder", 0},
	})
	if len(problems) > 0 && !strings.HasPrefix(problems[len(problems)-1].Error(), `"`+dir+`/x.txt:1: fine\n`) {
		t.Errorf("the forging name is not quoted: %q", problems[len(problems)-1].Error())
	}

	// The index takes odd ids as any other.
	lib, err := library.Open(context.Background(), c, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := lib.Search(search.Query{Text: "spionage", Limit: 100})
	if res.Total != len(good) {
		t.Errorf("search found %d of %d articles", res.Total, len(good))
	}
	if hl := lib.Highlight(search.Query{Text: "Frankrijk"}, "new\nline"); len(hl.Title) == 0 && len(hl.Paragraphs) == 0 {
		t.Errorf("no highlight in the article with a newline in its name: %+v", hl)
	}
}

func TestQuotePath(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a.txt", "a.txt"},
		{"sub dir/a b.txt", "sub dir/a b.txt"},
		{"emoji 🙂.txt", "emoji 🙂.txt"},
		{"-rf.txt", "-rf.txt"},
		{"ü/é.txt", "ü/é.txt"},
		{"a\nb.txt", `"a\nb.txt"`},
		{"a\rb.txt", `"a\rb.txt"`},
		{"caf\xe9.txt", `"caf\xe9.txt"`},
		{`back\slash.txt`, `"back\\slash.txt"`},
		{`quote".txt`, `"quote\".txt"`},
		{"x.txt:1: y.txt", `"x.txt:1: y.txt"`},
		{" lead.txt", `" lead.txt"`},
		{"name .txt", "name .txt"},
		{"trail /", `"trail /"`},
		{"dir /a.txt", `"dir /a.txt"`},
		{"zero\u200bwidth", `"zero\u200bwidth"`},
		{"\u202eevil", `"\u202eevil"`},
	} {
		if got := corpus.QuotePath(tc.in); got != tc.want {
			t.Errorf("QuotePath(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestHostileDeepFolders nests 200 folders, and then folders whose path is
// longer than the system's limit for one path (4096 bytes on Linux).
func TestHostileDeepFolders(t *testing.T) {
	dir := t.TempDir()
	rel := strings.Repeat("d/", 200) + "deep.txt"
	writeFile(t, dir, rel, article)
	c, problems := loadDir(t, dir)
	if c.Len() != 1 || len(problems) != 0 {
		t.Errorf("200 folders deep: %d articles, problems %q", c.Len(), problemLines(t, problems))
	}

	// 200 folders of 30 bytes: a 6,000-byte path, made through an os.Root
	// because the system refuses so long a path in one call.
	long := t.TempDir()
	root, err := os.OpenRoot(long)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	p := "."
	for range 200 {
		p += "/" + strings.Repeat("n", 30)
		if err := root.Mkdir(p, 0o755); err != nil {
			t.Skipf("cannot make a folder path of %d bytes here: %v", len(p), err)
		}
	}
	if err := root.WriteFile(p+"/deepest.txt", []byte(article), 0o644); err != nil {
		t.Skipf("cannot write at a path of %d bytes: %v", len(p), err)
	}
	c, problems = loadDir(t, long)
	if c.Len() != 1 || len(problems) != 0 {
		t.Errorf("%d-byte path: %d articles, problems %q", len(p), c.Len(), problemLines(t, problems))
	}
}

// memoryTempDir is a temporary folder in memory (/dev/shm) where there is
// one, else t.TempDir: writing and removing 100,000 files on a disk takes
// longer than the loading this tests.
func memoryTempDir(t *testing.T) string {
	if info, err := os.Stat("/dev/shm"); err == nil && info.IsDir() {
		if dir, err := os.MkdirTemp("/dev/shm", "dossier-test-"); err == nil {
			t.Cleanup(func() {
				if err := os.RemoveAll(dir); err != nil {
					t.Error(err)
				}
			})
			return dir
		}
	}
	return t.TempDir()
}

// TestHostileManyFiles opens 100,000 tiny files, one in a hundred broken,
// spread over 100 folders, and checks it stays fast.
func TestHostileManyFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("100,000 files take seconds to write; skipped with -short")
	}
	const n, folders = 100000, 100
	dir := memoryTempDir(t)
	start := time.Now()
	errs := make(chan error, folders)
	for d := range folders {
		go func() {
			sub := filepath.Join(dir, fmt.Sprintf("%02d", d))
			if err := os.Mkdir(sub, 0o755); err != nil {
				errs <- err
				return
			}
			for i := range n / folders {
				data := fmt.Sprintf("date 2020-%02d a%d", i%12+1, i)
				if i%100 == 7 {
					data = "x"
				}
				if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%02d_%04d.txt", d, i)), []byte(data), 0o644); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range folders {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	written := time.Since(start)
	var calls, last int
	start = time.Now()
	c, problems, err := corpus.LoadDir(context.Background(), dir, corpus.LoadOptions{Progress: func(done, total int) {
		if done != last+1 || total != n {
			t.Fatalf("progress (%d, %d) after %d", done, total, last)
		}
		last = done
		calls++
	}})
	took := time.Since(start)
	t.Logf("wrote %d files in %v, loaded them in %v", n, written.Round(time.Millisecond), took.Round(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != n-n/100 || len(problems) != n/100 || calls != n {
		t.Errorf("%d articles, %d problems, %d progress calls", c.Len(), len(problems), calls)
	}
	// Generous, for a busy machine and the race detector: on an idle
	// 2-core machine this takes about a second.
	if limit := time.Minute; took > limit {
		t.Errorf("loading %d tiny files took %v, over %v", n, took, limit)
	}
}

func TestHostileEverythingTogether(t *testing.T) {
	// One folder with all of it at once still opens what is good.
	dir := t.TempDir()
	writeFile(t, dir, "ok.txt", article)
	writeFile(t, dir, "empty.txt", "")
	writeFile(t, dir, "bin.txt", "\x00")
	writeFile(t, dir, strings.Repeat("d/", 50)+"deep.txt", article)
	writeFile(t, dir, "new\nline.txt", article)
	writeFile(t, dir, "caf\xe9.txt", article)
	symlink(t, dir, "..", "d/up")
	symlink(t, dir, "self.txt", "self.txt")
	c, problems := loadDir(t, dir)
	if got := c.IDs(); !slices.Equal(got, []string{"deep", "new\nline", "ok"}) {
		t.Errorf("loaded %q", got)
	}
	if len(problems) != 5 {
		t.Errorf("problems:\n%s", strings.Join(problemLines(t, problems), "\n"))
	}
	lib, err := library.Open(context.Background(), c, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res := lib.Search(search.Query{Text: "Frankrijk"}); res.Total != 3 {
		t.Errorf("a country query finds %d of 3 articles", res.Total)
	}
}
