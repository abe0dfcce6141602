//go:build !unix

package dossier

import "os"

// mapFile reads the file at path: this system's files are not mapped.
func mapFile(path string, size int64) ([]byte, error) { return os.ReadFile(path) }
