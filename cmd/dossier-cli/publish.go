package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"

	"dossier/corpus/dossier"
	"dossier/wasm"
)

// publishJSON is what `publish --json` prints.
type publishJSON struct {
	Out      string `json:"out"`
	Articles int    `json:"articles"`
	Bytes    int64  `json:"bytes"`   // the dossier's size
	Dossier  string `json:"dossier"` // its hashed file name in out
}

func runPublish(e *env, args []string) int {
	fs := newFlags(e, "publish")
	out := fs.String("out", "", "write the site into `DIR` (required): a new or empty folder, or an earlier publish, which is replaced")
	shellDir := fs.String("shell", "", "the web build to publish with, as make web-build writes it (`DIR`); default: the one beside dossier-cli, else build/web of the repository")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parseArgs(e, fs, args, 1, 1)
	if !ok {
		return code
	}
	if *out == "" {
		fmt.Fprintln(e.stderr, "dossier-cli publish: --out DIR is required")
		fs.Usage()
		return exitUsage
	}
	path := pos[0]
	shell, err := findShell(*shellDir)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli publish: %v\n", err)
		return exitProblems
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	articles, err := dossier.Check(ctx, path)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli publish: %v\n", err)
		return exitProblems
	}
	site, err := wasm.Publish(*out, shell, path, "")
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli publish: %v\n", err)
		return exitProblems
	}
	if *asJSON {
		return writeJSON(e, publishJSON{Out: site.Dir, Articles: articles, Bytes: site.Dossier.Size, Dossier: site.Dossier.File})
	}
	fmt.Fprintf(e.stdout, "%s: %s with %d %s (%s, %.1f MB), ready for any static host\n", site.Dir, site.Dossier.File,
		articles, plural(articles, "article", "articles"), site.Dossier.Name, float64(site.Dossier.Size)/1e6)
	return exitOK
}

// findShell finds the prebuilt web build to publish with: the one named, else
// one that comes with dossier-cli (the release archive's layout, or an
// install's), else the repository's build/web when run from the repository.
func findShell(named string) (string, error) {
	if named != "" {
		if _, err := wasm.ReadShell(named); err != nil {
			return "", err
		}
		return named, nil
	}
	var candidates []string
	if exe, err := os.Executable(); err == nil {
		if resolved, err := filepath.EvalSymlinks(exe); err == nil {
			exe = resolved
		}
		candidates = append(candidates, shellsBeside(filepath.Dir(exe))...)
	}
	if data := os.Getenv("XDG_DATA_HOME"); data != "" {
		candidates = append(candidates, filepath.Join(data, "dossier", "web"))
	} else if home, err := os.UserHomeDir(); err == nil {
		candidates = append(candidates, filepath.Join(home, ".local", "share", "dossier", "web"))
	}
	if root, ok := repositoryRoot(); ok {
		candidates = append(candidates, filepath.Join(root, "build", "web"))
	}
	for _, dir := range candidates {
		if _, err := os.Stat(filepath.Join(dir, wasm.ShellFile)); err == nil {
			if _, err := wasm.ReadShell(dir); err != nil {
				return "", err
			}
			return dir, nil
		}
	}
	return "", errors.New("no web build to publish with: none beside dossier-cli (share/dossier/web in the release archive) " +
		"nor in build/web; run make web-build in the repository, or give one with --shell DIR")
}

// shellsBeside lists where a web build lies for a dossier-cli in bin: the
// release archive and an install put it in ../share/dossier/web, a folder
// of binaries may hold it as web/.
func shellsBeside(bin string) []string {
	return []string{filepath.Join(bin, "web"), filepath.Join(bin, "..", "share", "dossier", "web")}
}

// repositoryRoot finds Dossier's repository above the working folder: the
// folder whose go.mod declares module dossier.
func repositoryRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && isDossierModule(data) {
			return dir, true
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

func isDossierModule(goMod []byte) bool {
	for line := range bytes.Lines(goMod) {
		if string(bytes.TrimSpace(line)) == "module dossier" {
			return true
		}
	}
	return false
}
