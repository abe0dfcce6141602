package corpus

import (
	"context"
	"errors"
	"io/fs"
	"syscall"
)

// Phrase is a part of a message said by key (see MessageKeys): a reason or
// a kind of file that a sentence names. An interface translates it first and
// puts the result in its sentence.
type Phrase struct {
	Key  string
	Args map[string]any
}

// Error is an error the loader returns or keeps as a file's problem, said
// twice: in English (Message, which Error returns, for the command line and
// logs) and as a key with arguments (see MessageKeys) for an interface that
// speaks another language. Err is the cause, when there is one, so that
// errors.Is still finds a cancelled context or fs.ErrNotExist.
type Error struct {
	Key     string
	Args    map[string]any
	Message string
	Err     error
}

func (e *Error) Error() string { return e.Message }
func (e *Error) Unwrap() error { return e.Err }

// Phrase is the error's message as a Phrase, to be named by another.
func (e *Error) Phrase() Phrase { return Phrase{Key: e.Key, Args: e.Args} }

// args builds a message's arguments from pairs of name and value, which
// reads shorter beside the English text than a map literal.
func args(pairs ...any) map[string]any {
	if len(pairs) == 0 {
		return nil
	}
	m := make(map[string]any, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		m[pairs[i].(string)] = pairs[i+1]
	}
	return m
}

// OSReason says what went wrong in an error of the operating system (or of
// a cancelled context), without the path, which the caller names. The common
// errors have a key of their own; any other is the system's own words,
// under keyOSOther. It is exported for the app, which also opens folders it
// is given on the command line.
func OSReason(err error) Phrase {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	key := ""
	switch {
	case errors.Is(err, fs.ErrPermission):
		key = keyOSPermission
	case errors.Is(err, fs.ErrNotExist):
		key = keyOSNotExist
	case errors.Is(err, syscall.ELOOP):
		key = keyOSLoop
	case errors.Is(err, syscall.ENAMETOOLONG):
		key = keyOSNameTooLong
	case errors.Is(err, syscall.EMFILE), errors.Is(err, syscall.ENFILE):
		key = keyOSTooManyOpen
	case errors.Is(err, syscall.EIO):
		key = keyOSIO
	case errors.Is(err, syscall.ENOTDIR):
		key = keyOSNotDir
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		key = keyOSCancelled
	default:
		return Phrase{Key: keyOSOther, Args: args("Text", err.Error())}
	}
	return Phrase{Key: key}
}

// describe says in English what went wrong, without repeating the path,
// which the caller prints. It is the English of OSReason, as the command
// line has always printed it.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	}
	return err.Error()
}
