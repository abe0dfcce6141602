package importer

import (
	"testing"

	"dossier/corpus/dates"
)

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2019-03-04":                      "2019-03-04",
		"2019-03-04T14:05:12+01:00":       "2019-03-04",
		"2019-03-04T23:30:00-05:00":       "2019-03-04", // the day as written, not in UTC
		"2019-03-04 14:05":                "2019-03-04",
		"2019-03":                         "2019-03",
		"2019/03/04":                      "2019-03-04",
		"Mon, 04 Mar 2019 14:05:12 +0100": "2019-03-04",
		"Wed, 2 Sep 2020 08:00:00 GMT":    "2020-09-02",
		"Mon, 04 Mar 19 14:05 +0100":      "2019-03-04",
		"di, 05 mrt 2019 10:30:00 +0100":  "2019-03-05",
		"04-03-2019":                      "2019-03-04",
		"4-3-2019":                        "2019-03-04",
		"04/03/2019":                      "2019-03-04",
		"04.03.2019":                      "2019-03-04",
		"4 maart 2019":                    "2019-03-04",
		"maandag 4 maart 2019, 14:05":     "2019-03-04",
		"4 mrt. 2019 om 14.05 uur":        "2019-03-04",
		"12 mei 2022":                     "2022-05-12",
		"March 4, 2019":                   "2019-03-04",
		"29-02-2020":                      "2020-02-29",
	} {
		d, ok := parseDate(in)
		if !ok || d.String() != want {
			t.Errorf("parseDate(%q) = %v, %v; want %s", in, d, ok, want)
		}
	}
	for _, in := range []string{"", "binnenkort", "31-02-2021", "29-02-2019", "2019-13-01", "2019-03-04x", "4 maart", "20190304",
		"0099-01-01", "maart 2019 en april 2020", "1 2 3 4", "12345-01-01"} {
		if d, ok := parseDate(in); ok {
			t.Errorf("parseDate(%q) = %v, want no date", in, d)
		}
	}
}

func TestDateInTextTakesOnlyDatesWrittenInFull(t *testing.T) {
	tagger := dates.Default()
	for in, want := range map[string]string{
		"Gepubliceerd op 3 maart 2019 door Marieke": "2019-03-03",
		"3 maart 2019, 14:05":                       "2019-03-03",
		"AMSTERDAM, 04-03-2019 - De minister":       "2019-03-04",
		"Op 3 maart ging het mis":                   "",
		"gisteren om 14:05":                         "",
		"maart 2019":                                "", // a month is no publication day
		"sinds 3 maart 2019":                        "", // a range
	} {
		d, ok := dateInText(tagger, in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != want {
			t.Errorf("dateInText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCanonicalURL(t *testing.T) {
	same := []string{
		"https://pon.example/nieuws/1-a",
		"http://PON.example/nieuws/1-a/",
		"https://www.pon.example/nieuws/1-a?utm_source=rss&utm_medium=feed#top",
		"https://pon.example:443/nieuws/1-a?fbclid=x",
	}
	for _, u := range same {
		if got := canonicalURL(u); got != "https://pon.example/nieuws/1-a" {
			t.Errorf("canonicalURL(%q) = %q", u, got)
		}
	}
	if canonicalURL("https://pon.example/nieuws?id=1") == canonicalURL("https://pon.example/nieuws?id=2") {
		t.Error("two articles told apart only by their query are one")
	}
	for _, u := range []string{"", "/nieuws/1", "mailto:x@pon.example", "tag:pon.example,2019:1", "https://"} {
		if got := canonicalURL(u); got != "" {
			t.Errorf("canonicalURL(%q) = %q, want none", u, got)
		}
	}
}

func TestParseMapping(t *testing.T) {
	m, err := ParseMapping("date=Datum, text=Body,url = Adres")
	if err != nil || m != (Mapping{Date: "Datum", Text: "Body", URL: "Adres"}) {
		t.Errorf("ParseMapping = %+v, %v", m, err)
	}
	for _, bad := range []string{"datum", "date=", "auteur=Naam"} {
		if _, err := ParseMapping(bad); err == nil {
			t.Errorf("ParseMapping(%q) gave no error", bad)
		}
	}
}

func TestTableColumnsByMappingAndSynonyms(t *testing.T) {
	csvData := []byte("Verschenen;Kop;Body\n4 maart 2019;Een kop;Tekst van het artikel.\n")
	items := table(csvData, Mapping{}, false)
	if len(items) != 1 || items[0].problem == nil || items[0].problem.key != keyNoColumn {
		t.Fatalf("without a mapping: %+v", items)
	}
	items = table(csvData, Mapping{Date: "verschenen"}, false)
	if len(items) != 1 || items[0].article == nil || items[0].article.Title != "Een kop" || items[0].line != 2 {
		t.Fatalf("with date=verschenen: %+v", items[0])
	}
	tsv := table([]byte("datum\ttekst\n2020-01-02\tEen, twee; drie.\n"), Mapping{}, true)
	if len(tsv) != 1 || tsv[0].article == nil || tsv[0].article.Paragraphs[0].Text != "Een, twee; drie." {
		t.Errorf("tsv: %+v", tsv)
	}
	// Windows-1252, as an older Excel saves.
	latin := table([]byte("datum;tekst\n2020-01-02;Caf\xe9 in Oekra\xefne.\n"), Mapping{}, false)
	if len(latin) != 1 || latin[0].article == nil || latin[0].article.Paragraphs[0].Text != "Café in Oekraïne." {
		t.Errorf("windows-1252: %+v", latin)
	}
}

func TestJSONArray(t *testing.T) {
	items := jsonArray([]byte("[\n  {\"datum\": \"2020-01-02\", \"tekst\": \"Een.\"},\n  {\"tekst\": \"Twee.\"},\n  3\n]"), Mapping{})
	if len(items) != 3 || items[0].article == nil || items[1].line != 3 || items[1].problem.key != keyNoDate || items[2].line != 4 || items[2].problem.key != keyJSON {
		for _, it := range items {
			t.Logf("%+v %+v", it, it.problem)
		}
		t.Errorf("json array read wrongly")
	}
}
