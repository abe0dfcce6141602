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
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"dossier/internal/parallel"
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
			e := errorf(keyDuplicate, args("ID", strconv.Quote(d.ID), "Other", QuotePath(first.Path)),
				"duplicate id %q: %s has it already; this file is skipped", d.ID, QuotePath(first.Path))
			problems = append(problems, Problem{Path: d.Path, Line: 1, Message: e.Message, Key: e.Key, Args: e.Args})
			continue
		}
		c.byID[d.ID] = d
		c.docs = append(c.docs, d)
	}
	slices.SortFunc(c.docs, compareNewestFirst)
	return c, problems
}

// FromSorted builds a corpus from documents already in its order (newest
// first, ties by id) with distinct ids, as a dossier file keeps them,
// without sorting them again: New's sorts are most of the cost of opening
// a large collection that needs none. It fails for documents out of order
// or an id seen twice.
func FromSorted(docs []*Document) (*Corpus, error) {
	c := &Corpus{docs: docs, byID: make(map[string]*Document, len(docs))}
	for i, d := range docs {
		if i > 0 && compareNewestFirst(docs[i-1], d) >= 0 {
			return nil, fmt.Errorf("article %q is out of order", d.ID)
		}
		c.byID[d.ID] = d
	}
	if len(c.byID) != len(docs) {
		return nil, errors.New("two articles have one id")
	}
	return c, nil
}

// compareNewestFirst orders articles as a corpus lists them.
func compareNewestFirst(a, b *Document) int {
	if by := b.Date.Compare(a.Date); by != 0 {
		return by
	}
	return cmp.Compare(a.ID, b.ID)
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
	// handled so far and the total found. The files are read on several
	// goroutines, but Progress is always called on the goroutine that called
	// Load, one call at a time, with done counting up by one from 1 to total.
	Progress func(done, total int)
}

// Load reads every *.txt file below the root of fsys, recursively. Files that
// cannot be read or parsed become problems of the form path:line: message and
// the rest still load. The error is non-nil only when the root itself cannot be
// listed or ctx is cancelled.
//
// Files are read and parsed on up to runtime.GOMAXPROCS goroutines; the
// result does not depend on how many, nor on the order they finish in.
//
// What Load reads and what it reports:
//   - Hidden files and folders (a name starting with ".") and files not
//     ending in .txt are left alone, without a problem.
//   - A .txt file larger than MaxFileSize is reported without being read.
//   - A .txt entry that is not a regular file (a named pipe, a device, a
//     socket) is reported and never opened, so that it cannot block.
//   - A symbolic link to a file is followed (for LoadDir: only when the file
//     is inside the folder). A symbolic link to a folder is reported and not
//     followed, so that no link can make Load go round in a loop or read a
//     folder twice; so is a link that loops or, for a .txt name, one that
//     leads nowhere.
//   - A file or folder whose name is not valid UTF-8 is reported and not read.
//
// Problem paths are the paths inside fsys, quoted as a Go string (see
// [QuotePath]) when they hold a character that could make a report line
// misleading, such as a newline.
func Load(ctx context.Context, fsys fs.FS, opts LoadOptions) (*Corpus, []Problem, error) {
	c, problems, err := load(ctx, fsys, opts)
	if err != nil {
		return nil, nil, err
	}
	for i := range problems {
		problems[i].Path = QuotePath(problems[i].Path)
	}
	return c, problems, nil
}

// load is Load with the problems' paths as they are, unquoted.
func load(ctx context.Context, fsys fs.FS, opts LoadOptions) (*Corpus, []Problem, error) {
	paths, problems, err := walk(ctx, fsys)
	if err != nil {
		return nil, nil, err
	}
	docs, readProblems, err := readAll(ctx, fsys, paths, opts.Progress)
	if err != nil {
		return nil, nil, err
	}
	problems = append(problems, readProblems...)
	c, dupes := New(docs)
	problems = append(problems, dupes...)
	slices.SortStableFunc(problems, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	return c, problems, nil
}

// walk lists the article files below the root of fsys, in lexical order,
// and the problems with entries that look like articles but cannot be read.
func walk(ctx context.Context, fsys fs.FS) (paths []string, problems []Problem, err error) {
	report := func(p string, e *Error) {
		problems = append(problems, Problem{Path: p, Line: 1, Message: e.Message, Key: e.Key, Args: e.Args})
	}
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			report(p, osError(keyFolderUnreadable, err, "cannot read folder: %s"))
			return nil
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if p == "." {
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir // .git and friends hold no articles
			}
			return nil
		}
		if d.IsDir() {
			if !utf8.ValidString(name) {
				report(p, errorf(keyFolderName, nil, "the folder name is not valid UTF-8, so its files are not read; rename the folder"))
				return fs.SkipDir
			}
			return nil
		}
		article := strings.EqualFold(path.Ext(name), ".txt")
		switch typ := d.Type(); {
		case typ.IsRegular():
			if !article {
				return nil
			}
		case typ&fs.ModeSymlink != 0:
			if !linkToArticle(fsys, p, article, report) {
				return nil
			}
		default:
			if article {
				report(p, notRegular(keySpecial, typ, "%s, not a regular file: skipped"))
			}
			return nil
		}
		if !utf8.ValidString(name) {
			report(p, badFileName())
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	return paths, problems, err
}

// linkToArticle reports whether the symbolic link p leads to a regular file
// that is an article (article says whether the link's own name is one),
// reporting links that cannot be followed: to a folder, in a loop, out of the
// file system or, when named as an article, to nothing or to a special file.
func linkToArticle(fsys fs.FS, p string, article bool, report func(p string, e *Error)) bool {
	if article && !utf8.ValidString(path.Base(p)) {
		report(p, badFileName())
		return false
	}
	info, err := fs.Stat(fsys, p)
	switch {
	case err == nil && info.IsDir():
		report(p, errorf(keyLinkFolder, nil, "symbolic link to a folder: not followed (Dossier reads the files inside the folder only, so that no link can lead it round in a loop)"))
	case err == nil && !info.Mode().IsRegular():
		if article {
			report(p, notRegular(keyLinkSpecial, info.Mode().Type(), "symbolic link to %s, not a regular file: skipped"))
		}
	case err == nil:
		return article
	case errors.Is(err, syscall.ELOOP):
		report(p, errorf(keyLinkLoop, nil, "symbolic link loop (too many levels of links): not followed"))
	case isEscape(err):
		report(p, errorf(keyLinkOutside, nil, "symbolic link leads outside the folder: not followed"))
	case !article:
	case errors.Is(err, fs.ErrNotExist):
		report(p, errorf(keyLinkBroken, nil, "broken symbolic link: what it points to does not exist"))
	default:
		report(p, osError(keyLinkUnreadable, err, "cannot follow symbolic link: %s"))
	}
	return false
}

// isEscape recognises the error of an os.Root asked to leave its folder,
// which the os package does not export.
func isEscape(err error) bool {
	return err != nil && strings.Contains(err.Error(), "path escapes from parent")
}

// fileKind names a kind of file that is not a regular file, in English and
// as a Phrase.
func fileKind(t fs.FileMode) (string, Phrase) {
	switch {
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)", Phrase{Key: keyKindPipe}
	case t&fs.ModeSocket != 0:
		return "a socket", Phrase{Key: keyKindSocket}
	case t&fs.ModeCharDevice != 0:
		return "a character device", Phrase{Key: keyKindChar}
	case t&fs.ModeDevice != 0:
		return "a device", Phrase{Key: keyKindDevice}
	case t&fs.ModeDir != 0:
		return "a folder", Phrase{Key: keyKindFolder}
	}
	return "a special file", Phrase{Key: keyKindOther}
}

// notRegular is the problem of an entry of kind t that is not a regular
// file; format has one %s, for the kind in English.
func notRegular(key string, t fs.FileMode, format string) *Error {
	english, kind := fileKind(t)
	return errorf(key, args("Kind", kind), format, english)
}

func badFileName() *Error {
	return errorf(keyFileName, nil, "the file name is not valid UTF-8, so the file is not read; rename the file")
}

// errorf makes an Error from its key, its arguments and its English text.
func errorf(key string, a map[string]any, format string, fa ...any) *Error {
	return &Error{Key: key, Args: a, Message: fmt.Sprintf(format, fa...)}
}

// osError is the Error of a file the operating system would not let Dossier
// read; format has one %s, for what the system said.
func osError(key string, err error, format string) *Error {
	return &Error{Key: key, Args: args("Reason", OSReason(err)), Message: fmt.Sprintf(format, describe(err)), Err: err}
}

// readAll reads and parses the files at paths on a bounded pool of
// goroutines. Results are kept by index, so docs and problems come out in the
// order of paths however the work was shared out. Progress is called here,
// on the caller's goroutine.
func readAll(ctx context.Context, fsys fs.FS, paths []string, progress func(done, total int)) ([]*Document, []Problem, error) {
	n := len(paths)
	if n == 0 {
		return nil, nil, ctx.Err()
	}
	type result struct {
		doc *Document
		err error
	}
	results := make([]result, n)
	var reportProgress func(done int)
	if progress != nil {
		reportProgress = func(done int) { progress(done, n) }
	}
	// One file at a time: a file is work enough, and the reader sees each.
	if err := parallel.For(ctx, n, 1, reportProgress, func(i int) {
		doc, err := loadFileSafely(fsys, paths[i])
		results[i] = result{doc, err}
	}); err != nil {
		return nil, nil, err
	}
	docs := make([]*Document, 0, n)
	var problems []Problem
	for i, r := range results {
		if r.err != nil {
			problems = append(problems, asProblem(paths[i], r.err))
		} else {
			docs = append(docs, r.doc)
		}
	}
	return docs, problems, nil
}

// LoadDir is Load on a folder of the operating system. The folder is opened
// as an os.Root, so that nothing, not even a symbolic link, leads the loader
// outside it. Document paths are the files' paths on disk (dir joined with
// the path inside the folder); so are problem paths, quoted as Load quotes
// them.
func LoadDir(ctx context.Context, dir string, opts LoadOptions) (*Corpus, []Problem, error) {
	cannotOpen := func(err error) *Error {
		e := osError(keyDirOpen, err, "open corpus: %s")
		e.Args["Dir"] = dir
		return e
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, cannotOpen(err)
	}
	if !info.IsDir() {
		return nil, nil, errorf(keyDirNotFolder, args("Dir", dir), "open corpus: %s is not a folder", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, cannotOpen(err)
	}
	defer root.Close()
	c, problems, err := load(ctx, root.FS(), opts)
	if err != nil {
		return nil, nil, &Error{Key: keyDirList, Args: args("Dir", dir, "Reason", OSReason(err)),
			Message: fmt.Sprintf("open corpus %s: %v", dir, err), Err: err}
	}
	for i := range problems {
		p := problems[i].Path
		problems[i].Path = joinOSPath(dir, p)
		if needsQuote(p, true) || needsQuote(dir, false) {
			problems[i].Path = strconv.Quote(problems[i].Path)
		}
	}
	for _, d := range c.docs {
		d.Path = joinOSPath(dir, d.Path)
	}
	return c, problems, nil
}

func joinOSPath(dir, p string) string {
	return strings.TrimSuffix(dir, string(os.PathSeparator)) + string(os.PathSeparator) + filepath.FromSlash(p)
}

// QuotePath returns a path for a report line: as it is when it reads
// plainly, and otherwise quoted and escaped as a Go string, so that no file
// name can forge or garble a line of a report. A path is quoted when it is
// not valid UTF-8, holds a character that does not print (a newline, a tab,
// a zero-width space), a quote, a backslash or a colon, or a name in it
// starts or ends with a space.
func QuotePath(p string) string {
	if needsQuote(p, true) {
		return strconv.Quote(p)
	}
	return p
}

// needsQuote reports whether s must be quoted to read plainly; strict adds
// the backslash and the colon, which are parts of a folder path on Windows
// but odd in a name below it.
func needsQuote(s string, strict bool) bool {
	if !utf8.ValidString(s) {
		return true
	}
	separator := func(i int) bool { return s[i] == '/' || s[i] == os.PathSeparator }
	for i, r := range s {
		switch {
		case r == ' ':
			if i == 0 || i == len(s)-1 || separator(i-1) || separator(i+1) {
				return true
			}
		case !strconv.IsPrint(r), r == '"':
			return true
		case strict && (r == '\\' || r == ':'):
			return true
		}
	}
	return false
}

// loadFileSafely is loadFile with a panic, which would be a bug in the
// parser, turned into the file's problem: one odd file must not bring down
// the app that opens a folder.
func loadFileSafely(fsys fs.FS, p string) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			panicText := strings.Join(strings.Fields(fmt.Sprint(r)), " ")
			doc, err = nil, errorf(keyInternal, args("Panic", panicText),
				"internal error on this file (a bug in Dossier; please report it): %s", panicText)
		}
	}()
	return loadFile(fsys, p)
}

func loadFile(fsys fs.FS, p string) (*Document, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, osError(keyFileOpen, err, "cannot open: %s")
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil {
		if !info.Mode().IsRegular() { // it changed since the folder was listed
			return nil, notRegular(keySpecial, info.Mode().Type(), "%s, not a regular file: skipped")
		}
		if info.Size() > MaxFileSize {
			return nil, errorf(keyFileSize, args("Size", info.Size(), "Limit", maxFileSizeText),
				"file is %d bytes, over the %s limit for one article", info.Size(), maxFileSizeText)
		}
	}
	// Stat may lie (or be absent) for special files, so the read is bounded too.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, osError(keyFileRead, err, "cannot read: %s")
	}
	if len(data) > MaxFileSize {
		return nil, errorf(keyFileTooLong, args("Limit", maxFileSizeText), "file is over the %s limit for one article", maxFileSizeText)
	}
	return Parse(p, data)
}

// asProblem turns a loading error into a Problem, keeping the line a
// ParseError names and the key either kind of error carries.
func asProblem(p string, err error) Problem {
	var pe *ParseError
	if errors.As(err, &pe) {
		return Problem{Path: p, Line: pe.Line, Message: pe.Message, Key: pe.Key, Args: pe.Args}
	}
	var e *Error
	if errors.As(err, &e) {
		return Problem{Path: p, Line: 1, Message: e.Message, Key: e.Key, Args: e.Args}
	}
	// Not made here, so not said by a key of its own: the words as they are.
	return Problem{Path: p, Line: 1, Message: err.Error(), Key: keyOSOther, Args: args("Text", err.Error())}
}
