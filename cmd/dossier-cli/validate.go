package main

import (
	"context"
	"fmt"

	"dossier/corpus"
	"dossier/corpus/dossier"
)

func runValidate(e *env, args []string) int {
	fs := newFlags(e, "validate")
	pos, code, ok := parseArgs(e, fs, args, 1, 1)
	if !ok {
		return code
	}
	dir := pos[0]
	if isDossier(dir) {
		n, err := dossier.Check(context.Background(), dir)
		if err != nil {
			fmt.Fprintln(e.stdout, err)
			return exitProblems
		}
		fmt.Fprintf(e.stdout, "%s: %d %s, all good\n", dir, n, plural(n, "article", "articles"))
		return exitOK
	}
	c, problems, err := corpus.LoadDir(context.Background(), dir, corpus.LoadOptions{})
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli validate: %v\n", err)
		return exitProblems
	}
	for _, p := range problems {
		fmt.Fprintln(e.stdout, p)
	}
	bad := badFiles(problems)
	switch {
	case len(problems) == 0 && c.Len() == 0:
		fmt.Fprintf(e.stdout, "%s: no article files (*.txt) found\n", dir)
		return exitProblems
	case len(problems) == 0:
		fmt.Fprintf(e.stdout, "%s: %d %s, all good\n", dir, c.Len(), plural(c.Len(), "article", "articles"))
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%s: %d %s read, %d %s with problems\n", dir,
		c.Len(), plural(c.Len(), "article", "articles"), bad, plural(bad, "file", "files"))
	return exitProblems
}

func badFiles(problems []corpus.Problem) int {
	seen := map[string]bool{}
	for _, p := range problems {
		seen[p.Path] = true
	}
	return len(seen)
}
