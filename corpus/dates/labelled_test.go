package dates

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"dossier/corpus"
	"dossier/internal/measure"
)

// labelledSentence is one line of a labelled set: a sentence, its
// article's publication date and the dates a reader finds in it.
type labelledSentence struct {
	id        string
	published corpus.Date
	sentence  string
	expected  []labelledDate
	line      int
}

// labelledDate is one expected date: its words and its value as
// formatEvent writes it.
type labelledDate struct {
	words, value string
}

// readLabelled reads a set in the format of testdata/labelled.tsv.
func readLabelled(t *testing.T, path string) []labelledSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelledSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) == 3 {
			fields = append(fields, "")
		}
		if len(fields) != 4 {
			t.Fatalf("%s:%d: want id, published, sentence and expected dates, found %d fields", path, n, len(fields))
		}
		published, err := parsePublished(fields[1])
		if err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		s := labelledSentence{id: fields[0], published: published, sentence: fields[2], line: n}
		for _, item := range strings.Split(fields[3], " ; ") {
			if strings.TrimSpace(item) == "" {
				continue
			}
			words, value, ok := strings.Cut(item, "=")
			if !ok || !strings.Contains(s.sentence, words) {
				t.Fatalf("%s:%d: %q is not words=value with the words in the sentence", path, n, item)
			}
			for _, v := range strings.Split(value, "/") {
				if _, err := ParseValue(v); err != nil {
					t.Fatalf("%s:%d: %v", path, n, err)
				}
			}
			s.expected = append(s.expected, labelledDate{words: words, value: value})
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// score tags every sentence of a set and scores it; report, when set,
// hears of every sentence whose dates are not all right.
// A found date is right (TP) when its words overlap an expected date's and
// the values are the same; wrong (FP) otherwise; an expected date no found
// date matches is missed (FN).
func score(set []labelledSentence, report func(s labelledSentence, got []string)) measure.Score {
	var sc measure.Score
	tagger := Default()
	for _, s := range set {
		events := tagger.Text(s.published, s.sentence)
		used := make([]bool, len(s.expected))
		var got []string
		wrong := len(events) != len(s.expected)
		for _, e := range events {
			value := formatEvent(e)
			got = append(got, fmt.Sprintf("%s=%s", s.sentence[e.Words.Start:e.Words.End], value))
			hit := false
			for k, want := range s.expected {
				if used[k] || want.value != value {
					continue
				}
				at := strings.Index(s.sentence, want.words)
				if at < e.Words.End && e.Words.Start < at+len(want.words) {
					used[k], hit = true, true
					break
				}
			}
			if hit {
				sc.TP++
			} else {
				sc.FP++
				wrong = true
			}
		}
		for _, u := range used {
			if !u {
				sc.FN++
			}
		}
		if wrong && report != nil {
			report(s, got)
		}
	}
	return sc
}

// TestLabelled measures the tagger on the sentences its rules were written
// from (testdata/labelled.tsv) and holds it to the aim.
func TestLabelled(t *testing.T) {
	checkSet(t, "testdata/labelled.tsv", 0.90)
}

// TestHeldout measures it on sentences written apart from the rules and
// never used to change them (testdata/heldout.tsv); its floor is lower,
// as new text is harder than the text the rules were written from.
func TestHeldout(t *testing.T) {
	checkSet(t, "testdata/heldout.tsv", 0.80)
}

func checkSet(t *testing.T, path string, aim float64) {
	set := readLabelled(t, path)
	verbose := os.Getenv("DATES_MISSES") != ""
	sc := score(set, func(s labelledSentence, got []string) {
		if verbose {
			var want []string
			for _, d := range s.expected {
				want = append(want, d.words+"="+d.value)
			}
			t.Logf("%s (%s) %s\n\twant %s\n\tgot  %s", s.id, s.published, s.sentence, strings.Join(want, " ; "), strings.Join(got, " ; "))
		}
	})
	fmt.Printf("%s: %d sentences, %d dates: %v\n", path, len(set), sc.TP+sc.FN, sc)
	if sc.F1() < aim {
		t.Errorf("F1 %.3f is below %.2f (DATES_MISSES=1 lists the sentences)", sc.F1(), aim)
	}
}
