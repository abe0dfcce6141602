package importer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"dossier/corpus"
	"dossier/corpus/dates"
)

func importDir(t *testing.T, sources []string, opts Options) (Report, string) {
	t.Helper()
	out := t.TempDir()
	r, err := Import(context.Background(), sources, out, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r, out
}

// TestWrittenFilesRoundTrip reads every file an import writes back with
// corpus.Parse: each opens without a problem, and says the date, title,
// source, address and paragraphs the importer found.
func TestWrittenFilesRoundTrip(t *testing.T) {
	inputs, _ := collectInputs([]string{"testdata/pages", "testdata/feeds", "testdata/tables"}, t.TempDir())
	checked := 0
	for _, in := range inputs {
		data, r := readInput(in)
		if r != nil {
			t.Fatalf("%s: %s", in.path, r.message)
		}
		for _, f := range extract(dates.Default(), in, data, Mapping{}) {
			if f.article == nil {
				continue
			}
			a := f.article
			doc, err := corpus.Parse("x.txt", a.render())
			if err != nil {
				t.Errorf("%s:%d: the article does not parse: %v", in.path, f.line, err)
				continue
			}
			if doc.Date != a.Date || doc.Title != a.Title || doc.Source != a.Source || doc.URL != a.URL {
				t.Errorf("%s:%d: read back as %v %q %q %q, written as %v %q %q %q", in.path, f.line,
					doc.Date, doc.Title, doc.Source, doc.URL, a.Date, a.Title, a.Source, a.URL)
			}
			if got, want := texts(doc.Paragraphs), texts(a.Paragraphs); !slices.Equal(got, want) {
				t.Errorf("%s:%d: paragraphs read back as\n%q\nwritten as\n%q", in.path, f.line, got, want)
			}
			for i, p := range a.Paragraphs {
				if p.Kind == corpus.KindHeading && i < len(doc.Paragraphs) && doc.Paragraphs[i].Kind != corpus.KindHeading {
					t.Errorf("%s:%d: heading %q reads back as a %s", in.path, f.line, p.Text, doc.Paragraphs[i].Kind)
				}
			}
			checked++
		}
	}
	if checked < 15 {
		t.Errorf("only %d articles checked; the test data holds more", checked)
	}
}

func texts(ps []corpus.Paragraph) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}

// TestPagesKeepTheArticleAndLeaveTheClutter checks each page's text for
// sentences of the article and for the menus, cookie walls, adverts, "Lees
// ook" boxes and comments around it.
func TestPagesKeepTheArticleAndLeaveTheClutter(t *testing.T) {
	for _, tt := range []struct {
		file        string
		date        string
		title, site string
		want        []string
		not         []string
	}{
		{"pon-hackers-ministerie.html", "2019-03-04", "Chinese hackers zaten maanden in netwerk van ministerie", "PON Nieuws",
			[]string{"Een Chinese hackersgroep heeft maandenlang", "Niet eerder opgemerkt", "China ontkent elke betrokkenheid"},
			[]string{"Liveblogs", "Meer over dit onderwerp", "AIVD waarschuwt voor digitale spionage", "Privacy", "vandaag, 14:05"}},
		{"dagblad-pegasus-journalisten.html", "2021-07-19", "Spyware Pegasus gevonden op telefoons van twee Nederlandse journalisten", "Het Dagblad",
			[]string{"Op de telefoons van twee Nederlandse journalisten", "Israëlische", "vol aannames"},
			[]string{"cookies", "Akkoord", "Advertentie", "Lees ook", "Wat is Pegasus", "Lees verder", "Piet92", "Schandalig", "Reacties", "Deel op"}},
		{"avondkrant-sabotage-noordzee.html", "2023-04-19", "Marine volgt Russisch schip bij windparken op de Noordzee", "De Avondkrant",
			[]string{"Een Russisch schip dat officieel onderzoek doet", "Sabotage voorbereiden", "ongegronde beschuldigingen"},
			[]string{"toestemming", "cookies", "korting", "Lees ook", "kwetsbaar zijn de kabels", "nieuwsbrief", "Meer nieuws", "Kabinet trekt extra geld", "Log in om te reageren", "Puzzels"}},
		{"omroep-zuidkust-haven.html", "2023-11-08", "Haven doet aangifte na spionagesoftware in laadkranen", "Omroep Zuidkust",
			[]string{"Het havenbedrijf heeft aangifte gedaan", "vitale infrastructuur"},
			[]string{"Meest gelezen", "Storm zorgt", "11 graden", "Verkeer", "Tips?"}},
		{"blog-phishing-gemeenten.html", "2019-03-03", "Russische phishingmails aan gemeenteraadsleden", "Veilig Digitaal",
			[]string{"Deze week kreeg ik", "tweestapsverificatie"},
			[]string{"Gepubliceerd op", "Jan schreef", "NCSC", "Archief", "Over mij"}},
		{"grensnieuws-belgische-diplomaten.htm", "2018-12-19", "Belgische diplomaten doelwit van e-mailspionage", "",
			[]string{"Oekraïne", "“zeer geavanceerd”", "mailserver binnenkwamen – een techniek"},
			[]string{"Voorpagina", "Zoeken", "©"}},
		{"opgeslagen-pagina.html", "2020-12-14", "Hack bij softwarebedrijf raakt ook Nederlandse overheden", "Het Dagblad",
			[]string{"Een grootschalige hack via een update", "Rusland ontkent."},
			[]string{"beveiligingscamera", "Binnenland"}},
	} {
		data, err := os.ReadFile(filepath.Join("testdata/pages", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		a, r := page(dates.Default(), data)
		if r != nil {
			t.Errorf("%s: %s", tt.file, r.message)
			continue
		}
		text := strings.Join(texts(a.Paragraphs), "\n")
		if a.Date.String() != tt.date || a.Title != tt.title || a.Source != tt.site {
			t.Errorf("%s: date %s, title %q, source %q; want %s, %q, %q", tt.file, a.Date, a.Title, a.Source, tt.date, tt.title, tt.site)
		}
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the text lacks %q:\n%s", tt.file, w, text)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(text, n) {
				t.Errorf("%s: the text holds %q, which is not the article's:\n%s", tt.file, n, text)
			}
		}
	}
}

func TestPagesThatAreNoArticleAreReported(t *testing.T) {
	for file, want := range map[string]string{
		"geen-datum.html": "no publication date found",
		"leeg.html":       "empty file",
		"kapot.htm":       "not a web page: the file holds application/zip",
	} {
		data, err := os.ReadFile(filepath.Join("testdata/pages", file))
		if err != nil {
			t.Fatal(err)
		}
		if a, r := page(dates.Default(), data); r == nil || r.message != want {
			t.Errorf("%s: got %v, %v; want the problem %q", file, a, r, want)
		}
	}
}

func TestSavedPageFolderIsPassedOver(t *testing.T) {
	inputs, problems := collectInputs([]string{"testdata/pages"}, t.TempDir())
	for _, in := range inputs {
		if strings.Contains(in.path, "_files") {
			t.Errorf("%s was read: it was saved beside a page", in.path)
		}
	}
	if len(problems) > 0 {
		t.Errorf("problems %v", problems)
	}
	// Without its page, such a folder is an ordinary one.
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "los_files"), 0o755)
	os.WriteFile(filepath.Join(dir, "los_files", "a.html"), []byte("<p>x</p>"), 0o644)
	if inputs, _ := collectInputs([]string{dir}, t.TempDir()); len(inputs) != 1 {
		t.Errorf("a _files folder without its page: inputs %v, want its page", inputs)
	}
}

func TestSourcesThatCannotBeReadAreReported(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notities.docx")
	os.WriteFile(notes, []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "plaatje.png"), []byte("x"), 0o644) // in a folder: passed over
	os.WriteFile(filepath.Join(dir, ".verborgen.html"), []byte("x"), 0o644)
	r, _ := importDir(t, []string{filepath.Join(dir, "bestaat-niet"), notes, dir}, Options{})
	var got []string
	for _, p := range r.Problems {
		got = append(got, strings.TrimPrefix(p.Error(), dir+"/"))
	}
	want := []string{
		"bestaat-niet: cannot read: no such file or directory",
		"notities.docx: not a format Dossier imports (web pages .html/.htm, feeds .rss/.atom/.xml, tables .csv/.tsv/.jsonl/.json)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems\n%q\nwant\n%q", got, want)
	}
	if r.Problems[0].Key != keyUnreadable || r.Problems[0].Args["Reason"].(corpus.Phrase).Key != "problem.os.notexist" {
		t.Errorf("the missing source's key: %+v", r.Problems[0])
	}
}

// TestImportAgainWritesNothingNew imports the same sources twice into one
// folder: the same files, nothing new reported. A file changed in between
// is not overwritten, and is reported.
func TestImportAgainWritesNothingNew(t *testing.T) {
	sources := []string{"testdata/pages", "testdata/tables"}
	first, out := importDir(t, sources, Options{})
	second, err := Import(context.Background(), sources, out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(first.Written, second.Written) || len(first.Problems) != len(second.Problems) {
		t.Fatalf("a second import wrote %d files and found %d problems; the first %d and %d",
			len(second.Written), len(second.Problems), len(first.Written), len(first.Problems))
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != len(first.Written) {
		t.Errorf("%d entries in the folder, %d articles written", len(entries), len(first.Written))
	}
	changed := first.Written[0]
	os.WriteFile(changed, []byte("date 2020-01\n\nMijn eigen aantekening.\n"), 0o644)
	third, err := Import(context.Background(), sources, out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(third.Problems) != len(first.Problems)+1 || len(third.Written) != len(first.Written)-1 {
		t.Fatalf("after a change: %d problems, %d written", len(third.Problems), len(third.Written))
	}
	if data, _ := os.ReadFile(changed); !strings.Contains(string(data), "Mijn eigen aantekening") {
		t.Errorf("the changed file was overwritten")
	}
	found := false
	for _, p := range third.Problems {
		found = found || p.Key == keyExists && strings.Contains(p.Message, filepath.Base(changed))
	}
	if !found {
		t.Errorf("the changed file is not reported: %v", third.Problems)
	}
}

// TestSameOutputOnAnyNumberOfCores imports on one core and on every core.
func TestSameOutputOnAnyNumberOfCores(t *testing.T) {
	sources := []string{"testdata/pages", "testdata/feeds", "testdata/tables"}
	old := runtime.GOMAXPROCS(1)
	one, outOne := importDir(t, sources, Options{})
	runtime.GOMAXPROCS(max(old, 4))
	many, outMany := importDir(t, sources, Options{})
	runtime.GOMAXPROCS(old)
	if reportText(one, outOne) != reportText(many, outMany) {
		t.Errorf("one core:\n%s\nmore:\n%s", reportText(one, outOne), reportText(many, outMany))
	}
	for _, f := range one.Written {
		a, _ := os.ReadFile(f)
		b, _ := os.ReadFile(filepath.Join(outMany, filepath.Base(f)))
		if string(a) != string(b) {
			t.Errorf("%s differs", filepath.Base(f))
		}
	}
}

func TestProgressCountsUpInStages(t *testing.T) {
	var calls []Stage
	last := map[Stage]int{}
	r, _ := importDir(t, []string{"testdata/pages"}, Options{Progress: func(s Stage, done, total int) {
		if done <= last[s] || done > total {
			t.Errorf("stage %d: %d of %d after %d", s, done, total, last[s])
		}
		last[s] = done
		calls = append(calls, s)
	}})
	if last[StageRead] != 10 || last[StageWrite] != len(r.Written) || !slices.IsSorted(calls) {
		t.Errorf("progress ended at read %d (want the 10 pages), write %d (want %d); stages %v", last[StageRead], last[StageWrite], len(r.Written), calls)
	}
}

// TestCancelLeavesNoPartialFiles cancels an import while it writes: the
// error says so, and every file in the folder is a whole article.
func TestCancelLeavesNoPartialFiles(t *testing.T) {
	src := t.TempDir()
	writeGeneratedPages(t, src, 300)
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	_, err := Import(ctx, []string{src}, out, Options{Progress: func(s Stage, done, total int) {
		if s == StageWrite && done >= 20 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) == 0 || len(entries) == 300 {
		t.Errorf("%d files after a cancel halfway through writing", len(entries))
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("a temporary file is left: %s", e.Name())
			continue
		}
		data, _ := os.ReadFile(filepath.Join(out, e.Name()))
		if _, err := corpus.Parse(e.Name(), data); err != nil {
			t.Errorf("%s is not a whole article: %v", e.Name(), err)
		}
	}
	// Cancelled before it starts: nothing is written.
	done, cancelNow := context.WithCancel(context.Background())
	cancelNow()
	empty := t.TempDir()
	if _, err := Import(done, []string{src}, empty, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("%d files written after a cancel", len(entries))
	}
}

func TestUnwritableOutIsAnError(t *testing.T) {
	file := filepath.Join(t.TempDir(), "bestand")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, err := Import(context.Background(), []string{"testdata/tables"}, filepath.Join(file, "uit"), Options{}); err == nil {
		t.Error("no error for an out folder inside a file")
	}
}
