package roles

import (
	"fmt"
	"slices"
	"testing"

	"dossier/corpus"
)

// TestSeeds checks the roles of the four seed articles against the gold in
// testdata/seeds.tsv: every gold actor and target must be found (recall
// 1.0, as issue 14 asks); what is found beyond the gold is printed, and
// counted against precision.
func TestSeeds(t *testing.T) {
	c, err := corpus.LoadSeed()
	if err != nil {
		t.Fatal(err)
	}
	x := Default()
	var actors, targets score
	seen := 0
	readTable(t, "seeds.tsv", 4, func(n int, fields []string) {
		d, ok := c.Doc(fields[0])
		if !ok {
			t.Fatalf("seeds.tsv:%d: no article %s", n, fields[0])
		}
		seen++
		_, a := x.Read(d)
		gotA, gotT := sorted(a.Codes(Actor)), sorted(a.Codes(Target))
		wantA, wantT := codeList(fields[1]), codeList(fields[2])
		actors.add(gotA, wantA)
		targets.add(gotT, wantT)
		for _, w := range wantA {
			if !slices.Contains(gotA, w) {
				t.Errorf("%s: actor %s not found (actors %v)", d.ID, w, gotA)
			}
		}
		for _, w := range wantT {
			if !slices.Contains(gotT, w) {
				t.Errorf("%s: target %s not found (targets %v)", d.ID, w, gotT)
			}
		}
		for _, p := range append(slices.Clone(a.Actors), a.Targets...) {
			for _, e := range p.Evidence {
				t.Logf("%s %s %s: %s", d.ID, p.Code, e.Rule, e.Sentence)
			}
		}
	})
	if seen != c.Len() {
		t.Errorf("seeds.tsv labels %d articles, the seed has %d", seen, c.Len())
	}
	fmt.Printf("roles on the seed articles: actors  %v\n", actors)
	fmt.Printf("roles on the seed articles: targets %v\n", targets)
}
