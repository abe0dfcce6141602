package main

import (
	"encoding/json"
	"slices"
	"testing"
)

// modeOutput is the part of search --json that says how the hits match.
type modeOutput struct {
	Total   int       `json:"total"`
	Mode    *string   `json:"mode"`
	LeftOut *[]string `json:"left_out"`
	Hits    []struct {
		ID string `json:"id"`
	} `json:"hits"`
}

func TestSearchModeAndLeftOut(t *testing.T) {
	for _, tc := range []struct {
		query   string
		mode    string
		leftOut []string
		first   string // id prefix of the first hit, or ""
	}{
		{"Pegasus Macron", "all", []string{}, "003"},
		{"Pegasus zwaardvis", "partial", []string{"zwaardvis"}, "003"},
		{`Pegasus "geheime zwaardvis"`, "partial", []string{`"geheime zwaardvis"`}, "003"},
		{"zwaardvis", "all", []string{}, ""},
		{"Pegasus OR zwaardvis", "all", []string{}, "003"},
		{"", "all", []string{}, ""},
	} {
		code, out, stderr := runCLI(t, "search", "--json", tc.query)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", tc.query, code, stderr)
		}
		var res modeOutput
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%q: not JSON: %v", tc.query, err)
		}
		if res.Mode == nil || *res.Mode != tc.mode {
			t.Errorf("%q: mode %v, want %q", tc.query, res.Mode, tc.mode)
		}
		if res.LeftOut == nil || !slices.Equal(*res.LeftOut, tc.leftOut) {
			t.Errorf("%q: left_out %v, want %q (never null)", tc.query, res.LeftOut, tc.leftOut)
		}
		if tc.first != "" && (len(res.Hits) == 0 || res.Hits[0].ID[:3] != tc.first) {
			t.Errorf("%q: hits %v, want %s first", tc.query, res.Hits, tc.first)
		}
	}
}

func TestSearchOperatorsThroughTheCLI(t *testing.T) {
	all := searchJSON(t, "--limit", "10", "spionage")
	without := searchJSON(t, "--limit", "10", "spionage", "-Pegasus")
	either := searchJSON(t, "--limit", "10", "Pegasus", "OR", "CIA")
	if without.Total >= all.Total || slices.Contains(hitIDs(without), "003") {
		t.Errorf("spionage -Pegasus: %v of %d, want fewer and no 003", hitIDs(without), all.Total)
	}
	if got := hitIDs(either); !slices.Contains(got, "003") || len(got) < 2 {
		t.Errorf("Pegasus OR CIA: %v", got)
	}
	year := searchJSON(t, "--limit", "10", "2021")
	for _, h := range year.Hits {
		if h.Date[:4] != "2021" && !slices.Contains(h.Why, "exact") {
			t.Errorf("2021: %s of %s matched by %v", h.ID, h.Date, h.Why)
		}
	}
	if year.Total == 0 {
		t.Error("2021 found nothing")
	}
}
