package gui

import (
	"errors"
	"strings"

	"dossier/corpus"
	"dossier/corpus/dossier"
)

// dossierErrorText says why a dossier file could not be opened, in the
// interface's language, from the kind of problem package dossier names (its
// Reason is English, for the command line). Where the kind alone is vague
// (damaged, another build's), that Reason follows as the detail. Any other
// error is said as errorText says it.
func dossierErrorText(err error) string {
	var e *dossier.Error
	if !errors.As(err, &e) {
		return errorText(err)
	}
	args := map[string]any{"Path": e.Path, "Found": e.Found, "Version": dossier.Version}
	detail := ""
	var key string
	switch e.Problem {
	case dossier.NotDossier:
		key = "dossier.problem.notdossier"
	case dossier.Newer:
		key = "dossier.problem.newer"
	case dossier.Older:
		key = "dossier.problem.older"
	case dossier.Incompatible:
		key, detail = "dossier.problem.incompatible", e.Reason
	case dossier.Truncated:
		key = "dossier.problem.truncated"
	case dossier.Damaged:
		key, detail = "dossier.problem.damaged", strings.TrimPrefix(e.Reason, "damaged: ")
	case dossier.Unreadable:
		key = "dossier.problem.unreadable"
		reason := corpus.OSReason(e.Err)
		args["Reason"] = sayMessage(reason.Key, reason.Args)
	default: // a kind newer than these translations
		return errorText(err)
	}
	text := tr(key, args)
	if detail != "" {
		text += "\n" + tr("dossier.problem.detail", map[string]any{"Detail": detail})
	}
	return text
}
