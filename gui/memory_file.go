//go:build !js

package gui

import (
	"fmt"
	"os"
	"path/filepath"
)

func readFile(path string) ([]byte, error) { return os.ReadFile(path) }

// tempPattern is the name writeFileAtomic gives its temporary files.
func tempPattern(name string) string { return "." + name + ".*.tmp" }

// removeStaleTemps removes the temporary files that writes of name into dir
// left behind when the process was killed between creating and renaming
// them. (Another Dossier writing at this very moment loses that one write of
// its copy, not its preferences, and writes again at its next change.)
func removeStaleTemps(dir, name string) {
	stale, _ := filepath.Glob(filepath.Join(dir, tempPattern(name)))
	for _, path := range stale {
		os.Remove(path)
	}
}

// writeFileAtomic replaces path with data so that a crash at any moment
// leaves either the old file or the new one, never a torn one: the data goes
// to a temporary file in the same folder, is synced to disk, and is renamed
// over path, which POSIX makes atomic.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("remember: %w", err)
	}
	tmp, err := os.CreateTemp(dir, tempPattern(filepath.Base(path)))
	if err != nil {
		return fmt.Errorf("remember: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("remember: %w", err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("remember: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("remember: %w", err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("remember: %w", err)
	}
	if d, err := os.Open(dir); err == nil { // make the rename itself durable
		d.Sync()
		d.Close()
	}
	return nil
}
