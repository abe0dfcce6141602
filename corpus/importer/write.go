package importer

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// writeArticle puts data in out/name, atomically: the text goes to a
// hidden temporary file in out first (which corpus.Load passes over), which
// then takes the name in one step, so that a cancelled or failed import
// leaves no half-written article. A file already there with the same
// content is left as it is (importing again writes nothing new); one with
// other content is never overwritten, and is reported.
func writeArticle(out, name string, data []byte) *reason {
	target := filepath.Join(out, name)
	if r, done := compareExisting(target, name, data); done {
		return r
	}
	tmp, err := os.CreateTemp(out, ".import-*.tmp")
	if err != nil {
		return writeFailed(name, err)
	}
	defer os.Remove(tmp.Name()) // gone after the link, or after a failure
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return writeFailed(name, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return writeFailed(name, err)
	}
	if err := tmp.Close(); err != nil {
		return writeFailed(name, err)
	}
	// A hard link fails if the name is taken, so that a file made meanwhile
	// is never replaced; where the file system has no links, a rename does.
	err = os.Link(tmp.Name(), target)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrExist):
		r, _ := compareExisting(target, name, data)
		return r
	}
	if _, statErr := os.Lstat(target); statErr == nil {
		r, _ := compareExisting(target, name, data)
		return r
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return writeFailed(name, err)
	}
	return nil
}

// compareExisting looks at what is at target already: done is false when
// nothing is; otherwise the reason is nil for the same content and the
// problem of a different file.
func compareExisting(target, name string, data []byte) (r *reason, done bool) {
	old, err := os.ReadFile(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, false
	case err != nil:
		return writeFailed(name, err), true
	case bytes.Equal(old, data):
		return nil, true
	}
	return because(keyExists, args("File", name),
		"%s is already in the folder with other content; it was not overwritten (the article changed since it was imported?)", name), true
}

func writeFailed(name string, err error) *reason {
	text := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		text = pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		text = le.Err.Error()
	}
	return because(keyWrite, args("File", name, "Reason", phraseOf(err)), "cannot write %s: %s", name, text)
}
