package text

// Typo budgets: a word of MinOneEdit runes tolerates one edit, a word of
// MinTwoEdits runes two. Shorter words tolerate none, because one edit turns
// most short Dutch words into other real words.
const (
	MinOneEdit  = 5
	MinTwoEdits = 9
)

// EditBudget is the number of edits tolerated in a query word of n runes.
func EditBudget(n int) int {
	switch {
	case n >= MinTwoEdits:
		return 2
	case n >= MinOneEdit:
		return 1
	}
	return 0
}

// Distance is the optimal string alignment distance between a and b, counted
// in runes: the fewest insertions, deletions, substitutions and swaps of
// neighbouring runes that turn a into b ("macorn" to "macron" is one swap).
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows: the one two runes back is needed for swaps.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	row := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		row[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			row[j] = min(prev[j]+1, row[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				row[j] = min(row[j], prev2[j-2]+1)
			}
		}
		prev2, prev, row = prev, row, prev2
	}
	return prev[len(rb)]
}
