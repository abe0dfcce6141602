package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"time"

	"dossier/corpus/dossier"
)

// packJSON is what `pack --json` prints.
type packJSON struct {
	Out      string        `json:"out"`
	Articles int           `json:"articles"`
	Bytes    int64         `json:"bytes"`
	Seconds  float64       `json:"seconds"`
	Problems []problemJSON `json:"problems"`
}

func runPack(e *env, args []string) int {
	fs := newFlags(e, "pack")
	out := fs.String("o", "", "write the dossier to `FILE` (required; "+dossier.Extension+" is added when it has no extension)")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parseArgs(e, fs, args, 1, 1)
	if !ok {
		return code
	}
	if *out == "" {
		fmt.Fprintln(e.stderr, "dossier-cli pack: -o FILE is required")
		fs.Usage()
		return exitUsage
	}
	dir, path := pos[0], *out
	if !strings.Contains(path[strings.LastIndex(path, "/")+1:], ".") {
		path += dossier.Extension
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		fmt.Fprintf(e.stderr, "dossier-cli pack: %s is not a folder of articles\n", dir)
		return exitProblems
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	articles, problems, err := dossier.Pack(ctx, dir, path, dossier.PackOptions{})
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli pack: %v\n", err)
		return exitProblems
	}
	took := time.Since(start)
	info, err := os.Stat(path)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli pack: %v\n", err)
		return exitProblems
	}
	report := packJSON{Out: path, Articles: articles, Bytes: info.Size(), Seconds: took.Seconds(), Problems: problemsJSON(problems)}
	if *asJSON {
		if code := writeJSON(e, report); code != exitOK {
			return code
		}
	} else {
		for _, p := range problems {
			fmt.Fprintf(e.stderr, "warning: %v (left out)\n", p)
		}
		fmt.Fprintf(e.stdout, "%s: %d %s, %.1f MB, packed in %.1f s\n", path, articles, plural(articles, "article", "articles"),
			float64(info.Size())/1e6, took.Seconds())
	}
	if len(problems) > 0 {
		return exitProblems
	}
	return exitOK
}
