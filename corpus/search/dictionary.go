package search

import (
	"sort"
	"strings"
)

// termSeparator separates the terms in a dictionary's blob. Analysed terms
// never contain it: the analyser treats NUL as a word boundary.
const termSeparator = "\x00"

// sortedStrings holds strings in byte order in one blob, which costs a few
// bytes per string instead of a string header and a separate allocation.
type sortedStrings struct {
	blob string // termSeparator, then each string followed by termSeparator
	// starts[i] is where string i begins, and starts[len] is len(blob), where
	// one more would begin: string i is blob[starts[i]:starts[i+1]-1].
	starts []uint32
}

func newSortedStrings(sorted []string) sortedStrings {
	size := 1
	for _, s := range sorted {
		size += len(s) + 1
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(termSeparator)
	starts := make([]uint32, len(sorted)+1)
	for i, s := range sorted {
		starts[i] = uint32(b.Len())
		b.WriteString(s)
		b.WriteString(termSeparator)
	}
	starts[len(sorted)] = uint32(b.Len())
	return sortedStrings{blob: b.String(), starts: starts}
}

func (s *sortedStrings) len() int { return len(s.starts) - 1 }

func (s *sortedStrings) at(i uint32) string { return s.blob[s.starts[i] : s.starts[i+1]-1] }

// find returns the index of x, if present.
func (s *sortedStrings) find(x string) (uint32, bool) {
	i := sort.Search(s.len(), func(i int) bool { return s.at(uint32(i)) >= x })
	if i < s.len() && s.at(uint32(i)) == x {
		return uint32(i), true
	}
	return 0, false
}

// prefixRange returns the range [lo, hi) of strings that start with p.
func (s *sortedStrings) prefixRange(p string) (lo, hi uint32) {
	n := s.len()
	l := sort.Search(n, func(i int) bool { return s.at(uint32(i)) >= p })
	h := l + sort.Search(n-l, func(i int) bool { return !strings.HasPrefix(s.at(uint32(l+i)), p) })
	return uint32(l), uint32(h)
}

// containing returns the index of the string that holds byte offset off of
// the blob.
func (s *sortedStrings) containing(off int) uint32 {
	return uint32(sort.Search(s.len(), func(i int) bool { return int(s.starts[i]) > off }) - 1)
}

// dictionary is the index's vocabulary: every distinct term in byte order
// (a term's number is its place in that order), with what candidate
// generation needs: the Dutch stem groups, a suffix array for terms that
// contain a word (compound parts) and a trie for terms within a few edits.
type dictionary struct {
	terms sortedStrings
	// infixes is a suffix array over terms.blob.
	infixes infixIndex
	// stems lists the distinct stems; the terms with stem i are
	// stemTerms[stemStarts[i]:stemStarts[i+1]].
	stems      sortedStrings
	stemStarts []uint32
	stemTerms  []uint32
	// words is a trie of the terms that are words (not numbers or codes),
	// the ones typo tolerance applies to.
	words trie
}

// withStem returns the terms whose stem is stem.
func (d *dictionary) withStem(stem string) []uint32 {
	i, ok := d.stems.find(stem)
	if !ok {
		return nil
	}
	return d.stemTerms[d.stemStarts[i]:d.stemStarts[i+1]]
}

// occurrence is a place where a word occurs inside a term.
type occurrence struct {
	term  uint32
	start int // byte offset in the term
}

// occurrences returns up to limit places where sub occurs inside terms,
// itself included, in no particular order.
func (d *dictionary) occurrences(sub string, limit int) []occurrence {
	if sub == "" || strings.Contains(sub, termSeparator) {
		return nil
	}
	offsets := d.infixes.lookup(sub, limit)
	found := make([]occurrence, 0, len(offsets))
	for _, off := range offsets {
		// A sorted array gives only places of sub, which lie within a
		// term; a loaded one that is not sorted may give others, which
		// are left out rather than read past their term.
		if off < int(d.terms.starts[0]) {
			continue
		}
		t := d.terms.containing(off)
		if off+len(sub) >= int(d.terms.starts[t+1]) {
			continue
		}
		found = append(found, occurrence{term: t, start: off - int(d.terms.starts[t])})
	}
	return found
}
