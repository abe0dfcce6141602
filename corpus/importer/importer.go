// Package importer turns a reader's own collection into Dossier's article
// files: web pages saved from a browser, RSS and Atom feeds, and tables
// (CSV and JSON Lines) of articles. It never imports Fyne.
//
// Each article becomes one file in Dossier's format, with the date, the
// title, source and url header and the text, named by a stable id. Inputs
// that cannot become an article are reported, one problem each, and the
// rest is imported; an article without a date is reported rather than
// given one.
package importer

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/internal/parallel"
)

// Stage is the part of an import that Options.Progress counts.
type Stage int

const (
	// StageRead counts the input files read and turned into articles.
	StageRead Stage = iota + 1
	// StageWrite counts the article files written.
	StageWrite
)

// Options tunes Import.
type Options struct {
	// Mapping names the columns of CSV and JSON Lines inputs; the zero
	// Mapping takes the usual names (see Mapping).
	Mapping Mapping
	// Progress, when set, is called on the goroutine that called Import,
	// one call at a time: for StageRead after each input file, then for
	// StageWrite after every few article files, done rising to total.
	Progress func(stage Stage, done, total int)
}

// Duplicate is an article left out because another is the same: the same
// canonical address or the same text. Of two with one address the one with
// more text is kept, else the first in the sorted order of the inputs.
type Duplicate struct {
	Path string // the input that holds it
	Line int    // its line there, for a feed item or a table row; 0 for a page
	Of   string // the article file it duplicates, in the out folder
	By   string // "url" or "text"
}

// Report says what an import did.
type Report struct {
	// Written lists the article files for the inputs, in the order of the
	// inputs: each written now, or already in the folder with the same
	// content from an earlier import of the same input.
	Written []string
	// Duplicates lists the articles written once, under the first.
	Duplicates []Duplicate
	// Problems lists every input, or feed item or table row, that did not
	// become an article, with the reason: "path: reason" for a whole file
	// (Line 0), "path:line: reason" for an item. Undated articles are
	// among them.
	Problems []corpus.Problem
}

// Limits on what one input may be, so that a stray dump cannot exhaust
// memory: a page is one article, but pages saved "as one file" carry their
// images inside (as data: addresses), so it may be some times the
// corpus.MaxFileSize an article file may be; a feed or table holds many.
const (
	maxPageSize  = 4 * corpus.MaxFileSize
	maxTableSize = 256 << 20
)

// Import reads the sources (files, or folders read recursively; see
// collectInputs for what is read) and writes an article file for each
// article they hold into out, which is created if needed. The inputs are
// read on every core; the result (files and report) is the same however
// many there are. The error is non-nil only when ctx is cancelled (and
// the files written by then are whole) or out cannot be written to.
func Import(ctx context.Context, sources []string, out string, opts Options) (Report, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return Report{}, fmt.Errorf("import: cannot make the folder %s: %w", out, err)
	}
	if probe, err := os.CreateTemp(out, ".import-*.tmp"); err != nil {
		return Report{}, fmt.Errorf("import: cannot write into %s: %w", out, err)
	} else {
		probe.Close()
		os.Remove(probe.Name())
	}
	inputs, problems := collectInputs(sources, out)
	var report Report
	report.Problems = problems

	results := make([][]prepared, len(inputs))
	tagger := dates.Default()
	err := parallel.For(ctx, len(inputs), 1, stageProgress(opts.Progress, StageRead, len(inputs)), func(i int) {
		results[i] = prepareSafely(tagger, inputs[i], opts.Mapping)
	})
	if err != nil {
		return Report{}, err
	}

	planned, duplicates, failed := plan(out, inputs, results)
	report.Duplicates = duplicates
	report.Problems = append(report.Problems, failed...)

	failures := make([]*reason, len(planned))
	err = parallel.For(ctx, len(planned), 8, stageProgress(opts.Progress, StageWrite, len(planned)), func(i int) {
		failures[i] = writeArticle(out, planned[i].id+".txt", planned[i].data)
	})
	if err != nil {
		return Report{}, err
	}
	for i, p := range planned {
		if failures[i] != nil {
			report.Problems = append(report.Problems, failures[i].at(corpus.QuotePath(p.path), p.line))
			continue
		}
		report.Written = append(report.Written, p.file)
	}
	slices.SortStableFunc(report.Problems, func(a, b corpus.Problem) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	return report, nil
}

// plan decides which of the prepared articles are written, where, and
// which are duplicates of which. Duplicates are found in the inputs' order,
// so the first of two wins whichever core read it; but of two with one
// address, the one with more text: a feed's summary gives way to the saved
// page, and what duplicated the summary now duplicates the page.
func plan(out string, inputs []input, results [][]prepared) (planned []prepared, duplicates []Duplicate, problems []corpus.Problem) {
	byURL, byText, byID := map[string]int{}, map[string]int{}, map[string]bool{}
	place := func(p *prepared, path string) {
		p.path = path
		p.file = filepath.Join(out, p.id+".txt")
		if byID[p.id] { // two keys with the same 64-bit hash and date: never seen, but never lose one
			p.id += "_" + p.textKey[:8]
			p.file = filepath.Join(out, p.id+".txt")
		}
		byID[p.id] = true
	}
	for i, items := range results {
		for _, p := range items {
			if p.problem != nil {
				problems = append(problems, p.problem.at(corpus.QuotePath(inputs[i].path), p.line))
				continue
			}
			dup := Duplicate{Path: corpus.QuotePath(inputs[i].path), Line: p.line}
			k, sameURL := byURL[p.urlKey]
			sameURL = sameURL && p.urlKey != ""
			t, sameText := byText[p.textKey]
			if sameURL && !sameText && p.textSize > planned[k].textSize {
				// The fuller one takes the place of the one planned, which
				// becomes the duplicate, as do those that duplicated it.
				old := planned[k]
				delete(byText, old.textKey)
				delete(byID, old.id)
				place(&p, inputs[i].path)
				planned[k] = p
				byText[p.textKey] = k
				for d := range duplicates {
					if duplicates[d].Of == old.file {
						duplicates[d].Of = p.file
					}
				}
				duplicates = append(duplicates, Duplicate{Path: corpus.QuotePath(old.path), Line: old.line, Of: p.file, By: "url"})
				continue
			}
			if sameURL || sameText {
				dup.Of, dup.By = planned[t].file, "text"
				if sameURL {
					dup.Of, dup.By = planned[k].file, "url"
				}
				duplicates = append(duplicates, dup)
				continue
			}
			place(&p, inputs[i].path)
			if p.urlKey != "" {
				byURL[p.urlKey] = len(planned)
			}
			byText[p.textKey] = len(planned)
			planned = append(planned, p)
		}
	}
	slices.SortStableFunc(duplicates, func(a, b Duplicate) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	return planned, duplicates, problems
}

func stageProgress(progress func(Stage, int, int), stage Stage, total int) func(int) {
	if progress == nil {
		return nil
	}
	return func(done int) { progress(stage, done, total) }
}

// prepared is one article of an input ready to write (or the reason it is
// not one): its file's bytes, as corpus.Parse has read them back, and the
// keys that find duplicates.
type prepared struct {
	line    int
	problem *reason
	data    []byte
	id      string
	urlKey  string
	textKey string
	// textSize is the length of the text, so that of two articles with
	// one address the fuller is kept.
	textSize int
	path     string // the input's, once planned
	file     string // the article file's, once planned
}

// prepareSafely is prepare with a panic, which would be a bug in the
// importer or a library, turned into the input's problem: one odd page must
// not bring down the import of ten thousand.
func prepareSafely(tagger *dates.Tagger, in input, m Mapping) (out []prepared) {
	defer func() {
		if r := recover(); r != nil {
			text := strings.Join(strings.Fields(fmt.Sprint(r)), " ")
			out = []prepared{{problem: because(keyInternal, args("Panic", text),
				"internal error on this file (a bug in Dossier; please report it): %s", text)}}
		}
	}()
	return prepare(tagger, in, m)
}

func prepare(tagger *dates.Tagger, in input, m Mapping) []prepared {
	data, r := readInput(in)
	if r != nil {
		return []prepared{{problem: r}}
	}
	items := extract(tagger, in, data, m)
	out := make([]prepared, len(items))
	for i, f := range items {
		out[i] = prepared{line: f.line, problem: f.problem}
		if f.article != nil {
			out[i] = finish(f.article, f.line)
		}
	}
	return out
}

// extract reads the articles of one input in its format.
func extract(tagger *dates.Tagger, in input, data []byte, m Mapping) []found {
	switch in.format {
	case formatPage:
		a, r := page(tagger, data)
		return []found{{article: a, problem: r}}
	case formatFeed:
		if looksLikePage(data) {
			a, r := page(tagger, data)
			return []found{{article: a, problem: r}}
		}
		return feed(data)
	case formatCSV, formatTSV:
		return table(data, m, in.format == formatTSV)
	case formatJSONL:
		return jsonLines(data, m)
	case formatJSON:
		if trimmed := strings.TrimSpace(string(data[:min(len(data), 64)])); strings.HasPrefix(trimmed, "{") {
			return jsonLines(data, m)
		}
		return jsonArray(data, m)
	}
	return []found{{problem: because(keyFormat, nil, "not a format Dossier imports")}}
}

// looksLikePage tells an XHTML page saved as .xml from a feed: its root
// element, among the first kilobytes, is html rather than rss, feed or RDF.
func looksLikePage(data []byte) bool {
	head := strings.ToLower(string(data[:min(len(data), 4096)]))
	page := strings.Index(head, "<html")
	if page < 0 {
		return false
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if i := strings.Index(head, root); i >= 0 && i < page {
			return false
		}
	}
	return true
}

// finish renders an article in Dossier's format and reads the result back
// with corpus.Parse, the reader Dossier opens it with: what is written is
// then known to open, and its id and keys are those of what it says.
func finish(a *article, line int) prepared {
	data := a.render()
	doc, err := corpus.Parse("import.txt", data)
	if err != nil {
		return prepared{line: line, problem: because(keyInternal, args("Panic", err.Error()),
			"internal error: the article written for this does not read back (a bug in Dossier; please report it): %v", err)}
	}
	p := prepared{line: line, data: data, urlKey: canonicalURL(doc.URL)}
	p.textKey = textKey(&article{Paragraphs: doc.Paragraphs})
	for _, para := range doc.Paragraphs {
		p.textSize += len(para.Text)
	}
	p.id = articleID(a, p.urlKey, p.textKey)
	return p
}

// readInput reads one input whole, within the limit for its format.
func readInput(in input) ([]byte, *reason) {
	limit := int64(maxTableSize)
	if in.format == formatPage {
		limit = maxPageSize
	}
	f, err := os.Open(in.path)
	if err != nil {
		return nil, unreadable(err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > limit {
		return nil, tooLarge(info.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, unreadable(err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(int64(len(data)), limit)
	}
	return data, nil
}

func tooLarge(size, limit int64) *reason {
	l := fmt.Sprintf("%d MiB", limit>>20)
	return because(keyTooLarge, args("Size", size, "Limit", l), "the file is %d bytes, over the %s limit", size, l)
}
