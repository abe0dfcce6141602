package gui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"dossier/corpus"
)

// OpenArgs opens what Dossier was started with (desktop only): an argument
// that names an existing folder or a dossier file (see isDossierFile) is a
// collection, opened in the background as File › Open corpus folder… and
// File › Open dossier file… do; one that looks like a link ("#q=pegasus", a
// web build's address, "q=pegasus") is a view, shown at once or, while a
// collection loads, once it has loaded, so that it may name one of its
// articles. Anything else is a path that leads to neither, and an error
// dialog says so.
func (m *MainWindow) OpenArgs(args []string) {
	path, link, problems := sortArgs(args)
	if path != "" {
		if m.loader == nil || m.loader.done || m.loader.from.path != path {
			m.load(collectionAt(path)) // which cancels the remembered collection's load
		}
	}
	if link != "" {
		if m.loader != nil && !m.loader.done {
			m.loader.link = link
		} else {
			m.openLinkLogged(link)
		}
	}
	if len(problems) > 0 {
		m.showMessage(tr("args.failed"), strings.Join(problems, "\n"))
	}
}

func (m *MainWindow) openLinkLogged(link string) {
	if err := m.session.OpenLink(link); err != nil {
		fyne.LogError("Dossier could not show all of the link", err)
	}
}

// sortArgs sorts command-line arguments into the path of a folder or a
// dossier file to open (made absolute), a link and problems, each a sentence
// in the interface's language.
func sortArgs(args []string) (path, link string, problems []string) {
	for _, arg := range args {
		if strings.TrimSpace(arg) == "" {
			continue
		}
		info, statErr := os.Stat(arg)
		switch {
		case statErr == nil && (info.IsDir() || isDossierFile(arg)):
			abs, err := filepath.Abs(arg)
			if err != nil {
				abs = filepath.Clean(arg)
			}
			if path != "" && path != abs {
				problems = append(problems, tr("args.extra", map[string]any{"Path": arg}))
				continue
			}
			path = abs
		case looksLikeLink(arg):
			link = arg
		case statErr == nil:
			problems = append(problems, tr("args.notfolder", map[string]any{"Path": arg}))
		case errors.Is(statErr, fs.ErrNotExist) && isDossierFile(arg):
			problems = append(problems, tr("args.missingdossier", map[string]any{"Path": arg}))
		case errors.Is(statErr, fs.ErrNotExist):
			problems = append(problems, tr("args.missing", map[string]any{"Path": arg}))
		default:
			reason := corpus.OSReason(statErr)
			problems = append(problems, tr("args.unreadable", map[string]any{"Path": arg, "Reason": sayMessage(reason.Key, reason.Args)}))
		}
	}
	return path, link, problems
}

// looksLikeLink tells a link to a view (see ParseLink) from a path: it has a
// fragment, is a web address, or starts with one of the link's keys.
func looksLikeLink(arg string) bool {
	if strings.Contains(arg, "#") || strings.Contains(arg, "://") {
		return true
	}
	for _, key := range []string{"q=", "c=", "from=", "to=", "doc="} {
		if strings.HasPrefix(arg, key) {
			return true
		}
	}
	return false
}
