//go:build js

package gui

import (
	"context"
	"errors"
	"path"
	"strings"
	"sync"
	"syscall/js"
	"time"

	"dossier/corpus"
	"dossier/corpus/dossier"
	"dossier/corpus/library"
)

// browserStorage is the page's storage for kept collections, opened once:
// there is one per origin, however many windows use it.
var browserStorage = sync.OnceValues(browserKeeper)

// keptAtStart is the collection the reader chose last, when the browser
// keeps it. It reads the list of kept collections only when the reader's
// last collection was a kept one, so a start without one waits for no
// storage.
func (m *MainWindow) keptAtStart() (collection, bool) {
	if _, ok := keptID(m.mem.Corpus); !ok {
		return collection{}, false
	}
	k, err := browserStorage()
	if err != nil {
		return collection{}, false
	}
	e, ok := k.atStart(m.mem.Corpus)
	if !ok {
		return collection{}, false
	}
	c := keptCollection(k, e)
	c.quiet = true
	return c, true
}

// keptCollection opens the kept collection e from the storage.
func keptCollection(k keeper, e keptEntry) collection {
	c := storedCollection(e, nil)
	c.open = func(ctx context.Context, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error) {
		data, err := k.store.Read(e.blob())
		if err != nil {
			return nil, nil, &keptGoneError{name: e.Name, err: err}
		}
		return storedCollection(e, data).open(ctx, progress)
	}
	say := c.say
	c.say = func(err error) string {
		var gone *keptGoneError
		if errors.As(err, &gone) {
			return tr("kept.gone", map[string]any{"Name": e.Name, "Reason": gone.err.Error()})
		}
		return say(err)
	}
	return c
}

// storedCollection opens the data of the kept collection e, held in memory.
func storedCollection(e keptEntry, data []byte) collection {
	if e.Kind == keptFolder {
		return folderArchiveCollection(e.key(), e.Name, data)
	}
	return dossierBytesCollection(e.key(), e.Name, data)
}

// keptGoneError says that a kept collection's data could not be read back.
type keptGoneError struct {
	name string
	err  error
}

func (e *keptGoneError) Error() string { return e.name + ": " + e.err.Error() }
func (e *keptGoneError) Unwrap() error { return e.err }

// pickedFile is a file the reader chose or dropped: its path inside the
// chosen folder (or its name) and the page's File.
type pickedFile struct {
	path string
	file js.Value
}

// openPicked opens what the reader chose or dropped, keeps it once it has
// opened, and tells the reader when the browser had no room to keep it: a
// single file that is not an article is a dossier file; anything else is a
// folder of articles, named name. It runs on the UI goroutine.
func (m *MainWindow) openPicked(name string, files []pickedFile) {
	if len(files) == 0 {
		return
	}
	kind := keptFolder
	if len(files) == 1 && !strings.EqualFold(path.Ext(files[0].path), ".txt") {
		kind, name = keptDossier, path.Base(files[0].path)
	}
	if name == "" {
		name = tr("keep.dropped")
	}
	e := newKeptEntry(name, kind, time.Now())
	var data []byte // read on the loader's goroutine, kept once it opened
	c := storedCollection(e, nil)
	c.open = func(ctx context.Context, progress func(key string, done, total int)) (*library.Library, []corpus.Problem, error) {
		var err error
		if data, err = readPicked(ctx, kind, files, progress); err != nil {
			return nil, nil, err
		}
		return storedCollection(e, data).open(ctx, progress)
	}
	m.load(c)
	m.loader.ended = func(opened bool) {
		if !opened {
			return
		}
		e.Articles = m.session.Library().Corpus().Len()
		go func() {
			k, err := browserStorage()
			if err == nil {
				err = k.keep(e, data)
			}
			if err == nil {
				askPersistence()
			}
			m.do(func() { m.sayNotKept(e.Name, err) })
		}()
	}
}

// sayNotKept tells the reader why a collection, open for this visit, could
// not be kept for the next.
func (m *MainWindow) sayNotKept(name string, err error) {
	var quota *quotaError
	switch {
	case err == nil:
	case errors.As(err, &quota):
		free := tr("keep.free.unknown")
		if quota.Free >= 0 {
			free = byteSize(quota.Free, tr("digits.group"))
		}
		m.showMessage(tr("keep.failed"), tr("keep.quota", map[string]any{
			"Name": quota.Name, "Need": byteSize(quota.Need, tr("digits.group")), "Free": free}))
	default:
		m.showMessage(tr("keep.failed"), tr("keep.error", map[string]any{"Name": name, "Reason": err.Error()}))
	}
}

// readPicked reads the chosen files into what is kept: a dossier's bytes,
// or a folder's article files packed as folderArchive packs them. Only
// article files (.txt) of a folder are read.
func readPicked(ctx context.Context, kind string, files []pickedFile, progress func(key string, done, total int)) ([]byte, error) {
	if kind == keptDossier {
		data, err := readBlob(files[0].file, func(done, total int64) {
			progress("keep.stage.read", int(done*100/max(total, 1)), 100)
		})
		if err != nil {
			return nil, &dossier.Error{Path: files[0].path, Problem: dossier.Unreadable, Reason: err.Error(), Err: err}
		}
		return data, nil
	}
	contents := make(map[string][]byte)
	var articles []pickedFile
	for _, f := range files {
		if strings.EqualFold(path.Ext(f.path), ".txt") {
			articles = append(articles, f)
		}
	}
	for i, f := range articles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		data, err := readBlob(f.file, nil)
		if err != nil {
			// Unreadable, it is reported as an empty article would be.
			data = nil
		}
		contents[f.path] = data
		progress("keep.stage.files", i+1, len(articles))
	}
	return folderArchive(contents)
}

// showKeptCollections shows the collections the browser keeps, to open
// (switch to) or remove.
func (m *MainWindow) showKeptCollections() {
	openKey := ""
	if m.session.Library() != m.seed {
		openKey = m.mem.Corpus
	}
	go func() {
		k, err := browserStorage()
		var shelf keptShelf
		if err == nil {
			shelf, err = readKeptShelf(k, openKey)
		}
		m.do(func() {
			if err != nil {
				m.showMessage(tr("kept.title"), tr("kept.unreadable", map[string]any{"Reason": err.Error()}))
				return
			}
			m.showKeptDialog(shelf,
				func(e keptEntry) { m.load(keptCollection(k, e)) },
				func(e keptEntry) { m.removeKept(k, e) })
		})
	}()
}

// removeKept removes the kept collection e; removing the one the window
// shows goes back to the built-in articles. The list shows again after.
func (m *MainWindow) removeKept(k keeper, e keptEntry) {
	if id, _ := keptID(m.mem.Corpus); id == e.ID {
		m.backToBuiltin()
	}
	go func() {
		err := k.remove(e.ID)
		m.do(func() {
			if err != nil {
				m.showMessage(tr("kept.title"), tr("kept.remove.failed", map[string]any{"Name": e.Name, "Reason": err.Error()}))
				return
			}
			m.showKeptCollections()
		})
	}()
}
