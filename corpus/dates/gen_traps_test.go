package dates

import (
	"regexp"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
)

// TestGeneratedTraps checks that none of the generated corpus's numbers
// that are no dates (gen's traps: counts, money, times, articles of law) is
// taken for one, wherever in a sentence the generator put it.
func TestGeneratedTraps(t *testing.T) {
	docs, err := gen.Documents(2000, 7)
	if err != nil {
		t.Fatal(err)
	}
	trap := regexp.MustCompile(`^\d+ (documenten|mensen|euro)$|^artikel \d+$`)
	n := 0
	for _, d := range docs {
		for _, e := range Default().Document(d) {
			n++
			if text := e.Text(d); trap.MatchString(text) || regexp.MustCompile(`^\d{4}$`).MatchString(text) && trapAfter(d, e) {
				t.Errorf("%s: %q in %q is no date", d.ID, text, e.SentenceText(d))
			}
		}
	}
	if n == 0 {
		t.Fatal("no dates in the generated corpus")
	}
}

// trapAfter reports whether the year-like number of e is followed by a
// trap's noun.
func trapAfter(d *corpus.Document, e Event) bool {
	text := d.Title
	if e.Paragraph >= 0 {
		text = d.Paragraphs[e.Paragraph].Text
	}
	return regexp.MustCompile(`^ (documenten|mensen|euro)\b`).MatchString(text[e.Words.End:])
}
