package search

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/corpus/gen"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/golden_mix.json from the current code")

// goldenPhrases add phrases, and a country name of two words searched as
// plain words, to the query mix of the speed targets.
var goldenPhrases = []string{
	`"de geheime dienst"`, `"geheime diensten"`, `"de regering"`, `"dienst geheime"`,
	`"het kabinet" spionage`, `"verenigde staten"`, `"de het"`, `"in de"`,
}

type goldenHit struct {
	ID      string   `json:"id"`
	Score   float64  `json:"score"`
	Why     []Reason `json:"why"`
	Snippet string   `json:"snippet"`
	Spans   [][2]int `json:"spans"`
	Title   [][2]int `json:"title_spans"`
}

type goldenQuery struct {
	Query   string      `json:"query"`
	Total   int         `json:"total"`
	Mode    Mode        `json:"mode,omitempty"` // only when partial
	LeftOut []string    `json:"left_out,omitempty"`
	Hits    []goldenHit `json:"hits"`
}

// TestGoldenMix guards the ranking against changes made for speed: the query
// mix of the speed targets, with more phrases, must give the same totals, top
// hits, scores, evidence and snippets on a generated corpus as when
// testdata/golden_mix.json was written (go test -run TestGoldenMix -update,
// only for a deliberate change of results).
func TestGoldenMix(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 2,000 articles")
	}
	docs, err := gen.Documents(2000, 1)
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, Options{}, docs...)
	var got []goldenQuery
	for _, q := range append(readQueryMix(t), goldenPhrases...) {
		res := ix.Search(Query{Text: q, Limit: 10})
		g := goldenQuery{Query: q, Total: res.Total, LeftOut: res.LeftOut, Hits: []goldenHit{}}
		if res.Mode != ModeAll {
			g.Mode = res.Mode
		}
		for _, h := range res.Hits {
			g.Hits = append(g.Hits, goldenHit{ID: h.Doc.ID, Score: h.Score, Why: h.Why, Snippet: h.Snippet, Spans: h.Spans, Title: h.TitleSpans})
		}
		got = append(got, g)
	}
	path := filepath.Join("testdata", "golden_mix.json")
	if *updateGolden {
		data, err := json.MarshalIndent(got, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []goldenQuery
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Fatalf("%d queries, golden file has %d", len(got), len(want))
	}
	for i := range got {
		g, _ := json.Marshal(got[i])
		w, _ := json.Marshal(want[i])
		if string(g) != string(w) {
			t.Errorf("query %q:\n got %s\nwant %s", got[i].Query, g, w)
		}
	}
}

// readQueryMix reads testdata/queries.txt as dossier-cli bench does.
func readQueryMix(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "queries.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var queries []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimRight(sc.Text(), "\r"); strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			queries = append(queries, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return queries
}
