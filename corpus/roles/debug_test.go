package roles

import (
	"fmt"
	"os"
	"testing"

	"dossier/corpus/geo"
)

// TestDebugSentence prints how the rules read the sentence in
// ROLES_SENTENCE, party by party: a tool for working on the rules.
func TestDebugSentence(t *testing.T) {
	text := os.Getenv("ROLES_SENTENCE")
	if text == "" {
		t.Skip("set ROLES_SENTENCE to a sentence")
	}
	x := Default()
	for _, w := range x.sentences(0, text, x.gazetteer.Extract(text)) {
		g, blocked := w.gate()
		t.Logf("gate %d blocked %v", g, blocked)
		for k, p := range w.parties {
			d := w.decide(k)
			cue := ""
			if d.cue >= 0 {
				cue = w.words[d.cue].text
			}
			t.Logf("%q code %s kind %d form %v: actor %v target %v rule %s cue %q", w.text[w.words[p.first].Start:w.words[p.last].End], p.code, p.kind, p.form, d.actor, d.target, d.rule, cue)
		}
	}
}

// sentences splits a paragraph into sentences, every one of them read.
func (x *Extractor) sentences(paragraph int, text string, mentions []geo.Mention) []*sentence {
	var out []*sentence
	eachSentence(geo.Words(text), func(ws []geo.Word) {
		out = append(out, x.newSentence(new(sentence), paragraph, text, ws, mentions))
	})
	return out
}

// TestDumpTable prints what the rules make of every sentence of the table
// in ROLES_DUMP ("heldout.tsv"), one line each: a tool for seeing which
// sentences a change of the rules changes.
func TestDumpTable(t *testing.T) {
	name := os.Getenv("ROLES_DUMP")
	if name == "" {
		t.Skip("set ROLES_DUMP to a table in testdata")
	}
	x := Default()
	for _, l := range readLabelled(t, name) {
		a := x.Text(l.text)
		fmt.Printf("%s\t%v\t%v\n", l.id, sorted(a.Codes(Actor)), sorted(a.Codes(Target)))
	}
}
