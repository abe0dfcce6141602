//go:build !js

package gui

import (
	"fmt"
	"os"
	"path/filepath"
)

func readFile(path string) ([]byte, error) { return os.ReadFile(path) }

// writeFileAtomic replaces path with data so that a crash at any moment
// leaves either the old file or the new one, never a torn one: the data goes
// to a temporary file in the same folder, is synced to disk, and is renamed
// over path, which POSIX makes atomic.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("remember: %w", err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
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
