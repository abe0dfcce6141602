// Package dossier is a TEMPORARY placeholder for the one-file collection
// format the lead builds on main (issue 16). It only carries the agreed API so
// that the desktop side compiles; it is dropped when main is merged.
package dossier

import (
	"context"
	"errors"

	"dossier/corpus/library"
)

// Magic is the first 8 bytes of every dossier file.
const Magic = "DOSSIER\x00"

// Options tune Open.
type Options struct{ Progress func(done, total int) }

// Open opens a dossier file as a library, without rebuilding its index.
func Open(ctx context.Context, path string, opts Options) (*library.Library, error) {
	return nil, errors.New(path + ": not built yet")
}

// Sniff reports whether the file at path starts with Magic.
func Sniff(path string) bool { return false }
