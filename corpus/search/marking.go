package search

import "math/bits"

// markedTiers returns, of the kinds of evidence present for one clause in
// one article (as bits), those whose matches are marked: every literal
// kind (literalTiers); or, when there is none, only the strongest guess.
// An article with "spion" is marked at "spion", not also at its typo neighbours; one that
// has only "Pegasus" for "pegasis" is marked there; one with both a compound
// and a typo for a word shows the compound.
func markedTiers(present uint16) uint16 {
	if literal := present & literalTiers; literal != 0 {
		return literal
	}
	return present & -present // the lowest bit: prefix, then compound, then typo
}

// strongestTier returns the strongest kind of evidence of present, which is
// not empty. A phrase is as strong as the word itself, as in ranking.
func strongestTier(present uint16) tier {
	if present&(1<<tierPhrase) != 0 && present&(1<<tierExact) == 0 {
		return tierPhrase
	}
	return tier(bits.TrailingZeros16(present))
}

// stronger reports whether evidence a is stronger than b, for keeping a
// term's best evidence for a clause.
func stronger(a, b tier) bool {
	rank := func(t tier) int {
		if t == tierPhrase {
			return int(tierExact)
		}
		return int(t)
	}
	return rank(a) < rank(b)
}
