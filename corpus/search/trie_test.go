package search

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"dossier/corpus/text"
)

// TestTrieWithinMatchesDistance compares the trie's banded edit-distance
// walk with text.Distance over every term, for random words and budgets.
func TestTrieWithinMatchesDistance(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abcdeëij")
	randomWord := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[r.IntN(len(alphabet))])
		}
		return b.String()
	}
	var vocabulary []string
	for range 3000 {
		vocabulary = append(vocabulary, randomWord(1+r.IntN(9)))
	}
	slices.Sort(vocabulary)
	vocabulary = slices.Compact(vocabulary)
	terms := newSortedStrings(vocabulary)
	tr := buildTrie(&terms, func(string) bool { return true })

	for range 200 {
		word := randomWord(r.IntN(10))
		budget := r.IntN(3)
		got := map[string]int{}
		tr.within(word, budget, func(term uint32, edits int) { got[terms.at(term)] = edits })
		for _, v := range vocabulary {
			d := text.Distance(word, v)
			if edits, found := got[v]; d <= budget && (!found || edits != d) {
				t.Fatalf("within(%q, %d): %q at distance %d reported as %d (found %v)", word, budget, v, d, edits, found)
			} else if d > budget && found {
				t.Fatalf("within(%q, %d): %q at distance %d reported", word, budget, v, d)
			}
		}
	}
}

func TestTrieOfNothing(t *testing.T) {
	terms := newSortedStrings(nil)
	tr := buildTrie(&terms, func(string) bool { return true })
	tr.within("pegasus", 2, func(uint32, int) { t.Fatal("a term in an empty trie") })
}

func TestSortedStrings(t *testing.T) {
	s := newSortedStrings([]string{"kern", "kernkoppen", "kernwapens", "krim", "spionage"})
	if i, ok := s.find("krim"); !ok || s.at(i) != "krim" {
		t.Errorf("find krim: %d %v", i, ok)
	}
	if _, ok := s.find("kernk"); ok {
		t.Error("found a prefix as a string")
	}
	if lo, hi := s.prefixRange("kern"); lo != 0 || hi != 3 {
		t.Errorf("prefix kern: [%d, %d), want [0, 3)", lo, hi)
	}
	if lo, hi := s.prefixRange("x"); lo != hi {
		t.Errorf("prefix x: [%d, %d), want empty", lo, hi)
	}
	if got := s.at(s.containing(int(s.starts[3]) + 2)); got != "krim" {
		t.Errorf("containing: %q", got)
	}
	for i := range uint32(s.len()) {
		if got := s.at(i); strings.Contains(got, termSeparator) {
			t.Errorf("string %d is %q", i, got)
		}
	}
	if got := s.at(uint32(s.len() - 1)); got != "spionage" {
		t.Errorf("last string %q", got)
	}
}
