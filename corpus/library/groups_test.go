package library_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"dossier/corpus"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

// article makes an article of one month with the paragraphs.
func article(id, title string, paragraphs ...string) *corpus.Document {
	d := &corpus.Document{ID: id, Path: id + ".txt", Date: corpus.Date{Month: corpus.Month{Year: 2024, Month: 5}}, Title: title}
	for _, p := range paragraphs {
		d.Paragraphs = append(d.Paragraphs, corpus.Paragraph{Kind: corpus.KindParagraph, Text: p})
	}
	return d
}

func openArticles(t *testing.T, docs ...*corpus.Document) *library.Library {
	t.Helper()
	c, problems := corpus.New(docs)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	l, err := library.Open(context.Background(), c, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// A group's name, any of them, typed any way, finds every article that
// names the group, through the roles' group marks and the thesaurus; the
// words themselves still count as such.
func TestSearchGroupNames(t *testing.T) {
	l := openArticles(t,
		article("apt28", "Bericht", "De Russische groep APT28 drong binnen bij de Bondsdag."),
		article("fancy", "Bericht", "Hackers van Fancy Bear drongen binnen bij de Bondsdag."),
		article("sofacy", "Bericht", "Volgens onderzoekers zat Sofacy achter de aanval op de Bondsdag."),
		article("lazarus", "Bericht", "De Noord-Koreaanse groep Lazarus stal cryptomunten."),
		article("bear", "Bericht", "Een fancy jurk en een bear market."),
	)
	for _, id := range []string{"apt28", "fancy", "sofacy"} {
		if g := l.Roles(id).Groups; len(g) != 1 || g[0].Name != "APT28" {
			t.Fatalf("the roles of %s name groups %v, want APT28", id, g)
		}
	}
	tests := []struct {
		query string
		why   map[string]search.Reason // every hit, and its reason for the first word
	}{
		{"APT28", map[string]search.Reason{"apt28": search.ReasonExact, "fancy": search.ReasonGroup, "sofacy": search.ReasonGroup}},
		{"apt28", map[string]search.Reason{"apt28": search.ReasonExact, "fancy": search.ReasonGroup, "sofacy": search.ReasonGroup}},
		{"Fancy Bear", map[string]search.Reason{"apt28": search.ReasonGroup, "fancy": search.ReasonExact, "sofacy": search.ReasonGroup}},
		{"fancybear", map[string]search.Reason{"apt28": search.ReasonGroup, "fancy": search.ReasonGroup, "sofacy": search.ReasonGroup}},
		{"Strontium", map[string]search.Reason{"apt28": search.ReasonGroup, "fancy": search.ReasonGroup, "sofacy": search.ReasonGroup}},
		{"Hidden Cobra", map[string]search.Reason{"lazarus": search.ReasonGroup}},
		{`"fancy bear"`, map[string]search.Reason{"fancy": search.ReasonPhrase}},
	}
	for _, tt := range tests {
		res := l.Search(search.Query{Text: tt.query})
		got := map[string]search.Reason{}
		for _, h := range res.Hits {
			got[h.Doc.ID] = h.Words[0].Reason
		}
		if len(got) != len(tt.why) {
			t.Errorf("%q: hits %v, want %v", tt.query, got, tt.why)
			continue
		}
		for id, want := range tt.why {
			if got[id] != want {
				t.Errorf("%q: %s as %q, want %q", tt.query, id, got[id], want)
			}
		}
	}
	res := l.Search(search.Query{Text: "Sofacy"})
	h := res.Hits[slices.IndexFunc(res.Hits, func(h search.Hit) bool { return h.Doc.ID == "fancy" })]
	if !strings.Contains(mark(h.Snippet, h.Spans), "van »Fancy Bear« drongen") {
		t.Errorf("Sofacy in fancy: snippet %s", mark(h.Snippet, h.Spans))
	}
	hl := l.Highlight(search.Query{Text: "APT28"}, "sofacy")
	if len(hl.Paragraphs) != 1 || !strings.Contains(mark(mustDoc(t, l, "sofacy").Paragraphs[0].Text, hl.Paragraphs[0]), "zat »Sofacy« achter") {
		t.Errorf("APT28 in sofacy: highlights %v", hl)
	}
}

func mustDoc(t *testing.T, l *library.Library, id string) *corpus.Document {
	t.Helper()
	d, ok := l.Corpus().Doc(id)
	if !ok {
		t.Fatalf("no article %s", id)
	}
	return d
}
