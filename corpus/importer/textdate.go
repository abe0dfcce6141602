package importer

import (
	"time"

	"dossier/corpus"
	"dossier/corpus/dates"
)

// The tagger resolves a date against an article's publication date, which
// an article that has none in its metadata does not have. Tagged against two
// anchors far apart, a date that comes out the same both times ("3 maart
// 2019", "04-03-2019") is written in full in the text and depends on
// neither; "3 maart", "gisteren" or "vorig jaar" differ and are left alone,
// so that no date is made up.
var (
	earlyAnchor = corpus.Date{Month: corpus.Month{Year: 1900, Month: time.January}, Day: 1}
	lateAnchor  = corpus.Date{Month: corpus.Month{Year: 2100, Month: time.December}, Day: 31}
)

// dateInText finds the first date written in full, to the day, in text (a
// byline such as "Gepubliceerd op 3 maart 2019", a dateline such as
// "3 maart 2019, 14:05"), with Dossier's Dutch date tagger.
func dateInText(tagger *dates.Tagger, text string) (corpus.Date, bool) {
	early := tagger.Text(earlyAnchor, text)
	if len(early) == 0 {
		return corpus.Date{}, false
	}
	late := tagger.Text(lateAnchor, text)
	for _, e := range early {
		if e.Precision() != dates.PrecisionDay || !e.End.IsZero() {
			continue
		}
		for _, l := range late {
			if l.Words == e.Words && l.Date == e.Date && l.End.IsZero() {
				return makeDate(e.Date.Year, int(e.Date.Month), e.Date.Day)
			}
		}
	}
	return corpus.Date{}, false
}
