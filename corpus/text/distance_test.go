package text

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"pegasis", "pegasus", 1},  // substitution
		{"macorn", "macron", 1},    // swap of neighbours
		{"pegasu", "pegasus", 1},   // insertion
		{"peggasus", "pegasus", 1}, // deletion
		{"diplomaaten", "diplomaten", 1},
		{"inlichtignsdinest", "inlichtingsdienst", 2},
		{"israel", "israel", 0},
		{"", "abc", 3},
		{"ca", "abc", 3}, // optimal string alignment: no edit after a swap
		{"путин", "путен", 1},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Distance(tt.b, tt.a); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d (symmetry)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestEditBudget(t *testing.T) {
	for n, want := range map[int]int{0: 0, 4: 0, 5: 1, 8: 1, 9: 2, 40: 2} {
		if got := EditBudget(n); got != want {
			t.Errorf("EditBudget(%d) = %d, want %d", n, got, want)
		}
	}
}
