package importer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"dossier/corpus"
)

// article is one article found in an input, before it is written: what the
// page, feed item or row says, in the shape of Dossier's format.
type article struct {
	Date       corpus.Date
	Title      string
	Source     string
	URL        string
	Paragraphs []corpus.Paragraph
}

// render writes a in Dossier's article format: the date line, the header
// lines that have a value, a blank line and the paragraphs, each on one
// line, a blank line between them. Text is made NFC and every run of white
// space (line breaks included) one space, so that corpus.Parse reads each
// paragraph back as it is here; characters a text file must not hold (NUL
// and other control characters) are dropped.
func (a *article) render() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "date %s\n", a.Date)
	for _, h := range []struct{ key, value string }{{"title", a.Title}, {"source", a.Source}, {"url", a.URL}} {
		if v := cleanLine(h.value); v != "" {
			fmt.Fprintf(&b, "%s: %s\n", h.key, v)
		}
	}
	for _, p := range a.Paragraphs {
		if t := cleanLine(p.Text); t != "" {
			b.WriteString("\n")
			b.WriteString(t)
			b.WriteString("\n")
		}
	}
	return b.Bytes()
}

// cleanLine makes s one line of valid, NFC-normalised UTF-8 without control
// characters, its white space collapsed.
func cleanLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) || r == '\uFEFF' {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// hasText reports whether a has a paragraph with a letter or a digit in it.
func (a *article) hasText() bool {
	for _, p := range a.Paragraphs {
		if strings.IndexFunc(p.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return true
		}
	}
	return false
}

// dated finishes an article of a feed or a table: it needs text, and the
// date raw (as the input writes it), which is never made up when missing.
func (a *article) dated(raw string) (*article, *reason) {
	if !a.hasText() {
		return nil, noText()
	}
	if raw == "" {
		return nil, noDate()
	}
	date, ok := parseDate(raw)
	if !ok {
		return nil, badDate(raw)
	}
	a.Date = date
	return a, nil
}
