package dossier

import (
	"fmt"
	"reflect"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/geo"
	"dossier/corpus/roles"
	"dossier/corpus/search"
)

// article is an article's record: its text, places and roles.
type article struct {
	Paragraphs []corpus.Paragraph
	Places     geo.Places
	Roles      roles.Article
}

// layout describes how this Dossier lays out what a file holds beyond the
// header: the records, the events and the search index. It changes by
// itself when their types change, so that a file written for other types
// is refused (Incompatible) instead of misread.
func layout() (string, error) {
	record, err := signature(reflect.TypeFor[article]())
	if err != nil {
		return "", fmt.Errorf("dossier: records: %w", err)
	}
	event, err := signature(reflect.TypeFor[dates.Event]())
	if err != nil {
		return "", fmt.Errorf("dossier: events: %w", err)
	}
	return fmt.Sprintf("dossier %d\nrecord %s\nevent %d %s\nindex %s\n", Version, record, eventFields, event, search.Layout()), nil
}
