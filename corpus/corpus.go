package corpus

import (
	"cmp"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
)

//go:embed *.txt
var seedFiles embed.FS

// MaxFileSize is the largest article file the loader reads; larger files are
// reported, not loaded, so that one stray dump cannot exhaust memory.
const MaxFileSize = 10 << 20

const maxFileSizeText = "10 MiB"

// Corpus is a loaded set of articles, newest first.
type Corpus struct {
	docs []*Document
	byID map[string]*Document
}

// Docs returns every article, newest first (ties by id). The slice is shared: do not modify it.
func (c *Corpus) Docs() []*Document { return c.docs }

// Len is the number of articles.
func (c *Corpus) Len() int { return len(c.docs) }

// Doc finds an article by id.
func (c *Corpus) Doc(id string) (*Document, bool) {
	d, ok := c.byID[id]
	return d, ok
}

// IDs lists every article id, in the corpus order.
func (c *Corpus) IDs() []string {
	ids := make([]string, len(c.docs))
	for i, d := range c.docs {
		ids[i] = d.ID
	}
	return ids
}

// New builds a corpus from documents, newest first. Documents with an id
// already seen are returned as problems and left out.
func New(docs []*Document) (*Corpus, []Problem) {
	c := &Corpus{byID: make(map[string]*Document, len(docs))}
	var problems []Problem
	// Sort by path first so that which duplicate wins does not depend on walk order.
	sorted := slices.Clone(docs)
	slices.SortFunc(sorted, func(a, b *Document) int { return strings.Compare(a.Path, b.Path) })
	for _, d := range sorted {
		if first, dup := c.byID[d.ID]; dup {
			problems = append(problems, Problem{Path: d.Path, Line: 1,
				Message: fmt.Sprintf("duplicate id %q: %s has it already; this file is skipped", d.ID, first.Path)})
			continue
		}
		c.byID[d.ID] = d
		c.docs = append(c.docs, d)
	}
	slices.SortFunc(c.docs, func(a, b *Document) int {
		if by := b.Date.Compare(a.Date); by != 0 {
			return by
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return c, problems
}

// Seed is the embedded corpus that Dossier opens by default.
func Seed() fs.FS { return seedFiles }

// LoadSeed loads the embedded corpus. Its files are part of the program, so a
// problem with them is a bug and is returned as an error.
func LoadSeed() (*Corpus, error) {
	c, problems, err := Load(context.Background(), seedFiles, LoadOptions{})
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("embedded corpus: %w", problemsError(problems))
	}
	return c, nil
}

func problemsError(problems []Problem) error {
	errs := make([]error, len(problems))
	for i, p := range problems {
		errs[i] = p
	}
	return errors.Join(errs...)
}

// LoadOptions tunes Load.
type LoadOptions struct {
	// Progress, when set, is called after each file with the number of files
	// handled so far and the total found. It runs on the loading goroutine.
	Progress func(done, total int)
}

// Load reads every *.txt file below the root of fsys, recursively. Files that
// cannot be read or parsed become problems of the form path:line: message and
// the rest still load. The error is non-nil only when the root itself cannot be
// listed or ctx is cancelled.
func Load(ctx context.Context, fsys fs.FS, opts LoadOptions) (*Corpus, []Problem, error) {
	var paths []string
	var problems []Problem
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			problems = append(problems, Problem{Path: p, Line: 1, Message: "cannot read folder: " + describe(err)})
			return nil
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir // .git and friends hold no articles
			}
			return nil
		}
		if strings.EqualFold(path.Ext(p), ".txt") && !strings.HasPrefix(d.Name(), ".") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	docs := make([]*Document, 0, len(paths))
	for i, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		doc, err := loadFile(fsys, p)
		if err != nil {
			problems = append(problems, asProblem(p, err))
		} else {
			docs = append(docs, doc)
		}
		if opts.Progress != nil {
			opts.Progress(i+1, len(paths))
		}
	}
	c, dupes := New(docs)
	problems = append(problems, dupes...)
	slices.SortStableFunc(problems, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	return c, problems, nil
}

// LoadDir is Load on a folder of the operating system.
func LoadDir(ctx context.Context, dir string, opts LoadOptions) (*Corpus, []Problem, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("open corpus: %s", describe(err))
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("open corpus: %s is not a folder", dir)
	}
	c, problems, err := Load(ctx, os.DirFS(dir), opts)
	if err != nil {
		return nil, nil, fmt.Errorf("open corpus %s: %w", dir, err)
	}
	for i := range problems {
		problems[i].Path = joinOSPath(dir, problems[i].Path)
	}
	for _, d := range c.docs {
		d.Path = joinOSPath(dir, d.Path)
	}
	return c, problems, nil
}

func joinOSPath(dir, p string) string {
	return strings.TrimSuffix(dir, string(os.PathSeparator)) + string(os.PathSeparator) + p
}

func loadFile(fsys fs.FS, p string) (*Document, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, fmt.Errorf("cannot open: %s", describe(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > MaxFileSize {
		return nil, fmt.Errorf("file is %d bytes, over the %s limit for one article", info.Size(), maxFileSizeText)
	}
	// Stat may lie (or be absent) for special files, so the read is bounded too.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %s", describe(err))
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is over the %s limit for one article", maxFileSizeText)
	}
	return Parse(p, data)
}

// asProblem turns a loading error into a Problem, keeping the line a ParseError names.
func asProblem(p string, err error) Problem {
	var pe *ParseError
	if errors.As(err, &pe) {
		return Problem{Path: p, Line: pe.Line, Message: pe.Message}
	}
	return Problem{Path: p, Line: 1, Message: err.Error()}
}

// describe says what went wrong without repeating the path, which the caller prints.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	}
	return err.Error()
}
