package search

import (
	"slices"
	"testing"

	"dossier/corpus"
)

// The bug Query.IDs replaces: a reader's bookmarks searched through a
// second index without country mentions found "Frankrijk" in the whole
// corpus but not among the bookmarks, though its article was bookmarked.
func TestIDsKeepCountryMentions(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	for _, query := range []string{"frankrijk", "Frankrijk", "France", "frankrijk pegasus"} {
		res := ix.Search(Query{Text: query, IDs: []string{seed003}})
		if got := hitIDs(res); !slices.Equal(got, []string{seed003}) || res.Total != 1 {
			t.Errorf("%q among [%s]: total %d, hits %v", query, seed003, res.Total, got)
		}
	}
	res := ix.Search(Query{Text: "frankrijk", IDs: []string{seed003}})
	if len(res.Hits) == 1 && !slices.Contains(res.Hits[0].Why, ReasonCountry) {
		t.Errorf("frankrijk among bookmarks: why %v lacks %s", res.Hits[0].Why, ReasonCountry)
	}
	if res := ix.Search(Query{Text: "frankrijk", IDs: []string{seed000, seed001}}); res.Total != 0 {
		t.Errorf("frankrijk among articles that do not name France: %v", hitIDs(res))
	}
}

func TestIDsFilter(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	all := []string{seed000, seed001, seed002, seed003}
	month := func(s string) corpus.Month {
		m, err := corpus.ParseMonth(s)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	tests := []struct {
		name  string
		q     Query
		total int
		hits  []string // in order
	}{
		{"nil is no filter", Query{}, 4, []string{seed003, seed001, seed002, seed000}},
		{"empty keeps nothing", Query{IDs: []string{}}, 0, nil},
		{"empty keeps nothing, with text", Query{Text: "spionage", IDs: []string{}}, 0, nil},
		{"unknown ids keep nothing", Query{IDs: []string{"nope", ""}}, 0, nil},
		{"unknown ids are ignored", Query{IDs: []string{"nope", seed000}}, 1, []string{seed000}},
		{"repeated ids count once", Query{IDs: []string{seed000, seed000, seed000}}, 1, []string{seed000}},
		{"newest first without text", Query{IDs: []string{seed000, seed003}}, 2, []string{seed003, seed000}},
		{"text within ids", Query{Text: "diplomaten", IDs: []string{seed002, seed003}}, 1, []string{seed002}},
		{"with countries", Query{IDs: []string{seed000, seed003}, Countries: []string{"FR"}}, 1, []string{seed003}},
		{"with countries, none left", Query{IDs: []string{seed000, seed001}, Countries: []string{"MA"}}, 0, nil},
		{"with months", Query{IDs: all, From: month("2018-12"), To: month("2018-12")}, 2, []string{seed001, seed002}},
		{"paging: first page", Query{IDs: []string{seed000, seed001, seed002}, Limit: 2}, 3, []string{seed001, seed002}},
		{"paging: second page", Query{IDs: []string{seed000, seed001, seed002}, Limit: 2, Offset: 2}, 3, []string{seed000}},
		{"paging past the end", Query{IDs: []string{seed000}, Offset: 1}, 1, nil},
		{"phrase within ids", Query{Text: `"Shadow Brokers"`, IDs: []string{seed000}}, 1, []string{seed000}},
		{"phrase outside ids", Query{Text: `"Shadow Brokers"`, IDs: []string{seed003}}, 0, nil},
	}
	for _, tt := range tests {
		res := ix.Search(tt.q)
		if got := hitIDs(res); res.Total != tt.total || !slices.Equal(got, tt.hits) && len(got)+len(tt.hits) > 0 {
			t.Errorf("%s: total %d, hits %v; want %d, %v", tt.name, res.Total, got, tt.total, tt.hits)
		}
	}
}

// Facets count within Query.IDs, each still ignoring its own filter.
func TestIDsFacets(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	dec2018, _ := corpus.ParseMonth("2018-12")
	res := ix.Search(Query{IDs: []string{seed000, seed001, seed003}, Countries: []string{"US"}, From: dec2018})
	if got := hitIDs(res); !slices.Equal(got, []string{seed001}) {
		t.Fatalf("hits %v", got)
	}
	// Countries: within the months (2018-12 on) and the ids, whatever the
	// country filter: 001 and 003.
	wantCountries := map[string]int{"US": 1, "CN": 1, "RU": 1, "IR": 1, "SA": 1, "IL": 2, "FI": 1, "CY": 1,
		"FR": 1, "MA": 1, "IQ": 1, "ZA": 1, "BE": 1}
	if !mapsEqual(res.Facets.Countries, wantCountries) {
		t.Errorf("country facet %v, want %v", res.Facets.Countries, wantCountries)
	}
	// Months: within the countries (US) and the ids, whatever the months:
	// 000 and 001, not 002 (no bookmark) nor 003 (not about the US).
	months := res.Facets.Months.Map()
	if months["2018-02"] != 1 || months["2018-12"] != 1 || res.Facets.Months.Total() != 2 {
		t.Errorf("month facet %v", months)
	}
}

// A search among some ids gives what the search of the whole corpus gives
// for those ids, in the same order with the same scores, snippets and
// marks.
func TestIDsAgreeWithTheWholeCorpus(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	subsets := [][]string{{seed000}, {seed001, seed003}, {seed000, seed002, seed003}, {seed000, seed001, seed002, seed003}}
	for _, query := range []string{"", "spionage", "frankrijk", "VS", "hackers diplomaten", `"Shadow Brokers"`, "pegasis", "israel"} {
		whole := ix.Search(Query{Text: query, Limit: 10})
		for _, ids := range subsets {
			var want []Hit
			for _, h := range whole.Hits {
				if slices.Contains(ids, h.Doc.ID) {
					want = append(want, h)
				}
			}
			got := ix.Search(Query{Text: query, IDs: ids, Limit: 10})
			if got.Total != len(want) || len(got.Hits) != len(want) {
				t.Errorf("%q among %v: total %d, %d hits; want %d", query, ids, got.Total, len(got.Hits), len(want))
				continue
			}
			for i, h := range got.Hits {
				w := want[i]
				if h.Doc != w.Doc || h.Score != w.Score || h.Snippet != w.Snippet || !slices.Equal(h.Spans, w.Spans) ||
					!slices.Equal(h.TitleSpans, w.TitleSpans) || !slices.Equal(h.Why, w.Why) {
					t.Errorf("%q among %v: hit %d is %s %v, want %s %v", query, ids, i, h.Doc.ID, h.Score, w.Doc.ID, w.Score)
				}
			}
			if got.Suggestion != whole.Suggestion {
				t.Errorf("%q among %v: suggestion %q, want %q", query, ids, got.Suggestion, whole.Suggestion)
			}
		}
	}
}

func TestAllCountries(t *testing.T) {
	ix := mustSeedGeoIndex(t)
	tests := []struct {
		name      string
		text      string
		countries []string
		all       bool
		want      []string
	}{
		{"any of them", "", []string{"FR", "CY"}, false, []string{seed003, seed001, seed002}},
		{"all of them, none", "", []string{"FR", "CY"}, true, nil},
		{"all of them", "", []string{"US", "CY"}, true, []string{seed001, seed002}},
		{"all of three", "", []string{"US", "CY", "UA"}, true, []string{seed002}},
		{"one country, all or any alike", "", []string{"US"}, true, []string{seed001, seed002, seed000}},
		{"a repeated code", "", []string{"FR", "FR"}, true, []string{seed003}},
		{"an unknown code: any ignores it", "", []string{"FR", "XX"}, false, []string{seed003}},
		{"an unknown code: all keeps nothing", "", []string{"FR", "XX"}, true, nil},
		{"no countries: no filter", "", nil, true, []string{seed003, seed001, seed002, seed000}},
		{"with text", "hackers", []string{"US", "CY"}, true, []string{seed001, seed002}},
		{"with text and ids", "hackers", []string{"US", "CY"}, true, nil},
	}
	for _, tt := range tests {
		q := Query{Text: tt.text, Countries: tt.countries, AllCountries: tt.all}
		if tt.name == "with text and ids" {
			q.IDs = []string{seed000, seed003}
		}
		got := hitIDs(ix.Search(q))
		if tt.text != "" {
			slices.Sort(got)
			slices.Sort(tt.want)
		}
		if !slices.Equal(got, tt.want) && len(got)+len(tt.want) > 0 {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	// The country facet ignores the country filter, all or any.
	res := ix.Search(Query{Countries: []string{"US", "CY"}, AllCountries: true})
	if res.Facets.Countries["FR"] != 1 || res.Facets.Countries["US"] != 3 {
		t.Errorf("country facet %v", res.Facets.Countries)
	}
	if res.Facets.Months.Total() != 2 {
		t.Errorf("month facet counts %d, want the 2 articles about both", res.Facets.Months.Total())
	}
}

func TestOrganizationsFilterButStayOffTheFacet(t *testing.T) {
	countries := map[string][]string{"eu": {"FR"}, "nato": {"US"}, "both": {"FR"}, "none": nil}
	organizations := map[string][]string{"eu": {"EU"}, "nato": {"NATO"}, "both": {"EU", "NATO"}}
	ix := build(t, Options{
		Countries:     func(d *corpus.Document) []string { return countries[d.ID] },
		Organizations: func(d *corpus.Document) []string { return organizations[d.ID] },
	},
		doc("eu", "2021-01", "Bericht", "Spionage in Brussel."),
		doc("nato", "2020-01", "Bericht", "Spionage bij de NAVO."),
		doc("both", "2019-01", "Bericht", "Spionage in Europa."),
		doc("none", "2018-01", "Bericht", "Spionage."),
	)
	tests := []struct {
		name      string
		countries []string
		all       bool
		want      []string
	}{
		{"an organisation", []string{"EU"}, false, []string{"eu", "both"}},
		{"an organisation or a country", []string{"EU", "US"}, false, []string{"eu", "nato", "both"}},
		{"two organisations, all", []string{"EU", "NATO"}, true, []string{"both"}},
		{"a country and an organisation, all", []string{"FR", "NATO"}, true, []string{"both"}},
		{"an organisation no article is about", []string{"UN"}, false, nil},
	}
	for _, tt := range tests {
		for _, text := range []string{"", "spionage "} {
			res := ix.Search(Query{Text: text, Countries: tt.countries, AllCountries: tt.all})
			got := hitIDs(res)
			slices.Sort(got)
			if want := slices.Sorted(slices.Values(tt.want)); !slices.Equal(got, want) {
				t.Errorf("%s, %q: hits %v, want %v", tt.name, text, got, tt.want)
			}
			if want := map[string]int{"FR": 2, "US": 1}; !mapsEqual(res.Facets.Countries, want) {
				t.Errorf("%s, %q: country facet %v, want the countries only, %v", tt.name, text, res.Facets.Countries, want)
			}
			if got := res.Facets.Months.Total(); got != len(tt.want) {
				t.Errorf("%s, %q: the month facet counts %d articles, want %d", tt.name, text, got, len(tt.want))
			}
		}
	}
}
