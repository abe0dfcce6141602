package search

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"

	"dossier/corpus"
)

// check verifies a loaded index before it answers a query: every offset
// lies within what it indexes, every number within what it numbers, every
// list is as long as its neighbours say, and the structures searches walk
// (the trie, the postings) are shaped as Build shapes them. What a search
// reads without a bound of its own is covered, so that a damaged or
// hostile file gives an error here rather than a panic, an out-of-range
// read or a walk without end at query time. What only makes answers wrong
// (an impact, a bit of the pair filter, a suffix array out of order) is
// not checked: the container's checksums are what catch damage there.
//
// The checks run on goroutines of their own, each reading its arrays once:
// the time Load takes is theirs.
func (ix *Index) check(docsHash uint64) error {
	n := len(ix.docs)
	// The checks run at once, so that each must hold without the others:
	// a vocabulary without offsets counts as empty until its own check
	// refuses it.
	vocabulary := max(0, ix.dict.terms.len())
	checks := []func() error{
		func() error { return ix.checkDocuments(docsHash) },
		ix.checkFacets,
		ix.checkVocabulary,
		func() error { return ix.checkStems(vocabulary) },
		func() error { return ix.dict.words.check(vocabulary) },
		ix.checkMentions,
		func() error { return ix.checkPostings(vocabulary) },
		func() error { return ix.checkForward(vocabulary) },
		func() error {
			sa := ix.dict.infixes.sa
			if len(sa) != len(ix.dict.terms.blob) {
				return fmt.Errorf("a suffix array of %d offsets for a vocabulary of %d bytes", len(sa), len(ix.dict.terms.blob))
			}
			return below("the suffix array", sa, len(sa))
		},
		func() error { return starts("the pair filter", ix.pairs.starts, n, len(ix.pairs.words)) },
	}
	errs := make([]error, len(checks))
	var wg sync.WaitGroup
	for i, c := range checks {
		wg.Go(func() { errs[i] = c() })
	}
	wg.Wait()
	// The first in the order above, so that the same damage always gives
	// the same message.
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// checkDocuments checks that the documents are those the index was built
// from, whose ids hashed to docsHash, in its order and of its months; and
// what there is of each: its folded title, its body length.
func (ix *Index) checkDocuments(docsHash uint64) error {
	n := len(ix.docs)
	if len(ix.months) != n || len(ix.foldedTitles) != n || len(ix.lengthNorm) != n {
		return fmt.Errorf("%d months, %d titles and %d lengths for %d documents", len(ix.months), len(ix.foldedTitles), len(ix.lengthNorm), n)
	}
	// One pass over the documents, which lie all over the heap.
	ids := newIDHash()
	for d, doc := range ix.docs {
		ids.add(doc.ID)
		if ix.months[d] != int32(doc.Date.Month.Index()) {
			return fmt.Errorf("document %d (%s) is of %v, and the index has it of %v", d, doc.ID, doc.Date.Month, corpus.MonthFromIndex(int(ix.months[d])))
		}
	}
	if uint64(ids) != docsHash {
		return errors.New("the documents are not those the index was built from, or not in its order")
	}
	for d, norm := range ix.lengthNorm {
		// Build's norms lie between k1·(1 − b) and k1·(1 − b + b·n): a
		// norm out of them, or no number, would make a score no number.
		if !(norm > 0) || math.IsInf(float64(norm), 0) {
			return fmt.Errorf("document %d has a length norm of %v", d, norm)
		}
	}
	return nil
}

// maxRoles bounds the role codes of a loaded index: a query counts the arcs
// between them in an array of roles×roles, which a hostile number of codes
// would make too large to allocate. The gazetteer has a few hundred.
const maxRoles = 2048

// checkFacets checks the countries, organisations, roles and events of
// each document.
func (ix *Index) checkFacets() error {
	n := len(ix.docs)
	countries, roles := len(ix.countryCodes), len(ix.roleCodes)
	if countries > math.MaxUint16+1 || roles > maxRoles {
		return fmt.Errorf("%d country codes and %d role codes", countries, roles)
	}
	if err := unique("country code", ix.countryCodes); err != nil {
		return err
	}
	if err := unique("role code", ix.roleCodes); err != nil {
		return err
	}
	for _, c := range []struct {
		what   string
		starts []uint32
		list   []uint16
		limit  int
	}{
		{"countries", ix.countryStarts, ix.docCountries, countries},
		{"organisations", ix.organizationStarts, ix.docOrganizations, countries},
		{"actors", ix.actorStarts, ix.docActors, roles},
		{"targets", ix.targetStarts, ix.docTargets, roles},
	} {
		if err := starts(c.what, c.starts, n, len(c.list)); err != nil {
			return err
		}
		if err := below(c.what, c.list, c.limit); err != nil {
			return err
		}
	}
	e := &ix.events
	if err := starts("the months of events", e.monthStarts, n, len(e.months)); err != nil {
		return err
	}
	if err := starts("the days of events", e.dayStarts, n, len(e.days)); err != nil {
		return err
	}
	for _, spans := range [][]span{e.months, e.days} {
		for _, s := range spans {
			if s.first > s.last {
				return fmt.Errorf("an event from %d to %d", s.first, s.last)
			}
		}
	}
	return nil
}

// checkVocabulary checks the vocabulary, whose size the other checks take
// as the bound of term numbers.
func (ix *Index) checkVocabulary() error {
	if err := ix.dict.terms.check("the vocabulary"); err != nil {
		return err
	}
	// Term numbers, and after them the mentions' terms, must stay clear of
	// fieldGap, which the forward index uses as a term number of its own.
	if vocabulary := ix.dict.terms.len(); uint64(vocabulary)+uint64(len(ix.countryCodes)) >= uint64(fieldGap) {
		return fmt.Errorf("a vocabulary of %d terms", vocabulary)
	}
	return nil
}

// checkStems checks the stems and the terms of each.
func (ix *Index) checkStems(vocabulary int) error {
	d := &ix.dict
	if err := d.stems.check("the stems"); err != nil {
		return err
	}
	if err := starts("the stems", d.stemStarts, d.stems.len(), len(d.stemTerms)); err != nil {
		return err
	}
	return below("the terms of the stems", d.stemTerms, vocabulary)
}

// check verifies that s is laid out as newSortedStrings lays it out, each
// string after its separator, in increasing order: at never slices out of
// the blob, and find and prefixRange find what is there.
func (s *sortedStrings) check(what string) error {
	if len(s.starts) == 0 || len(s.blob) == 0 || s.blob[0] != termSeparator[0] || s.starts[0] != 1 ||
		int(s.starts[len(s.starts)-1]) != len(s.blob) {
		return fmt.Errorf("%s: the offsets do not cover the strings", what)
	}
	for i := 1; i < len(s.starts); i++ {
		if s.starts[i] <= s.starts[i-1] || int(s.starts[i]) > len(s.blob) || s.blob[s.starts[i]-1] != termSeparator[0] {
			return fmt.Errorf("%s: string %d does not end where the next starts", what, i-1)
		}
		if i >= 2 && s.at(uint32(i-2)) >= s.at(uint32(i-1)) {
			return fmt.Errorf("%s: string %d is not after string %d", what, i-1, i-2)
		}
	}
	return nil
}

// check verifies that t is a tree in preorder, as buildTrie lays it out:
// the root's subtree is every node, each node's subtree ends after it and
// within its parent's, and each term is one of the vocabulary. A walk then
// visits every node at most once, and only within the nodes.
func (t *trie) check(vocabulary int) error {
	nodes := t.nodes
	if len(nodes) == 0 || int(nodes[0].end) != len(nodes) {
		return errors.New("the trie's root does not hold the trie")
	}
	open := []uint32{0} // the nodes whose subtrees hold node i
	for i, node := range nodes {
		if node.term < -1 || int(node.term) >= vocabulary {
			return fmt.Errorf("trie node %d holds term %d of %d", i, node.term, vocabulary)
		}
		if i == 0 {
			continue
		}
		for nodes[open[len(open)-1]].end <= uint32(i) {
			open = open[:len(open)-1]
		}
		if node.end <= uint32(i) || node.end > nodes[open[len(open)-1]].end {
			return fmt.Errorf("trie node %d ends at %d, outside its parent's subtree", i, node.end)
		}
		open = append(open, uint32(i))
	}
	return nil
}

// checkMentions checks the countries and groups that the mentions name,
// and the places of each document's mentions.
func (ix *Index) checkMentions() error {
	if len(ix.isGroup) != len(ix.countryCodes) {
		return fmt.Errorf("%d flags for %d countries and groups", len(ix.isGroup), len(ix.countryCodes))
	}
	if err := starts("the mentions", ix.mentionStarts, len(ix.docs), len(ix.mentions)); err != nil {
		return err
	}
	for k, m := range ix.mentions {
		// A highlighter keeps the clauses of each mentioned country or
		// group in an array of mentionTerms.
		if int(m.country) >= ix.mentionTerms || m.end <= m.start {
			return fmt.Errorf("mention %d is of %d, at %d to %d", k, m.country, m.start, m.end)
		}
	}
	return nil
}

// checkPostings checks that the postings hold a list for every term, the
// vocabulary's and then the mentions', that each list of the vocabulary
// has a document (a suggestion reads the first), and that each holds
// documents in increasing order, none twice.
func (ix *Index) checkPostings(vocabulary int) error {
	terms := vocabulary + ix.mentionTerms
	if len(ix.postImpacts) != len(ix.postDocs) {
		return fmt.Errorf("%d impacts for %d postings", len(ix.postImpacts), len(ix.postDocs))
	}
	if err := starts("the postings", ix.postStarts, terms, len(ix.postDocs)); err != nil {
		return err
	}
	n := uint32(len(ix.docs))
	for t := range terms {
		docs := ix.postDocs[ix.postStarts[t]:ix.postStarts[t+1]]
		if len(docs) == 0 {
			if t < vocabulary {
				return fmt.Errorf("term %d is in no document", t)
			}
			continue
		}
		if docs[len(docs)-1] >= n {
			return fmt.Errorf("term %d is in document %d of %d", t, docs[len(docs)-1], n)
		}
		for k := 1; k < len(docs); k++ {
			if docs[k] <= docs[k-1] {
				return fmt.Errorf("the documents of term %d are not in increasing order", t)
			}
		}
	}
	return nil
}

// checkForward checks the forward index and the joined words: each
// document's terms are of the vocabulary, and end with fieldGap, as each
// of its fields does, so that every term lies in a field the highlighter
// counts.
func (ix *Index) checkForward(vocabulary int) error {
	n := len(ix.docs)
	if err := starts("the forward index", ix.forwardStarts, n, len(ix.forward)); err != nil {
		return err
	}
	for d := range n {
		if end := ix.forwardStarts[d+1]; end == ix.forwardStarts[d] || ix.forward[end-1] != fieldGap {
			return fmt.Errorf("the terms of document %d do not end with the end of a field", d)
		}
	}
	for k, t := range ix.forward {
		if int(t) >= vocabulary && t != fieldGap {
			return fmt.Errorf("term %d of the forward index is %d, of a vocabulary of %d", k, t, vocabulary)
		}
	}
	if err := starts("the joined words", ix.joinedStarts, n, len(ix.joinedTerms)); err != nil {
		return err
	}
	if len(ix.joinedFields) != len(ix.joinedTerms) {
		return fmt.Errorf("%d fields for %d joined words", len(ix.joinedFields), len(ix.joinedTerms))
	}
	return below("the joined words", ix.joinedTerms, vocabulary)
}

// starts checks a list of offsets into another list of length end, for
// count items: item i is [starts[i], starts[i+1]). There must be count+1
// offsets, from 0 to end, none before the one before it.
func starts(what string, starts []uint32, count, end int) error {
	if count < 0 || len(starts) != count+1 {
		return fmt.Errorf("%s: %d offsets for %d items", what, len(starts), count)
	}
	if starts[0] != 0 || int(starts[count]) != end {
		return fmt.Errorf("%s: offsets from %d to %d for a list of %d", what, starts[0], starts[count], end)
	}
	for i := 1; i <= count; i++ {
		if starts[i] < starts[i-1] {
			return fmt.Errorf("%s: item %d ends before it starts", what, i-1)
		}
	}
	return nil
}

// below checks that every number of list is at least 0 and less than
// limit.
func below[T int32 | uint16 | uint32](what string, list []T, limit int) error {
	for i, v := range list {
		if v < 0 || int64(v) >= int64(limit) {
			return fmt.Errorf("%s: number %d is %d, not below %d", what, i, v, limit)
		}
	}
	return nil
}

// unique checks that no code is listed twice: the index numbers each once.
func unique(what string, codes []string) error {
	seen := make(map[string]bool, len(codes))
	for _, c := range codes {
		if seen[c] {
			return fmt.Errorf("the %s %q twice", what, strings.ToValidUTF8(c, "?"))
		}
		seen[c] = true
	}
	return nil
}
