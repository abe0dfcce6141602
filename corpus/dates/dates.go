// Package dates finds the dates a Dutch news article talks about and
// resolves each against the article's own publication date: "in september
// vorig jaar" in an article of February 2018 is September 2017, "dinsdag" in
// an article dated only by its month is that month, "van 2015 tot en met
// 2018" is a range of years, "sinds 2009" runs from 2009 to the article.
//
// The tagger reads the gazetteer's words (package geo), so dates, places and
// roles are found on one split of the text. The words that make a date
// (months, weekdays, seasons, "vorig", "geleden") are data, in
// data/words.tsv. A month without a year takes the year the tense of its
// clause asks for: "in november was de inbraak al ontdekt" in a February
// article is last November, "in november beslist het kabinet" this one.
// Counts, money, times of day and article numbers are not dates.
package dates

import (
	"fmt"
	"strconv"
	"time"

	"dossier/corpus"
)

// Precision says how finely a date is known.
type Precision uint8

const (
	PrecisionYear Precision = iota + 1
	PrecisionMonth
	PrecisionDay
)

func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "none"
}

// Value is a resolved date: a year, a month of a year, or a day. The zero
// Value is no date.
type Value struct {
	Year  int
	Month time.Month // 0 for a year
	Day   int        // 0 for a month or a year
}

// IsZero reports whether v is no date.
func (v Value) IsZero() bool { return v == Value{} }

// Precision is the finest part of v that is known.
func (v Value) Precision() Precision {
	switch {
	case v.IsZero():
		return 0
	case v.Day != 0:
		return PrecisionDay
	case v.Month != 0:
		return PrecisionMonth
	}
	return PrecisionYear
}

// String writes v as YYYY, YYYY-MM or YYYY-MM-DD; the zero Value as "".
func (v Value) String() string {
	switch v.Precision() {
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", v.Year, int(v.Month), v.Day)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", v.Year, int(v.Month))
	case PrecisionYear:
		return fmt.Sprintf("%04d", v.Year)
	}
	return ""
}

// ParseValue reads YYYY, YYYY-MM or YYYY-MM-DD.
func ParseValue(s string) (Value, error) {
	bad := fmt.Errorf("%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", s)
	var v Value
	parts := []int{}
	for i, n := 0, len(s); i < n; {
		j := i
		for j < n && s[j] != '-' {
			j++
		}
		x, err := strconv.Atoi(s[i:j])
		if err != nil || x < 0 || j-i != []int{4, 2, 2}[min(len(parts), 2)] {
			return Value{}, bad
		}
		parts = append(parts, x)
		if j < n && j == n-1 {
			return Value{}, bad
		}
		i = j + 1
	}
	if len(parts) == 0 || len(parts) > 3 {
		return Value{}, bad
	}
	v.Year = parts[0]
	if len(parts) > 1 {
		if parts[1] < 1 || parts[1] > 12 {
			return Value{}, bad
		}
		v.Month = time.Month(parts[1])
	}
	if len(parts) > 2 {
		if parts[2] < 1 || parts[2] > daysIn(v.Year, v.Month) {
			return Value{}, bad
		}
		v.Day = parts[2]
	}
	return v, nil
}

// First is the first month v covers; Last the last one.
func (v Value) First() corpus.Month {
	if v.Month == 0 {
		return corpus.Month{Year: v.Year, Month: time.January}
	}
	return corpus.Month{Year: v.Year, Month: v.Month}
}

// Last is the last month v covers.
func (v Value) Last() corpus.Month {
	if v.Month == 0 {
		return corpus.Month{Year: v.Year, Month: time.December}
	}
	return corpus.Month{Year: v.Year, Month: v.Month}
}

// Compare orders values by their first day; a coarser value sorts before
// the finer ones it holds.
func (v Value) Compare(o Value) int {
	if c := v.Year - o.Year; c != 0 {
		return c
	}
	if c := int(v.Month) - int(o.Month); c != 0 {
		return c
	}
	return v.Day - o.Day
}

// FromDate is a publication date as a Value.
func FromDate(d corpus.Date) Value {
	return Value{Year: d.Year, Month: d.Month.Month, Day: d.Day}
}

// Span is a stretch of a paragraph's text (or the title), in bytes and in
// runes.
type Span struct {
	Start, End         int
	RuneStart, RuneEnd int
}

// Event is one dated expression of an article, resolved against its
// publication date.
type Event struct {
	// Date is when; End, for a range ("van 2015 tot en met 2018", "sinds
	// 2009"), when it ends, and zero otherwise.
	Date, End Value
	// Paragraph is the number of the paragraph in Document.Paragraphs, or
	// -1 for the title.
	Paragraph int
	// Words are the expression's words; Sentence the sentence they are in.
	Words, Sentence Span
}

// Precision is the precision of the event's date.
func (e Event) Precision() Precision { return e.Date.Precision() }

// First is the first month the event covers; Last the last.
func (e Event) First() corpus.Month { return e.Date.First() }

// Last is the last month the event covers: its end's, for a range.
func (e Event) Last() corpus.Month {
	if e.End.IsZero() {
		return e.Date.Last()
	}
	return e.End.Last()
}

// Text is the expression as written in d; SentenceText its sentence.
func (e Event) Text(d *corpus.Document) string { return spanOf(d, e.Paragraph, e.Words) }

// SentenceText is the sentence of the expression as written in d.
func (e Event) SentenceText(d *corpus.Document) string { return spanOf(d, e.Paragraph, e.Sentence) }

func spanOf(d *corpus.Document, paragraph int, s Span) string {
	text := d.Title
	if paragraph >= 0 {
		body := d.Body()
		if paragraph >= len(body) {
			return ""
		}
		text = body[paragraph].Text
	}
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
