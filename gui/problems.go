package gui

import (
	"errors"
	"strconv"
	"strings"

	"dossier/corpus"
)

// Package corpus says what is wrong with a folder by message keys and
// arguments (see corpus.MessageKeys), in English only for the command line;
// these functions say it in the interface's language, from the same
// translation files as every other text.

// sayMessage translates a message of package corpus. A Phrase argument (a
// reason, a kind of file) is translated first; counts are digit-grouped as
// every count in the interface is.
func sayMessage(key string, args map[string]any) string {
	data := make(map[string]any, len(args))
	for name, v := range args {
		switch v := v.(type) {
		case corpus.Phrase:
			data[name] = sayMessage(v.Key, v.Args)
		case int:
			data[name] = groupDigits(v)
		case int64:
			data[name] = groupDigits(int(v))
		default:
			data[name] = v
		}
	}
	return tr(key, data)
}

// problemLine is a report line, "path:line: message", the path and line as
// the command line prints them and the message translated. A problem
// without a key (made by a newer corpus than these translations know) keeps
// its English.
func problemLine(p corpus.Problem) string {
	message := p.Message
	if p.Key != "" {
		message = sayMessage(p.Key, p.Args)
	}
	return p.Path + ":" + strconv.Itoa(p.Line) + ": " + message
}

// problemFiles counts the files (and folders) the problems are about, as a
// file may have more than one.
func problemFiles(problems []corpus.Problem) int {
	seen := make(map[string]bool, len(problems))
	for _, p := range problems {
		seen[p.Path] = true
	}
	return len(seen)
}

// errorText says an error in the interface's language where package corpus
// gave it a key: an *corpus.Error, a corpus.Problem, or a join of them, a
// line each. Any other error, which only a bug or a rare system failure
// makes, keeps its own words.
func errorText(err error) string {
	for e := err; e != nil; e = errors.Unwrap(e) {
		switch e := e.(type) {
		case *corpus.Error:
			return sayMessage(e.Key, e.Args)
		case corpus.Problem:
			return problemLine(e)
		case interface{ Unwrap() []error }:
			var lines []string
			for _, sub := range e.Unwrap() {
				lines = append(lines, errorText(sub))
			}
			return strings.Join(lines, "\n")
		}
	}
	return err.Error()
}

// maxReported is the most problems the report lists; the rest are counted.
const maxReported = 1000

// reportText is the report's list of problems, a line each, with a blank
// line between them: a long line wraps, and the gap shows where the next
// problem starts.
func reportText(problems []corpus.Problem) string {
	lines := make([]string, 0, min(len(problems), maxReported)+1)
	for i, p := range problems {
		if i == maxReported {
			lines = append(lines, trN("corpus.report.more", len(problems)-maxReported))
			break
		}
		lines = append(lines, problemLine(p))
	}
	return strings.Join(lines, "\n\n")
}
