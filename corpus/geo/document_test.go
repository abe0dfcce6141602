package geo

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"dossier/corpus"
)

func describeCounts(counts []Count) string {
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = fmt.Sprintf("%s=%d", c.Code, c.Mentions)
	}
	return strings.Join(parts, " ")
}

func TestDocumentSeeds(t *testing.T) {
	g := Default()
	c, err := corpus.LoadSeed()
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]struct{ countries, organizations string }{
		// Washington Post in 003 adds no US; Le Monde no France of its own.
		"003_0df74ff2f132de6e": {"FR=3 MA=3 IL=2 IQ=1 ZA=1 BE=1", "EU=1"},
		// the Berlijnse hotelkamer counts for Germany; the New York Times not for the US.
		"000_ff3dc8e55b17b03b": {"US=11 RU=8 DE=2 CN=1", ""},
		"001_3ad7682215385845": {"US=8 CN=5 RU=3 IR=2 SA=1 IL=1 FI=1 CY=1", "EU=10 UN=1"},
		// the three Brussels are the EU; de Krim is Ukraine.
		"002_cb3a6902d3015a5d": {"US=10 CN=3 UA=2 CY=1 RU=1 IR=1", "EU=9"},
	} {
		d, ok := c.Doc(id)
		if !ok {
			t.Fatalf("no seed %s", id)
		}
		p := g.Document(d)
		if got := describeCounts(p.Countries); got != want.countries {
			t.Errorf("%s countries: got %s, want %s", id, got, want.countries)
		}
		if got := describeCounts(p.Organizations); got != want.organizations {
			t.Errorf("%s organizations: got %s, want %s", id, got, want.organizations)
		}
		if len(p.Paragraphs) != len(d.Paragraphs) {
			t.Fatalf("%s: %d paragraph mention lists for %d paragraphs", id, len(p.Paragraphs), len(d.Paragraphs))
		}
		for i, mentions := range p.Paragraphs {
			for _, m := range mentions {
				if d.Paragraphs[i].Text[m.Start:m.End] != m.Surface {
					t.Errorf("%s paragraph %d: %q is not at %d:%d", id, i, m.Surface, m.Start, m.End)
				}
			}
		}
	}
}

func TestDocumentCountsTheTitleOnlyWhenItIsTheHeadline(t *testing.T) {
	g := Default()
	d := &corpus.Document{
		Title:      "Rusland hackt Duitsland",
		Paragraphs: []corpus.Paragraph{{Kind: corpus.KindParagraph, Text: "Rusland hackt Duitsland, zegt Berlijn. Ook Rusland ontkent."}},
	}
	derived := g.Document(d)
	if got := describeCounts(derived.Countries); got != "RU=2 DE=2" {
		t.Errorf("derived title: got %s, want RU=2 DE=2 (the title repeats the first paragraph)", got)
	}
	if got := describe(derived.Title); got != "RU:Rusland DE:Duitsland" {
		t.Errorf("title mentions for highlighting: got %s", got)
	}
	d.TitleInText = true
	if got := describeCounts(g.Document(d).Countries); got != "RU=3 DE=3" {
		t.Errorf("headline title: got %s, want RU=3 DE=3", got)
	}
}

func TestDocumentTiesInOrderOfFirstMention(t *testing.T) {
	d := &corpus.Document{Paragraphs: []corpus.Paragraph{
		{Text: "Marokko, Frankrijk en de NAVO."},
		{Text: "De VN, Frankrijk en Marokko. Irak."},
	}}
	p := Default().Document(d)
	if got := describeCounts(p.Countries); got != "MA=2 FR=2 IQ=1" {
		t.Errorf("countries: got %s", got)
	}
	if got := describeCounts(p.Organizations); got != "NATO=1 UN=1" {
		t.Errorf("organizations: got %s", got)
	}
	if p.Paragraphs[1][0].Code != "UN" || !p.Has("IQ") || !p.Has("NATO") || p.Has("US") {
		t.Errorf("paragraph mentions or Has wrong: %+v", p)
	}
	if p.Countries[0].Name != "Marokko" {
		t.Errorf("count name: got %q, want the Dutch name", p.Countries[0].Name)
	}
}

func TestTotals(t *testing.T) {
	g := Default()
	var places []Places
	for _, text := range []string{"Rusland en Rusland.", "Russische hackers in China.", "Chinezen en de EU."} {
		places = append(places, g.Document(&corpus.Document{Paragraphs: []corpus.Paragraph{{Text: text}}}))
	}
	countries, organizations := Totals(places)
	want := []Total{
		{Code: "RU", Name: "Rusland", Articles: 2, Mentions: 3},
		{Code: "CN", Name: "China", Articles: 2, Mentions: 2},
	}
	if !slices.Equal(countries, want) {
		t.Errorf("countries: got %+v, want %+v", countries, want)
	}
	if !slices.Equal(organizations, []Total{{Code: "EU", Name: "Europese Unie", Articles: 1, Mentions: 1}}) {
		t.Errorf("organizations: got %+v", organizations)
	}
}

// TestConcurrentUse runs extractions on one gazetteer from many goroutines,
// so that the race detector (go test -race) sees any shared mutable state.
func TestConcurrentUse(t *testing.T) {
	c, err := corpus.LoadSeed()
	if err != nil {
		t.Fatal(err)
	}
	g := Default()
	want := make([]string, len(c.Docs()))
	for i, d := range c.Docs() {
		want[i] = describeCounts(g.Document(d).Countries)
	}
	done := make(chan error)
	for range 8 {
		go func() {
			for i, d := range c.Docs() {
				if got := describeCounts(g.Document(d).Countries); got != want[i] {
					done <- fmt.Errorf("%s: got %s, want %s", d.ID, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
