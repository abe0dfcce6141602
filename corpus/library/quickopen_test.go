package library_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"dossier/corpus/geo"
	"dossier/corpus/library"
)

// describe gives an item as "article 003" or "country FR Frankrijk", with
// its marked runes.
func describe(it library.QuickItem) string {
	runes := []rune(it.Label)
	var marked []string
	for _, sp := range it.Spans {
		marked = append(marked, string(runes[sp[0]:sp[1]]))
	}
	if it.Kind == 0 {
		return fmt.Sprintf("article %s %q", it.ID[:3], marked)
	}
	return fmt.Sprintf("%s %s %s %q", it.Kind, it.ID, it.Label, marked)
}

func TestQuickOpenRules(t *testing.T) {
	l := openSeed(t)
	tests := []struct {
		rule, pattern, lang string
		limit               int
		want                []string // the first items, in order
		notWant             []string // items that must not be anywhere
		count               int      // how many items, when not -1
	}{
		{"1. an empty pattern lists the newest articles", "", "nl", 0,
			[]string{`article 003 []`, `article 001 []`, `article 002 []`, `article 000 []`}, nil, 4},
		{"1. an empty pattern obeys the limit", "  ", "nl", 2,
			[]string{`article 003 []`, `article 001 []`}, nil, 2},
		{"2. a whole word above a place that holds it scattered", "cia", "en", 0,
			[]string{`article 000 ["CIA"]`, `country CN China ["C" "i" "a"]`}, nil, -1},
		{"2. whatever the case and spaces", "  CIA ", "en", 1,
			[]string{`article 000 ["CIA"]`}, nil, 1},
		{"2. a word's start above scattered letters", "mar", "nl", 0,
			[]string{`country MA Marokko ["Mar"]`}, nil, -1},
		{"2. the start of a word of the title", "macron", "nl", 0,
			[]string{`article 003 ["Macron"]`}, nil, -1},
		{"2. whole words of a name", "europese unie", "nl", 0,
			[]string{`organization EU Europese Unie ["Europese Unie"]`, `article 001 ["Europese Unie"]`, `article 002 ["Europese Unie"]`}, nil, -1},
		{"2. inside a word above scattered letters", "raine", "nl", 0,
			[]string{`country UA Oekraïne ["raïne"]`}, nil, -1},
		{"2. scattered letters, in order", "mcrnmob", "nl", 0,
			[]string{`article 003 ["M" "cr" "n" "mob"]`}, nil, 1},
		{"2. diacritics folded", "israel", "nl", 0,
			[]string{`country IL Israël ["Israël"]`}, nil, -1},
		{"3. a place before an article of the same rule", "europese", "nl", 0,
			[]string{`organization EU Europese Unie ["Europese"]`, `article 001 ["Europese"]`, `article 002 ["Europese"]`}, nil, -1},
		{"4. places by articles, most first", "verenigde", "nl", 0,
			[]string{`country US Verenigde Staten ["Verenigde"]`, `organization UN Verenigde Naties ["Verenigde"]`}, nil, -1},
		{"4. the other language's name matches too", "germany", "nl", 0,
			[]string{`country DE Germany ["Germany"]`}, nil, -1},
		{"4. a place once, by its name in lang", "ch", "nl", 0,
			[]string{`country CN China ["Ch"]`}, []string{`country CN China []`}, -1},
		{"4. names in English first with lang en", "united", "en", 0,
			[]string{`country US United States ["United"]`, `organization UN United Nations ["United"]`}, nil, -1},
		{"5. articles of the same rule newest first", "diplomatieke", "nl", 0,
			[]string{`article 001 ["diplomatieke"]`, `article 002 ["diplomatieke"]`}, nil, 2},
		{"no match", "xqzj", "nl", 0, nil, nil, 0},
	}
	for _, tt := range tests {
		items := l.QuickOpen(tt.pattern, tt.lang, tt.limit)
		var got []string
		for _, it := range items {
			got = append(got, describe(it))
		}
		if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
			t.Errorf("%s: %q gives\n%s\nwant first\n%s", tt.rule, tt.pattern, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
		for _, nw := range tt.notWant {
			if slices.Contains(got, nw) {
				t.Errorf("%s: %q gives %s", tt.rule, tt.pattern, nw)
			}
		}
		if tt.count >= 0 && len(got) != tt.count {
			t.Errorf("%s: %q gives %d items, want %d:\n%s", tt.rule, tt.pattern, len(got), tt.count, strings.Join(got, "\n"))
		}
	}
}

func TestQuickOpenItems(t *testing.T) {
	l := openSeed(t)
	places := 0
	for _, it := range l.QuickOpen("e", "nl", 0) {
		switch it.Kind {
		case library.QuickArticle:
			if it.Doc == nil || it.Doc.ID != it.ID || it.Doc.Title != it.Label || it.Articles != 0 {
				t.Errorf("article item %+v", it)
			}
		case library.QuickCountry, library.QuickOrganization:
			places++
			kind := map[library.QuickKind]geo.Kind{library.QuickCountry: geo.Country, library.QuickOrganization: geo.Organization}[it.Kind]
			if it.Doc != nil || it.Articles < 1 || l.Gazetteer().KindOf(it.ID) != kind || it.Group != nil {
				t.Errorf("place item %+v", it)
			}
		default:
			t.Errorf("item of kind %d", it.Kind)
		}
		n := len([]rune(it.Label))
		for i, sp := range it.Spans {
			if sp[0] < 0 || sp[0] >= sp[1] || sp[1] > n || i > 0 && sp[0] <= it.Spans[i-1][1] {
				t.Errorf("%q: spans %v", it.Label, it.Spans)
			}
		}
	}
	if places != library.QuickPlaces {
		t.Errorf("%d places for a pattern most names hold, want %d", places, library.QuickPlaces)
	}
	if got := l.QuickOpen(strings.Repeat("🙂a", 30000), "nl", 5); len(got) != 0 {
		t.Errorf("a pasted pattern: %d items", len(got))
	}
}

// TestQuickOpenFindsGroupsByAnyName: a group the articles name is found by
// any of its names, once, by the best-matching one, its own name beside it;
// a group no article names is not offered.
func TestQuickOpenFindsGroupsByAnyName(t *testing.T) {
	l := openArticles(t,
		article("apt28", "Bericht over de Bondsdag", "De Russische groep APT28 drong binnen bij de Bondsdag."),
		article("fancy", "Bericht over de Bondsdag", "Hackers van Fancy Bear drongen binnen bij de Bondsdag."),
		article("weer", "Het weer", "Morgen regent het."),
	)
	groups := func(pattern string) []string {
		var out []string
		for _, it := range l.QuickOpen(pattern, "nl", 0) {
			if it.Kind == library.QuickGroup {
				if it.Group == nil || it.Group.Name != it.ID || it.Doc != nil {
					t.Errorf("%q: group item %+v", pattern, it)
				}
				out = append(out, fmt.Sprintf("%s %s %d %q", it.ID, it.Label, it.Articles, describe(it)))
			}
		}
		return out
	}
	for _, tt := range []struct {
		pattern string
		want    []string
	}{
		{"apt28", []string{`APT28 APT28 2 "group APT28 APT28 [\"APT28\"]"`}},
		{"fancy", []string{`APT28 Fancy Bear 2 "group APT28 Fancy Bear [\"Fancy\"]"`}},
		{"SOFACY", []string{`APT28 Sofacy 2 "group APT28 Sofacy [\"Sofacy\"]"`}},
		{"lazarus", nil}, // no article names it
		{"regent", nil},
	} {
		if got := groups(tt.pattern); !slices.Equal(got, tt.want) {
			t.Errorf("%q: groups %q, want %q", tt.pattern, got, tt.want)
		}
	}
	// Groups rank as places do: before an article that matches as well.
	if items := l.QuickOpen("apt28", "nl", 0); len(items) == 0 || items[0].Kind != library.QuickGroup {
		t.Errorf("\"apt28\" lists %+v first, want the group", items)
	}
	if k := library.QuickGroup.String(); k != "group" {
		t.Errorf("QuickGroup is %q", k)
	}
}

func BenchmarkQuickOpen(b *testing.B) {
	l, err := seed()
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range []string{"", "cia", "mcrnmob", "e", strings.Repeat("🙂a", 30000)} {
		b.Run(fmt.Sprintf("%.10q", p), func(b *testing.B) {
			for b.Loop() {
				l.QuickOpen(p, "nl", 40)
			}
		})
	}
}
