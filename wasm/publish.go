package wasm

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Site is a folder written by Publish.
type Site struct {
	Dir     string
	Version string    // the build's version, in the worker's cache name
	Dossier Published // the dossier the page opens
	Files   []string  // every file in the folder, sorted
}

// ErrNoShell is the error of Publish for a shell folder that is not a web
// build of Assemble.
var ErrNoShell = errors.New("not a web build of Dossier (no " + ShellFile + "; make web-build writes one)")

// Publish writes into out a site that any static host can serve: the web
// build in shellDir (as Assemble wrote it) with the dossier file at
// dossierPath as the collection its page opens at start, under a hashed
// name. name is what the reader sees of the dossier; the file's own name
// when empty. The page and the service worker are made anew for the site:
// the worker stores the dossier with the build, so the site works offline,
// and a new publish has a new worker, which drops the old dossier.
//
// The folder is written beside out and renamed into place when whole, so a
// publish that fails leaves out as it was. out must be missing, an empty
// folder or an earlier publish (a folder with ShellFile and PageFile):
// anything else is refused rather than replaced. Publish does not check the
// dossier; the caller does (dossier.Check).
func Publish(out, shellDir, dossierPath, name string) (Site, error) {
	sh, err := ReadShell(shellDir)
	if err != nil {
		return Site{}, err
	}
	if name == "" {
		name = filepath.Base(dossierPath)
	}
	if err := checkTarget(out); err != nil {
		return Site{}, err
	}
	parent := filepath.Dir(filepath.Clean(out))
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(filepath.Clean(out))+".tmp-")
	if err != nil {
		return Site{}, fmt.Errorf("publish: %w", err)
	}
	site, err := writeSite(tmp, shellDir, sh, dossierPath, name)
	if err == nil {
		err = replaceDir(tmp, out)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return Site{}, fmt.Errorf("publish: %w", err)
	}
	site.Dir = out
	return site, nil
}

// ReadShell reads the description of the web build in dir and checks that
// every file it names is there.
func ReadShell(dir string) (Shell, error) {
	data, err := os.ReadFile(filepath.Join(dir, ShellFile))
	if errors.Is(err, fs.ErrNotExist) {
		return Shell{}, fmt.Errorf("%s: %w", dir, ErrNoShell)
	}
	if err != nil {
		return Shell{}, err
	}
	var sh Shell
	if err := json.Unmarshal(data, &sh); err != nil {
		return Shell{}, fmt.Errorf("%s: %v", filepath.Join(dir, ShellFile), err)
	}
	if sh.Wasm == "" || sh.WasmExec == "" || sh.Loader == "" || len(sh.Icons) != len(iconSizes) {
		return Shell{}, fmt.Errorf("%s: incomplete description of a web build", filepath.Join(dir, ShellFile))
	}
	for _, name := range sh.Files {
		if !IsHashed(name) || name != filepath.Base(name) {
			return Shell{}, fmt.Errorf("%s: names %q, which is no file of a web build", filepath.Join(dir, ShellFile), name)
		}
		if info, err := os.Stat(filepath.Join(dir, name)); err != nil || !info.Mode().IsRegular() {
			return Shell{}, fmt.Errorf("%s: the web build lacks %s", dir, name)
		}
	}
	// The page names these: each must be one of the files copied.
	for _, name := range append([]string{sh.Wasm, sh.WasmExec, sh.Loader}, sh.Icons...) {
		if !slices.Contains(sh.Files, name) {
			return Shell{}, fmt.Errorf("%s: names %q, which is not among its files", filepath.Join(dir, ShellFile), name)
		}
	}
	return sh, nil
}

// checkTarget refuses an out that Publish may not replace.
func checkTarget(out string) error {
	info, err := os.Stat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%s: is a file, not a folder", out)
	}
	entries, err := os.ReadDir(out)
	if err != nil || len(entries) == 0 {
		return err
	}
	for _, name := range []string{ShellFile, PageFile} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			return fmt.Errorf("%s: is not empty and holds no earlier publish; choose another folder or empty it", out)
		}
	}
	return nil
}

// writeSite fills the new folder dir.
func writeSite(dir, shellDir string, sh Shell, dossierPath, name string) (Site, error) {
	if err := os.Chmod(dir, 0o755); err != nil {
		return Site{}, err
	}
	for _, file := range sh.Files {
		if err := linkOrCopy(filepath.Join(shellDir, file), filepath.Join(dir, file)); err != nil {
			return Site{}, err
		}
	}
	base := filepath.Base(dossierPath)
	pub, err := copyHashed(dossierPath, dir, slug(strings.TrimSuffix(base, filepath.Ext(base))))
	if err != nil {
		return Site{}, err
	}
	pub.Name = name

	w := &buildWriter{dir: dir}
	for _, file := range sh.Files {
		w.record(file, nil)
	}
	w.record(pub.File, nil)
	description, err := json.MarshalIndent(sh, "", "  ")
	if err != nil {
		return Site{}, err
	}
	w.plain(ShellFile, description)
	version, _, err := writeFront(w, sh, &pub)
	if err == nil {
		err = w.wait()
	}
	if err != nil {
		return Site{}, err
	}
	files := slices.Sorted(maps.Keys(w.written))
	return Site{Version: version, Dossier: pub, Files: files}, nil
}

// copyHashed copies the file at src into dir under its hashed name (see
// HashedName), stem.<hash>.dossier, reading it twice rather than holding a
// large file in memory.
func copyHashed(src, dir, stem string) (Published, error) {
	f, err := os.Open(src)
	if err != nil {
		return Published{}, err
	}
	defer f.Close()
	h := sha256.New()
	size, err := io.Copy(h, f)
	if err != nil {
		return Published{}, fmt.Errorf("%s: %w", src, err)
	}
	file := stem + "." + hex.EncodeToString(h.Sum(nil))[:hashLen] + filepath.Ext(src)
	if filepath.Ext(src) == "" {
		file += ".dossier"
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return Published{}, err
	}
	if err := copyFrom(f, filepath.Join(dir, file)); err != nil {
		return Published{}, err
	}
	return Published{File: file, Size: size}, nil
}

// linkOrCopy makes dst the file src: a hard link where the two folders lie
// on one file system (the shell's files never change under their names),
// else a copy.
func linkOrCopy(src, dst string) error {
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	return copyFrom(f, dst)
}

func copyFrom(r io.Reader, dst string) error {
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, r)
	if closeErr := out.Close(); err == nil {
		err = closeErr
	}
	return err
}

// replaceDir puts the folder tmp in the place of out: two renames, with the
// old folder out of the way between them, then removed.
func replaceDir(tmp, out string) error {
	info, err := os.Stat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.Rename(tmp, out)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s: is a file, not a folder", out)
	}
	old := tmp + ".old"
	if err := os.Rename(out, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Rename(old, out)
		return err
	}
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("%s: the old publish was moved here and could not be removed: %w", old, err)
	}
	return nil
}
