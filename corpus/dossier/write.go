package dossier

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/library"
	"dossier/internal/flat"
)

// section is a named part of a file, before it is written.
type section struct {
	name string
	data []byte
}

// Write writes lib to w as a dossier file. Its articles' text is
// compressed on every core; ctx stops it early.
func Write(ctx context.Context, w io.Writer, lib *library.Library) error {
	if !flat.LittleEndian() {
		return errors.New("dossier files are little-endian, and this machine is not")
	}
	sections, err := librarySections(ctx, lib)
	if err != nil {
		return err
	}
	return writeSections(w, sections)
}

// writeSections lays the sections out after the header and the table, each
// at a multiple of alignment, and writes them.
func writeSections(w io.Writer, sections []section) error {
	seen := map[string]bool{}
	entries := make([]entry, len(sections))
	at := uint64(headerSize + entrySize*len(sections))
	at += padding(at)
	for i, s := range sections {
		if len(s.name) == 0 || len(s.name) > nameSize || seen[s.name] {
			return fmt.Errorf("dossier: section name %q is empty, too long or used twice", s.name)
		}
		seen[s.name] = true
		entries[i] = entry{name: s.name, offset: at, length: uint64(len(s.data)), crc: checksum(s.data)}
		at += uint64(len(s.data))
		at += padding(at)
	}
	table := make([]byte, entrySize*len(sections))
	for i, e := range entries {
		e.encode(table[i*entrySize:])
	}
	h := header{version: Version, sections: uint32(len(sections)), tableOffset: headerSize, length: at, tableCRC: checksum(table)}
	written := uint64(0)
	write := func(b []byte) error {
		n, err := w.Write(b)
		written += uint64(n)
		return err
	}
	zeros := make([]byte, alignment)
	if err := errors.Join(write(h.encode()), write(table)); err != nil {
		return err
	}
	for i, s := range sections {
		if err := write(zeros[:entries[i].offset-written]); err != nil {
			return err
		}
		if err := write(s.data); err != nil {
			return err
		}
	}
	return write(zeros[:at-written])
}

// libraryTotals is what the library adds up over its articles.
type libraryTotals struct {
	Countries     json.RawMessage `json:"countries"`
	Organizations json.RawMessage `json:"organizations"`
	RoleTotals    json.RawMessage `json:"roles"`
	GroupArticles map[string]int  `json:"groups"`
}

// librarySections are the sections of lib: the articles (their fields, and
// each one's text, places and roles compressed), their events, the totals,
// the search index and the layout of all of them.
func librarySections(ctx context.Context, lib *library.Library) ([]section, error) {
	parts := lib.Parts()
	docs := parts.Index.Docs() // the index's order, in which Load takes them back
	n := len(docs)
	var sections []section
	add := func(name string, data []byte) { sections = append(sections, section{name, data}) }

	lay, err := layout()
	if err != nil {
		return nil, err
	}
	add("layout", []byte(lay))

	ids, paths, titles, sources, urls := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	days := make([]int32, 0, 3*n)
	flags := make([]uint8, n)
	for i, d := range docs {
		ids[i], paths[i], titles[i], sources[i], urls[i] = d.ID, d.Path, d.Title, d.Source, d.URL
		if d.Date.Year > math.MaxInt32 || d.Date.Year < math.MinInt32 {
			return nil, fmt.Errorf("dossier: %s: year %d out of range", d.Path, d.Date.Year)
		}
		days = append(days, int32(d.Date.Year), int32(d.Date.Month.Month), int32(d.Date.Day))
		if d.TitleInText {
			flags[i] = 1
		}
	}
	add("doc.ids", flat.EncodeStrings(ids))
	add("doc.paths", flat.EncodeStrings(paths))
	add("doc.titles", flat.EncodeStrings(titles))
	add("doc.sources", flat.EncodeStrings(sources))
	add("doc.urls", flat.EncodeStrings(urls))
	add("doc.dates", flat.Bytes(days))
	add("doc.flags", flags)

	history := textDictionary(docs)
	dict, at, data, err := compressRecords(ctx, n, history, func(i int) text { return text{Paragraphs: docs[i].Body()} })
	if err != nil {
		return nil, err
	}
	add("text.dict", dict)
	add("text.at", flat.Bytes(at))
	add("text", data)
	dict, at, data, err = compressRecords(ctx, n, history, func(i int) analyses {
		var a analyses
		if p := parts.Analyses.Places(docs[i].ID); p != nil {
			a.Places = *p
		}
		if r := parts.Analyses.Roles(docs[i].ID); r != nil {
			a.Roles = *r
		}
		return a
	})
	if err != nil {
		return nil, err
	}
	add("analyses.dict", dict)
	add("analyses.at", flat.Bytes(at))
	add("analyses", data)

	eventsAt := make([]uint32, 1, n+1)
	var events []int32
	for _, d := range docs {
		for _, e := range parts.Analyses.Events(d.ID) {
			if events, err = appendEvent(events, e); err != nil {
				return nil, fmt.Errorf("dossier: %s: %w", d.Path, err)
			}
		}
		eventsAt = append(eventsAt, uint32(len(events)/eventFields))
	}
	add("events.at", flat.Bytes(eventsAt))
	add("events", flat.Bytes(events))

	totals, err := encodeTotals(parts)
	if err != nil {
		return nil, err
	}
	add("library", totals)

	if err := parts.Index.Save(func(name string, data []byte) error {
		add("ix."+name, data)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("dossier: save the index: %w", err)
	}
	return sections, nil
}

func encodeTotals(p library.Parts) ([]byte, error) {
	var t libraryTotals
	var err error
	if t.Countries, err = json.Marshal(p.Countries); err != nil {
		return nil, err
	}
	if t.Organizations, err = json.Marshal(p.Organizations); err != nil {
		return nil, err
	}
	if t.RoleTotals, err = json.Marshal(p.RoleTotals); err != nil {
		return nil, err
	}
	t.GroupArticles = p.GroupArticles
	return json.Marshal(t)
}

// dictionarySize bounds the text a dictionary is trained from beside the
// records themselves.
const dictionarySize = 16 << 10

// textDictionary samples the articles' text for the dictionaries each
// article's compression starts from: an article of a few kilobytes
// compressed alone would otherwise find few repeats of its own.
func textDictionary(docs []*corpus.Document) []byte {
	var b []byte
	if len(docs) == 0 {
		return b
	}
	// A paragraph from each of articles spread over the collection, until
	// full, so that it holds the words the collection shares rather than
	// one article's.
	step := max(1, len(docs)/64)
	for i := 0; i < len(docs) && len(b) < dictionarySize; i += step {
		body := docs[i].Body()
		if len(body) == 0 {
			continue
		}
		text := body[0].Text
		if len(b)+len(text)+1 > dictionarySize {
			text = text[:dictionarySize-len(b)-1]
		}
		b = append(b, text...)
		b = append(b, '\n')
	}
	return b
}

// eventFields is how many numbers an event takes in the events section:
// date and end (year, month, day each), paragraph, and the words' and the
// sentence's spans (start, end, rune start, rune end each).
const eventFields = 15

func appendEvent(out []int32, e dates.Event) ([]int32, error) {
	values := [eventFields]int{e.Date.Year, int(e.Date.Month), e.Date.Day, e.End.Year, int(e.End.Month), e.End.Day, e.Paragraph,
		e.Words.Start, e.Words.End, e.Words.RuneStart, e.Words.RuneEnd,
		e.Sentence.Start, e.Sentence.End, e.Sentence.RuneStart, e.Sentence.RuneEnd}
	for _, v := range values {
		if v > math.MaxInt32 || v < math.MinInt32 {
			return out, fmt.Errorf("an event's number %d is out of range", v)
		}
		out = append(out, int32(v))
	}
	return out, nil
}

// PackOptions tune Pack.
type PackOptions struct {
	// Progress, when set, is told what Pack is doing ("files", "places",
	// "index", "write") and how far it has come; on Pack's goroutine.
	Progress func(stage string, done, total int)
}

// Pack reads the articles of the folder dir, opens them as a library and
// writes it to the file out, atomically: into a temporary file beside out,
// renamed over out only once it is whole, so that a dossier that is open
// (its pages mapped) is never changed under it. It returns the files of dir
// that could not be read, as a folder's open reports them, and how many
// articles the file holds.
func Pack(ctx context.Context, dir, out string, opts PackOptions) (articles int, problems []corpus.Problem, err error) {
	progress := func(stage string, done, total int) {
		if opts.Progress != nil {
			opts.Progress(stage, done, total)
		}
	}
	c, problems, err := corpus.LoadDir(ctx, dir, corpus.LoadOptions{Progress: func(done, total int) { progress("files", done, total) }})
	if err != nil {
		return 0, problems, err
	}
	if c.Len() == 0 {
		return 0, problems, fmt.Errorf("%s: no article files (*.txt) to pack", dir)
	}
	lib, err := library.Open(ctx, c, library.Options{Progress: func(stage library.Stage, done, total int) { progress(string(stage), done, total) }})
	if err != nil {
		return 0, problems, err
	}
	progress("write", 0, 1)
	if err := WriteFile(ctx, out, lib); err != nil {
		return 0, problems, err
	}
	progress("write", 1, 1)
	return c.Len(), problems, nil
}

// WriteFile writes lib to the file path, atomically (see Pack).
func WriteFile(ctx context.Context, path string, lib *library.Library) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	buffered := bufio.NewWriterSize(tmp, 1<<20)
	if err = Write(ctx, buffered, lib); err != nil {
		return err
	}
	if err = buffered.Flush(); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
