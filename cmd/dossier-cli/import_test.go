package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/corpus"
)

const importTestdata = "../../corpus/importer/testdata"

func TestImportWritesArticlesAndReportsProblems(t *testing.T) {
	out := filepath.Join(t.TempDir(), "mijn-dossier")
	code, stdout, stderr := runCLI(t, "import", importTestdata+"/pages", importTestdata+"/feeds", "--out", out)
	if code != exitProblems {
		t.Fatalf("exit %d, want %d (the test data has broken files): %s", code, exitProblems, stderr)
	}
	for _, want := range []string{
		importTestdata + "/pages/geen-datum.html: no publication date found\n",
		importTestdata + "/feeds/pon-tech.rss:36: cannot read the date \"binnenkort\"\n",
		importTestdata + "/feeds/pon-tech.rss:9: duplicate (same url) of " + out + "/2019-03-04_3dc80ed85efa3e01.txt, not written again\n",
		out + ": 13 articles, 1 duplicate, 6 problems\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the report lacks %q:\n%s", want, stdout)
		}
	}
	if stderr != "" {
		t.Errorf("stderr (no terminal, so no progress bar): %q", stderr)
	}
	// What was written opens as a corpus, without a problem.
	c, problems, err := corpus.LoadDir(t.Context(), out, corpus.LoadOptions{})
	if err != nil || len(problems) > 0 || c.Len() != 13 {
		t.Errorf("the imported folder: %d articles, problems %v, %v", c.Len(), problems, err)
	}
	// Again: the same files, nothing new.
	code, again, _ := runCLI(t, "import", importTestdata+"/pages", importTestdata+"/feeds", "--out", out)
	if code != exitProblems || again != stdout {
		t.Errorf("a second import said\n%s\nthe first\n%s", again, stdout)
	}
}

func TestImportJSON(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, "import", "--json", importTestdata+"/tables", "--out", out)
	if code != exitProblems {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		Written    int      `json:"written"`
		Files      []string `json:"files"`
		Duplicates []struct {
			Path, Of, By string
			Line         int
		} `json:"duplicates"`
		Problems []struct {
			Path, Message string
			Line          int
		} `json:"problems"`
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	if r.Written != 6 || len(r.Files) != 6 || len(r.Duplicates) != 1 || len(r.Problems) != 6 {
		t.Fatalf("written %d, files %d, duplicates %+v, problems %+v", r.Written, len(r.Files), r.Duplicates, r.Problems)
	}
	d := r.Duplicates[0]
	if !strings.HasSuffix(d.Path, "excel-export.csv") || d.Line != 3 || d.By != "text" || filepath.Dir(d.Of) != out {
		t.Errorf("duplicate %+v", d)
	}
	p := r.Problems[0]
	if !strings.HasSuffix(p.Path, "archief.jsonl") || p.Line != 4 || !strings.HasPrefix(p.Message, "not a JSON object") {
		t.Errorf("first problem %+v", p)
	}
}

func TestImportMapAndCleanExit(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "export.csv")
	os.WriteFile(csv, []byte("Verschenen;Kop;Body\n4 maart 2019;Een kop;Tekst van het artikel over spionage.\n"), 0o644)
	out := filepath.Join(dir, "uit")
	code, _, stderr := runCLI(t, "import", csv, "--out", out)
	if code != exitProblems {
		t.Errorf("without --map: exit %d, want %d", code, exitProblems)
	}
	code, stdout, stderr := runCLI(t, "import", "--map", "date=Verschenen,title=Kop,text=Body", csv, "--out", out)
	if code != exitOK || !strings.Contains(stdout, ": 1 article\n") {
		t.Errorf("with --map: exit %d\n%s%s", code, stdout, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(out, "2019-03-04_*.txt"))
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	data, _ := os.ReadFile(files[0])
	if !strings.HasPrefix(string(data), "date 2019-03-04\ntitle: Een kop\n\nTekst van het artikel") {
		t.Errorf("the article:\n%s", data)
	}
}

func TestImportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"import", importTestdata},                                            // no --out
		{"import", "--out", t.TempDir()},                                      // no source
		{"import", "--map", "auteur=x", importTestdata, "--out", t.TempDir()}, // no such field
		{"import", "--bogus", importTestdata, "--out", t.TempDir()},
	} {
		if code, _, _ := runCLI(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 10000: "10,000", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
