package roles

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"dossier/internal/measure"
)

// labelledSentence is one line of testdata/labelled.tsv.
type labelledSentence struct {
	id, text        string
	actors, targets []string
	note            string
}

func readLabelled(t *testing.T, name string) []labelledSentence {
	t.Helper()
	var out []labelledSentence
	readTable(t, name, 5, func(_ int, fields []string) {
		out = append(out, labelledSentence{id: fields[0], text: fields[1], actors: codeList(fields[2]), targets: codeList(fields[3]), note: fields[4]})
	})
	return out
}

// readTable calls row with the fields of every line of testdata/name that
// is not blank or a comment, and fails on a line without want fields.
func readTable(t *testing.T, name string, want int, row func(line int, fields []string)) {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != want {
			t.Fatalf("%s:%d: %d fields, want %d", name, n, len(fields), want)
		}
		row(n, fields)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

func codeList(s string) []string {
	if s == "" {
		return nil
	}
	list := strings.Split(s, ",")
	slices.Sort(list)
	return list
}

// score counts true and false positives and false negatives over (item,
// code) pairs.
type score struct{ measure.Score }

func (s *score) add(got, want []string) {
	for _, c := range got {
		if slices.Contains(want, c) {
			s.TP++
		} else {
			s.FP++
		}
	}
	for _, c := range want {
		if !slices.Contains(got, c) {
			s.FN++
		}
	}
}

// TestLabelled measures the extractor on the hand-labelled sentences and
// prints precision, recall and F1 per role (issue 14: F1 at least 0.90 for
// actors and 0.85 for targets). With -v it lists every sentence it gets
// wrong.
func TestLabelled(t *testing.T) {
	actors, targets := measureSet(t, "labelled.tsv")
	if actors.F1() < 0.90 {
		t.Errorf("actor F1 %.3f, want at least 0.90", actors.F1())
	}
	if targets.F1() < 0.85 {
		t.Errorf("target F1 %.3f, want at least 0.85", targets.F1())
	}
}

// TestHeldout measures the extractor on sentences written without seeing
// its rules and never used to develop them (testdata/heldout.tsv): the
// honest estimate of how it does on new text. A rule changed because of one
// of them makes that sentence move to labelled.tsv. The floor is lower than
// the labelled set's aim, and fails only on a real loss.
func TestHeldout(t *testing.T) {
	actors, targets := measureSet(t, "heldout.tsv")
	if actors.F1() < 0.80 {
		t.Errorf("actor F1 %.3f on new sentences, want at least 0.80", actors.F1())
	}
	if targets.F1() < 0.75 {
		t.Errorf("target F1 %.3f on new sentences, want at least 0.75", targets.F1())
	}
}

// measureSet runs the extractor over one table of labelled sentences and
// prints its figures.
func measureSet(t *testing.T, name string) (actors, targets score) {
	x := Default()
	for _, l := range readLabelled(t, name) {
		a := x.Text(l.text)
		gotA, gotT := sorted(a.Codes(Actor)), sorted(a.Codes(Target))
		actors.add(gotA, l.actors)
		targets.add(gotT, l.targets)
		if !slices.Equal(gotA, l.actors) || !slices.Equal(gotT, l.targets) {
			t.Logf("%s: actors %v want %v; targets %v want %v\n\t%s", l.id, gotA, l.actors, gotT, l.targets, l.text)
		}
	}
	fmt.Printf("roles on %s: actors  %v\n", name, actors)
	fmt.Printf("roles on %s: targets %v\n", name, targets)
	return actors, targets
}

func sorted(list []string) []string {
	out := slices.Clone(list)
	slices.Sort(out)
	if len(out) == 0 {
		return nil
	}
	return out
}
