package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// rolesFolder is a corpus of three articles: one about a Chinese operation
// against the Netherlands, one naming a Russian group and no country, one
// about no operation at all.
func rolesFolder(t *testing.T) string {
	return writeFiles(t, map[string]string{
		"china.txt": "date 2024-04 Chinese hackers bespioneerden het Nederlandse ministerie van Defensie.",
		"apt28.txt": "date 2024-05 Hackers van APT28 drongen binnen bij de Bondsdag.\n\nDezelfde groep viel ook de OPCW aan.",
		"weer.txt":  "date 2024-06 Het weer blijft wisselvallig, zegt het KNMI.",
	})
}

type party struct {
	Code     string   `json:"code"`
	Name     string   `json:"name"`
	Evidence []string `json:"evidence"`
}

type group struct {
	Name     string `json:"name"`
	Country  string `json:"country"`
	Mentions int    `json:"mentions"`
}

func TestDocsJSONRoles(t *testing.T) {
	code, out, stderr := runCLI(t, "docs", "--json", "--corpus", rolesFolder(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var raw []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	type doc struct {
		ID      string  `json:"id"`
		Actors  []party `json:"actors"`
		Targets []party `json:"targets"`
		Groups  []group `json:"groups"`
	}
	var docs []doc
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatal(err)
	}
	byID := map[string]doc{}
	for i, d := range docs {
		byID[d.ID] = d
		// Lists, never null, and every existing field still there.
		for _, key := range []string{"actors", "targets", "groups"} {
			if v := string(raw[i][key]); !strings.HasPrefix(v, "[") {
				t.Errorf("%s: %q is %s, want a list", d.ID, key, v)
			}
		}
		for _, key := range []string{"id", "date", "title", "source", "words", "countries", "organizations"} {
			if _, ok := raw[i][key]; !ok {
				t.Errorf("%s: no %q field", d.ID, key)
			}
		}
	}
	weer := raw[slices.IndexFunc(docs, func(d doc) bool { return d.ID == "weer" })]
	for _, key := range []string{"actors", "targets", "groups"} {
		if string(weer[key]) != "[]" {
			t.Errorf("weer: %q is %s, want []", key, weer[key])
		}
	}
	china := byID["china"]
	if len(china.Actors) != 1 || china.Actors[0].Code != "CN" || china.Actors[0].Name != "China" ||
		len(china.Targets) != 1 || china.Targets[0].Code != "NL" || len(china.Groups) != 0 {
		t.Fatalf("china: %+v", china)
	}
	want := "Chinese hackers bespioneerden het Nederlandse ministerie van Defensie."
	if !slices.Equal(china.Actors[0].Evidence, []string{want}) || !slices.Equal(china.Targets[0].Evidence, []string{want}) {
		t.Errorf("china: evidence %q and %q, want the sentence", china.Actors[0].Evidence, china.Targets[0].Evidence)
	}
	apt28 := byID["apt28"]
	if len(apt28.Groups) != 1 || apt28.Groups[0] != (group{Name: "APT28", Country: "RU", Mentions: 1}) {
		t.Errorf("apt28: groups %+v", apt28.Groups)
	}
	if len(apt28.Actors) == 0 || apt28.Actors[0].Code != "RU" || len(apt28.Actors[0].Evidence) == 0 {
		t.Errorf("apt28: actors %+v", apt28.Actors)
	}
}

func TestDocsPlainRoles(t *testing.T) {
	code, out, _ := runCLI(t, "docs", "--corpus", rolesFolder(t))
	if code != 0 || !strings.Contains(out, "ACTORS→TARGETS") || !strings.Contains(out, "  CN→NL  ") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestCountriesJSONRoles(t *testing.T) {
	code, out, stderr := runCLI(t, "countries", "--json", "--corpus", rolesFolder(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	type country struct {
		Code     string `json:"code"`
		Name     string `json:"name"`
		Articles int    `json:"articles"`
		Mentions int    `json:"mentions"`
		Actor    int    `json:"actor"`
		Target   int    `json:"target"`
	}
	var got struct {
		Countries     []country `json:"countries"`
		Organizations []country `json:"organizations"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	want := []country{
		{"CN", "China", 1, 1, 1, 0},
		{"NL", "Nederland", 1, 1, 0, 1},
		// Only ever an actor, through its group: no article names Russia.
		{"RU", "Rusland", 0, 0, 1, 0},
	}
	if !slices.Equal(got.Countries, want) || got.Organizations == nil || len(got.Organizations) != 0 {
		t.Errorf("countries %+v, organizations %+v\nwant %+v", got.Countries, got.Organizations, want)
	}
	// The seed: every existing field, and the organisations' roles.
	code, out, _ = runCLI(t, "countries", "--json")
	var raw struct {
		Countries, Organizations []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &raw); code != 0 || err != nil {
		t.Fatalf("seed: exit %d, %v", code, err)
	}
	for _, c := range append(raw.Countries, raw.Organizations...) {
		for _, key := range []string{"code", "name", "articles", "mentions", "actor", "target"} {
			if _, ok := c[key]; !ok {
				t.Errorf("seed %v: no %q field", c["code"], key)
			}
		}
	}
}

func TestSearchByRole(t *testing.T) {
	dir := rolesFolder(t)
	tests := []struct {
		args []string
		hits []string
	}{
		{[]string{"--actor", "CN"}, []string{"china"}},
		{[]string{"--actor", "ru"}, []string{"apt28"}},
		{[]string{"--actor", "ru,cn"}, []string{"apt28", "china"}},
		{[]string{"--actor", "RU", "--actor", "CN"}, []string{"apt28", "china"}},
		{[]string{"--target", "NL"}, []string{"china"}},
		{[]string{"--actor", "RU", "--target", "NL"}, nil},
		{[]string{"--target", "NL", "hackers"}, []string{"china"}},
		{[]string{"--actor", "US"}, nil},
	}
	for _, tt := range tests {
		args := append([]string{"search", "--json", "--corpus", dir}, tt.args...)
		code, out, stderr := runCLI(t, args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", tt.args, code, stderr)
			continue
		}
		var res struct {
			Hits []struct {
				ID string `json:"id"`
			} `json:"hits"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.hits) {
			t.Errorf("%v: hits %v, want %v", tt.args, got, tt.hits)
		}
	}
	for _, flag := range []string{"--actor", "--target"} {
		code, _, stderr := runCLI(t, "search", "--corpus", dir, flag, "XX", "hackers")
		if code != 2 || !strings.Contains(stderr, flag+" XX is no ISO 3166-1 country code") {
			t.Errorf("%s XX: exit %d, stderr %q", flag, code, stderr)
		}
	}
}

// A group's other name matches with the reason "group", and shows the name
// the article uses.
func TestSearchJSONGroupReason(t *testing.T) {
	code, out, stderr := runCLI(t, "search", "--json", "--corpus", rolesFolder(t), "Fancy", "Bear")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Hits []struct {
			ID    string   `json:"id"`
			Why   []string `json:"why"`
			Words []struct {
				Query  string   `json:"query"`
				Reason string   `json:"reason"`
				Forms  []string `json:"forms"`
			} `json:"words"`
		} `json:"hits"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].ID != "apt28" || !slices.Equal(res.Hits[0].Why, []string{"group"}) ||
		len(res.Hits[0].Words) != 1 || res.Hits[0].Words[0].Query != "Fancy Bear" || res.Hits[0].Words[0].Reason != "group" ||
		!slices.Equal(res.Hits[0].Words[0].Forms, []string{"APT28"}) {
		t.Errorf("Fancy Bear: %s", out)
	}
}
