package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

// quickItemJSON is one line of `open --json`.
type quickItemJSON struct {
	Kind     string   `json:"kind"` // article, country or organization
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Spans    [][2]int `json:"spans"` // rune offsets into label
	Articles int      `json:"articles"`
}

// runOpen is the app's quick-open palette (Ctrl+P) on the command line:
// library.QuickOpen, its rules and its ranking.
func runOpen(e *env, args []string) int {
	fs := newFlags(e, "open")
	dir := fs.String("corpus", "", corpusUsage)
	lang := fs.String("lang", "nl", "name places in `LANG` (nl or en) first")
	limit := fs.Int("limit", 20, "show at most `N` items")
	asJSON := fs.Bool("json", false, "print JSON")
	words, code, ok := parseArgs(e, fs, args, 0, -1)
	if !ok {
		return code
	}
	if *limit < 1 {
		fmt.Fprintf(e.stderr, "dossier-cli open: --limit must be at least 1\n")
		return exitUsage
	}
	if *lang != "nl" && *lang != "en" {
		fmt.Fprintf(e.stderr, "dossier-cli open: --lang must be nl or en\n")
		return exitUsage
	}
	lib, ok := openLibrary(e, *dir)
	if !ok {
		return exitProblems
	}
	pattern := strings.Join(words, " ")
	items := lib.QuickOpen(pattern, *lang, *limit)
	if *asJSON {
		out := make([]quickItemJSON, 0, len(items))
		for _, it := range items {
			kind := "article"
			if it.Kind != 0 {
				kind = it.Kind.String()
			}
			spans := it.Spans
			if spans == nil {
				spans = [][2]int{}
			}
			out = append(out, quickItemJSON{Kind: kind, ID: it.ID, Label: it.Label, Spans: spans, Articles: it.Articles})
		}
		return writeJSON(e, out)
	}
	if len(items) == 0 {
		fmt.Fprintf(e.stdout, "Nothing matches %q.\n", pattern)
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	for _, it := range items {
		if it.Kind == 0 {
			fmt.Fprintf(tw, "article\t%s\t%s\t%s\n", it.ID, it.Doc.Date, mark(it.Label, it.Spans))
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%d %s\t%s\n", it.Kind, it.ID, it.Articles, plural(it.Articles, "article", "articles"), mark(it.Label, it.Spans))
	}
	tw.Flush()
	return exitOK
}
