package gui

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"dossier/corpus"
	"dossier/corpus/dossier"
	"dossier/corpus/library"
)

// collection is something the window opens besides its built-in articles:
// a folder of articles or a one-file dossier (a .dossier file). Both open
// through the same background loader (see corpusLoader); they differ in how
// their library is made and in the words that report it.
type collection struct {
	path string // absolute, as it is remembered for the next start
	name string // what the reader calls it: the folder's or the file's name
	// open makes the library, telling its progress (the translation key of
	// the stage, with Done and Total) as it goes. A nil library without an
	// error means the collection holds no article.
	open func(ctx context.Context, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error)
	// The translation keys of the loading dialog's, the error dialog's and
	// the report's titles.
	loadingKey, failedKey, reportKey string
	say                              func(error) string                                   // says why it could not be opened
	empty                            func() string                                        // says the collection holds no article
	opened                           func(articles int, problems []corpus.Problem) string // the report's summary
	// quiet collections open at start, as the reader left them: no report
	// when they open without problems.
	quiet bool
}

// loadFolder opens the folder of articles dir in the background.
func (m *MainWindow) loadFolder(dir string) { m.load(folderCollection(dir)) }

// loadDossier opens the dossier file at path in the background.
func (m *MainWindow) loadDossier(path string) { m.load(dossierCollection(path)) }

// folderCollection reads every article file in dir, then finds their
// countries, roles and dates and builds the index.
func folderCollection(dir string) collection {
	return collection{
		path: dir,
		name: filepath.Base(dir),
		open: func(ctx context.Context, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error) {
			c, problems, err := corpus.LoadDir(ctx, dir, corpus.LoadOptions{
				Progress: func(done, total int) { progress("corpus.stage.files", done, total) },
			})
			return openCorpus(ctx, c, problems, err, progress)
		},
		loadingKey: "corpus.loading",
		reportKey:  "corpus.report.title",
		failedKey:  "corpus.failed",
		say:        errorText,
		empty:      func() string { return tr("corpus.empty", map[string]any{"Dir": dir}) },
		opened: func(articles int, problems []corpus.Problem) string {
			name := filepath.Base(dir)
			if len(problems) == 0 {
				return trN("corpus.report.ok", articles, map[string]any{"Dir": name})
			}
			return trN("corpus.report.problems", problemFiles(problems), map[string]any{"Dir": name, "Articles": articleCount(articles)})
		},
	}
}

// openFolderFS reads every article file in files, as folderCollection
// does a folder on disk.
func openFolderFS(ctx context.Context, files fs.FS, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error) {
	c, problems, err := corpus.Load(ctx, files, corpus.LoadOptions{
		Progress: func(done, total int) { progress("corpus.stage.files", done, total) },
	})
	return openCorpus(ctx, c, problems, err, progress)
}

// openCorpus finds the countries, roles and dates of the loaded articles c
// and builds the index; a corpus that failed to load, or holds no article,
// opens no library.
func openCorpus(ctx context.Context, c *corpus.Corpus, problems []corpus.Problem, err error, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error) {
	if err != nil || c.Len() == 0 {
		return nil, problems, err
	}
	lib, err := library.Open(ctx, c, library.Options{Progress: func(stage library.Stage, done, total int) {
		key := "corpus.stage.places"
		if stage == library.StageIndex {
			key = "corpus.stage.index"
		}
		progress(key, done, total)
	}})
	return lib, problems, err
}

// dossierCollection reads a dossier file, which holds its articles with
// everything found in them and its index, so nothing is rebuilt. A file
// that is not a dossier, is damaged or cut short, or was made by another
// version of the format fails as a whole, with an error that says which.
func dossierCollection(path string) collection {
	name := filepath.Base(path)
	return collection{
		path: path,
		name: name,
		open: func(ctx context.Context, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error) {
			// Open checks the whole file, and tells how far in sections of
			// it: said in percent, which reads better than a count of parts
			// the reader never sees.
			lib, err := dossier.Open(ctx, path, dossier.Options{
				Progress: func(done, total int) {
					if total > 0 {
						progress("dossier.stage.check", done*100/total, 100)
					}
				},
			})
			if err != nil || lib.Corpus().Len() == 0 {
				return nil, nil, err
			}
			return lib, nil, nil
		},
		loadingKey: "dossier.loading",
		reportKey:  "dossier.report.title",
		failedKey:  "dossier.failed",
		say:        dossierErrorText,
		empty:      func() string { return tr("dossier.empty", map[string]any{"Name": name}) },
		opened: func(articles int, _ []corpus.Problem) string {
			return tr("dossier.report", map[string]any{"Name": name, "Articles": articleCount(articles)})
		},
	}
}

// dossierBytesCollection opens a dossier file already read into data (in
// the browser, which has no files to map): one chosen by the reader, one
// kept in the browser's storage, or the one a published site serves. key is
// what is remembered for the next start (see MainWindow.mem.Corpus) and name
// what the reader sees.
func dossierBytesCollection(key, name string, data []byte) collection {
	c := dossierCollection(name)
	c.path, c.name = key, name
	c.open = func(ctx context.Context, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error) {
		lib, err := dossier.OpenBytes(ctx, name, data)
		if err != nil || lib.Corpus().Len() == 0 {
			return nil, nil, err
		}
		return lib, nil, nil
	}
	return c
}

// collectionAt is what path holds: a dossier file (see isDossierFile) or,
// failing that, a folder, whose loader says so when it is none.
func collectionAt(path string) collection {
	if isDossierFile(path) {
		return dossierCollection(path)
	}
	return folderCollection(path)
}

// isDossierFile says whether path is a dossier file rather than a folder: a
// file that starts as one (a file manager hands over a dossier by its type,
// whatever its name), or any file or missing path whose name ends in
// .dossier, so that a damaged or missing x.dossier is reported as a dossier
// that cannot be opened, not as a folder that is none.
func isDossierFile(path string) bool {
	info, err := os.Stat(path)
	if err == nil && info.IsDir() {
		return false
	}
	if strings.EqualFold(filepath.Ext(path), dossier.Extension) {
		return true
	}
	return err == nil && info.Mode().IsRegular() && dossier.Sniff(path)
}

// folderArchiveCollection opens a folder of articles held in memory as a
// zip of its files (in the browser, which has no folders: one chosen by the
// reader, or one kept in the browser's storage; see folderArchive). key is
// what is remembered for the next start and name the folder's name; the
// problems name files by their path inside the folder.
func folderArchiveCollection(key, name string, archive []byte) collection {
	c := folderCollection(name)
	c.path, c.name = key, name
	c.open = func(ctx context.Context, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error) {
		files, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		return openFolderFS(ctx, files, progress)
	}
	c.empty = func() string { return tr("corpus.empty", map[string]any{"Dir": name}) }
	return c
}

// folderArchive packs the files of a folder, by their slash-separated paths
// inside it, into the zip folderArchiveCollection reads. They are stored,
// not compressed: articles are small, and the archive is read again at
// every start.
func folderArchive(files map[string][]byte) ([]byte, error) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, p := range slices.Sorted(maps.Keys(files)) {
		f, err := w.CreateHeader(&zip.FileHeader{Name: p, Method: zip.Store})
		if err == nil {
			_, err = f.Write(files[p])
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
