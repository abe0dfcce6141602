package corpus

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func mustSeed(t testing.TB) *Corpus {
	t.Helper()
	c, err := LoadSeed()
	if err != nil {
		t.Fatalf("LoadSeed: %v", err)
	}
	return c
}

func seedDoc(t testing.TB, id string) *Document {
	t.Helper()
	d, ok := mustSeed(t).Doc(id)
	if !ok {
		t.Fatalf("seed has no article %s", id)
	}
	return d
}

func paragraphsOfKind(d *Document, k Kind) []string {
	var out []string
	for _, p := range d.Paragraphs {
		if p.Kind == k {
			out = append(out, p.Text)
		}
	}
	return out
}

func TestSeedDatesTitlesAndSources(t *testing.T) {
	want := []struct {
		id, date, title, source string
		titleInText             bool
	}{
		{"003_0df74ff2f132de6e", "2021-07", "Was Macrons mobiel wel veilig?", "NRC", true},
		{"001_3ad7682215385845", "2018-12", "De diplomatieke communicatie van de Europese Unie is jarenlang gehackt", "", false},
		{"002_cb3a6902d3015a5d", "2018-12", "Het diplomatieke communicatienetwerk van de Europese Unie is jarenlang geïnfiltreerd…", "", false},
		{"000_ff3dc8e55b17b03b", "2018-02", "De Amerikaanse inlichtingendienst CIA heeft 100.000 dollar betaald aan een schimmige Rus", "", false},
	}
	docs := mustSeed(t).Docs()
	if len(docs) != len(want) {
		t.Fatalf("got %d articles, want %d", len(docs), len(want))
	}
	for i, w := range want {
		d := docs[i]
		if d.ID != w.id || d.Date.String() != w.date || d.Title != w.title || d.Source != w.source || d.TitleInText != w.titleInText {
			t.Errorf("article %d = {%s %s %q %q %v}, want {%s %s %q %q %v}", i,
				d.ID, d.Date, d.Title, d.Source, d.TitleInText, w.id, w.date, w.title, w.source, w.titleInText)
		}
	}
}

func TestSeedStructure(t *testing.T) {
	d := seedDoc(t, "000_ff3dc8e55b17b03b")
	if got := paragraphsOfKind(d, KindHeading); !slices.Equal(got, []string{"Hackingtools"}) {
		t.Errorf("000 headings = %q", got)
	}
	if got := paragraphsOfKind(d, KindCaption); !slices.Equal(got, []string{"President Trump en president Poetin. Foto: EPA-EFE"}) {
		t.Errorf("000 captions = %q", got)
	}

	d = seedDoc(t, "001_3ad7682215385845")
	for _, p := range d.Paragraphs {
		if strings.Contains(p.Text, "Lees verder") || strings.Contains(p.Text, "advertentie") {
			t.Errorf("001 keeps a scraping leftover: %q", p.Text)
		}
	}
	if got := paragraphsOfKind(d, KindHeading); !slices.Equal(got, []string{"Misleidende mails"}) {
		t.Errorf("001 headings = %q, want the run-in subheading split off", got)
	}
	if i := slices.IndexFunc(d.Paragraphs, func(p Paragraph) bool { return p.Text == "Misleidende mails" }); i < 0 ||
		!strings.HasPrefix(d.Paragraphs[i+1].Text, "Uit het berichtenverkeer blijkt") {
		t.Errorf("001: the paragraph after the run-in heading should start with \"Uit het berichtenverkeer\"")
	}

	d = seedDoc(t, "002_cb3a6902d3015a5d")
	if got := paragraphsOfKind(d, KindHeading); !slices.Equal(got, []string{"'VS blijft belangrijkste partner'"}) {
		t.Errorf("002 headings = %q", got)
	}

	d = seedDoc(t, "003_0df74ff2f132de6e")
	last := d.Paragraphs[len(d.Paragraphs)-1].Text
	if strings.Contains(last, "(NRC)") || !strings.HasSuffix(last, "lichtte het departement niet nader toe.") {
		t.Errorf("003 last paragraph should end without the credit, got ...%q", last[max(0, len(last)-60):])
	}
	if d.Paragraphs[0].Text == d.Title || len(paragraphsOfKind(d, KindHeading)) != 0 {
		t.Errorf("003: the headline must be the title only, not a paragraph or heading")
	}
	for _, id := range []string{"000_ff3dc8e55b17b03b", "001_3ad7682215385845", "002_cb3a6902d3015a5d", "003_0df74ff2f132de6e"} {
		if strings.HasPrefix(seedDoc(t, id).Paragraphs[0].Text, "date") {
			t.Errorf("%s: the date keyword leaked into the text", id)
		}
	}
}

func TestSeedWordCounts(t *testing.T) {
	// `wc -w` on each file, less "date" and the date, the advertising marker
	// (5 words in 001), the credit (1 in 003) and a lone dash (1 in 000).
	want := map[string]int{
		"000_ff3dc8e55b17b03b": 324, "001_3ad7682215385845": 456,
		"002_cb3a6902d3015a5d": 348, "003_0df74ff2f132de6e": 358,
	}
	for id, n := range want {
		if got := seedDoc(t, id).Words(); got != n {
			t.Errorf("%s: %d words, want %d", id, got, n)
		}
	}
}

func TestParseFormatVariants(t *testing.T) {
	tests := []struct {
		name, input        string
		date, title, first string
		source, url        string
	}{
		{"seed style", " date 2018-02 Eerste zin van het stuk. Tweede zin.", "2018-02", "Eerste zin van het stuk", "Eerste zin van het stuk. Tweede zin.", "", ""},
		{"full date", "date 2021-07-20 Tekst.", "2021-07-20", "Tekst", "Tekst.", "", ""},
		{"date with colon", "date: 2021-07 Tekst.", "2021-07", "Tekst", "Tekst.", "", ""},
		{"capitalised keyword and tabs", "\t Date\t2021-07\tTekst.", "2021-07", "Tekst", "Tekst.", "", ""},
		{"leading blank lines", "\n\n  \ndate 2020-01 Tekst.", "2020-01", "Tekst", "Tekst.", "", ""},
		{"BOM and CRLF", "\uFEFFdate 2020-01 Kop hier\r\n\r\nTekst een.\r\n\r\nTekst twee.", "2020-01", "Kop hier", "Tekst een.", "", ""},
		{"lone CR", "date 2020-01 Kop hier\r\rTekst een.", "2020-01", "Kop hier", "Tekst een.", "", ""},
		{"NFC normalisation", "date 2020-01 Israe\u0308l en Belgie\u0308 spreken.", "2020-01", "Israël en België spreken", "Israël en België spreken.", "", ""},
		{"hard-wrapped paragraph", "date 2020-01 De eerste regel loopt\ndoor op de volgende regel.", "2020-01", "De eerste regel loopt door op de volgende regel", "De eerste regel loopt door op de volgende regel.", "", ""},
		{"headline without blank line", "date 2020-01 Spionnen in Den Haag\nDe AIVD meldt dat er spionnen actief zijn.", "2020-01", "Spionnen in Den Haag", "De AIVD meldt dat er spionnen actief zijn.", "", ""},
		{"header lines", "date 2020-01-05\ntitle: Een eigen titel\nsource: de Volkskrant\nurl: https://example.org/a\n\nDe tekst.", "2020-01-05", "Een eigen titel", "De tekst.", "de Volkskrant", "https://example.org/a"},
		{"credit on its own line", "date 2020-01 Kop hier\n\nTekst.\n\n(ANP)", "2020-01", "Kop hier", "Tekst.", "ANP", ""},
		{"credit with two agencies", "date 2020-01 Tekst van het bericht. (ANP, Reuters)", "2020-01", "Tekst van het bericht", "Tekst van het bericht.", "ANP, Reuters", ""},
		{"remark in brackets is no credit", "date 2020-01 Het was succesvol (tenminste voor Poetin)", "2020-01", "Het was succesvol (tenminste voor Poetin)", "Het was succesvol (tenminste voor Poetin)", "", ""},
		{"abbreviation does not end the title", "date 2020-01 Dat zei dr. Jansen gisteren. Meer tekst.", "2020-01", "Dat zei dr. Jansen gisteren", "Dat zei dr. Jansen gisteren. Meer tekst.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("dir/x.txt", []byte(tt.input))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if d.ID != "x" || d.Date.String() != tt.date || d.Title != tt.title || d.Source != tt.source || d.URL != tt.url {
				t.Errorf("got id=%q date=%s title=%q source=%q url=%q", d.ID, d.Date, d.Title, d.Source, d.URL)
			}
			if len(d.Paragraphs) == 0 || d.Paragraphs[0].Text != tt.first {
				t.Errorf("first paragraph = %+v, want %q", d.Paragraphs, tt.first)
			}
		})
	}
}

func TestParseStructureRules(t *testing.T) {
	tests := []struct {
		name, body string
		want       []Paragraph
	}{
		{"subheading", "Tekst een.\n\nEen tussenkop\n\nTekst twee.", []Paragraph{
			{KindParagraph, "Tekst een."}, {KindHeading, "Een tussenkop"}, {KindParagraph, "Tekst twee."}}},
		{"short sentence stays a paragraph", "Tekst een.\n\nDat was het.", []Paragraph{
			{KindParagraph, "Tekst een."}, {KindParagraph, "Dat was het."}}},
		{"caption alone", "Tekst.\n\nDe minister in Brussel. Foto: ANP\n\nMeer.", []Paragraph{
			{KindParagraph, "Tekst."}, {KindCaption, "De minister in Brussel. Foto: ANP"}, {KindParagraph, "Meer."}}},
		{"caption glued before a paragraph", "Tekst.\n\nDe minister. Foto: Getty Images De minister zei niets.", []Paragraph{
			{KindParagraph, "Tekst."}, {KindCaption, "De minister. Foto: Getty Images"}, {KindParagraph, "De minister zei niets."}}},
		{"caption glued after a long paragraph", "Tekst.\n\n" + strings.Repeat("Een lange zin over spionage. ", 12) + "De minister op het bordes. Foto: EPA-EFE", []Paragraph{
			{KindParagraph, "Tekst."}, {KindParagraph, strings.TrimSpace(strings.Repeat("Een lange zin over spionage. ", 12))}, {KindCaption, "De minister op het bordes. Foto: EPA-EFE"}}},
		{"run-in subheading", "Tekst.\n\nMisleidende mails Uit het verkeer blijkt veel.", []Paragraph{
			{KindParagraph, "Tekst."}, {KindHeading, "Misleidende mails"}, {KindParagraph, "Uit het verkeer blijkt veel."}}},
		{"newspaper name is no run-in subheading", "Tekst.\n\nVolgens De Telegraaf is het waar.", []Paragraph{
			{KindParagraph, "Tekst."}, {KindParagraph, "Volgens De Telegraaf is het waar."}}},
		{"leftover glued to text", "Tekst. Lees verder na de advertentie Meer tekst.", []Paragraph{
			{KindParagraph, "Tekst. Meer tekst."}}},
		{"leftover block", "Tekst.\n\nAdvertentie\n\nMeer.", []Paragraph{
			{KindParagraph, "Tekst."}, {KindParagraph, "Meer."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("x.txt", []byte("date 2020-01\n\n"+tt.body))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if !slices.Equal(d.Paragraphs, tt.want) {
				t.Errorf("paragraphs\n got %q\nwant %q", d.Paragraphs, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		input string
		line  int
		msg   string
	}{
		{"empty file", "", 1, "empty file"},
		{"only blanks", "\n  \n\t\n", 1, "empty file"},
		{"no date line", "Tekst zonder datum.", 1, `starts with "date YYYY-MM"`},
		{"date keyword alone", "date", 1, "needs a date"},
		{"impossible month", "date 2018-13 Tekst.", 1, "impossible date 2018-13"},
		{"month zero", "date 2018-00 Tekst.", 1, "impossible date 2018-00"},
		{"impossible day", "date 2019-02-29 Tekst.", 1, "2019-02 has 28 days"},
		{"garbled date", "date 18-2 Tekst.", 1, "not a date of the form"},
		{"date on a later line", "\n\ndate 2018-1x Tekst.", 3, "not a date of the form"},
		{"empty body", "date 2018-02", 1, "no text after the date"},
		{"body only leftovers", "date 2018-02 Lees verder na de advertentie", 1, "no text after the date"},
		{"not UTF-8", "date 2018-02 Tekst.\n\nCaf\xe9 au lait.", 3, "not valid UTF-8 (byte 0xE9 in column 4)"},
		{"binary", "date 2018-02 Tekst.\n\x00\x01\x02", 2, "binary data"},
		{"UTF-16", "\xff\xfed\x00a\x00", 1, "UTF-16"},
		{"empty header value", "date 2018-02\ntitle:\n\nTekst.", 2, `"title" needs a value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("dir/bad.txt", []byte(tt.input))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse error = %v, want a *ParseError", err)
			}
			if pe.Line != tt.line || !strings.Contains(pe.Message, tt.msg) {
				t.Errorf("got %v, want line %d with %q", err, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "dir/bad.txt:") {
				t.Errorf("error %q does not start with the path", err)
			}
		})
	}
}

func TestLeapDay(t *testing.T) {
	if _, err := Parse("x.txt", []byte("date 2020-02-29 Tekst.")); err != nil {
		t.Errorf("2020-02-29 is a real date: %v", err)
	}
	if _, err := Parse("x.txt", []byte("date 1900-02-29 Tekst.")); err == nil {
		t.Errorf("1900 was no leap year")
	}
}

func FuzzParse(f *testing.F) {
	entries, err := seedFiles.ReadDir(".")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		data, err := seedFiles.ReadFile(e.Name())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("date 2020-01\ntitle: x\nsource: y\n\nTekst. Foto: ANP De rest. (NRC)"))
	f.Add([]byte("\uFEFFdate 2020-02-29 Kop\r\n\r\nMisleidende mails Uit het\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("f.txt", data)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 || pe.Message == "" {
				t.Fatalf("error without a line and message: %v", err)
			}
			return
		}
		if d.Title == "" && len(d.Paragraphs) == 0 {
			t.Fatalf("accepted an article with no text")
		}
		if d.Date.Month.Month < 1 || d.Date.Month.Month > 12 {
			t.Fatalf("accepted month %d", d.Date.Month.Month)
		}
		for _, p := range d.Paragraphs {
			if strings.TrimSpace(p.Text) == "" || p.Text != strings.TrimSpace(p.Text) {
				t.Fatalf("paragraph %q is empty or untrimmed", p.Text)
			}
			if p.Kind != KindParagraph && p.Kind != KindHeading && p.Kind != KindCaption {
				t.Fatalf("unknown kind %q", p.Kind)
			}
		}
	})
}
