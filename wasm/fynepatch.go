package wasm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The web build compiles Fyne with a few of its files changed and a few
// added, for speed in the browser: one text shaper kept, shapes and glyphs
// drawn from caches (fyneshaper.go), the window drawn once a browser frame
// (fyneframes.go), icons recoloured and parsed once (fynesvg.go). The go
// command refuses -overlay for files in the module cache, so the build
// replaces Fyne by a tree of its files with those changed, made from the
// module's own files at build time: nothing of Fyne is copied into the
// repository, and a Fyne whose files no longer have what a change expects
// fails the build with a message saying so.
const fyneModule = "fyne.io/fyne/v2"

// fyneChanges are the files of Fyne the web build changes, by their path
// in the module, with what changes each.
var fyneChanges = map[string]func(src string) (string, error){
	fynePainterFile: patchFyneShaper,
	fyneLoopFile:    patchFyneLoop,
	fyneSVGFile:     patchFyneSVG,
}

// fyneAdditions are the files the web build adds to Fyne, by their path in
// the module, with their source.
func fyneAdditions() (map[string]string, error) {
	added := map[string]string{}
	for _, files := range []func() (map[string]string, error){fyneGlyphs, fyneFrames, fyneSVGCache} {
		some, err := files()
		if err != nil {
			return nil, err
		}
		for path, src := range some {
			added[path] = src
		}
	}
	return added, nil
}

// asFyneFile is one of the project's packages written to be compiled into
// Fyne's package pkg (wasm/fyneglyphs, wasm/fyneframes, wasm/fynesvg): its source with
// its package clause changed.
func asFyneFile(src, name, ours, pkg string) (string, error) {
	clause, lines := "\npackage "+ours+"\n", "\n"+src
	if strings.Count(lines, clause) != 1 {
		return "", fmt.Errorf("%s does not say %q once", name, strings.TrimSpace(clause))
	}
	return strings.Replace(lines, clause, "\npackage "+pkg+"\n", 1)[1:], nil
}

// replaceEach is src, a file of Fyne at path, with the first line of each
// change replaced by its second; an error, naming the line and the file of
// ours to review, when src does not have each first line exactly once.
func replaceEach(src, path, review string, changes [][2]string) (string, error) {
	for _, change := range changes {
		if strings.Count(src, change[0]) != 1 {
			return "", fmt.Errorf("%s of %s no longer has %q as Dossier's web build expects: review %s", path, fyneModule, strings.TrimSpace(change[0]), review)
		}
	}
	for _, change := range changes {
		src = strings.Replace(src, change[0], change[1], 1)
	}
	return src, nil
}

// patchedFyneFiles is every file the web build changes in or adds to the
// Fyne module at moduleDir, by its path in the module.
func patchedFyneFiles(moduleDir string) (map[string]string, error) {
	files, err := fyneAdditions()
	if err != nil {
		return nil, err
	}
	for path, change := range fyneChanges {
		src, err := os.ReadFile(filepath.Join(moduleDir, filepath.FromSlash(path)))
		if err != nil {
			return nil, err
		}
		if files[path], err = change(string(src)); err != nil {
			return nil, err
		}
	}
	return files, nil
}

// fyneModfile makes the go command build the module in dir with Fyne's
// files patched, and returns the build flag that does it: a copy of the
// module's go.mod and go.sum in tmp that replaces Fyne by a patched tree
// (see patchedFyne); none when the module does not use Fyne.
func fyneModfile(ctx context.Context, dir string, environ []string, tmp string) ([]string, error) {
	listed, err := goCommand(ctx, dir, environ, "list", "-m", "-f", "{{.Dir}} {{.Version}} {{.GoMod}}", fyneModule)
	if err != nil {
		return nil, nil // not a Fyne app
	}
	fields := strings.Fields(listed)
	if len(fields) != 3 {
		return nil, nil
	}
	moduleDir, version := fields[0], fields[1]
	mainMod, err := goCommand(ctx, dir, environ, "env", "GOMOD")
	if err != nil {
		return nil, err
	}
	mainMod = strings.TrimSpace(mainMod)
	tree, err := patchedFyne(moduleDir, version)
	if err != nil {
		return nil, err
	}
	gomod, err := os.ReadFile(mainMod)
	if err != nil {
		return nil, err
	}
	gomod = append(gomod, fmt.Sprintf("\nreplace %s => %s\n", fyneModule, tree)...)
	modfile := filepath.Join(tmp, "go.mod")
	if err := os.WriteFile(modfile, gomod, 0o644); err != nil {
		return nil, err
	}
	if sum, err := os.ReadFile(strings.TrimSuffix(mainMod, ".mod") + ".sum"); err == nil {
		if err := os.WriteFile(filepath.Join(tmp, "go.sum"), sum, 0o644); err != nil {
			return nil, err
		}
	}
	return []string{"-modfile=" + modfile}, nil
}

// patchedFyne is a tree of the Fyne module at moduleDir with the web
// build's files changed and added: the module cache's files (hard links
// where the file system allows; go:embed takes no symbolic links) but for
// those, kept in the user's cache under a name of the version and the
// patch, so that builds after the first find it and the go command's build
// cache knows it.
func patchedFyne(moduleDir, version string) (string, error) {
	files, err := patchedFyneFiles(moduleDir)
	if err != nil {
		return "", err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	paths := make([]string, 0, len(files))
	for path := range files {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	hash := sha256.New()
	for _, path := range paths {
		fmt.Fprintf(hash, "%s\x00%d\x00%s", path, len(files[path]), files[path])
	}
	sum := hash.Sum(nil)
	tree := filepath.Join(cache, "dossier-web", "fyne@"+version+"-"+hex.EncodeToString(sum[:6]))
	if _, err := os.Stat(tree); err == nil {
		return tree, nil
	}
	if err := os.MkdirAll(filepath.Dir(tree), 0o755); err != nil {
		return "", err
	}
	building, err := os.MkdirTemp(filepath.Dir(tree), ".fyne-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(building)
	err = filepath.WalkDir(moduleDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(moduleDir, path)
		target := filepath.Join(building, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case files[filepath.ToSlash(rel)] != "":
			return nil // written below
		default:
			return linkOrCopy(path, target)
		}
	})
	for _, path := range paths {
		if err != nil {
			break
		}
		err = os.WriteFile(filepath.Join(building, filepath.FromSlash(path)), []byte(files[path]), 0o644)
	}
	if err != nil {
		return "", err
	}
	if err := os.Rename(building, tree); err != nil && !errors.Is(err, fs.ErrExist) {
		if _, statErr := os.Stat(tree); statErr != nil { // another build made it meanwhile
			return "", err
		}
	}
	return tree, nil
}
