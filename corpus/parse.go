package corpus

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ParseError is a problem with one article file, at a line of it. Message
// is in English; Key and Args say the same for an interface in another
// language (see MessageKeys).
type ParseError struct {
	Path    string
	Line    int
	Message string
	Key     string
	Args    map[string]any
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Message) }

// Parse reads one article file. The path is the file's slash-separated path
// inside the corpus, as fs.FS names it; the id is its file name without the
// .txt extension. See the README for the format; in short:
//
//	 date 2021-07 Was Macrons mobiel wel veilig?
//
//	Een mobiel telefoonnummer van de Franse president ...
//
// The first non-blank line starts with "date YYYY-MM" or "date YYYY-MM-DD" and
// the text may continue on that line. When nothing follows the date, header
// lines "title: …", "source: …" and "url: …" may come next.
func Parse(path string, data []byte) (*Document, error) {
	fail := func(line int, e *Error) error {
		return &ParseError{Path: path, Line: line, Message: e.Message, Key: e.Key, Args: e.Args}
	}
	if err := checkEncoding(data, fail); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	text := norm.NFC.String(string(data))
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")

	first := 0
	for first < len(lines) && isBlank(lines[first]) {
		first++
	}
	if first == len(lines) {
		return nil, fail(1, errorf(keyEmpty, nil, "empty file: an article starts with a line \"date YYYY-MM\""))
	}
	dateLine := first + 1
	date, rest, err := parseDateLine(lines[first])
	if err != nil {
		return nil, fail(dateLine, err)
	}

	doc := &Document{ID: documentID(path), Path: path, Date: date}
	body := lines[first+1:]
	if strings.TrimSpace(rest) == "" {
		var err error
		body, err = readHeader(doc, body, dateLine, fail)
		if err != nil {
			return nil, err
		}
	} else {
		body = append([]string{rest}, body...)
	}

	structure(doc, blocks(body))
	if len(doc.Paragraphs) == 0 && !doc.TitleInText {
		return nil, fail(dateLine, errorf(keyNoText, nil, "the article has no text after the date"))
	}
	return doc, nil
}

// checkEncoding rejects binary files and text that is not UTF-8, naming the
// line where the trouble starts so that the user can find it.
func checkEncoding(data []byte, fail func(int, *Error) error) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return fail(1, errorf(keyEncUTF16, nil, "the file is UTF-16; save it as UTF-8"))
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fail(lineAt(data, i), errorf(keyEncBinary, nil, "binary data (a NUL byte): this is not a text file"))
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			line := lineAt(data, i)
			col := i - bytes.LastIndexByte(data[:i], '\n')
			return fail(line, errorf(keyEncUTF8, args("Byte", fmt.Sprintf("0x%02X", data[i]), "Column", col),
				"not valid UTF-8 (byte 0x%02X in column %d); save the file as UTF-8", data[i], col))
		}
		i += size
	}
	return nil
}

func lineAt(data []byte, offset int) int { return bytes.Count(data[:offset], []byte("\n")) + 1 }

// documentID is the file name of path, a slash-separated path inside the
// corpus, without its .txt extension. A backslash is part of the name: it
// is an ordinary character in a file name on Unix.
func documentID(path string) string {
	name := path
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	if ext := len(name) - len(".txt"); ext > 0 && strings.EqualFold(name[ext:], ".txt") {
		name = name[:ext]
	}
	return name
}

// parseDateLine reads "date YYYY-MM[-DD]" (also "date:") and returns what follows it.
func parseDateLine(line string) (Date, string, *Error) {
	trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
	word, after := cutWord(trimmed)
	if !strings.EqualFold(strings.TrimSuffix(word, ":"), "date") {
		text := strconv.Quote(clip(trimmed, 40))
		return Date{}, "", errorf(keyDateMissing, args("Text", text), "an article starts with \"date YYYY-MM\", not %s", text)
	}
	value, rest := cutWord(strings.TrimLeftFunc(after, unicode.IsSpace))
	if value == "" {
		return Date{}, "", errorf(keyDateEmpty, nil, "\"date\" needs a date after it, as YYYY-MM or YYYY-MM-DD")
	}
	date, err := parseDate(value)
	return date, rest, err
}

func parseDate(s string) (Date, *Error) {
	bad := func() *Error {
		return errorf(keyDateForm, args("Date", strconv.Quote(s)), "%q is not a date of the form YYYY-MM or YYYY-MM-DD", s)
	}
	if len(s) != 7 && len(s) != 10 {
		return Date{}, bad()
	}
	m, err := parseMonth(s[:7])
	if err != nil {
		if _, digits := atoiDigits(s[:4] + s[5:7]); digits && s[4] == '-' {
			return Date{}, errorf(keyDateMonth, args("Date", s, "Reason", err.Phrase()), "impossible date %s: %v", s, err)
		}
		return Date{}, bad()
	}
	if m.Year < 1000 {
		return Date{}, errorf(keyDateYear, args("Date", s, "Year", m.Year), "impossible date %s: year %d", s, m.Year)
	}
	d := Date{Month: m}
	if len(s) == 10 {
		day, ok := atoiDigits(s[8:])
		if s[7] != '-' || !ok {
			return Date{}, bad()
		}
		if day < 1 || day > daysIn(m) {
			return Date{}, errorf(keyDateDay, args("Date", s, "Month", m.String(), "Days", daysIn(m)),
				"impossible date %s: %s has %d days", s, m, daysIn(m))
		}
		d.Day = day
	}
	return d, nil
}

func daysIn(m Month) int {
	switch m.Month {
	case 2:
		if m.Year%4 == 0 && (m.Year%100 != 0 || m.Year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func atoiDigits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// readHeader consumes "key: value" lines directly after a bare date line.
func readHeader(doc *Document, lines []string, dateLine int, fail func(int, *Error) error) ([]string, error) {
	for i, line := range lines {
		key, value, ok := strings.Cut(line, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		if !ok || (key != "title" && key != "source" && key != "url") {
			return lines[i:], nil
		}
		if value == "" {
			return nil, fail(dateLine+1+i, errorf(keyHeaderEmpty, args("Key", strconv.Quote(key)), "%q needs a value after the colon", key))
		}
		switch key {
		case "title":
			doc.Title, doc.TitleInText = value, true
		case "source":
			doc.Source = value
		case "url":
			doc.URL = value
		}
	}
	return nil, nil
}

// blocks splits the body on blank lines and joins the lines of each block, so
// hard-wrapped paragraphs read as one.
func blocks(lines []string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for i, line := range lines {
		line = collapseSpace(line)
		if line == "" {
			flush()
			continue
		}
		// A short first line followed by more text is the headline even
		// without a blank line between them.
		if i == 0 && len(lines) > 1 && !isBlank(lines[1]) && looksLikeHeadline(line) && startsUpper(strings.TrimSpace(lines[1])) {
			out = append(out, line)
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

func isBlank(s string) bool { return strings.TrimFunc(s, unicode.IsSpace) == "" }

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func cutWord(s string) (word, rest string) {
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, `'"‘“„`))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func countWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}
