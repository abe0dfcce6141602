package search

import (
	"sync"
)

// pairFilter tells, for a document, whether two terms may stand next to
// each other in it: a Bloom filter per document over its adjacent pairs of
// terms (within a field, as in the forward index), so that a phrase reads the
// forward index only of the documents that may hold it. It answers "maybe"
// or "certainly not", never wrongly "not", so phrases match exactly as they
// would by reading every candidate.
//
// Pairs with a term in more than half the documents ("de", "het") are left
// out: they are a large part of all pairs, and a phrase of such words gains
// little from filtering. Such a pair is never tested; a phrase of only such
// pairs reads every candidate, as before.
type pairFilter struct {
	// The filter of document d is words[starts[d]:starts[d+1]], with
	// pairBits bits per pair it holds, rounded up to whole words; a
	// document with no pair has none.
	starts []uint32
	words  []uint64
	// maxDocFreq is the most documents a term of a filtered pair is in.
	maxDocFreq int
}

// Bloom filter parameters: 10 bits and 7 probes a pair give false
// positives about 1% of the time, for about 1.25 bytes a pair.
const (
	pairBits   = 10
	pairProbes = 7
)

// pairHash mixes the pair (a, b) into 64 bits (splitmix64's finaliser).
func pairHash(a, b uint32) uint64 {
	x := uint64(a)<<32 | uint64(b)
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// buildPairFilter fills ix.pairs from the forward index, on a goroutine per
// run of documents.
func (ix *Index) buildPairFilter() {
	n := len(ix.docs)
	f := &ix.pairs
	f.maxDocFreq = n / 2
	f.starts = make([]uint32, n+1)
	runs := splitRuns(n)
	var wg sync.WaitGroup
	for _, r := range runs {
		wg.Go(func() {
			for d := r.from; d < r.to; d++ {
				pairs := 0
				ix.eachPair(uint32(d), func(a, b uint32) { pairs++ })
				f.starts[d+1] = uint32((pairs*pairBits + 63) / 64)
			}
		})
	}
	wg.Wait()
	for d := range n {
		f.starts[d+1] += f.starts[d]
	}
	f.words = make([]uint64, f.starts[n])
	for _, r := range runs {
		wg.Go(func() {
			for d := r.from; d < r.to; d++ {
				words := f.words[f.starts[d]:f.starts[d+1]]
				ix.eachPair(uint32(d), func(a, b uint32) {
					h := pairHash(a, b)
					h1, h2 := uint32(h), uint32(h>>32)|1
					m := uint64(len(words)) * 64
					for i := range uint32(pairProbes) {
						bit := uint64(h1+i*h2) * m >> 32
						words[bit/64] |= 1 << (bit % 64)
					}
				})
			}
		})
	}
	wg.Wait()
}

// eachPair calls fn with each pair of adjacent terms of document d that the
// filter holds.
func (ix *Index) eachPair(d uint32, fn func(a, b uint32)) {
	terms := ix.forward[ix.forwardStarts[d]:ix.forwardStarts[d+1]]
	for p := 0; p+1 < len(terms); p++ {
		a, b := terms[p], terms[p+1]
		if a != fieldGap && b != fieldGap && ix.pairable(a) && ix.pairable(b) {
			fn(a, b)
		}
	}
}

// pairable reports whether the filter holds the pairs of term t.
func (ix *Index) pairable(t uint32) bool { return ix.docFreq(t) <= ix.pairs.maxDocFreq }

// mayHave reports whether document d may hold the pair whose pairHash is h:
// false only when it certainly does not.
func (f *pairFilter) mayHave(d uint32, h uint64) bool {
	if f.starts == nil {
		return true // no filter
	}
	words := f.words[f.starts[d]:f.starts[d+1]]
	if len(words) == 0 {
		return false
	}
	h1, h2 := uint32(h), uint32(h>>32)|1
	m := uint64(len(words)) * 64
	for i := range uint32(pairProbes) {
		bit := uint64(h1+i*h2) * m >> 32
		if words[bit/64]&(1<<(bit%64)) == 0 {
			return false
		}
	}
	return true
}

// phrasePairs returns, for a phrase whose words match the terms of sets, the
// hashes of the term pairs its adjacent words can form, one list per pair of
// words the filter holds: a document may hold the phrase only if, for each
// list, it may hold one of its pairs.
func (ix *Index) phrasePairs(sets [][]uint32) [][]uint64 {
	var out [][]uint64
	for w := 0; w+1 < len(sets); w++ {
		var hashes []uint64
		usable := true
		for _, a := range sets[w] {
			for _, b := range sets[w+1] {
				if !ix.pairable(a) || !ix.pairable(b) {
					usable = false
				}
				hashes = append(hashes, pairHash(a, b))
			}
		}
		if usable && len(hashes) > 0 {
			out = append(out, hashes)
		}
	}
	return out
}

// mayHavePhrase reports whether document d may hold a phrase whose pairs
// phrasePairs gave.
func (f *pairFilter) mayHavePhrase(d uint32, pairs [][]uint64) bool {
	for _, hashes := range pairs {
		found := false
		for _, h := range hashes {
			if f.mayHave(d, h) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
