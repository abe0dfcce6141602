package search

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/corpus"
	"dossier/corpus/text"
)

const (
	// snippetRunes is the length a snippet aims at, in runes: two lines of
	// a results list.
	snippetRunes = 180
	// snippetLead is how much text a snippet shows before its first match.
	snippetLead = 40
	// maxWindowMatches bounds the matches a snippet window search considers
	// per paragraph, keeping the search linear in practice.
	maxWindowMatches = 64
	ellipsis         = "…"
)

// highlighter finds and marks the matched words of hits. It keeps buffers
// between hits, so it serves one query on one goroutine.
type highlighter struct {
	ix          *Index
	clausesOf   map[string]uint32 // each matched term, with the clauses it matched as bits
	clausesOfID map[uint32]uint32 // the same by term number
	matchedIDs  []uint64          // the matched term numbers as a bit set, for a fast first test
	// clausesOfCountry holds, by country number, the clauses whose
	// countries' mentions are matches, as bits; nil when none has.
	clausesOfCountry []uint32

	analyzer text.Analyzer
	tokens   []text.Token
	matched  []match
	runes    []rune
	// extra holds per field the matches the forward index lacks: among the
	// joined words, and the country mentions.
	extra []fieldMatches
	// phrases are the clauses of several words in order: their words are
	// marked only where the whole phrase occurs.
	phrases []phraseMatcher
	words   []int // the tokens of a field that are not joined words, by number
	// noMentions is set when the document is not in the index, so that its
	// country mentions are unknown.
	noMentions bool
}

// phraseMatcher finds one phrase clause's occurrences.
type phraseMatcher struct {
	words   []map[string]bool // per word of the phrase, the terms it matches
	clauses uint32            // the phrase's clause, as a bit
}

// fieldMatches sums up the matches of one field.
type fieldMatches struct {
	clauses uint32 // the clauses matched, as bits
	count   int
}

func (ix *Index) newHighlighter(compiled []compiledClause) *highlighter {
	h := &highlighter{ix: ix, clausesOf: map[string]uint32{}, clausesOfID: map[uint32]uint32{},
		matchedIDs: make([]uint64, ix.dict.terms.len()/64+1)}
	for i, c := range compiled {
		phrase := c.phrase && len(c.terms) > 1
		if phrase {
			p := phraseMatcher{clauses: 1 << i}
			for _, terms := range c.terms {
				set := make(map[string]bool, len(terms))
				for _, t := range terms {
					set[ix.dict.terms.at(t.term)] = true
				}
				p.words = append(p.words, set)
			}
			h.phrases = append(h.phrases, p)
		}
		for _, terms := range c.terms {
			for _, t := range terms {
				if !phrase {
					h.clausesOf[ix.dict.terms.at(t.term)] |= 1 << i
				}
				h.clausesOfID[t.term] |= 1 << i
				h.matchedIDs[t.term/64] |= 1 << (t.term % 64)
			}
		}
		for _, t := range c.countries {
			if h.clausesOfCountry == nil {
				h.clausesOfCountry = make([]uint32, ix.countryTerms)
			}
			h.clausesOfCountry[t.term-ix.countryTermBase] |= 1 << i
		}
	}
	return h
}

// match is a matched token of a field.
type match struct {
	start, end int    // rune offsets in the field
	clauses    uint32 // the clauses it matched, as bits
}

// annotate fills in the hit's snippet and spans; d is the hit's document
// number.
func (h *highlighter) annotate(hit *Hit, d uint32) {
	doc := hit.Doc
	paragraph, inTitle := h.fromForward(d)
	if inTitle {
		hit.TitleSpans = h.spans(doc.Title, d, 0)
	}
	if paragraph < 0 {
		hit.Snippet = leadSnippet(doc)
		return
	}
	// The matches of the chosen paragraph, and the best window among them.
	chosen := h.matches(doc.Paragraphs[paragraph].Text, d, paragraph+1)
	if len(chosen) == 0 {
		hit.Snippet = leadSnippet(doc)
		return
	}
	from, to, _ := bestWindow(chosen)
	h.runes = h.runes[:0]
	for _, r := range doc.Paragraphs[paragraph].Text {
		h.runes = append(h.runes, r)
	}
	start, end := snippetBounds(h.runes, chosen[from].start, chosen[to-1].end)
	var b strings.Builder
	prefix := 0
	if start > 0 {
		b.WriteString(ellipsis)
		prefix = 1
	}
	b.WriteString(string(h.runes[start:end]))
	if end < len(h.runes) {
		b.WriteString(ellipsis)
	}
	hit.Snippet = b.String()
	// The spans are every match inside the snippet, not only the window's.
	var inside []match
	for _, m := range chosen {
		if m.start >= start && m.end <= end {
			inside = append(inside, m)
		}
	}
	hit.Spans = mergeSpans(spansOf(inside, start, prefix))
}

// fromForward reads the forward index of document d, its joined words and
// its country mentions, to find the paragraph with the most clauses matched,
// then the most matches (-1 when none has a match), and whether the title
// has a match. Reading term numbers is much cheaper than analysing the text
// again, which is then done only for the title, when it matched, and the
// chosen paragraph.
//
// A word that matches both as itself and as a country mention ("Duitsland"
// for "Duitsland") counts as two matches here, so that of two paragraphs
// that name the country as often, the one with the word the reader typed
// gives the snippet.
func (h *highlighter) fromForward(d uint32) (paragraph int, inTitle bool) {
	ix := h.ix
	h.extra = h.extra[:0]
	addExtra := func(field int, clauses uint32) {
		for len(h.extra) <= field {
			h.extra = append(h.extra, fieldMatches{})
		}
		h.extra[field].clauses |= clauses
		h.extra[field].count++
	}
	for k := ix.joinedStarts[d]; k < ix.joinedStarts[d+1]; k++ {
		if t := ix.joinedTerms[k]; h.matchedIDs[t/64]&(1<<(t%64)) != 0 {
			addExtra(int(ix.joinedFields[k]), h.clausesOfID[t])
		}
	}
	if h.clausesOfCountry != nil {
		for _, m := range ix.mentionsOf(d) {
			if c := h.clausesOfCountry[m.country]; c != 0 {
				addExtra(int(m.field), c)
			}
		}
	}
	paragraph, field := -1, 0
	var bestKey [2]int
	var clauses uint32
	matches := 0
	for _, t := range ix.forward[ix.forwardStarts[d]:ix.forwardStarts[d+1]] {
		if t != fieldGap {
			if h.matchedIDs[t/64]&(1<<(t%64)) != 0 {
				clauses |= h.clausesOfID[t]
				matches++
			}
			continue
		}
		if field < len(h.extra) {
			clauses |= h.extra[field].clauses
			matches += h.extra[field].count
		}
		key := [2]int{bits.OnesCount32(clauses), matches}
		if field == 0 {
			inTitle = matches > 0
		} else if matches > 0 && (paragraph < 0 || better2(key, bestKey)) {
			paragraph, bestKey = field-1, key
		}
		field, clauses, matches = field+1, 0, 0
	}
	return paragraph, inTitle
}

// spans are the matches of s, field field of document d, as sorted rune
// spans with neighbours merged; nil for none.
func (h *highlighter) spans(s string, d uint32, field int) [][2]int {
	return mergeSpans(spansOf(h.matches(s, d, field), 0, 0))
}

// better2 orders window keys: more clauses, then more matches.
func better2(a, b [2]int) bool { return a[0] > b[0] || (a[0] == b[0] && a[1] > b[1]) }

// matches returns the matched tokens and country mentions of s, field field
// of document d, in text order. The slice is reused by the next call.
func (h *highlighter) matches(s string, d uint32, field int) []match {
	h.tokens = h.analyzer.AppendTokens(h.tokens[:0], s)
	h.matched = h.matched[:0]
	for _, tok := range h.tokens {
		if c, ok := h.clausesOf[tok.Term]; ok {
			h.matched = append(h.matched, match{start: tok.Start, end: tok.End, clauses: c})
		}
	}
	if len(h.phrases) > 0 {
		h.matchPhrases()
	}
	mentioned := false
	if h.clausesOfCountry != nil && !h.noMentions {
		runes := -1
		for _, m := range h.ix.mentionsOf(d) {
			c := h.clausesOfCountry[m.country]
			if c == 0 || int(m.field) != field {
				continue
			}
			if runes < 0 {
				runes = utf8.RuneCountInString(s)
			}
			// The mentions were given at build time; trust them only
			// within the text.
			if start, end := int(m.start), min(int(m.end), runes); start < end {
				h.matched = append(h.matched, match{start: start, end: end, clauses: c})
				mentioned = true
			}
		}
	}
	// Joined tokens follow their parts, and mentions the tokens; order by
	// place in the text.
	slices.SortStableFunc(h.matched, func(a, b match) int { return a.start - b.start })
	if !mentioned {
		return h.matched
	}
	// A word matched both as itself and as a mention is one match.
	kept := h.matched[:0]
	for _, m := range h.matched {
		if n := len(kept); n > 0 && kept[n-1].start == m.start && kept[n-1].end == m.end {
			kept[n-1].clauses |= m.clauses
			continue
		}
		kept = append(kept, m)
	}
	h.matched = kept
	return h.matched
}

// matchPhrases adds to h.matched the words of each occurrence of a phrase
// among h.tokens, each word a match as outside phrases. The words follow one
// another as in the forward index, which skips joined words.
func (h *highlighter) matchPhrases() {
	h.words = h.words[:0]
	for i, tok := range h.tokens {
		if !tok.Joined {
			h.words = append(h.words, i)
		}
	}
	for _, p := range h.phrases {
		marked := 0 // the end of the last word marked
		for at := 0; at+len(p.words) <= len(h.words); at++ {
			found := true
			for w, set := range p.words {
				if !set[h.tokens[h.words[at+w]].Term] {
					found = false
					break
				}
			}
			if !found {
				continue
			}
			for w := range p.words {
				tok := h.tokens[h.words[at+w]]
				if tok.Start >= marked { // overlapping occurrences mark a word once
					h.matched = append(h.matched, match{start: tok.Start, end: tok.End, clauses: p.clauses})
					marked = tok.End
				}
			}
		}
	}
}

// bestWindow finds the run of matches ms[from:to] that fits in a snippet and
// covers the most clauses, then the most matches; key says how good it is.
func bestWindow(ms []match) (from, to int, key [2]int) {
	n := min(len(ms), maxWindowMatches)
	for i := range n {
		var clauses uint32
		j := i
		for j < n && ms[j].end-ms[i].start <= snippetRunes-snippetLead {
			clauses |= ms[j].clauses
			j++
		}
		if j == i { // a single match longer than the window
			clauses, j = ms[i].clauses, i+1
		}
		if k := [2]int{bits.OnesCount32(clauses), j - i}; better2(k, key) {
			from, to, key = i, j, k
		}
	}
	return from, to, key
}

// snippetBounds chooses the rune range of a snippet that shows [first,
// last): starting a little before first at a word boundary, and ending at a
// word boundary near snippetRunes later.
func snippetBounds(runes []rune, first, last int) (start, end int) {
	start = max(0, first-snippetLead)
	if start > 0 {
		// Move forward to the start of a word, not past the match.
		for start < first && !unicode.IsSpace(runes[start-1]) {
			start++
		}
	}
	end = min(len(runes), max(start+snippetRunes, last))
	if end < len(runes) {
		cut := end
		for cut > last && !unicode.IsSpace(runes[cut]) {
			cut--
		}
		end = cut
	}
	for end > start && unicode.IsSpace(runes[end-1]) {
		end--
	}
	return start, end
}

// spansOf converts matches to spans relative to a snippet that starts at
// rune start of the text and has prefix runes ("…") before it.
func spansOf(ms []match, start, prefix int) [][2]int {
	spans := make([][2]int, 0, len(ms))
	for _, m := range ms {
		spans = append(spans, [2]int{m.start - start + prefix, m.end - start + prefix})
	}
	return spans
}

// mergeSpans sorts spans and merges those that overlap, such as a joined
// word and its parts. It returns nil for no spans.
func mergeSpans(spans [][2]int) [][2]int {
	if len(spans) == 0 {
		return nil
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	merged := spans[:1]
	for _, s := range spans[1:] {
		last := &merged[len(merged)-1]
		if s[0] <= last[1] {
			last[1] = max(last[1], s[1])
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// leadSnippet is the opening of an article's first paragraph, for hits
// without a marked match.
func leadSnippet(doc *corpus.Document) string {
	for _, p := range doc.Paragraphs {
		if p.Kind != corpus.KindParagraph {
			continue
		}
		s := p.Text
		if utf8.RuneCountInString(s) <= snippetRunes {
			return s
		}
		end, n := 0, 0
		for i := range s {
			if n == snippetRunes {
				end = i
				break
			}
			n++
		}
		if cut := strings.LastIndexFunc(s[:end], unicode.IsSpace); cut > 0 && !unicode.IsSpace(rune(s[end])) {
			end = cut
		}
		return strings.TrimRightFunc(s[:end], unicode.IsSpace) + ellipsis
	}
	return ""
}

// Highlights are the matches of a query in a whole article: rune offsets
// [start, end) into its title and into the text of each paragraph, sorted,
// with overlapping and touching matches merged, as in a Hit's spans.
type Highlights struct {
	Title [][2]int
	// Paragraphs holds one list per paragraph of the document, or is nil
	// when no paragraph has a match.
	Paragraphs [][][2]int
}

// Highlight marks the words of q.Text in doc wherever they occur, with the
// same expansions (inflections, typos, prefixes, compound parts), phrases
// and country mentions as Search and its snippets: for a reader showing the
// whole article. The document need not match the query; one the index does
// not hold is marked without its country mentions. The filters and paging of
// q play no part. A query without words marks nothing.
func (ix *Index) Highlight(q Query, doc *corpus.Document) Highlights {
	if doc == nil {
		return Highlights{}
	}
	compiled, _, _ := ix.compile(q.Text)
	if len(compiled) == 0 {
		return Highlights{}
	}
	h := ix.newHighlighter(compiled)
	d, ok := ix.docNumber(doc)
	h.noMentions = !ok
	out := Highlights{Title: h.spans(doc.Title, d, 0)}
	any := false
	paragraphs := make([][][2]int, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		if paragraphs[i] = h.spans(p.Text, d, i+1); paragraphs[i] != nil {
			any = true
		}
	}
	if any {
		out.Paragraphs = paragraphs
	}
	return out
}

// docNumber finds doc among the indexed documents: the same document, or
// else one with its ID.
func (ix *Index) docNumber(doc *corpus.Document) (uint32, bool) {
	if d, ok := ix.docIDs[doc.ID]; ok && ix.docs[d] == doc {
		return d, true
	}
	for d, x := range ix.docs {
		if x == doc {
			return uint32(d), true
		}
	}
	d, ok := ix.docIDs[doc.ID]
	return d, ok
}
