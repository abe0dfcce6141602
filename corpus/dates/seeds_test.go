package dates

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"dossier/corpus"
)

// TestSeeds checks every dated expression of the four seed articles, and
// that nothing else is taken for a date.
func TestSeeds(t *testing.T) {
	c, err := corpus.LoadSeed()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	f, err := os.Open("testdata/seeds.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			t.Fatalf("testdata/seeds.tsv: bad line %q", line)
		}
		want[fields[0]] = append(want[fields[0]], fields[1]+"="+fields[2])
	}
	for _, d := range c.Docs() {
		var got []string
		for _, e := range Default().Document(d) {
			got = append(got, e.Text(d)+"="+formatEvent(e))
		}
		if !slices.Equal(got, want[d.ID]) {
			t.Errorf("%s:\n got %q\nwant %q", d.ID, got, want[d.ID])
		}
	}
}
