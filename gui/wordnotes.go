package gui

import (
	"strings"

	"dossier/corpus/search"
	"dossier/gui/view"
)

// reasonLabel names a kind of match in the interface's language: "typfout".
// A reason the translations do not know yet is shown as the search names it,
// which is better than nothing.
func reasonLabel(r search.Reason) string {
	key := "reason." + string(r)
	if _, ok := dutch()[key]; !ok {
		return string(r)
	}
	return tr(key)
}

// wordNotesText is a result row's line about how its words matched, notes
// joined by the meta line's separator: "pegasis → Pegasus (typfout) · zonder
// xyz". The marks cover the article's forms, highlighted as the snippet
// highlights them, so that the eye links the two.
func wordNotesText(notes []view.WordNote) (string, []mark) {
	var b strings.Builder
	var marks []mark
	runes := 0
	write := func(s string) {
		b.WriteString(s)
		runes += len([]rune(s))
	}
	for i, n := range notes {
		if i > 0 {
			write(textMetaSep())
		}
		var note string
		switch {
		case n.Missing():
			note = tr("reason.missing", map[string]any{"Query": n.Query})
		case len(n.Forms) == 0:
			note = tr("reason.note.bare", map[string]any{"Query": n.Query, "Reason": reasonLabel(n.Reason)})
		default:
			note = tr("reason.note", map[string]any{"Query": n.Query, "Forms": strings.Join(n.Forms, ", "), "Reason": reasonLabel(n.Reason)})
		}
		start := runes
		write(note)
		for _, f := range n.Forms {
			marks = append(marks, formMarks(note, f, start)...)
		}
	}
	return b.String(), marks
}

// formMarks marks form where the note names it after the arrow, in rune
// offsets from base: the query before the arrow may contain the same letters.
func formMarks(note, form string, base int) []mark {
	after := strings.Index(note, "→")
	if after < 0 {
		return nil
	}
	i := strings.Index(note[after:], form)
	if i < 0 {
		return nil
	}
	start := base + len([]rune(note[:after+i]))
	return []mark{{start: start, end: start + len([]rune(form)), kind: markMatch}}
}
