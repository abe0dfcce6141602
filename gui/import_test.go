//go:build !js

package gui

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"dossier/corpus"
	"dossier/corpus/importer"
)

const importTestdata = "../corpus/importer/testdata"

// TestImportOpensTheImportedArticles runs File › Import… past its file
// dialog (importInto is what the dialog's Import button calls): the import
// runs in the background, the window switches to the imported articles,
// and the report lists, in Dutch, what could not be imported.
func TestImportOpensTheImportedArticles(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	out := filepath.Join(t.TempDir(), "pages-dossier")

	r := m.importInto([]string{importTestdata + "/pages", importTestdata + "/feeds"}, out)
	if m.session.Library() != seed {
		t.Fatal("the window switched before anything was imported")
	}
	h.runUntil(t, func() bool { return r.finished })

	lib := m.session.Library()
	if lib == seed || lib.Corpus().Len() != 13 {
		t.Fatalf("after the import the window shows %d articles, want the 13 imported", lib.Corpus().Len())
	}
	if _, ok := lib.Corpus().Doc("2019-03-03_1fc8293ab69310ce"); !ok {
		t.Errorf("the blog post dated only in its text is not among the articles")
	}
	if m.session.Total() != 13 {
		t.Errorf("%d results, want 13", m.session.Total())
	}
	report := overlayTexts(m)
	for _, want := range []string{
		"13 artikelen zijn geïmporteerd in pages-dossier en geopend.",
		"1 dubbel artikel is één keer geschreven.",
		"6 invoeren werden geen artikel:",
		importTestdata + "/pages/geen-datum.html: geen publicatiedatum gevonden",
		importTestdata + "/feeds/pon-tech.rss:36: de datum \"binnenkort\" is niet te lezen",
		importTestdata + "/feeds/pon-tech.rss:9: hetzelfde adres als 2019-03-04_3dc80ed85efa3e01.txt; niet nog eens geschreven",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
	if strings.Contains(report, "zijn geopend.") && strings.Contains(report, "Alle 13") {
		t.Errorf("the load's own report is shown beside the import's:\n%s", report)
	}
	if got := a.Preferences().String(preferenceCorpus); got != out {
		t.Errorf("remembered corpus %q, want the imported folder %q", got, out)
	}
}

// TestImportCancelLeavesNoPartialFiles cancels an import of many pages as
// the Cancel button does: the corpus stays, and every file in the folder is
// a whole article.
func TestImportCancelLeavesNoPartialFiles(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	src := t.TempDir()
	for i := range 2000 {
		page := fmt.Sprintf(`<html><head><meta property="article:published_time" content="2021-03-%02d"><title>Bericht %d</title></head>
<body><article><h1>Bericht %d over spionage</h1><p>Hackers drongen binnen bij ministerie nummer %d, meldt de dienst. Het onderzoek loopt nog en de minister zwijgt.</p></article></body></html>`, 1+i%28, i, i, i)
		os.WriteFile(filepath.Join(src, fmt.Sprintf("p%04d.html", i)), []byte(page), 0o644)
	}
	out := filepath.Join(t.TempDir(), "uit")
	r := m.importInto([]string{src}, out)
	h.runUntil(t, func() bool { return r.stage.Text != "" }) // under way
	r.cancel()
	h.runUntil(t, func() bool { return r.finished })
	if m.session.Library() != seed {
		t.Errorf("a cancelled import replaced the corpus")
	}
	entries, _ := os.ReadDir(out)
	if len(entries) >= 2000 {
		t.Errorf("all %d articles were written after the cancel", len(entries))
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(out, e.Name()))
		if err != nil || strings.HasPrefix(e.Name(), ".") {
			t.Errorf("%s: left behind (%v)", e.Name(), err)
			continue
		}
		if _, err := corpus.Parse(e.Name(), data); err != nil {
			t.Errorf("%s is not a whole article: %v", e.Name(), err)
		}
	}
}

func TestDefaultImportFolder(t *testing.T) {
	for source, want := range map[string]string{
		"/home/a/Bewaard":          "/home/a/Bewaard-dossier",
		"/home/a/Bewaard/":         "/home/a/Bewaard-dossier",
		"/home/a/feeds/nieuws.rss": "/home/a/feeds/nieuws-dossier",
		"/home/a/export.2024.csv":  "/home/a/export.2024-dossier",
	} {
		if got := defaultImportFolder(source); got != want {
			t.Errorf("defaultImportFolder(%q) = %q, want %q", source, got, want)
		}
	}
}

// TestImportMessagesAreTranslated checks that every problem the importer
// can report has a Dutch and an English text, with the same fields.
func TestImportMessagesAreTranslated(t *testing.T) {
	data, err := translations.ReadFile("translations/en.json")
	if err != nil {
		t.Fatal(err)
	}
	var english map[string]any
	if err := json.Unmarshal(data, &english); err != nil {
		t.Fatal(err)
	}
	field := regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)
	fields := func(s string) []string {
		var out []string
		for _, m := range field.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	keys := importer.MessageKeys()
	if len(keys) < 15 {
		t.Fatalf("the importer lists only %d message keys", len(keys))
	}
	for _, key := range keys {
		nl := dutch()[key]
		en, _ := english[key].(string)
		if nl == "" || en == "" {
			t.Errorf("%q: Dutch %q, English %q", key, nl, en)
			continue
		}
		if a, b := fields(nl), fields(en); !slices.Equal(a, b) {
			t.Errorf("%q: Dutch fills in %v, English %v", key, a, b)
		}
	}
}
