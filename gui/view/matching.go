package view

import (
	"strings"

	"dossier/corpus/search"
	"dossier/corpus/text"
)

// LeftOut lists the words of the query, as typed, that no hit has all of
// when no article matches the whole query; nil when the hits match it all.
// The results column then says it shows the best articles, not matches, and
// which words it had to leave out.
func LeftOut(r search.Result) (words []string, partial bool) {
	if r.Mode != search.ModePartial || r.Total == 0 {
		return nil, false
	}
	return r.LeftOut, true
}

// WordNote is how one word of the query matched a hit, told to the reader
// because it is not the word as typed: a typo, a country, another spelling,
// or nothing at all (in partial mode).
type WordNote struct {
	Query  string        // the word, phrase or OR group as typed
	Reason search.Reason // "" when the hit lacks the word
	Forms  []string      // the article's words that matched, at most MaxNoteForms
}

// Missing reports whether the hit lacks the word.
func (n WordNote) Missing() bool { return n.Reason == "" }

// MaxNoteForms is how many of the article's forms a note names: a row has
// one short line for all its notes.
const MaxNoteForms = 2

// WordNotes are the notes for a hit's words, in the order typed: the words
// that matched in another form, and the words the hit lacks. A word found
// as typed (exactly, or only in another case or with other accents) needs no
// note, so a hit that has every word as typed has none.
func WordNotes(h search.Hit) []WordNote {
	var notes []WordNote
	for _, w := range h.Words {
		if w.Reason == "" {
			notes = append(notes, WordNote{Query: w.Query})
			continue
		}
		if w.Reason == search.ReasonExact {
			continue
		}
		forms := otherForms(w.Query, w.Forms)
		if len(forms) == 0 && len(w.Forms) > 0 {
			continue // every form is the word as typed: a phrase, or a country named as such
		}
		if len(forms) == 0 && w.Reason == search.ReasonPhrase {
			continue
		}
		notes = append(notes, WordNote{Query: w.Query, Reason: w.Reason, Forms: forms})
	}
	return notes
}

// otherForms keeps the forms that differ from the query as the search sees
// words (case and diacritics aside, quotes dropped), once each, the first
// MaxNoteForms of them.
func otherForms(query string, forms []string) []string {
	typed := text.Fold(strings.Trim(query, `"“”`))
	var out []string
	seen := map[string]bool{typed: true}
	for _, f := range forms {
		key := text.Fold(f)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, f)
		if len(out) == MaxNoteForms {
			break
		}
	}
	return out
}
