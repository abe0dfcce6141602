package dates

import (
	"dossier/corpus"
	"dossier/corpus/geo"
)

func (t *Tagger) tag(dst []Event, published corpus.Date, paragraph int, text string, words func() []geo.Word) []Event {
	return dst
}
