package importer

import (
	"fmt"
	"strings"
)

// Mapping names the columns of a CSV file, or the keys of a JSON Lines
// object, that hold each part of an article. An empty field means the
// usual names, in Dutch or English, any case: see the synonyms below.
type Mapping struct {
	Date, Title, Text, Source, URL string
}

// columnSynonyms are the names a column goes by when the mapping does not
// name it, for each field, in the order they are tried.
var columnSynonyms = map[string][]string{
	"date":   {"date", "datum", "published", "pubdate", "publicatiedatum", "gepubliceerd", "published_at", "datepublished", "publication_date", "publicatie"},
	"title":  {"title", "titel", "kop", "headline", "koptekst"},
	"text":   {"text", "tekst", "body", "content", "inhoud", "artikel", "article", "bericht", "artikeltekst"},
	"source": {"source", "bron", "medium", "krant", "publisher", "site", "uitgever", "publicatie_naam"},
	"url":    {"url", "link", "adres", "uri", "permalink", "webadres"},
}

// fields are the parts of an article a table can hold, in the order a
// report names them.
var fields = []string{"date", "title", "text", "source", "url"}

// names is the column names that may hold field: the one the mapping
// gives, or the synonyms.
func (m Mapping) names(field string) []string {
	given := map[string]string{"date": m.Date, "title": m.Title, "text": m.Text, "source": m.Source, "url": m.URL}[field]
	if given != "" {
		return []string{given}
	}
	return columnSynonyms[field]
}

// ParseMapping reads a mapping as the command line gives it:
// "date=Datum,text=Body" (field=column, comma-separated; fields date,
// title, text, source and url).
func ParseMapping(s string) (Mapping, error) {
	var m Mapping
	for _, pair := range strings.Split(s, ",") {
		if strings.TrimSpace(pair) == "" {
			continue
		}
		field, column, ok := strings.Cut(pair, "=")
		field = strings.ToLower(strings.TrimSpace(field))
		column = strings.TrimSpace(column)
		if !ok || column == "" {
			return Mapping{}, fmt.Errorf("mapping %q: want field=column, such as date=Datum", pair)
		}
		switch field {
		case "date":
			m.Date = column
		case "title":
			m.Title = column
		case "text":
			m.Text = column
		case "source":
			m.Source = column
		case "url":
			m.URL = column
		default:
			return Mapping{}, fmt.Errorf("mapping %q: no field %q (the fields are date, title, text, source and url)", pair, field)
		}
	}
	return m, nil
}

// columns finds each field's column among a header's names (any case,
// surrounding space ignored); -1 for a field the header lacks.
func (m Mapping) columns(header []string) map[string]int {
	index := map[string]int{}
	for i, h := range header {
		key := strings.ToLower(strings.TrimSpace(h))
		if _, seen := index[key]; !seen {
			index[key] = i
		}
	}
	cols := map[string]int{}
	for _, f := range fields {
		cols[f] = -1
		for _, name := range m.names(f) {
			if i, ok := index[strings.ToLower(strings.TrimSpace(name))]; ok {
				cols[f] = i
				break
			}
		}
	}
	return cols
}

// missingColumn is the problem of a table without a column the articles
// need (date or text).
func missingColumn(m Mapping, field string) *reason {
	names := strings.Join(m.names(field), ", ")
	return because(keyNoColumn, args("Field", field, "Names", names), "no %s column (looked for %s); name it with --map %s=COLUMN", field, names, field)
}
