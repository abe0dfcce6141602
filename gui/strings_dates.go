package gui

import (
	"strconv"
	"strings"
	"time"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/search"
	"dossier/gui/view"
)

// The words for the dates articles talk about (their events) and for what
// the month range filters on.

// byName is the timeline switch's word for a choice: "Gepubliceerd",
// "Gebeurd", "Beide".
func byName(by search.DateBy) string {
	switch by {
	case search.ByEvent:
		return tr("timeline.by.event")
	case search.ByEither:
		return tr("timeline.by.either")
	}
	return tr("timeline.by.published")
}

// rangeChipLabel says what the range filter keeps: "Gepubliceerd in 2017",
// "Gebeurd van jun 2018 tot en met dec 2019", "Gepubliceerd of gebeurd
// vanaf mrt 2017".
func rangeChipLabel(from, to corpus.Month, by search.DateBy) string {
	period := map[string]any{"Period": periodPhrase(from, to)}
	switch by {
	case search.ByEvent:
		return tr("chips.by.event", period)
	case search.ByEither:
		return tr("chips.by.either", period)
	}
	return tr("chips.by.published", period)
}

// periodPhrase names a month range with its preposition: "in 2017", "in jun
// 2018", "van 2015 tot en met 2017", "van jun 2018 tot en met dec 2019",
// "vanaf jun 2018", "tot en met dec 2019". A range of whole years is
// named by its years.
func periodPhrase(from, to corpus.Month) string {
	zero := corpus.Month{}
	years := (from == zero || from.Month == time.January) && (to == zero || to.Month == time.December)
	name := func(m corpus.Month) string {
		if years {
			return strconv.Itoa(m.Year)
		}
		return shortMonth(m)
	}
	switch {
	case from == zero && to == zero:
		return ""
	case from == zero:
		return tr("range.to", map[string]any{"To": name(to)})
	case to == zero:
		return tr("range.from", map[string]any{"From": name(from)})
	case from == to || years && from.Year == to.Year:
		return tr("period.in", map[string]any{"Period": name(from)})
	}
	return tr("period.both", map[string]any{"From": name(from), "To": name(to)})
}

// dateValueText is a resolved date as the reader shows it: "dinsdag 20
// juli 2021", "juli 2021", "2021".
func dateValueText(v dates.Value) string {
	switch v.Precision() {
	case dates.PrecisionDay:
		d := corpus.Date{Month: corpus.Month{Year: v.Year, Month: v.Month}, Day: v.Day}
		return weekdayName(time.Date(v.Year, v.Month, v.Day, 0, 0, 0, 0, time.UTC).Weekday()) + " " + longDate(d)
	case dates.PrecisionMonth:
		return longDate(corpus.Date{Month: corpus.Month{Year: v.Year, Month: v.Month}})
	case dates.PrecisionYear:
		return strconv.Itoa(v.Year)
	}
	return ""
}

// eventDateText is when an event was, as hovering it in the reader shows:
// its date, or for a range "2015 – 2018".
func eventDateText(e dates.Event) string {
	if e.End.IsZero() {
		return dateValueText(e.Date)
	}
	return tr("range.both", map[string]any{"From": dateValueText(e.Date), "To": dateValueText(e.End)})
}

// weekdayName is a day of the week in the interface's language.
func weekdayName(d time.Weekday) string {
	names := strings.Fields(tr("days.long"))
	if len(names) != 7 {
		names = strings.Fields(dutch()["days.long"])
	}
	return names[d]
}

// byNames are the timeline switch's words, in the order of view.DateBys.
func byNames() []string {
	var names []string
	for _, by := range view.DateBys() {
		names = append(names, byName(by))
	}
	return names
}

// eventsHeader is the first line of the list of events of a stretch of
// months, or of a day (day >= 0, counted as search.Day counts): "Gebeurd
// in jul 2021", "Gebeurd op 8 feb 2018"; with the number of articles when
// known (articles >= 0).
func eventsHeader(first, last corpus.Month, day, articles int) string {
	var s string
	if day >= 0 {
		y, m, d := search.DayDate(day)
		s = tr("timeline.events.day", map[string]any{"Day": shortDate(corpus.Date{Month: corpus.Month{Year: y, Month: m}, Day: d})})
	} else {
		s = tr("timeline.events", map[string]any{"Period": timelinePeriod(first, last)})
	}
	if articles >= 0 {
		s += textMetaSep() + articlesPhrase(articles)
	}
	return s
}
