package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"dossier/corpus"
	"dossier/corpus/importer"
)

// importJSON is the shape of `import --json`.
type importJSON struct {
	Written    int               `json:"written"`
	Files      []string          `json:"files"`
	Duplicates []importDuplicate `json:"duplicates"`
	Problems   []problemJSON     `json:"problems"`
}

type importDuplicate struct {
	Path string `json:"path"`
	Line int    `json:"line"` // 0 for a whole file
	Of   string `json:"of"`
	By   string `json:"by"` // "url" or "text"
}

// problemJSON is a file that could not be read, in the JSON of import and
// pack.
type problemJSON struct {
	Path    string `json:"path"`
	Line    int    `json:"line"` // 0 for a whole file
	Message string `json:"message"`
}

// problemsJSON lists problems as JSON gives them, [] for none.
func problemsJSON(problems []corpus.Problem) []problemJSON {
	out := make([]problemJSON, len(problems))
	for i, p := range problems {
		out[i] = problemJSON{Path: p.Path, Line: p.Line, Message: p.Message}
	}
	return out
}

func runImport(e *env, args []string) int {
	fs := newFlags(e, "import")
	out := fs.String("out", "", "write the article files into `DIR` (created if needed; required)")
	mapping := fs.String("map", "", "the columns of CSV and JSON Lines inputs, as `field=COLUMN,...` (fields date, title, text, source, url)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	sources, code, ok := parseArgs(e, fs, args, 1, int(^uint(0)>>1))
	if !ok {
		return code
	}
	if *out == "" {
		fmt.Fprintln(e.stderr, "dossier-cli import: --out DIR is required")
		fs.Usage()
		return exitUsage
	}
	m, err := importer.ParseMapping(*mapping)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli import: --map: %v\n", err)
		return exitUsage
	}

	// Ctrl-C stops the import; every file written by then is whole.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	bar := newProgressBar(e.stderr)
	report, err := importer.Import(ctx, sources, *out, importer.Options{Mapping: m, Progress: bar.show})
	bar.clear()
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(e.stderr, "dossier-cli import: cancelled; the article files written until then are whole")
		return exitProblems
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli import: %v\n", err)
		return exitProblems
	}

	if *asJSON {
		if code := printImportJSON(e, report); code != exitOK {
			return code
		}
	} else {
		printImportReport(e.stdout, report, *out)
	}
	if len(report.Problems) > 0 {
		return exitProblems
	}
	return exitOK
}

func printImportJSON(e *env, r importer.Report) int {
	j := importJSON{Written: len(r.Written), Files: r.Written, Duplicates: []importDuplicate{}}
	if j.Files == nil {
		j.Files = []string{}
	}
	for _, d := range r.Duplicates {
		j.Duplicates = append(j.Duplicates, importDuplicate{Path: d.Path, Line: d.Line, Of: d.Of, By: d.By})
	}
	j.Problems = problemsJSON(r.Problems)
	return writeJSON(e, j)
}

// printImportReport prints each problem as "path: reason" or
// "path:line: reason", each duplicate likewise, and a summary line.
func printImportReport(w io.Writer, r importer.Report, out string) {
	for _, p := range r.Problems {
		fmt.Fprintln(w, p)
	}
	for _, d := range r.Duplicates {
		where := d.Path
		if d.Line > 0 {
			where = fmt.Sprintf("%s:%d", d.Path, d.Line)
		}
		fmt.Fprintf(w, "%s: duplicate (same %s) of %s, not written again\n", where, d.By, d.Of)
	}
	fmt.Fprintf(w, "%s: %d %s", out, len(r.Written), plural(len(r.Written), "article", "articles"))
	if len(r.Duplicates) > 0 {
		fmt.Fprintf(w, ", %d %s", len(r.Duplicates), plural(len(r.Duplicates), "duplicate", "duplicates"))
	}
	if len(r.Problems) > 0 {
		fmt.Fprintf(w, ", %d %s", len(r.Problems), plural(len(r.Problems), "problem", "problems"))
	}
	fmt.Fprintln(w)
}

// progressBar draws one line on a terminal, redrawn in place:
//
//	reading   [==========>         ]  5,120 of 10,000
//
// On anything else (a file, a pipe, a test's buffer) it draws nothing.
type progressBar struct {
	w     io.Writer
	last  time.Time
	drawn bool
}

func newProgressBar(w io.Writer) *progressBar {
	if f, ok := w.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			return &progressBar{w: w}
		}
	}
	return &progressBar{}
}

const barWidth = 30

func (b *progressBar) show(stage importer.Stage, done, total int) {
	if b.w == nil || total == 0 {
		return
	}
	// A redraw at most every 100 ms, and the last one of each stage.
	now := time.Now()
	if now.Sub(b.last) < 100*time.Millisecond && done < total {
		return
	}
	b.last = now
	label := "reading"
	if stage == importer.StageWrite {
		label = "writing"
	}
	filled := barWidth * done / total
	arrow := ""
	if filled < barWidth {
		arrow = ">"
	}
	fmt.Fprintf(b.w, "\r%-8s [%s%s%s] %s of %s ", label, strings.Repeat("=", filled), arrow,
		strings.Repeat(" ", max(barWidth-filled-len(arrow), 0)), thousands(done), thousands(total))
	b.drawn = true
}

// clear wipes the bar's line, so the report starts on a clean one.
func (b *progressBar) clear() {
	if b.drawn {
		fmt.Fprintf(b.w, "\r%s\r", strings.Repeat(" ", barWidth+40))
	}
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
