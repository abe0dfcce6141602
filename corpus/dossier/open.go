package dossier

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"os"
	"slices"
	"time"

	"github.com/klauspost/compress/zstd"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/corpus/search"
	"dossier/internal/flat"
	"dossier/internal/parallel"
)

// Options tune Open.
type Options struct {
	// Progress, when set, is told how far Open has come checking the
	// file, in sections of it; on Open's goroutine.
	Progress func(done, total int)
}

// Open opens the dossier file at path as a library, without rebuilding
// anything: the index's arrays are used where they lie in the file (mapped
// into memory where the system allows, else read at once), and each
// article's text is read from it when asked for. A file that is not a
// dossier, comes from another version of Dossier, is cut short or damaged
// gives an *Error saying so, and nothing is opened.
//
// A mapped file stays mapped for the life of the program: the library's
// strings point into it. Pack and WriteFile replace a file by renaming a
// new one over it, which leaves the mapped one whole.
func Open(ctx context.Context, path string, opts Options) (*library.Library, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return open(ctx, path, data, opts)
}

// OpenBytes opens a dossier held in memory, as Open opens a file; name
// names it in errors. data must not change while the library is in use
// (it is copied only when it does not start at a multiple of 8 bytes).
func OpenBytes(ctx context.Context, name string, data []byte) (*library.Library, error) {
	return open(ctx, name, flat.Aligned(data), Options{})
}

// Sniff reports whether the file at path starts as a dossier file does.
func Sniff(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(Magic))
	_, err = io.ReadFull(f, head)
	return err == nil && string(head) == Magic
}

// readFile maps the file at path, or reads it, after checking that it is a
// regular file that starts as a dossier does: so that a named pipe or a
// device is never read from, and a stray file is told apart at once.
func readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, &Error{Path: path, Problem: Unreadable, Reason: unreadable(err), Err: err}
	}
	if info.IsDir() {
		return nil, fail(path, NotDossier, "not a dossier file but a folder")
	}
	if !info.Mode().IsRegular() {
		return nil, fail(path, NotDossier, "not a dossier file but a special file")
	}
	if !Sniff(path) {
		if info.Size() < int64(len(Magic)) {
			return nil, fail(path, NotDossier, "not a dossier file (only %d bytes)", info.Size())
		}
		return nil, fail(path, NotDossier, "not a dossier file")
	}
	data, err := mapFile(path, info.Size())
	if err != nil {
		return nil, &Error{Path: path, Problem: Unreadable, Reason: unreadable(err), Err: err}
	}
	return data, nil
}

func unreadable(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return "cannot be read: " + err.Error()
}

// sections checks the header, the table and every section's checksum of
// data, and returns the sections by name.
func sections(path string, data []byte, progress func(done, total int)) (map[string][]byte, error) {
	if len(data) < len(Magic) || string(data[:len(Magic)]) != Magic {
		return nil, fail(path, NotDossier, "not a dossier file")
	}
	if len(data) < headerSize {
		return nil, fail(path, Truncated, "truncated: %d bytes, shorter than a dossier's header", len(data))
	}
	if binary.LittleEndian.Uint32(data[36:]) != checksum(data[:36]) {
		return nil, fail(path, Damaged, "damaged: the header's checksum does not match")
	}
	h := header{version: binary.LittleEndian.Uint32(data[8:]), sections: binary.LittleEndian.Uint32(data[12:]),
		tableOffset: binary.LittleEndian.Uint64(data[16:]), length: binary.LittleEndian.Uint64(data[24:]),
		tableCRC: binary.LittleEndian.Uint32(data[32:])}
	switch {
	case h.version > Version:
		e := fail(path, Newer, "made by a newer Dossier (format %d; this one reads format %d): open it with that version", h.version, Version)
		e.Found = h.version
		return nil, e
	case h.version < Version:
		e := fail(path, Older, "made by an older Dossier (format %d; this one reads format %d): pack its articles again", h.version, Version)
		e.Found = h.version
		return nil, e
	}
	if uint64(len(data)) < h.length {
		return nil, fail(path, Truncated, "truncated: %d of its %d bytes", len(data), h.length)
	}
	if uint64(len(data)) > h.length {
		return nil, fail(path, Damaged, "damaged: %d bytes after its end", uint64(len(data))-h.length)
	}
	if h.sections > maxSections || h.tableOffset != headerSize || h.tableOffset+uint64(h.sections)*entrySize > h.length {
		return nil, fail(path, Damaged, "damaged: a table of %d sections does not fit", h.sections)
	}
	table := data[h.tableOffset : h.tableOffset+uint64(h.sections)*entrySize]
	if checksum(table) != h.tableCRC {
		return nil, fail(path, Damaged, "damaged: the table's checksum does not match")
	}
	out := make(map[string][]byte, h.sections)
	entries := make([]entry, h.sections)
	for i := range entries {
		entries[i] = decodeEntry(table[i*entrySize:])
	}
	if err := checkGaps(path, data, entries, h.tableOffset+uint64(len(table))); err != nil {
		return nil, err
	}
	for _, e := range entries {
		if e.offset%alignment != 0 {
			return nil, fail(path, Damaged, "damaged: section %q is not aligned", e.name)
		}
		if _, dup := out[e.name]; dup {
			return nil, fail(path, Damaged, "damaged: two sections named %q", e.name)
		}
		out[e.name] = data[e.offset : e.offset+e.length : e.offset+e.length]
	}
	// The checksums, on every core: they read the whole file, the
	// largest part of opening it. The largest sections first, so that the
	// cores finish together.
	bySize := slices.Clone(entries)
	slices.SortFunc(bySize, func(a, b entry) int { return cmp.Compare(b.length, a.length) })
	matches := make([]bool, len(bySize))
	var report func(done int)
	if progress != nil {
		report = func(done int) { progress(done, len(bySize)) }
	}
	_ = parallel.For(context.Background(), len(bySize), 1, report, func(i int) {
		matches[i] = checksum(out[bySize[i].name]) == bySize[i].crc
	})
	for i, e := range bySize {
		if !matches[i] {
			return nil, fail(path, Damaged, "damaged: the checksum of section %q does not match", e.name)
		}
	}
	return out, nil
}

// checkGaps checks that the sections follow the table in order, without
// overlapping, and that the padding between them is zeros: every byte of a
// file is then either checked by a checksum or known, and a changed byte
// anywhere is found.
func checkGaps(path string, data []byte, entries []entry, from uint64) error {
	sorted := slices.Clone(entries)
	slices.SortFunc(sorted, func(a, b entry) int { return cmp.Compare(a.offset, b.offset) })
	at := from
	zeros := func(to uint64) bool {
		for _, b := range data[at:to] {
			if b != 0 {
				return false
			}
		}
		return true
	}
	for _, e := range sorted {
		if e.offset < at || e.offset > uint64(len(data)) || e.length > uint64(len(data))-e.offset {
			return fail(path, Damaged, "damaged: section %q lies outside its place", e.name)
		}
		if !zeros(e.offset) {
			return fail(path, Damaged, "damaged: bytes between sections are not zero")
		}
		at = e.offset + e.length
	}
	if !zeros(uint64(len(data))) {
		return fail(path, Damaged, "damaged: bytes after the last section are not zero")
	}
	return nil
}

func open(ctx context.Context, path string, data []byte, opts Options) (*library.Library, error) {
	if !flat.LittleEndian() {
		return nil, fail(path, Incompatible, "dossier files are little-endian, and this machine is not")
	}
	all, err := sections(path, data, opts.Progress)
	if err != nil {
		return nil, err
	}
	want, err := layout()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(all["layout"], []byte(want)) {
		return nil, fail(path, Incompatible, "made by another build of Dossier, which lays out its index differently: pack its articles again")
	}
	need := func(name string) ([]byte, error) {
		b, ok := all[name]
		if !ok {
			return nil, fail(path, Damaged, "damaged: section %q is missing", name)
		}
		return b, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	s := &store{path: path}
	docs, err := readDocs(path, need, s)
	if err != nil {
		return nil, err
	}
	c, err := corpus.FromSorted(docs)
	if err != nil {
		return nil, fail(path, Damaged, "damaged: %v", err)
	}

	var totals libraryTotals
	raw, err := need("library")
	if err != nil {
		return nil, err
	}
	parts := library.Parts{Corpus: c, Analyses: s}
	if err := errors.Join(json.Unmarshal(raw, &totals), json.Unmarshal(totals.Countries, &parts.Countries),
		json.Unmarshal(totals.Organizations, &parts.Organizations), json.Unmarshal(totals.RoleTotals, &parts.RoleTotals)); err != nil {
		return nil, damaged(path, "library", err)
	}
	parts.GroupArticles = totals.GroupArticles
	if parts.GroupArticles == nil {
		parts.GroupArticles = map[string]int{}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	ix, err := search.Load(docs, func(name string) ([]byte, bool) {
		b, ok := all["ix."+name]
		return b, ok
	}, library.QueryOptions())
	if err != nil {
		return nil, damaged(path, "index", err)
	}
	parts.Index = ix
	return library.Assemble(parts), nil
}

// readDocs makes the articles from their sections, in the index's order,
// each reading its text from s when asked; and fills s's sections.
func readDocs(path string, need func(string) ([]byte, error), s *store) ([]*corpus.Document, error) {
	lists := map[string]flat.Strings{}
	for _, name := range []string{"doc.ids", "doc.paths", "doc.titles", "doc.sources", "doc.urls"} {
		b, err := need(name)
		if err != nil {
			return nil, err
		}
		if lists[name], err = flat.DecodeStrings(b); err != nil {
			return nil, damaged(path, name, err)
		}
	}
	ids := lists["doc.ids"]
	n := ids.Len()
	for name, l := range lists {
		if l.Len() != n {
			return nil, fail(path, Damaged, "damaged: %d articles in %s, %d in doc.ids", l.Len(), name, n)
		}
	}
	days, err := view[int32](path, need, "doc.dates")
	if err != nil {
		return nil, err
	}
	flags, err := need("doc.flags")
	if err != nil {
		return nil, err
	}
	if len(days) != 3*n || len(flags) != n {
		return nil, fail(path, Damaged, "damaged: %d dates and %d flags for %d articles", len(days)/3, len(flags), n)
	}
	for _, r := range []struct {
		name string
		into **zstd.Decoder
	}{{"text.dict", &s.texts.decoder}, {"analyses.dict", &s.found.decoder}} {
		dict, err := need(r.name)
		if err != nil {
			return nil, err
		}
		if *r.into, err = newDecoder(dict); err != nil {
			return nil, damaged(path, r.name, err)
		}
	}
	s.texts.section, s.found.section = "text", "analyses"
	if s.texts.at, err = view[uint64](path, need, "text.at"); err != nil {
		return nil, err
	}
	if s.texts.data, err = need("text"); err != nil {
		return nil, err
	}
	if s.found.at, err = view[uint64](path, need, "analyses.at"); err != nil {
		return nil, err
	}
	if s.found.data, err = need("analyses"); err != nil {
		return nil, err
	}
	if s.eventsAt, err = view[uint32](path, need, "events.at"); err != nil {
		return nil, err
	}
	if s.events, err = view[int32](path, need, "events"); err != nil {
		return nil, err
	}
	if err := s.check(n); err != nil {
		return nil, damaged(path, "text", err)
	}

	docs := make([]*corpus.Document, n)
	s.number = make(map[string]uint32, n)
	titles, sources, urls, paths := lists["doc.titles"], lists["doc.sources"], lists["doc.urls"], lists["doc.paths"]
	for i := range n {
		month := days[3*i+1]
		if month < 1 || month > 12 || days[3*i+2] < 0 || days[3*i+2] > 31 {
			return nil, fail(path, Damaged, "damaged: article %d has no date", i)
		}
		id := ids.At(i)
		s.number[id] = uint32(i) // FromSorted refuses an id seen twice
		docs[i] = corpus.Lazy(corpus.Document{
			ID: id, Path: paths.At(i), Title: titles.At(i), Source: sources.At(i), URL: urls.At(i),
			Date:        corpus.Date{Month: corpus.Month{Year: int(days[3*i]), Month: time.Month(month)}, Day: int(days[3*i+2])},
			TitleInText: flags[i] != 0,
		}, s.body(uint32(i)))
	}
	return docs, nil
}

// view views a section as numbers.
func view[T any](path string, need func(string) ([]byte, error), name string) ([]T, error) {
	b, err := need(name)
	if err != nil {
		return nil, err
	}
	out, err := flat.View[T](b)
	if err != nil {
		return nil, damaged(path, name, err)
	}
	return out, nil
}
