package roles

import "testing"

func TestCuesParse(t *testing.T) {
	c, err := parseCues([]byte("# lists\noperation\thack* *aanval spionage\ndoer\t*hackers\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		word string
		want cue
	}{
		{"hackte", cueOperation}, {"cyberaanval", cueOperation}, {"spionage", cueOperation},
		{"staatshackers", cueDoer}, {"spionagesoftware", 0}, {"aanvallen", 0},
	} {
		if got := c.of(tc.word); got != tc.want {
			t.Errorf("%s: %b, want %b", tc.word, got, tc.want)
		}
	}
	for _, bad := range []struct{ data, want string }{
		{"operation\thack\nnosuchlist\tword\n", "cues.tsv:2: want a list name (operation, doer, report, ...), a tab and words"},
		{"operation hack\n", "cues.tsv:1: want a list name (operation, doer, report, ...), a tab and words"},
		{"\n\noperation\tha*ck\n", `cues.tsv:3: "ha*ck": a star goes at the start or the end of a word`},
	} {
		if _, err := parseCues([]byte(bad.data)); err == nil || err.Error() != bad.want {
			t.Errorf("%q: error %v, want %q", bad.data, err, bad.want)
		}
	}
}

// TestCueDataLoads checks the embedded lists, which Default panics on.
func TestCueDataLoads(t *testing.T) {
	if _, err := parseCues(cuesData); err != nil {
		t.Fatal(err)
	}
}
