package search

import (
	"strings"

	"github.com/sahilm/fuzzy"

	"dossier/corpus"
	"dossier/corpus/text"
)

// Baseline searches without an index, as a first attempt would: it is what
// benchmarks measure the index against, not a way to search.
type Baseline struct {
	docs   []*corpus.Document
	texts  []string // each document's title and paragraphs
	folded []string // the same, folded
}

// NewBaseline prepares the documents' text once, so that the baselines time
// the scanning and not the reading.
func NewBaseline(docs []*corpus.Document) *Baseline {
	b := &Baseline{docs: docs, texts: make([]string, len(docs)), folded: make([]string, len(docs))}
	for i, d := range docs {
		var sb strings.Builder
		sb.WriteString(d.Title)
		for _, p := range d.Body() {
			sb.WriteString("\n")
			sb.WriteString(p.Text)
		}
		b.texts[i] = sb.String()
		b.folded[i] = text.Fold(b.texts[i])
	}
	return b
}

// Substring returns the documents whose folded text contains every folded
// word of query, scanning all of them.
func (b *Baseline) Substring(query string) []*corpus.Document {
	words := strings.Fields(text.Fold(query))
	var out []*corpus.Document
	for i, f := range b.folded {
		all := true
		for _, w := range words {
			if !strings.Contains(f, w) {
				all = false
				break
			}
		}
		if all {
			out = append(out, b.docs[i])
		}
	}
	return out
}

// Fuzzy returns the documents whose text holds the query as a subsequence,
// best first, by github.com/sahilm/fuzzy over every document's text: the
// tool used where it does not belong.
func (b *Baseline) Fuzzy(query string) []*corpus.Document {
	matches := fuzzy.Find(query, b.texts)
	out := make([]*corpus.Document, len(matches))
	for i, m := range matches {
		out[i] = b.docs[m.Index]
	}
	return out
}
