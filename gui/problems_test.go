package gui

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
)

// longName is a file name with no space in it, longer than a report line
// is wide: only breaking the word keeps it from being cut off.
var longName = strings.Repeat("een-heel-lange-bestandsnaam-", 7) + "zonder-spaties.txt"

// writeBadFolder writes a folder of good articles and files that fail in
// different ways, among them one whose message names a reason (a Phrase).
func writeBadFolder(t *testing.T) string {
	t.Helper()
	dir := writeCorpus(t, 3) // and kapot.txt, with no date
	for name, text := range map[string]string{
		"maand.txt":  "date 2018-13 Tekst.\n",
		"latin1.txt": "date 2020-01 Caf\xe9 au lait.\n",
		"leeg.txt":   "",
		"a001.txt":   "", // in a folder below, with the same id as ../a001.txt
		longName:     "date 2020-02\ntitle:\n\nTekst.\n",
	} {
		p := filepath.Join(dir, name)
		if name == "a001.txt" {
			p = filepath.Join(dir, "sub", name)
			text = "date 2020-03 Zelfde id.\n"
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestProblemLinesInBothLanguages: in English a report line is exactly the
// command line's (en.json says what corpus says); in Dutch it is another
// sentence, with every argument filled in and its path and line unchanged.
func TestProblemLinesInBothLanguages(t *testing.T) {
	_, problems, err := corpus.LoadDir(context.Background(), writeBadFolder(t), corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 6 {
		t.Fatalf("%d problems, want 6: %q", len(problems), problems)
	}
	dutch := map[string]string{}
	for _, p := range problems {
		line := problemLine(p)
		dutch[p.Error()] = line
		prefix := fmt.Sprintf("%s:%d: ", p.Path, p.Line)
		if !strings.HasPrefix(line, prefix) || line == p.Error() || strings.Contains(line, "<no value>") {
			t.Errorf("Dutch line %q for %q", line, p.Error())
		}
	}
	for _, want := range []string{
		`kapot.txt:1: een artikel begint met "date JJJJ-MM", niet met "geen datum hier"`,
		"maand.txt:1: onmogelijke datum 2018-13: \"2018-13\" heeft geen maand 13 (de maanden lopen van 01 tot en met 12)",
		"latin1.txt:1: geen geldige UTF-8 (byte 0xE9 in kolom 17); sla het bestand op als UTF-8",
		"a001.txt:1: dubbele id \"a001\": ",
	} {
		if !slices.ContainsFunc(slices.Collect(maps.Values(dutch)), func(l string) bool { return strings.Contains(l, want) }) {
			t.Errorf("no Dutch line says %q; got\n%s", want, strings.Join(slices.Collect(maps.Values(dutch)), "\n"))
		}
	}

	inLanguage(t, "en")
	for _, p := range problems {
		if got := problemLine(p); got != p.Error() {
			t.Errorf("English line\n%q, want the command line's\n%q", got, p.Error())
		}
	}
}

// TestEveryCorpusMessageHasATranslation: each key corpus can say a problem
// by has a text in nl.json and en.json, and both name the same arguments,
// so that no translation drops one.
func TestEveryCorpusMessageHasATranslation(t *testing.T) {
	read := func(name string) map[string]string {
		data, err := translations.ReadFile("translations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for k, v := range m {
			if s, ok := v.(string); ok {
				out[k] = s
			}
		}
		return out
	}
	nl, en := read("nl.json"), read("en.json")
	field := regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)
	fields := func(s string) []string {
		var out []string
		for _, m := range field.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	keys := corpus.MessageKeys()
	if len(keys) < 40 {
		t.Fatalf("corpus lists only %d message keys", len(keys))
	}
	for _, key := range keys {
		if nl[key] == "" || en[key] == "" {
			t.Errorf("%q: Dutch %q, English %q", key, nl[key], en[key])
			continue
		}
		if a, b := fields(nl[key]), fields(en[key]); !slices.Equal(a, b) {
			t.Errorf("%q: Dutch fills in %v, English %v", key, a, b)
		}
	}
}

// reportLabels opens a folder with bad files and returns the report's
// summary, its list of problems and the scroll the list is in.
func reportLabels(t *testing.T) (m *MainWindow, head, list *widget.Label, scroll *container.Scroll) {
	t.Helper()
	m, h := openWindow(t, test.NewTempApp(t), seedLibrary(t))
	m.loadFolder(writeBadFolder(t))
	h.runUntil(t, func() bool { return m.loader.done })
	if m.report == nil {
		t.Fatal("no report")
	}
	overlay := m.Window().Canvas().Overlays().Top()
	for _, l := range objectsOfType[*widget.Label](overlay) {
		switch {
		case strings.Contains(l.Text, "kapot.txt:1: "):
			list = l
		case strings.Contains(l.Text, "3 ") && head == nil:
			head = l
		}
	}
	scrolls := objectsOfType[*container.Scroll](overlay)
	if list == nil || head == nil || len(scrolls) != 1 {
		t.Fatalf("report: list %v, summary %v, %d scrolls", list, head, len(scrolls))
	}
	return m, head, list, scrolls[0]
}

// checkWraps fails t unless l wraps inside scroll: word wrap on, no wider
// than the scroll, which only scrolls down, and taller than its text would
// be on unbroken lines.
func checkWraps(t *testing.T, l *widget.Label, scroll *container.Scroll) {
	t.Helper()
	if l.Wrapping != fyne.TextWrapWord || scroll.Direction != container.ScrollVerticalOnly {
		t.Errorf("wrapping %v, scroll direction %v", l.Wrapping, scroll.Direction)
	}
	if l.Size().Width > scroll.Size().Width || l.Size().Width < 200 {
		t.Errorf("the list is %v wide in a scroll %v wide", l.Size().Width, scroll.Size().Width)
	}
	unbroken := widget.NewLabel(l.Text).MinSize()
	if l.MinSize().Height <= unbroken.Height || l.MinSize().Width > scroll.Size().Width {
		t.Errorf("the lines do not wrap: %v high (unbroken %v), min width %v", l.MinSize().Height, unbroken.Height, l.MinSize().Width)
	}
}

func TestReportIsDutchAndWraps(t *testing.T) {
	m, head, list, scroll := reportLabels(t)
	if !strings.HasPrefix(head.Text, "Geopend: 3 artikelen uit ") || !strings.HasSuffix(head.Text, ". 6 bestanden konden niet worden gelezen:") {
		t.Errorf("summary %q", head.Text)
	}
	for _, want := range []string{
		`kapot.txt:1: een artikel begint met "date JJJJ-MM", niet met "geen datum hier"`,
		longName + `:2: na "title" en de dubbele punt hoort een waarde`,
	} {
		if !strings.Contains(list.Text, want) {
			t.Errorf("the report lacks %q:\n%s", want, list.Text)
		}
	}
	checkWraps(t, list, scroll)
	if !slices.ContainsFunc(objectsOfType[*widget.Button](m.Window().Canvas().Overlays().Top()),
		func(b *widget.Button) bool { return b.Text == "Sluiten" }) {
		t.Error("no Sluiten button")
	}
}

func TestReportInEnglish(t *testing.T) {
	inLanguage(t, "en")
	_, head, list, scroll := reportLabels(t)
	if !strings.HasPrefix(head.Text, "Opened: 3 articles from ") || !strings.HasSuffix(head.Text, ". 6 files could not be read:") {
		t.Errorf("summary %q", head.Text)
	}
	if want := `kapot.txt:1: an article starts with "date YYYY-MM", not "geen datum hier"`; !strings.Contains(list.Text, want) {
		t.Errorf("the report lacks %q:\n%s", want, list.Text)
	}
	checkWraps(t, list, scroll)
}

// TestReportCountsTheRest: past maxReported lines, the report says how many
// more there are, in words.
func TestReportCountsTheRest(t *testing.T) {
	problems := make([]corpus.Problem, maxReported+2)
	for i := range problems {
		problems[i] = corpus.Problem{Path: fmt.Sprintf("f%d.txt", i), Line: 1, Message: "binary data", Key: "problem.encoding.binary"}
	}
	lines := strings.Split(reportText(problems), "\n\n")
	if len(lines) != maxReported+1 || lines[maxReported] != "… en nog 2 problemen" || lines[0] != "f0.txt:1: binaire gegevens (een NUL-byte): dit is geen tekstbestand" {
		t.Errorf("%d lines, first %q, last %q", len(lines), lines[0], lines[len(lines)-1])
	}
}

// TestErrorDialogIsDutch: a folder that cannot be opened is said in Dutch,
// title, reason and button, with none of the loader's English.
func TestErrorDialogIsDutch(t *testing.T) {
	m, h := openWindow(t, test.NewTempApp(t), seedLibrary(t))
	missing := filepath.Join(t.TempDir(), "bestaat-niet")
	m.loadFolder(missing)
	h.runUntil(t, func() bool { return m.loader.done })
	overlay := m.Window().Canvas().Overlays().Top()
	texts := overlayTexts(m)
	want := "De map ‘" + missing + "’ kan niet worden geopend: bestand of map bestaat niet."
	if !strings.Contains(texts, "De map kon niet worden geopend") || !strings.Contains(texts, want) || strings.Contains(texts, "open corpus") {
		t.Errorf("the dialog reads %q, want the title and %q", texts, want)
	}
	buttons := objectsOfType[*widget.Button](overlay)
	if len(buttons) != 1 || buttons[0].Text != "Sluiten" {
		t.Errorf("buttons %v", buttons)
	}
	for _, l := range objectsOfType[*widget.Label](overlay) {
		if strings.Contains(l.Text, missing) && l.Wrapping != fyne.TextWrapWord {
			t.Errorf("the message does not wrap")
		}
	}
}

// TestErrorText: errors with keys are translated, joined problems a line
// each, and any other error keeps its words.
func TestErrorText(t *testing.T) {
	_, _, err := corpus.LoadDir(context.Background(), filepath.Join(t.TempDir(), "x"), corpus.LoadOptions{})
	if got := errorText(fmt.Errorf("wrapped: %w", err)); !strings.HasSuffix(got, "kan niet worden geopend: bestand of map bestaat niet.") {
		t.Errorf("LoadDir error: %q", got)
	}
	joined := errors.Join(
		corpus.Problem{Path: "a.txt", Line: 2, Message: "the article has no text after the date", Key: "problem.parse.notext"},
		corpus.Problem{Path: "b.txt", Line: 1, Message: "something new"})
	if got, want := errorText(fmt.Errorf("embedded corpus: %w", joined)),
		"a.txt:2: het artikel heeft geen tekst na de datum\nb.txt:1: something new"; got != want {
		t.Errorf("joined problems: %q, want %q", got, want)
	}
	if got := errorText(errors.New("disk on fire")); got != "disk on fire" {
		t.Errorf("plain error: %q", got)
	}
}

// TestErrorWindowIsDutch: the window shown when the built-in articles
// cannot be loaded says their problems in Dutch, and wraps.
func TestErrorWindowIsDutch(t *testing.T) {
	a := test.NewTempApp(t)
	err := fmt.Errorf("embedded corpus: %w", errors.Join(
		corpus.Problem{Path: "000.txt", Line: 1, Message: "the file is UTF-16; save it as UTF-8", Key: "problem.encoding.utf16"}))
	w := NewErrorWindow(a, err)
	t.Cleanup(func() { closeWindow(a, w) })
	var texts []string
	for _, l := range objectsOfType[*widget.Label](w.Content()) {
		texts = append(texts, l.Text)
		if strings.HasPrefix(l.Text, "000.txt") && l.Wrapping != fyne.TextWrapWord {
			t.Error("the detail does not wrap")
		}
	}
	if !slices.Equal(texts, []string{"Dossier kon de artikelen niet laden", "000.txt:1: het bestand is UTF-16; sla het op als UTF-8"}) {
		t.Errorf("the window reads %q", texts)
	}
}
