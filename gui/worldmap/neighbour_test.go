package worldmap

import "testing"

func TestNeighbourFollowsTheArrows(t *testing.T) {
	w := mustLoad(t)
	all := func(string) bool { return true }
	withArticles := func(code string) bool {
		switch code {
		case "FR", "DE", "US", "RU", "CN", "MA", "ES":
			return true
		}
		return false
	}
	for _, tt := range []struct {
		from  string
		dir   Direction
		among func(string) bool
		want  string
	}{
		{"FR", East, withArticles, "DE"},
		{"DE", West, withArticles, "FR"},
		{"FR", South, withArticles, "ES"},
		{"ES", South, withArticles, "MA"},
		{"FR", West, withArticles, "US"},
		{"DE", East, withArticles, "RU"},
		{"RU", South, withArticles, "CN"},
		{"PT", East, all, "ES"},
		{"ES", West, all, "PT"},
	} {
		if got, ok := w.Neighbour(tt.from, tt.dir, tt.among); got != tt.want || !ok {
			t.Errorf("Neighbour(%s, %v) = %q, %v; want %s", tt.from, tt.dir, got, ok, tt.want)
		}
	}
	if got, ok := w.Neighbour("US", West, withArticles); ok {
		t.Errorf("west of the United States, among these, is %q; the map does not wrap", got)
	}
	if _, ok := w.Neighbour("XX", East, all); ok {
		t.Errorf("an unknown country has a neighbour")
	}
}
