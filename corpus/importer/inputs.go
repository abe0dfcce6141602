package importer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"dossier/corpus"
)

// format is the kind of file an input is.
type format int

const (
	formatUnknown format = iota
	formatPage           // .html .htm .xhtml .shtml
	formatFeed           // .rss .atom .feed .rdf, and .xml that holds a feed
	formatCSV            // .csv
	formatTSV            // .tsv
	formatJSONL          // .jsonl .ndjson
	formatJSON           // .json: an array of objects, or one object
)

// formatOf is the format an input's extension names; .xml is decided by
// its content (see sniffXML).
func formatOf(path string) format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return formatPage
	case ".rss", ".atom", ".feed", ".rdf", ".xml":
		return formatFeed
	case ".csv":
		return formatCSV
	case ".tsv":
		return formatTSV
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".json":
		return formatJSON
	}
	return formatUnknown
}

// input is one file to import.
type input struct {
	path   string // as the report names it: the source, joined with the path below it
	format format
}

// collectInputs lists the files to import from sources, files or folders,
// sorted by path, each once. In a folder, read recursively:
//   - files whose extension names no format (images, style sheets, .txt
//     articles) are passed over without a word, as are hidden files and
//     folders (a name starting with ".") and the out folder;
//   - the folder a browser saves beside a page ("page_files", or
//     "page_bestanden" in Dutch) is passed over when the page is there, so
//     that the adverts and frames saved with it are not taken for articles;
//   - symbolic links to files are followed, links to folders are not (so
//     that no link can lead the walk in a circle).
//
// A source named on its own that does not exist, or whose extension names
// no format, is reported.
func collectInputs(sources []string, out string) ([]input, []corpus.Problem) {
	var inputs []input
	var problems []corpus.Problem
	seen := map[string]bool{}
	outAbs, _ := filepath.Abs(out)
	add := func(path string, f format) {
		abs, err := filepath.Abs(path)
		if err != nil {
			abs = path
		}
		if !seen[abs] {
			seen[abs] = true
			inputs = append(inputs, input{path: path, format: f})
		}
	}
	for _, src := range sources {
		info, err := os.Stat(src)
		if err != nil {
			problems = append(problems, unreadable(err).at(corpus.QuotePath(src), 0))
			continue
		}
		if !info.IsDir() {
			f := formatOf(src)
			if f == formatUnknown {
				problems = append(problems, because(keyFormat, nil,
					"not a format Dossier imports (web pages .html/.htm, feeds .rss/.atom/.xml, tables .csv/.tsv/.jsonl/.json)").at(corpus.QuotePath(src), 0))
				continue
			}
			add(src, f)
			continue
		}
		err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, unreadable(err).at(corpus.QuotePath(path), 0))
				return nil
			}
			if path == src {
				return nil
			}
			name := d.Name()
			if strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if abs, err := filepath.Abs(path); err == nil && abs == outAbs || savedPageFolder(path) {
					return fs.SkipDir
				}
				return nil
			}
			f := formatOf(name)
			if f == formatUnknown {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			add(path, f)
			return nil
		})
		if err != nil {
			problems = append(problems, unreadable(err).at(corpus.QuotePath(src), 0))
		}
	}
	slices.SortFunc(inputs, func(a, b input) int { return strings.Compare(a.path, b.path) })
	return inputs, problems
}

// savedPageFolder reports whether dir is the folder of files a browser
// saved beside a page: "name_files" (or Firefox's Dutch "name_bestanden")
// next to name.html or name.htm.
func savedPageFolder(dir string) bool {
	base := filepath.Base(dir)
	stem, ok := strings.CutSuffix(base, "_files")
	if !ok {
		if stem, ok = strings.CutSuffix(base, "_bestanden"); !ok {
			return false
		}
	}
	parent := filepath.Dir(dir)
	for _, ext := range []string{".html", ".htm", ".xhtml", ".shtml"} {
		if info, err := os.Stat(filepath.Join(parent, stem+ext)); err == nil && info.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// unreadable is the reason of a file or folder the system would not let
// the importer read.
func unreadable(err error) *reason {
	reason := corpus.OSReason(err)
	text := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		text = pe.Err.Error()
	}
	return because(keyUnreadable, args("Reason", reason), "cannot read: %s", text)
}
