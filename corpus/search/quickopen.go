package search

import (
	"strings"

	"github.com/sahilm/fuzzy"

	"dossier/corpus"
	"dossier/corpus/text"
)

// TitleMatch is an article whose title matches a quick-open pattern.
type TitleMatch struct {
	Doc   *corpus.Document
	Score int // higher is better; only comparable within one answer
	// Spans are the matched characters of Doc.Title, as rune offsets
	// [start, end), neighbours merged.
	Spans [][2]int
}

// QuickOpen finds articles by their title as a reader types a few letters of
// it, in order but not necessarily together ("mcrnmob" finds "Was Macrons
// mobiel wel veilig?"): subsequence matching, the right tool for a list of
// short names, done by github.com/sahilm/fuzzy over the folded titles. An
// empty pattern lists the newest articles. At most limit matches are
// returned, best first (all when limit <= 0).
func (ix *Index) QuickOpen(pattern string, limit int) []TitleMatch {
	pattern = QuickPattern(pattern)
	if limit <= 0 || limit > len(ix.docs) {
		limit = len(ix.docs)
	}
	if pattern == "" {
		out := make([]TitleMatch, limit)
		for i := range out {
			out[i] = TitleMatch{Doc: ix.docs[i]}
		}
		return out
	}
	found := fuzzy.FindFrom(pattern, titleSource(ix.foldedTitles))
	out := make([]TitleMatch, 0, min(limit, len(found)))
	for _, m := range found[:min(limit, len(found))] {
		doc := ix.docs[m.Index]
		out = append(out, TitleMatch{Doc: doc, Score: m.Score, Spans: titleSpans(doc.Title, m.MatchedIndexes)})
	}
	return out
}

// QuickPattern is a quick-open pattern as it is matched: its first
// MaxQueryRunes runes (see LimitQuery), folded, with runs of spaces made
// one and none at either end.
func QuickPattern(pattern string) string {
	pattern, _ = LimitQuery(pattern)
	return strings.Join(strings.Fields(text.Fold(pattern)), " ")
}

// FoldedTitle is the title of document d (a number of Docs), folded as
// text.Fold does, for matching titles.
func (ix *Index) FoldedTitle(d int) string { return ix.foldedTitles[d] }

// titleSource lets fuzzy read the folded titles without copying them.
type titleSource []string

func (t titleSource) String(i int) string { return t[i] }
func (t titleSource) Len() int            { return len(t) }

// titleSpans turns byte offsets into the folded title into rune spans of the
// original title.
func titleSpans(title string, foldedBytes []int) [][2]int {
	_, origin := text.FoldIndexed(title)
	return text.FoldedSpans(origin, foldedBytes)
}
