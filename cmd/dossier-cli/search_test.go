package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dossier/corpus"
	"dossier/corpus/search"
)

type searchOutput struct {
	Query string `json:"query"`
	Total int    `json:"total"`
	Hits  []struct {
		ID      string   `json:"id"`
		Date    string   `json:"date"`
		Title   string   `json:"title"`
		Score   float64  `json:"score"`
		Why     []string `json:"why"`
		Snippet string   `json:"snippet"`
		Spans   [][2]int `json:"spans"`
		Words   []struct {
			Query  string   `json:"query"`
			Reason string   `json:"reason"`
			Forms  []string `json:"forms"`
		} `json:"words"`
	} `json:"hits"`
	Facets struct {
		Countries map[string]int `json:"countries"`
		Months    map[string]int `json:"months"`
	} `json:"facets"`
}

func searchJSON(t *testing.T, args ...string) searchOutput {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"search", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("search %q: exit %d: %s", args, code, stderr)
	}
	var res searchOutput
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return res
}

func hitIDs(res searchOutput) []string {
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID[:3])
	}
	return ids
}

// The examples of the search issue, answered through the command line.
func TestSearchIssueExamples(t *testing.T) {
	tests := []struct {
		query string
		want  []string // id prefixes that must be among the hits
		why   string   // a reason the first hit must give
	}{
		{"pegasis", []string{"003"}, "typo"},
		{"macorn", []string{"003"}, "typo"},
		{"israel", []string{"001", "003"}, ""}, // 001 says "Israël" (exact), 003 "Israëlische" (country): see below
		{"Frankrijk", []string{"003"}, "country"},
		{"Morocco", []string{"003"}, "country"},
		{"VS", []string{"000", "001", "002"}, ""},
		{"geinfiltreerd", []string{"002"}, "exact"},
		{"elysee", []string{"003"}, "exact"},
		{"hacker", []string{"001", "002"}, "stem"},
		{"diplomaat", []string{"001", "002"}, "stem"},
		{"kernk", []string{"002"}, "prefix"},
		{"spionage", []string{"002", "003"}, ""},
		{"surveillance", []string{"003"}, "prefix"},
		{"surveillance ", []string{"003"}, "compound"}, // a finished word: no prefix match
	}
	for _, tt := range tests {
		res := searchJSON(t, tt.query)
		got := hitIDs(res)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: hits %v lack %s", tt.query, got, w)
			}
		}
		if tt.why != "" && (len(res.Hits) == 0 || !slices.Contains(res.Hits[0].Why, tt.why)) {
			t.Errorf("%q: first hit's reasons %v lack %q", tt.query, res.Hits, tt.why)
		}
		for _, h := range res.Hits {
			runes := []rune(h.Snippet)
			for _, sp := range h.Spans {
				if sp[0] < 0 || sp[1] > len(runes) || sp[0] >= sp[1] {
					t.Errorf("%q: span %v outside snippet of %d runes", tt.query, sp, len(runes))
				}
			}
		}
	}
}

// TestSearchJSONWords: each hit says how it matched each word of the query,
// in the order typed, with the words of the article that matched.
func TestSearchJSONWords(t *testing.T) {
	res := searchJSON(t, "pegasis", "Frankrijk")
	if len(res.Hits) != 1 {
		t.Fatalf("hits %v, want 003 alone", hitIDs(res))
	}
	w := res.Hits[0].Words
	if len(w) != 2 || w[0].Query != "pegasis" || w[0].Reason != "typo" || !slices.Equal(w[0].Forms, []string{"Pegasus"}) ||
		w[1].Query != "Frankrijk" || w[1].Reason != "country" || !slices.Contains(w[1].Forms, "Franse") {
		t.Errorf("words %+v", w)
	}
	// Never null: no words for an empty query, "none" and no forms for a
	// word a hit lacks (as hits that match part of a query may).
	for _, res := range []search.Result{
		{Total: 1, Hits: []search.Hit{{Doc: &corpus.Document{ID: "x"}}}},
		{Total: 1, Hits: []search.Hit{{Doc: &corpus.Document{ID: "x"}, Words: []search.WordMatch{{Query: "ontbreekt"}}}}},
	} {
		data, err := json.Marshal(toResultJSON("q", res))
		if err != nil {
			t.Fatal(err)
		}
		want := `"words":[]`
		if len(res.Hits[0].Words) > 0 {
			want = `"words":[{"query":"ontbreekt","reason":"none","forms":[]}]`
		}
		if !strings.Contains(string(data), want) {
			t.Errorf("%s lacks %s", data, want)
		}
	}
}

func TestSearchFoldsDiacritics(t *testing.T) {
	for _, h := range searchJSON(t, "israel").Hits {
		if h.ID[:3] == "001" && !slices.Contains(h.Why, "exact") {
			t.Errorf("israel should match Israël in 001 exactly, got %v", h.Why)
		}
	}
}

func TestSearchEmptyQueryAndFilters(t *testing.T) {
	res := searchJSON(t)
	if res.Total != 4 || !slices.Equal(hitIDs(res), []string{"003", "001", "002", "000"}) {
		t.Errorf("empty query: %d hits %v, want all four newest first", res.Total, hitIDs(res))
	}
	if res.Facets.Months["2018-12"] != 2 || res.Facets.Months["2021-07"] != 1 {
		t.Errorf("month facets = %v", res.Facets.Months)
	}
	res = searchJSON(t, "--from", "2018-06", "--to", "2019-01")
	if !slices.Equal(hitIDs(res), []string{"001", "002"}) {
		t.Errorf("date range: %v", hitIDs(res))
	}
	if res := searchJSON(t, "--limit", "1", "trump"); res.Total < 2 || len(res.Hits) != 1 {
		t.Errorf("limit 1: total %d, %d hits", res.Total, len(res.Hits))
	}
}

func TestSearchPlainMarksMatches(t *testing.T) {
	code, out, _ := runCLI(t, "search", "pegasis")
	if code != 0 || !strings.Contains(out, "»Pegasus«") || !strings.Contains(out, "1 of 1 article") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "search", "xyzzyq")
	if code != 0 || !strings.Contains(out, `No article matches "xyzzyq"`) {
		t.Errorf("no hits: exit %d:\n%s", code, out)
	}
}

func TestSearchWithoutWordsSaysWhy(t *testing.T) {
	var out strings.Builder
	printResult(&out, "🙂", search.Result{Mode: search.ModeNoWords})
	if want := "No article matches \"🙂\": it has no word to search for, only symbols or emoji.\n"; out.String() != want {
		t.Errorf("prints %q, want %q", out.String(), want)
	}
}

func TestSearchUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"search", "--from", "2018-13"},
		{"search", "--to", "18-1"},
		{"search", "--from", "2020-01", "--to", "2019-01"},
		{"search", "--limit", "0", "x"},
	} {
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	_, _, stderr := runCLI(t, "search", "--from", "2020-01", "--to", "2019-01", "x")
	if want := "dossier-cli search: --to 2019-01 is before --from 2020-01\n"; stderr != want {
		t.Errorf("the range backwards says %q, want %q", stderr, want)
	}
}

func TestGenThenValidateAndBench(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "gen")
	if code, _, stderr := runCLI(t, "gen", "--docs", "50", "--seed", "7", "--out", dir); code != 0 {
		t.Fatalf("gen: exit %d: %s", code, stderr)
	}
	if code, out, _ := runCLI(t, "validate", dir); code != 0 || !strings.Contains(out, "50 articles, all good") {
		t.Fatalf("generated corpus does not validate: exit %d\n%s", code, out)
	}
	again := filepath.Join(t.TempDir(), "again")
	runCLI(t, "gen", "--docs", "50", "--seed", "7", "--out", again)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		a, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		b, _ := os.ReadFile(filepath.Join(again, e.Name()))
		if string(a) != string(b) {
			t.Fatalf("gen is not deterministic: %s differs", e.Name())
		}
	}

	queries := filepath.Join(t.TempDir(), "q.txt")
	os.WriteFile(queries, []byte("# comment\nspionage \nspion\n\n"), 0o644)
	code, out, stderr := runCLI(t, "bench", "--corpus", dir, "--queries", queries, "--runs", "3", "--baseline-runs", "1", "--json")
	if code != 0 {
		t.Fatalf("bench: exit %d: %s", code, stderr)
	}
	var report struct {
		Articles int                `json:"articles"`
		OpenMS   float64            `json:"index_build_ms"`
		Stages   map[string]float64 `json:"stages_ms"`
		Queries  []struct {
			Query     string                     `json:"query"`
			P99       float64                    `json:"p99_ms"`
			Hits      int                        `json:"hits"`
			Top       []string                   `json:"top"`
			Baselines map[string]json.RawMessage `json:"baselines"`
		} `json:"queries"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("bench JSON: %v\n%s", err, out)
	}
	if report.Articles != 50 || len(report.Queries) != 2 || report.Queries[0].Query != "spionage " {
		t.Fatalf("bench report: %+v", report)
	}
	// Opening is split by stage, in order, within the whole.
	sum := 0.0
	for _, stage := range []string{"places", "index"} {
		if report.Stages[stage] <= 0 {
			t.Errorf("bench: stage %s took %v ms", stage, report.Stages[stage])
		}
		sum += report.Stages[stage]
	}
	if len(report.Stages) != 2 || sum > report.OpenMS {
		t.Errorf("bench: stages %v in %v ms", report.Stages, report.OpenMS)
	}
	for _, q := range report.Queries {
		if q.P99 <= 0 || len(q.Top) != min(q.Hits, topIDs) || q.Baselines["fuzzy"] == nil || q.Baselines["substring"] == nil {
			t.Errorf("query %q: %+v", q.Query, q)
		}
	}
	if code, _, _ := runCLI(t, "bench", "--corpus", dir); code != 2 {
		t.Errorf("bench without --queries: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, "gen", "--docs", "0", "--out", dir); code != 2 {
		t.Errorf("gen --docs 0: exit %d, want 2", code)
	}
}

func TestDocsJSONCountries(t *testing.T) {
	_, out, _ := runCLI(t, "docs", "--json")
	var docs []struct {
		ID        string `json:"id"`
		Countries []struct {
			Code     string `json:"code"`
			Name     string `json:"name"`
			Mentions int    `json:"mentions"`
		} `json:"countries"`
		Organizations []struct {
			Code string `json:"code"`
		} `json:"organizations"`
	}
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatal(err)
	}
	codes := map[string][]string{}
	for _, d := range docs {
		for i, c := range d.Countries {
			codes[d.ID[:3]] = append(codes[d.ID[:3]], c.Code)
			if c.Name == "" || c.Mentions < 1 || (i > 0 && c.Mentions > d.Countries[i-1].Mentions) {
				t.Errorf("%s: country entry %+v is unnamed, uncounted or out of order", d.ID, c)
			}
		}
		if d.ID[:3] != "000" && len(d.Organizations) == 0 {
			t.Errorf("%s names the EU but lists no organisation", d.ID)
		}
	}
	if slices.Contains(codes["003"], "US") {
		t.Errorf("003: The Washington Post must add no US: %v", codes["003"])
	}
	for id, want := range map[string][]string{"000": {"US", "RU", "DE"}, "003": {"FR", "MA", "IL", "BE"}, "001": {"CY", "CN"}} {
		for _, w := range want {
			if !slices.Contains(codes[id], w) {
				t.Errorf("%s: countries %v lack %s", id, codes[id], w)
			}
		}
	}
}

func TestCountriesCommand(t *testing.T) {
	code, out, _ := runCLI(t, "countries")
	if code != 0 || !strings.Contains(out, "Marokko") || !strings.Contains(out, "Europese Unie") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	_, out, _ = runCLI(t, "countries", "--json")
	var res struct {
		Countries []struct {
			Code     string `json:"code"`
			Articles int    `json:"articles"`
		} `json:"countries"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Countries) == 0 || res.Countries[0].Code != "US" || res.Countries[0].Articles != 3 {
		t.Errorf("countries --json: %v %+v", err, res)
	}
}

func TestSearchCountryFilter(t *testing.T) {
	if res := searchJSON(t, "--country", "MA"); !slices.Equal(hitIDs(res), []string{"003"}) {
		t.Errorf("--country MA: %v", hitIDs(res))
	}
	if res := searchJSON(t, "--country", "ma,CY"); !slices.Equal(hitIDs(res), []string{"003", "001", "002"}) {
		t.Errorf("--country ma,CY: %v", hitIDs(res))
	}
	if code, _, stderr := runCLI(t, "search", "--country", "XX", "x"); code != 2 || !strings.Contains(stderr, "no ISO 3166-1 country code") {
		t.Errorf("--country XX: exit %d %s", code, stderr)
	}
}

// An organisation filters as a country does, but stays off the country
// facet, which is what the map draws.
func TestSearchOrganizationFilter(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--country", "EU"}, []string{"003", "001", "002"}},
		{[]string{"--country", "eu", "hackers"}, []string{"001", "002"}},
		{[]string{"--country", "UN"}, []string{"001"}},
		{[]string{"--country", "UN,MA"}, []string{"003", "001"}},
		{[]string{"--country", "EU,DE"}, []string{"003", "001", "002", "000"}},
		{[]string{"--country", "EU,MA", "--all-countries"}, []string{"003"}},
		{[]string{"--country", "NATO"}, nil},
	}
	for _, tt := range tests {
		res := searchJSON(t, tt.args...)
		got := hitIDs(res)
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tt.want))
		if !slices.Equal(got, want) || res.Total != len(tt.want) {
			t.Errorf("%q: total %d, hits %v; want %v", tt.args, res.Total, got, tt.want)
		}
		for _, org := range []string{"EU", "UN", "NATO"} {
			if _, ok := res.Facets.Countries[org]; ok {
				t.Errorf("%q: the country facet has %s: %v", tt.args, org, res.Facets.Countries)
			}
		}
	}
}

func TestSearchIDFilter(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		// The bookmarks case: a country named among a few articles.
		{[]string{"--id", "003_0df74ff2f132de6e", "Frankrijk"}, []string{"003"}},
		{[]string{"--id", "000,001", "Frankrijk"}, nil},
		{[]string{"--id", "000", "--id", "003.txt"}, []string{"003", "000"}},
		{[]string{"--id", "001, 002", "--id", "003", "hackers"}, []string{"001", "002"}},
		{[]string{"--id", "001,002,003", "--country", "CY"}, []string{"001", "002"}},
	}
	for _, tt := range tests {
		res := searchJSON(t, tt.args...)
		got := hitIDs(res)
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) || res.Total != len(tt.want) {
			t.Errorf("%q: total %d, hits %v; want %v", tt.args, res.Total, got, tt.want)
		}
	}
	res := searchJSON(t, "--id", "000,001")
	if res.Facets.Months["2018-02"] != 1 || res.Facets.Months["2018-12"] != 1 || res.Facets.Countries["FR"] != 0 || res.Facets.Countries["US"] != 2 {
		t.Errorf("facets among --id 000,001: %+v", res.Facets)
	}
	for _, id := range []string{"999", "00"} { // unknown, and the start of four
		if code, _, stderr := runCLI(t, "search", "--id", id, "x"); code != 2 || !strings.Contains(stderr, "--id "+id) {
			t.Errorf("--id %s: exit %d %s", id, code, stderr)
		}
	}
}

func TestSearchAllCountries(t *testing.T) {
	if res := searchJSON(t, "--country", "US,CY", "--all-countries"); !slices.Equal(hitIDs(res), []string{"001", "002"}) {
		t.Errorf("--country US,CY --all-countries: %v", hitIDs(res))
	}
	if res := searchJSON(t, "--country", "US", "--country", "MA", "--all-countries"); res.Total != 0 {
		t.Errorf("--country US --country MA --all-countries: %v", hitIDs(res))
	}
	if res := searchJSON(t, "--country", "US,MA"); res.Total != 4 {
		t.Errorf("--country US,MA without --all-countries: %v", hitIDs(res))
	}
}

// --by says what --from and --to filter on: the month of publication (the
// default), the months an article talks about, or either.
func TestSearchByEvent(t *testing.T) {
	sept2017 := []string{"--from", "2017-09", "--to", "2017-09"}
	if res := searchJSON(t, sept2017...); res.Total != 0 {
		t.Errorf("published in 2017-09: %v", hitIDs(res))
	}
	if res := searchJSON(t, append([]string{"--by", "published"}, sept2017...)...); res.Total != 0 {
		t.Errorf("--by published, 2017-09: %v", hitIDs(res))
	}
	// 000 (2018-02) tells of "september vorig jaar".
	for _, by := range []string{"event", "either"} {
		if res := searchJSON(t, append([]string{"--by", by}, sept2017...)...); !slices.Contains(hitIDs(res), "000") {
			t.Errorf("--by %s, 2017-09: %v, want 000 among them", by, hitIDs(res))
		}
	}
	if res := searchJSON(t, "--by", "either", "--from", "2021-07", "--to", "2021-07"); !slices.Contains(hitIDs(res), "003") {
		t.Errorf("--by either, 2021-07: %v, want 003, published then", hitIDs(res))
	}
	if res := searchJSON(t, "--by", "event"); res.Total != 4 {
		t.Errorf("--by event without a range: %v, want all four", hitIDs(res))
	}
	code, _, stderr := runCLI(t, "search", "--by", "events", "--from", "2017-09", "x")
	if code != 2 {
		t.Errorf("--by events: exit %d, want 2", code)
	}
	for _, choice := range []string{"published", "event", "either"} {
		if !strings.Contains(stderr, choice) {
			t.Errorf("--by events says %q, which does not name %q", stderr, choice)
		}
	}
}
