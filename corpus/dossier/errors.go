package dossier

import (
	"errors"
	"fmt"
)

// Problem says what kind of thing is wrong with a file, so that an
// interface can say it in its own language.
type Problem uint8

const (
	NotDossier   Problem = iota + 1 // the file is not a dossier file at all
	Newer                           // a newer Dossier made it, in a format this one does not read
	Older                           // an older Dossier made it, in a format this one no longer reads
	Incompatible                    // another build of Dossier made it, with another layout, or this machine cannot read it
	Truncated                       // the file ends before its end
	Damaged                         // a checksum or a number does not hold
	Unreadable                      // the system would not let Dossier read it
)

// Error is a file that cannot be opened, and why.
type Error struct {
	Path    string
	Problem Problem
	// Reason says what is wrong, in English, for the command line.
	Reason string
	// Found is the file's format version, for Newer and Older.
	Found uint32
	Err   error // the cause, when there is one
}

func (e *Error) Error() string { return e.Path + ": " + e.Reason }

func (e *Error) Unwrap() error { return e.Err }

func fail(path string, p Problem, format string, a ...any) *Error {
	return &Error{Path: path, Problem: p, Reason: fmt.Sprintf(format, a...)}
}

// damaged wraps what a section's own reader found wrong with it.
func damaged(path, section string, err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Path: path, Problem: Damaged, Reason: fmt.Sprintf("damaged: section %s: %v", section, err), Err: err}
}
