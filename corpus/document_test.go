package corpus

import "testing"

func TestProblemErrorNamesTheLineOnlyWhenThereIsOne(t *testing.T) {
	for _, tt := range []struct {
		p    Problem
		want string
	}{
		{Problem{Path: "a/b.txt", Line: 3, Message: "bad date"}, "a/b.txt:3: bad date"},
		{Problem{Path: "a/b.txt", Line: 1, Message: "empty file"}, "a/b.txt:1: empty file"},
		{Problem{Path: "saved/page.html", Message: "no publication date found"}, "saved/page.html: no publication date found"},
	} {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}
