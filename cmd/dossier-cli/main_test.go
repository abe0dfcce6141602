package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// runCLI runs one command in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &env{stdout: &out, stderr: &errOut})
	return code, out.String(), errOut.String()
}

func TestDocsJSON(t *testing.T) {
	code, out, stderr := runCLI(t, "docs", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var docs []map[string]any
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(docs) != 4 {
		t.Fatalf("%d documents, want 4", len(docs))
	}
	wantDates := map[string]string{
		"000_ff3dc8e55b17b03b": "2018-02", "001_3ad7682215385845": "2018-12",
		"002_cb3a6902d3015a5d": "2018-12", "003_0df74ff2f132de6e": "2021-07",
	}
	for _, d := range docs {
		id := d["id"].(string)
		if d["date"] != wantDates[id] {
			t.Errorf("%s: date %v, want %s", id, d["date"], wantDates[id])
		}
		for _, key := range []string{"title", "source", "words", "countries", "organizations"} {
			if _, ok := d[key]; !ok {
				t.Errorf("%s: no %q field", id, key)
			}
		}
		if c, ok := d["countries"].([]any); !ok || c == nil {
			t.Errorf("%s: countries must be an array, got %v", id, d["countries"])
		}
		if title := d["title"].(string); len(title) < 20 || strings.HasPrefix(title, "date") {
			t.Errorf("%s: title %q is no headline", id, title)
		}
	}
	if docs[0]["id"] != "003_0df74ff2f132de6e" || docs[0]["source"] != "NRC" || docs[0]["title"] != "Was Macrons mobiel wel veilig?" {
		t.Errorf("newest article = %v", docs[0])
	}
}

func TestDocsPlain(t *testing.T) {
	code, out, _ := runCLI(t, "docs")
	if code != 0 || !strings.Contains(out, "Was Macrons mobiel wel veilig?") || !strings.Contains(out, "4 articles") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

type shownArticle struct {
	ID         string `json:"id"`
	Source     string `json:"source"`
	Paragraphs []struct {
		Kind string `json:"kind"`
		Text string `json:"text"`
	} `json:"paragraphs"`
}

func showJSON(t *testing.T, args ...string) shownArticle {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"show"}, args...)...)
	if code != 0 {
		t.Fatalf("show %v: exit %d: %s", args, code, stderr)
	}
	var a shownArticle
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return a
}

func TestShow(t *testing.T) {
	a := showJSON(t, "--json", "001_3ad7682215385845")
	for _, p := range a.Paragraphs {
		if strings.Contains(p.Text, "Lees verder na de advertentie") {
			t.Errorf("001 shows the advertising marker")
		}
	}
	a = showJSON(t, "000_ff3dc8e55b17b03b", "--json") // options after the id work too
	var kinds []string
	for _, p := range a.Paragraphs {
		if p.Text == "Hackingtools" || strings.HasSuffix(p.Text, "Foto: EPA-EFE") {
			kinds = append(kinds, p.Kind+":"+p.Text)
		}
	}
	if !slices.Equal(kinds, []string{"caption:President Trump en president Poetin. Foto: EPA-EFE", "heading:Hackingtools"}) {
		t.Errorf("000 caption and heading = %q", kinds)
	}
	if a := showJSON(t, "--json", "003"); a.ID != "003_0df74ff2f132de6e" || a.Source != "NRC" {
		t.Errorf("a unique id prefix should open 003, got %s", a.ID)
	}

	code, out, _ := runCLI(t, "show", "003_0df74ff2f132de6e")
	if code != 0 || !strings.HasPrefix(out, "Was Macrons mobiel wel veilig?\n") || strings.Contains(out, "(NRC)") {
		t.Errorf("plain show: exit %d\n%s", code, out)
	}
	for _, line := range strings.Split(out, "\n") {
		if len([]rune(line)) > textWidth {
			t.Errorf("line longer than %d: %q", textWidth, line)
		}
	}
}

func TestShowUnknownID(t *testing.T) {
	code, _, stderr := runCLI(t, "show", "003_0df74ff")
	if code != 0 {
		t.Fatalf("unique prefix: exit %d", code)
	}
	code, _, stderr = runCLI(t, "show", "0df74ff")
	if code != 1 || !strings.Contains(stderr, `no article with id "0df74ff"`) || !strings.Contains(stderr, "Did you mean: 003_0df74ff2f132de6e") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestValidate(t *testing.T) {
	good := writeFiles(t, map[string]string{"a.txt": "date 2019-05 Tekst.", "sub/b.txt": "date 2019-06 Tekst."})
	code, out, _ := runCLI(t, "validate", good)
	if code != 0 || !strings.Contains(out, "2 articles, all good") {
		t.Errorf("good folder: exit %d\n%s", code, out)
	}

	bad := writeFiles(t, map[string]string{
		"ok.txt":       "date 2019-05 Tekst.",
		"month.txt":    "date 2018-13 Tekst.",
		"empty.txt":    "date 2018-02\n\n",
		"latin1.txt":   "date 2018-02 Caf\xe9",
		"deep/ok.txt":  "date 2019-05 Zelfde id.",
		"nodate.txt":   "\n\nGewoon tekst.",
		"readme.md":    "not an article",
		"binary.txt":   "\x7fELF\x00\x00",
		"another.txt":  "date 2018-02-30 Tekst.",
		"trailing.txt": "date 2019-05 Goed.",
	})
	code, out, _ = runCLI(t, "validate", bad)
	if code != 1 {
		t.Errorf("bad folder: exit %d, want 1", code)
	}
	for _, want := range []string{
		filepath.Join(bad, "month.txt") + ":1: impossible date 2018-13",
		filepath.Join(bad, "empty.txt") + ":1: the article has no text after the date",
		filepath.Join(bad, "latin1.txt") + ":1: not valid UTF-8",
		filepath.Join(bad, "ok.txt") + `:1: duplicate id "ok"`,
		filepath.Join(bad, "nodate.txt") + ":3: an article starts with",
		filepath.Join(bad, "binary.txt") + ":1: binary data",
		filepath.Join(bad, "another.txt") + ":1: impossible date 2018-02-30",
		"2 articles read, 7 files with problems",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("validate output lacks %q:\n%s", want, out)
		}
	}

	if code, out, _ := runCLI(t, "validate", t.TempDir()); code != 1 || !strings.Contains(out, "no article files") {
		t.Errorf("empty folder: exit %d, %s", code, out)
	}
	if code, _, stderr := runCLI(t, "validate", filepath.Join(bad, "missing")); code != 1 || !strings.Contains(stderr, "no such file or folder") {
		t.Errorf("missing folder: exit %d, %s", code, stderr)
	}
}

func TestCorpusFlagWarnsButLists(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "date 2019-05 Een artikel.", "b.txt": "kapot"})
	code, out, stderr := runCLI(t, "docs", "--corpus", dir)
	if code != 0 || !strings.Contains(out, "1 article\n") || !strings.Contains(stderr, "warning: "+filepath.Join(dir, "b.txt")+":1:") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, out, stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{},
		{"frobnicate"},
		{"validate"},
		{"validate", "a", "b"},
		{"show"},
		{"docs", "--no-such-flag"},
		{"docs", "extra"},
	}
	for _, args := range tests {
		if code, _, stderr := runCLI(t, args...); code != 2 || !strings.Contains(stderr, "Usage: dossier-cli") {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 with usage", args, code, stderr)
		}
	}
	if code, out, _ := runCLI(t, "help"); code != 0 || !strings.Contains(out, "validate") {
		t.Errorf("help: exit %d", code)
	}
	if code, _, stderr := runCLI(t, "docs", "-h"); code != 0 || !strings.Contains(stderr, "--corpus") && !strings.Contains(stderr, "-corpus") {
		t.Errorf("docs -h: exit %d, %q", code, stderr)
	}
}

// docs --json gives every article's events in the order of its text: the
// date and, for a range only, its end, as YYYY, YYYY-MM or YYYY-MM-DD, the
// date's precision, the words and their sentence.
func TestDocsJSONEvents(t *testing.T) {
	code, out, stderr := runCLI(t, "docs", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var docs []struct {
		ID     string           `json:"id"`
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatal(err)
	}
	precisions := map[int]string{4: "year", 7: "month", 10: "day"}
	found := map[string]string{} // "000 2017-09" -> its words
	for _, d := range docs {
		if d.Events == nil {
			t.Errorf("%s: events is not a list", d.ID)
		}
		for _, e := range d.Events {
			date, _ := e["date"].(string)
			text, _ := e["text"].(string)
			sentence, _ := e["sentence"].(string)
			if e["precision"] != precisions[len(date)] || text == "" || !strings.Contains(sentence, text) {
				t.Errorf("%s: event %v", d.ID, e)
			}
			if end, ok := e["end"]; ok && (end == "" || end.(string) < date) {
				t.Errorf("%s: event %v has an end that is none", d.ID, e)
			}
			found[d.ID[:3]+" "+date] = text
		}
	}
	// Two of the seed's dates, as the tagger resolves them against the
	// articles' publication.
	for event, words := range map[string]string{"000 2017-09": "september vorig jaar", "002 2018-02-08": "8 februari"} {
		if !strings.Contains(found[event], words) {
			t.Errorf("no event %s (%q) among %v", event, words, found)
		}
	}
	if !strings.Contains(out, `"end": "2018-03"`) {
		t.Errorf("no range among the seed's events (begin dit jaar, 2018-01 to 2018-03)")
	}
	// An article without dates has an empty list, not null.
	b, err := json.Marshal(docSummary{Events: toEventsJSON(nil, nil)})
	if err != nil || !strings.Contains(string(b), `"events":[]`) {
		t.Errorf("no events marshal as %s (%v)", b, err)
	}
}
