package main

import (
	"context"
	"fmt"

	"dossier/corpus/gen"
)

func runGen(e *env, args []string) int {
	fs := newFlags(e, "gen")
	docs := fs.Int("docs", 0, "how many articles to write (`N`, required)")
	seed := fs.Uint64("seed", 1, "the random `seed`: the same seed writes the same files")
	out := fs.String("out", "", "the `DIR` to write into (created if needed; required)")
	if _, code, ok := parseArgs(e, fs, args, 0, 0); !ok {
		return code
	}
	if *docs < 1 || *out == "" {
		fmt.Fprintln(e.stderr, "dossier-cli gen: --docs N (at least 1) and --out DIR are required")
		fs.Usage()
		return exitUsage
	}
	if err := gen.WriteDir(context.Background(), *out, *docs, *seed); err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli gen: %v\n", err)
		return exitProblems
	}
	fmt.Fprintf(e.stdout, "wrote %d %s to %s (seed %d)\n", *docs, plural(*docs, "article", "articles"), *out, *seed)
	return exitOK
}
