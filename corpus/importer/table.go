package importer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// row makes one table row an article: fields by name, as the mapping's
// columns gave them. A row without a date or text is a problem.
func row(get func(field string) string) (*article, *reason) {
	a := &article{
		Title:  cleanLine(get("title")),
		Source: cleanLine(get("source")),
		URL:    strings.TrimSpace(get("url")),
	}
	a.Paragraphs = plainText(get("text"))
	return a.dated(strings.TrimSpace(get("date")))
}

// table reads a CSV file whose first row names the columns: separated by
// commas, by semicolons (as a Dutch Excel writes it) or by tabs, whichever
// the header row uses (tsv says tabs), with or without a byte-order mark,
// in UTF-8 or, failing that, Windows-1252. Each later row is an article, and
// a row that cannot be one is reported at its line.
func table(data []byte, m Mapping, tsv bool) []found {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return []found{{problem: because(keyEmpty, nil, "empty file")}}
	}
	if !utf8.Valid(data) {
		data = toUTF8(data, "text/plain; charset=windows-1252")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = sniffComma(data, tsv)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return []found{{problem: csvProblem(err)}}
	}
	cols := m.columns(header)
	for _, f := range []string{"date", "text"} {
		if cols[f] < 0 {
			return []found{{line: 1, problem: missingColumn(m, f)}}
		}
	}
	var out []found
	for {
		record, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			out = append(out, found{line: line, problem: csvProblem(err)})
			if errors.As(err, &pe) && pe.Err == csv.ErrFieldCount {
				continue
			}
			break
		}
		if blankRecord(record) {
			continue
		}
		a, p := row(func(field string) string {
			if i := cols[field]; i >= 0 && i < len(record) {
				return record[i]
			}
			return ""
		})
		out = append(out, found{article: a, problem: p, line: line})
	}
	return out
}

// sniffComma is the separator the header row uses most, outside quotes.
func sniffComma(data []byte, tsv bool) rune {
	if tsv {
		return '\t'
	}
	counts := map[byte]int{}
	quoted := false
	for _, c := range data {
		if c == '"' {
			quoted = !quoted
		}
		if c == '\n' && !quoted {
			break
		}
		if !quoted && (c == ',' || c == ';' || c == '\t') {
			counts[c]++
		}
	}
	best := byte(',')
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return rune(best)
}

func blankRecord(record []string) bool {
	for _, f := range record {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func csvProblem(err error) *reason {
	var pe *csv.ParseError
	text := err.Error()
	if errors.As(err, &pe) {
		text = pe.Err.Error()
	}
	return because(keyCSV, args("Text", text), "not a readable CSV row: %s", text)
}

// maxLineSize is the longest line of a JSON Lines file: one article.
const maxLineSize = 16 << 20

// jsonLines reads a JSON Lines file: one JSON object a line, its keys the
// columns (the mapping's, or the usual names). Blank lines are skipped; a
// line that is not an object, or lacks a date or text, is reported.
func jsonLines(data []byte, m Mapping) []found {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return []found{{problem: because(keyEmpty, nil, "empty file")}}
	}
	var out []found
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxLineSize)
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		a, p := jsonObject(text, m)
		out = append(out, found{article: a, problem: p, line: line})
	}
	if err := sc.Err(); err != nil {
		out = append(out, found{problem: because(keyJSON, args("Text", err.Error()), "not readable as JSON Lines: %v", err)})
	}
	return out
}

// jsonArray reads a .json file that holds an array of objects, each an
// article as a line of JSON Lines is; an object's problem names the line
// it starts on.
func jsonArray(data []byte, m Mapping) []found {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	d := json.NewDecoder(bytes.NewReader(data))
	if tok, err := d.Token(); err != nil || tok != json.Delim('[') {
		return []found{{problem: because(keyJSONArray, nil, "not importable JSON: the file is not an array of articles")}}
	}
	var out []found
	for d.More() {
		offset := d.InputOffset()
		line := 1 + bytes.Count(data[:offset], []byte("\n"))
		// The offset is before the white space that precedes the object.
		for i := offset; i < int64(len(data)) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t' || data[i] == ','); i++ {
			if data[i] == '\n' {
				line++
			}
		}
		var raw json.RawMessage
		if err := d.Decode(&raw); err != nil {
			return append(out, found{line: line, problem: because(keyJSON, args("Text", jsonErrorText(err)), "not a JSON object: %s", jsonErrorText(err))})
		}
		a, p := jsonObject(raw, m)
		out = append(out, found{article: a, problem: p, line: line})
	}
	return out
}

// jsonObject makes one JSON object an article. Its values for the fields
// must be strings; a key matches a column name in any case.
func jsonObject(text []byte, m Mapping) (*article, *reason) {
	var obj map[string]any
	if err := json.Unmarshal(text, &obj); err != nil {
		return nil, because(keyJSON, args("Text", jsonErrorText(err)), "not a JSON object: %s", jsonErrorText(err))
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	// Sorted so that which of two keys differing only in case wins does
	// not depend on the map's order.
	slices.Sort(keys)
	cols := m.columns(keys)
	var wrong string
	a, p := row(func(field string) string {
		i := cols[field]
		if i < 0 {
			return ""
		}
		switch v := obj[keys[i]].(type) {
		case string:
			return v
		case nil:
			return ""
		default:
			if wrong == "" {
				wrong = keys[i]
			}
			return ""
		}
	})
	if wrong != "" {
		q := strconv.Quote(wrong)
		return nil, because(keyJSONField, args("Field", q), "the value of %s is not text", q)
	}
	return a, p
}

func jsonErrorText(err error) string {
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		return syntax.Error()
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return "the line holds " + typ.Value + ", not an object"
	}
	return err.Error()
}
