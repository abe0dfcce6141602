//go:build unix

package dossier

import (
	"os"
	"syscall"
)

// mapFile maps the file at path into memory, read-only. The mapping is
// never undone (see Open). An empty file is read, not mapped.
func mapFile(path string, size int64) ([]byte, error) {
	if size == 0 || int64(int(size)) != size {
		return os.ReadFile(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, mapFlags)
	if err != nil {
		return os.ReadFile(path) // a file system that cannot map: read it
	}
	return data, nil
}
