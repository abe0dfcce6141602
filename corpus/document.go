// Package corpus reads Dossier's article corpus: the embedded seed articles or a
// user's folder of files in the same plain-text format. It never imports Fyne, so
// every rule about the text is tested and benchmarked without a window.
package corpus

import (
	"fmt"
	"strconv"
	"time"
)

// Kind says how a paragraph of an article is meant to be read.
type Kind string

const (
	KindParagraph Kind = "paragraph"
	KindHeading   Kind = "heading"
	KindCaption   Kind = "caption"
)

// Paragraph is one block of an article's reading text.
type Paragraph struct {
	Kind Kind   `json:"kind"`
	Text string `json:"text"`
}

// Month is a calendar month, the finest date resolution every article has.
type Month struct {
	Year  int
	Month time.Month
}

// String formats the month as YYYY-MM, the form the corpus files use.
func (m Month) String() string { return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month)) }

// Before reports whether m is an earlier month than o.
func (m Month) Before(o Month) bool {
	return m.Year < o.Year || (m.Year == o.Year && m.Month < o.Month)
}

// Index counts months from year 0, so that month arithmetic is plain integer arithmetic.
func (m Month) Index() int { return m.Year*12 + int(m.Month) - 1 }

// MonthFromIndex is the inverse of Month.Index.
func MonthFromIndex(i int) Month { return Month{Year: i / 12, Month: time.Month(i%12 + 1)} }

// ParseMonth reads YYYY-MM. Its error is an *Error.
func ParseMonth(s string) (Month, error) {
	m, err := parseMonth(s)
	if err != nil {
		return m, err // not a nil *Error in a non-nil error
	}
	return m, nil
}

func parseMonth(s string) (Month, *Error) {
	var m Month
	bad := func() *Error {
		return errorf(keyMonthForm, args("Month", strconv.Quote(s)), "%q is not a month of the form YYYY-MM", s)
	}
	if len(s) != 7 || s[4] != '-' {
		return m, bad()
	}
	year, ok1 := atoiDigits(s[:4])
	month, ok2 := atoiDigits(s[5:])
	if !ok1 || !ok2 {
		return m, bad()
	}
	if month < 1 || month > 12 {
		return m, errorf(keyMonthNumber, args("Month", strconv.Quote(s), "Number", month),
			"%q has no month %d (months run from 01 to 12)", s, month)
	}
	return Month{Year: year, Month: time.Month(month)}, nil
}

// Date is an article's publication date: always a month, sometimes a day.
type Date struct {
	Month
	Day int // 0 when the file gives only the month
}

// String formats the date as YYYY-MM or YYYY-MM-DD, whichever the file gave.
func (d Date) String() string {
	if d.Day == 0 {
		return d.Month.String()
	}
	return fmt.Sprintf("%s-%02d", d.Month, d.Day)
}

// Compare orders dates; a date without a day sorts before every day of its month.
func (d Date) Compare(o Date) int {
	switch {
	case d.Month.Before(o.Month):
		return -1
	case o.Month.Before(d.Month):
		return 1
	}
	return d.Day - o.Day
}

// Document is one article, structured for reading.
type Document struct {
	ID     string // file name without .txt
	Path   string // path inside the corpus file system
	Date   Date
	Title  string
	Source string // e.g. "NRC"; empty when the file does not name one
	URL    string // empty when the file does not name one
	// TitleInText is true when the title is the article's own headline line,
	// false when it was derived from the first sentence.
	TitleInText bool
	// Paragraphs is the article's text, for an article read from its own
	// file. An article opened from a dossier file keeps its text in the
	// file until it is read: use Body, which serves both.
	Paragraphs []Paragraph
	// body reads the paragraphs of an article whose text stays in its
	// file (see Lazy); nil for one read from its own file.
	body func() []Paragraph
}

// Lazy returns a copy of d whose paragraphs body reads when they are
// needed, so that a collection of many articles need not hold all their
// text at once. body is called from any goroutine, and as often as Body is;
// it should keep what it reads recently if that costs.
func Lazy(d Document, body func() []Paragraph) *Document {
	d.Paragraphs, d.body = nil, body
	return &d
}

// Body is the article's paragraphs: Paragraphs, or, for an article opened
// from a dossier file, those read from the file. Do not modify them.
func (d *Document) Body() []Paragraph {
	if d.body != nil {
		return d.body()
	}
	return d.Paragraphs
}

// Words counts the words a reader sees: the headline (when it is the article's
// own) and every paragraph, heading and caption.
func (d *Document) Words() int {
	n := 0
	if d.TitleInText {
		n += countWords(d.Title)
	}
	for _, p := range d.Body() {
		n += countWords(p.Text)
	}
	return n
}

// Problem is one thing wrong with one file of a corpus. Message is in
// English, for the command line; Key and Args say the same for an interface
// in another language (see MessageKeys and Error). Line 0 means the problem
// is with the file as a whole, which is then said as "path: message".
type Problem struct {
	Path    string
	Line    int
	Message string
	Key     string
	Args    map[string]any
}

func (p Problem) Error() string {
	if p.Line == 0 {
		return p.Path + ": " + p.Message
	}
	return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Message)
}
