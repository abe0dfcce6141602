package main

import (
	"encoding/json"
	"strings"
	"testing"
)

type openItem struct {
	Kind     string   `json:"kind"`
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Spans    [][2]int `json:"spans"`
	Articles int      `json:"articles"`
}

func openJSON(t *testing.T, args ...string) []openItem {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"open", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("open %q: exit %d: %s", args, code, stderr)
	}
	var items []openItem
	if err := json.Unmarshal([]byte(out), &items); err != nil || items == nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	return items
}

func TestOpenJSON(t *testing.T) {
	tests := []struct {
		args  []string
		first openItem
		n     int // how many items, or -1
	}{
		{nil, openItem{Kind: "article", ID: "003_0df74ff2f132de6e", Label: "Was Macrons mobiel wel veilig?", Spans: [][2]int{}}, 4},
		{[]string{"--limit", "2"}, openItem{Kind: "article", ID: "003_0df74ff2f132de6e"}, 2},
		{[]string{"cia"}, openItem{Kind: "article", ID: "000_ff3dc8e55b17b03b", Spans: [][2]int{{34, 37}}}, -1},
		{[]string{"Europese", "Unie"}, openItem{Kind: "organization", ID: "EU", Label: "Europese Unie", Spans: [][2]int{{0, 13}}, Articles: 3}, -1},
		{[]string{"--lang", "en", "verenigde"}, openItem{Kind: "country", ID: "US", Label: "Verenigde Staten", Spans: [][2]int{{0, 9}}, Articles: 3}, -1},
		{[]string{"--lang", "en", "mar"}, openItem{Kind: "country", ID: "MA", Label: "Marokko", Articles: 1}, -1}, // the Dutch name matches
		{[]string{"--lang", "en", "moroc"}, openItem{Kind: "country", ID: "MA", Label: "Morocco", Articles: 1}, -1},
		{[]string{"xqzj"}, openItem{}, 0},
	}
	for _, tt := range tests {
		items := openJSON(t, tt.args...)
		if tt.n >= 0 && len(items) != tt.n {
			t.Errorf("open %q: %d items, want %d: %+v", tt.args, len(items), tt.n, items)
		}
		if tt.n == 0 {
			continue
		}
		if len(items) == 0 {
			t.Errorf("open %q: nothing", tt.args)
			continue
		}
		got, want := items[0], tt.first
		if got.Kind != want.Kind || got.ID != want.ID || (want.Label != "" && got.Label != want.Label) ||
			(want.Spans != nil && !equalSpans(got.Spans, want.Spans)) || got.Articles != want.Articles {
			t.Errorf("open %q: first %+v, want %+v", tt.args, got, want)
		}
	}
}

func equalSpans(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestOpenPlain(t *testing.T) {
	code, out, _ := runCLI(t, "open", "cia")
	if code != 0 || !strings.HasPrefix(out, "article") || !strings.Contains(out, "»CIA«") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "open", "marok")
	if code != 0 || !strings.Contains(out, "country") || !strings.Contains(out, "»Marok«ko") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if code, out, _ = runCLI(t, "open", "xqzj"); code != 0 || !strings.Contains(out, `Nothing matches "xqzj"`) {
		t.Errorf("no match: exit %d:\n%s", code, out)
	}
	for _, args := range [][]string{{"open", "--limit", "0"}, {"open", "--lang", "fr", "x"}, {"open", "--nope"}} {
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}
