package wasm

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Fyne 2.7.1's painter shapes every text it measures or draws with a new
// text shaper (internal/painter/font.go, walkString), and a new shaper
// builds the font's lookup tables and shaping plan again: the first frame
// draws hundreds of texts, and in the browser that was the largest part of
// its painting after Dossier's own measuring was fixed (gui/textwidth.go).
// The web build therefore compiles Fyne with that one line changed: one
// shaper is kept. The go command refuses -overlay for files in the module
// cache, so the build replaces Fyne by a tree of its files with the one
// changed (see fyneModfile), made from the module's own file at build time:
// nothing of Fyne is copied into the repository, and a Fyne whose painter no
// longer has the line fails the build with a message saying so.
const (
	fyneModule      = "fyne.io/fyne/v2"
	fynePainterFile = "internal/painter/font.go"
	fyneNewShaper   = "\tshaper := &shaping.HarfbuzzShaper{}\n"
	fyneKeptShaper  = "\tdossierShaperLock.Lock()\n\tdefer dossierShaperLock.Unlock()\n\tshaper := &dossierShaper\n"
	fyneShaperVar   = `
// dossierShaper is the one text shaper of the painter, kept with the lookup
// tables it built from one text to the next (added by Dossier's web build:
// see its wasm/fyneshaper.go). A sync.Pool would not do: the collector
// empties pools, and the start-up collects often.
var (
	dossierShaperLock sync.Mutex
	dossierShaper     shaping.HarfbuzzShaper
)
`
)

// The painter's DrawString also has its glyphs drawn from a cache
// (fyneglyphs/glyphs.go, added to the painter as fyneGlyphsFile): go-text's
// renderer rasterises each glyph's outline again in every text.
const (
	fyneRunDrawn    = "\t\tr.DrawShapedRunAt(run, dst, int(x), y)\n"
	fyneRunFromKept = "\t\tdossierDrawRun(&r, run, dst, int(x), y)\n"
	fyneGlyphsFile  = "internal/painter/dossier_glyphs.go"
)

//go:embed fyneglyphs/glyphs.go
var fyneGlyphsSource string

// patchFyneShaper is the painter's source with one shaper kept and its runs
// drawn from the glyph cache.
func patchFyneShaper(src string) (string, error) {
	if strings.Count(src, fyneNewShaper) != 1 || !strings.Contains(src, "\n\t\"sync\"\n") || strings.Count(src, fyneRunDrawn) != 1 {
		return "", fmt.Errorf("%s of %s no longer makes one shaper a text and draws its runs as Dossier's web build expects: review wasm/fyneshaper.go", fynePainterFile, fyneModule)
	}
	src = strings.Replace(src, fyneRunDrawn, fyneRunFromKept, 1)
	return strings.Replace(src, fyneNewShaper, fyneKeptShaper, 1) + fyneShaperVar, nil
}

// fyneGlyphs is the glyph cache as a file of Fyne's painter.
func fyneGlyphs() (string, error) {
	const ours, theirs = "\npackage fyneglyphs\n", "\npackage painter\n"
	if strings.Count(fyneGlyphsSource, ours) != 1 {
		return "", fmt.Errorf("wasm/fyneglyphs/glyphs.go does not say %q once", strings.TrimSpace(ours))
	}
	return strings.Replace(fyneGlyphsSource, ours, theirs, 1), nil
}

// fyneModfile makes the go command build the module in dir with Fyne's
// painter keeping its text shapers, and returns the build flag that does
// it: a copy of the module's go.mod and go.sum in tmp that replaces Fyne by
// a patched tree (see patchedFyne); none when the module does not use Fyne.
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

// patchedFyne is a tree of the Fyne module at moduleDir with the painter
// patched: the module cache's files (hard links where the file system
// allows; go:embed takes no symbolic links) but for the one file, kept in
// the user's cache under a name of the version and the patch, so that
// builds after the first find it and the go command's build cache knows it.
func patchedFyne(moduleDir, version string) (string, error) {
	src, err := os.ReadFile(filepath.Join(moduleDir, filepath.FromSlash(fynePainterFile)))
	if err != nil {
		return "", err
	}
	patched, err := patchFyneShaper(string(src))
	if err != nil {
		return "", err
	}
	glyphs, err := fyneGlyphs()
	if err != nil {
		return "", err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(patched + glyphs))
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
		case filepath.ToSlash(rel) == fynePainterFile:
			return os.WriteFile(target, []byte(patched), 0o644)
		default:
			return linkOrCopy(path, target)
		}
	})
	if err == nil {
		err = os.WriteFile(filepath.Join(building, filepath.FromSlash(fyneGlyphsFile)), []byte(glyphs), 0o644)
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
