package corpus

// Tests of the parallel loader: the same result however many goroutines
// read, Progress on the caller's goroutine, and cancellation that leaves no
// goroutine behind. Run them with -race.

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
)

// messyFS is n articles over a few folders, with broken files and ids that
// occur in several folders, so that order matters.
func messyFS(n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := range n {
		name := fmt.Sprintf("f%d/a%04d.txt", i%7, i/3) // ids repeat across folders
		switch i % 11 {
		case 3:
			fsys[name] = file("geen datum")
		case 5:
			fsys[name] = file("date 2019-13 Fout.")
		default:
			fsys[name] = file(fmt.Sprintf("date 20%02d-%02d Artikel %d.", 10+i%10, i%12+1, i))
		}
	}
	return fsys
}

type loadSnapshot struct {
	ids, paths, problems []string
}

func snapshot(t *testing.T, fsys fs.FS) loadSnapshot {
	t.Helper()
	c, problems, err := Load(context.Background(), fsys, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := loadSnapshot{ids: c.IDs(), problems: problemStrings(t, problems)}
	for _, d := range c.Docs() {
		s.paths = append(s.paths, d.Path)
	}
	return s
}

func TestLoadIsTheSameOnAnyNumberOfProcessors(t *testing.T) {
	fsys := messyFS(3000)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	want := snapshot(t, fsys)
	if len(want.ids) == 0 || len(want.problems) == 0 {
		t.Fatalf("the test corpus should have articles and problems: %d, %d", len(want.ids), len(want.problems))
	}
	// The first path in sorted order keeps a duplicate id.
	if c, _, _ := Load(context.Background(), fsys, LoadOptions{}); c != nil {
		if d, _ := c.Doc("a0000"); d == nil || d.Path != "f0/a0000.txt" {
			t.Errorf("a0000 comes from %+v, want f0/a0000.txt", d)
		}
	}
	for _, procs := range []int{2, 3, 8, 32} {
		runtime.GOMAXPROCS(procs)
		for range 3 {
			got := snapshot(t, fsys)
			if !slices.Equal(got.ids, want.ids) || !slices.Equal(got.paths, want.paths) || !slices.Equal(got.problems, want.problems) {
				t.Fatalf("GOMAXPROCS %d: the result differs from one goroutine's", procs)
			}
		}
	}
}

func TestLoadProgressRunsOnTheCallersGoroutine(t *testing.T) {
	fsys := messyFS(2000)
	// Unsynchronised on purpose: the race detector objects if Progress is
	// called from two goroutines.
	var calls []int
	total := -1
	if _, _, err := Load(context.Background(), fsys, LoadOptions{Progress: func(done, n int) {
		calls = append(calls, done)
		total = n
	}}); err != nil {
		t.Fatal(err)
	}
	if total != len(fsys) || len(calls) != len(fsys) {
		t.Fatalf("%d progress calls, total %d, want %d", len(calls), total, len(fsys))
	}
	for i, done := range calls {
		if done != i+1 {
			t.Fatalf("progress call %d says %d done", i, done)
		}
	}
}

// countingFS counts the files open at once, and can slow every open down.
type countingFS struct {
	fs.FS
	open  atomic.Int64
	delay time.Duration
}

func (c *countingFS) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err != nil || name == "." {
		return f, err
	}
	if _, dir := f.(fs.ReadDirFile); dir {
		return f, nil
	}
	c.open.Add(1)
	time.Sleep(c.delay)
	return &countedFile{File: f, fs: c}, nil
}

type countedFile struct {
	fs.File
	fs *countingFS
}

func (f *countedFile) Close() error {
	f.fs.open.Add(-1)
	return f.File.Close()
}

func TestLoadCancelMidLoad(t *testing.T) {
	fsys := &countingFS{FS: messyFS(3000)}
	for _, at := range []int{1, 2, 100, 1500, 2999} {
		ctx, cancel := context.WithCancel(context.Background())
		seen := 0
		c, problems, err := Load(ctx, fsys, LoadOptions{Progress: func(done, total int) {
			seen = done
			if done == at {
				cancel()
			}
		}})
		cancel()
		if !errors.Is(err, context.Canceled) || c != nil || problems != nil {
			t.Errorf("cancelled at %d: err %v, corpus %v, %d problems", at, err, c, len(problems))
		}
		if seen != at {
			t.Errorf("cancelled at %d: progress went on to %d", at, seen)
		}
		if n := fsys.open.Load(); n != 0 {
			t.Errorf("cancelled at %d: %d files still open after Load returned", at, n)
		}
	}
}

func TestLoadCancelFromAnotherGoroutine(t *testing.T) {
	fsys := &countingFS{FS: messyFS(400), delay: 100 * time.Microsecond}
	for i := range 20 {
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			time.Sleep(time.Duration(i) * time.Millisecond)
			cancel()
		}()
		c, _, err := Load(ctx, fsys, LoadOptions{Progress: func(int, int) {}})
		switch {
		case err == nil && c.Len() == 0:
			t.Errorf("run %d: finished with no articles", i)
		case err != nil && !errors.Is(err, context.Canceled):
			t.Errorf("run %d: err %v", i, err)
		}
		if n := fsys.open.Load(); n != 0 {
			t.Errorf("run %d: %d files still open after Load returned", i, n)
		}
		cancel()
	}
}

func TestLoadDeadline(t *testing.T) {
	fsys := &countingFS{FS: messyFS(500), delay: time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err := Load(ctx, fsys, LoadOptions{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err %v, want the deadline's", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("a load past its deadline took %v to stop", took)
	}
}

// panicFS makes the parser's input impossible to read sensibly: its Read
// panics, standing in for a bug that one file triggers.
type panicFS struct{ fstest.MapFS }

func (p panicFS) Open(name string) (fs.File, error) {
	f, err := p.MapFS.Open(name)
	if err != nil || name != "bug.txt" {
		return f, err
	}
	return panicFile{f}, nil
}

type panicFile struct{ fs.File }

func (panicFile) Read([]byte) (int, error) { panic("boom\nsecond line") }

func TestLoadSurvivesAPanicOnOneFile(t *testing.T) {
	c, problems, err := Load(context.Background(), panicFS{fstest.MapFS{"ok.txt": file("date 2019-05 Tekst."), "bug.txt": file("x")}}, LoadOptions{})
	if err != nil || c.Len() != 1 {
		t.Fatalf("err %v, %d articles", err, c.Len())
	}
	want := "bug.txt:1: internal error on this file (a bug in Dossier; please report it): boom second line"
	if got := problemStrings(t, problems); !slices.Equal(got, []string{want}) {
		t.Errorf("problems %q", got)
	}
}
