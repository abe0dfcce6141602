package text

// FoldedSpans turns bytes of a folded string, as FoldIndexed's origin
// maps them to the runes of the original, into rune spans [start, end) of
// the original, in order, neighbours and overlaps merged. Bytes out of
// range are ignored; bytes must be in increasing order.
func FoldedSpans(origin []int, foldedBytes []int) [][2]int {
	var spans [][2]int
	for _, b := range foldedBytes {
		if b < 0 || b >= len(origin) {
			continue
		}
		r := origin[b]
		if n := len(spans); n > 0 && spans[n-1][1] >= r {
			spans[n-1][1] = max(spans[n-1][1], r+1)
			continue
		}
		spans = append(spans, [2]int{r, r + 1})
	}
	return spans
}

// FoldedRange is FoldedSpans of the bytes [from, to).
func FoldedRange(origin []int, from, to int) [][2]int {
	bytes := make([]int, 0, max(to-from, 0))
	for b := from; b < to; b++ {
		bytes = append(bytes, b)
	}
	return FoldedSpans(origin, bytes)
}
