package text

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
)

// minStemRunes is the shortest term the stemmer touches: Snowball's Dutch
// rules need a first syllable before they remove anything, and two-letter
// words ("eu", "vs") are abbreviations, not inflected words.
const minStemRunes = 3

// Stemmer reduces folded Dutch words to their Snowball stem, so that
// "hackers" and "hacker" share the stem "hacker", "diplomaten" and
// "diplomaat" share "diplomat". It reuses one Snowball environment, so one
// Stemmer must not be used by two goroutines at once.
type Stemmer struct{ env *snowballstem.Env }

// NewStemmer returns a Dutch stemmer.
func NewStemmer() *Stemmer { return &Stemmer{env: snowballstem.NewEnv("")} }

// Stem returns the stem of a folded term. Terms that are not Dutch words of
// at least three ASCII letters (numbers, codes, other scripts) are their own
// stem: Dutch suffix rules would only damage them.
func (s *Stemmer) Stem(term string) string {
	if len(term) < minStemRunes || !isASCIILower(term) {
		return term
	}
	s.env.SetCurrent(term)
	dutch.Stem(s.env)
	return s.env.Current()
}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
