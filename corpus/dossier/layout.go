package dossier

import (
	"fmt"
	"reflect"

	"dossier/corpus/dates"
	"dossier/corpus/search"
)

// layout describes how this Dossier lays out what a file holds beyond the
// header: the records, the events and the search index. It changes by
// itself when their types change, so that a file written for other types
// is refused (Incompatible) instead of misread.
func layout() (string, error) {
	texts, err := signature(reflect.TypeFor[text]())
	if err != nil {
		return "", fmt.Errorf("dossier: texts: %w", err)
	}
	found, err := signature(reflect.TypeFor[analyses]())
	if err != nil {
		return "", fmt.Errorf("dossier: analyses: %w", err)
	}
	event, err := signature(reflect.TypeFor[dates.Event]())
	if err != nil {
		return "", fmt.Errorf("dossier: events: %w", err)
	}
	return fmt.Sprintf("dossier %d\ncodec zstd\ntext %s\nanalyses %s\nevent %d %s\nindex %s\n", Version, texts, found, eventFields, event, search.Layout()), nil
}
