package search

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/corpus"
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

// maxClauseBits is the most clauses a highlighter tells apart: one bit
// each in a uint32. MaxClauses is below it.
const maxClauseBits = 32

// highlighter finds and marks the matched words of hits, and says how each
// hit matched each clause. It keeps buffers between hits, so it serves one
// query on one goroutine.
//
// For each hit it reads the document's terms from the index (scan), which
// gives the evidence present for each clause and, by the marking rule
// (markedTiers), the occurrences that are marked; then finds the places of
// those in the title and in the chosen paragraph only (mark), without
// analysing their plain words again (wordFinder).
type highlighter struct {
	ix *Index
	// queries holds each clause as the reader typed it.
	queries []string
	// evidence holds, for each term a word clause matches, the clauses it
	// matches and how; evidenceOf finds it by term number.
	evidence   []termEvidence
	evidenceOf map[uint32]int32
	// matchedIDs holds the terms of evidence and the first words of phrases
	// as a bit set, for a fast first test.
	matchedIDs []uint64
	// phrases are the phrases of several words: their words match only
	// where the whole phrase occurs.
	phrases []phraseMatcher
	// clausesOfMentioned holds, by country (or group) number, the clauses
	// whose countries' or groups' mentions are matches, as bits; nil when
	// none has.
	clausesOfMentioned []uint32

	// The document at hand, as scan reads it.
	terms       docTerms
	fieldStarts []int // where each field starts in terms.forward, then its end
	occ         []docOccurrence
	byField     []int32 // the marked occurrences by field (indexByField)
	fieldOcc    []int32 // where each field's start in byField, then the end
	nextOcc     []int32
	present     [maxClauseBits]uint16 // per clause, the kinds of evidence present, as bits
	marks       [maxClauseBits]uint16 // per clause, the kinds of evidence marked
	keys        []fieldKey            // per field, its marked matches

	finder      wordFinder
	wanted      []wantedWord
	title, body fieldMarks // the title's marks and the snippet paragraph's
	other       fieldMarks // another paragraph's, for the forms of Words
	seen        []seenKey  // the words each clause has a form for
}

// termEvidence is what one term is evidence of.
type termEvidence struct {
	clauses uint32              // the clauses it matches, as bits
	tiers   [maxClauseBits]tier // for each of them, as what
}

// phraseMatcher finds one phrase's occurrences in the forward index.
type phraseMatcher struct {
	words  [][]uint32 // per word of the phrase, the terms it matches
	clause int
	tier   tier // tierPhrase for quoted words, tierExact for a country's or group's name
}

// startsAt reports whether the phrase occurs at forward[k:].
func (p *phraseMatcher) startsAt(forward []uint32, k int) bool {
	if k+len(p.words) > len(forward) {
		return false
	}
	for w, set := range p.words {
		if !slices.Contains(set, forward[k+w]) {
			return false
		}
	}
	return true
}

// newHighlighter prepares the marking of compiled, the clauses of query.
func (ix *Index) newHighlighter(query string, compiled []compiledClause) *highlighter {
	h := &highlighter{ix: ix, evidenceOf: map[uint32]int32{}, matchedIDs: make([]uint64, ix.dict.terms.len()/64+1)}
	runes := []rune(query)
	for i := range compiled[:min(len(compiled), maxClauseBits)] {
		c := &compiled[i]
		h.queries = append(h.queries, c.typed(runes))
		for _, m := range c.members() {
			if m.phrase && len(m.terms) > 1 {
				// As Search scores it: a country's or group's name of
				// several words is the exact name, quoted words are a
				// phrase.
				p := phraseMatcher{clause: i, tier: tierPhrase}
				if len(m.clause.names) > 0 {
					p.tier = tierExact
				}
				for _, terms := range m.terms {
					set := make([]uint32, len(terms))
					for k, t := range terms {
						set[k] = t.term
					}
					p.words = append(p.words, set)
				}
				for _, t := range p.words[0] {
					h.matchedIDs[t/64] |= 1 << (t % 64)
				}
				h.phrases = append(h.phrases, p)
			} else {
				for _, terms := range m.terms {
					for _, t := range terms {
						evidence := t.tier
						if m.phrase && evidence == tierExact {
							evidence = tierPhrase // one quoted word, as Search scores it
						}
						h.addEvidence(t.term, i, evidence)
					}
				}
			}
			for _, t := range m.mentions {
				if h.clausesOfMentioned == nil {
					h.clausesOfMentioned = make([]uint32, ix.mentionTerms)
				}
				h.clausesOfMentioned[t.term-ix.mentionTermBase] |= 1 << i
			}
		}
	}
	return h
}

// addEvidence records that term matches clause as evidence t, keeping the
// strongest evidence of a term for a clause.
func (h *highlighter) addEvidence(term uint32, clause int, t tier) {
	e, ok := h.evidenceOf[term]
	if !ok {
		e = int32(len(h.evidence))
		h.evidence = append(h.evidence, termEvidence{})
		h.evidenceOf[term] = e
		h.matchedIDs[term/64] |= 1 << (term % 64)
	}
	ev := &h.evidence[e]
	if ev.clauses&(1<<clause) == 0 || stronger(t, ev.tiers[clause]) {
		ev.tiers[clause] = t
	}
	ev.clauses |= 1 << clause
}

// match is a marked place of a field.
type match struct {
	start, end int    // rune offsets in the field
	from, to   int    // the same in bytes
	clauses    uint32 // the clauses it is marked for, as bits
	// words holds those of clauses it matched as a word or a mention, not
	// as a word of a phrase: the forms of Words.
	words uint32
	term  uint32 // its term, or fieldGap for a mention
}

// fieldMarks are the marks of one field.
type fieldMarks struct {
	field   int // 0 the title, then the paragraphs; -1 for none
	text    string
	matches []match
	// phrases are the whole occurrences of phrases, for Words.
	phrases []phraseSpan
}

// phraseSpan is an occurrence of a phrase in a field.
type phraseSpan struct {
	start, end int // in runes
	from, to   int // in bytes
	clause     int
	key        uint64 // tells the phrase's terms apart from others'
}

// wantedWord is a position of a field with a marked match.
type wantedWord struct {
	at         int
	clauses    uint32
	words      uint32
	found      bool
	start, end int // in runes, when found
	from, to   int // in bytes, when found
}

// annotate fills in the hit's snippet, spans and words; d is the hit's
// document number.
func (h *highlighter) annotate(hit *Hit, d uint32) {
	doc := hit.Doc
	h.terms = h.ix.termsOf(d)
	h.scan()
	paragraph, inTitle := h.choose(doc)
	h.title.field, h.body.field, h.other.field = -1, -1, -1
	if inTitle {
		h.mark(&h.title, 0, doc.Title, nil)
		hit.TitleSpans = mergeSpans(spansOf(h.title.matches, 0, 0))
	}
	start, end := 0, 0 // the snippet, in runes of the paragraph
	if paragraph >= 0 {
		h.mark(&h.body, paragraph+1, doc.Body()[paragraph].Text, nil)
	}
	if chosen := h.body.matches; paragraph >= 0 && len(chosen) > 0 {
		from, to, _ := bestWindow(chosen)
		text := h.body.text
		var startByte, endByte int
		start, end, startByte, endByte = snippetBounds(text, chosen[from].start, chosen[from].from, chosen[to-1].end)
		var b strings.Builder
		b.Grow(endByte - startByte + 2*len(ellipsis))
		prefix := 0
		if start > 0 {
			b.WriteString(ellipsis)
			prefix = 1
		}
		b.WriteString(validText(text[startByte:endByte]))
		if endByte < len(text) {
			b.WriteString(ellipsis)
		}
		hit.Snippet = b.String()
		// The spans are every match inside the snippet, not only the window's.
		spans := make([][2]int, 0, to-from)
		for _, m := range chosen {
			if m.start >= start && m.end <= end {
				spans = append(spans, [2]int{m.start - start + prefix, m.end - start + prefix})
			}
		}
		hit.Spans = mergeSpans(spans)
	} else {
		hit.Snippet = leadSnippet(doc)
		h.body.field = -1
	}
	hit.Words = h.words(doc, start, end)
}

// mark finds the marked matches of field field of the scanned document,
// whose text is s, in text order, into m: those of the occurrences that
// only accepts, or all when only is nil.
func (h *highlighter) mark(m *fieldMarks, field int, s string, only func(*docOccurrence) bool) {
	m.field, m.text = field, s
	m.matches, m.phrases = m.matches[:0], m.phrases[:0]
	h.wanted = h.wanted[:0]
	joined, mentioned := 0, false
	for _, i := range h.occurrencesIn(field) {
		o := &h.occ[i]
		if only != nil && !only(o) {
			continue
		}
		switch o.kind {
		case occWord:
			h.wanted = append(h.wanted, wantedWord{at: int(o.at), clauses: o.marked, words: o.marked})
		case occPhrase:
			for w := range h.phrases[o.ref].words {
				h.wanted = append(h.wanted, wantedWord{at: int(o.at) + w, clauses: o.marked})
			}
		case occJoined:
			joined++
		case occMention:
			mentioned = true
		}
	}
	// One place for each position: a word in two clauses, or in two
	// overlapping occurrences of a phrase, is marked once.
	slices.SortStableFunc(h.wanted, func(a, b wantedWord) int { return a.at - b.at })
	kept := h.wanted[:0]
	for _, w := range h.wanted {
		if n := len(kept); n > 0 && kept[n-1].at == w.at {
			kept[n-1].clauses |= w.clauses
			kept[n-1].words |= w.words
			continue
		}
		kept = append(kept, w)
	}
	h.wanted = kept
	h.findWanted(m, joined)

	for _, i := range h.occurrencesIn(field) {
		o := &h.occ[i]
		if o.kind != occPhrase || (only != nil && !only(o)) {
			continue
		}
		n := len(h.phrases[o.ref].words)
		first, last := h.wantedAt(int(o.at)), h.wantedAt(int(o.at)+n-1)
		if first != nil && last != nil && first.found && last.found {
			m.phrases = append(m.phrases, phraseSpan{start: first.start, end: last.end, from: first.from, to: last.to,
				clause: h.phrases[o.ref].clause, key: h.phraseKey(field, int(o.at), n)})
		}
	}
	if mentioned {
		h.markMentions(m, only)
	}
}

// findWanted finds the places of h.wanted, and of the field's marked joined
// words (joined of them), in m.text, into m.matches. The words are found stretch by stretch
// (wordFinder), each checked against the term the index has at its
// position; should one differ, the field is analysed whole instead, and a
// word that still differs (the text is not the one indexed) is not marked.
func (h *highlighter) findWanted(m *fieldMarks, joined int) {
	if len(h.wanted) == 0 && joined == 0 {
		return
	}
	dict := &h.ix.dict.terms
	for _, whole := range [2]bool{false, true} {
		m.matches = m.matches[:0]
		next, left, failed := 0, joined, false
		h.finder.skipTo = h.wantedFrom(0)
		h.finder.each(m.text, whole, func(w word) bool {
			if w.joined {
				if left > 0 {
					if id, ok := dict.find(w.term); ok {
						if e, ok := h.evidenceOf[id]; ok {
							if c := h.markedEvidence(&h.evidence[e]); c != 0 {
								m.matches = append(m.matches, match{start: w.start, end: w.end, from: w.from, to: w.to,
									clauses: c, words: c, term: id})
								left--
							}
						}
					}
				}
			} else if next < len(h.wanted) && h.wanted[next].at == w.position {
				ww := &h.wanted[next]
				next++
				h.finder.skipTo = h.wantedFrom(next)
				term := h.termAt(m.field, ww.at)
				if w.is(dict.at(term)) {
					ww.found, ww.start, ww.end, ww.from, ww.to = true, w.start, w.end, w.from, w.to
					m.matches = append(m.matches, match{start: w.start, end: w.end, from: w.from, to: w.to,
						clauses: ww.clauses, words: ww.words, term: term})
				} else if !whole {
					failed = true
					return false
				}
			}
			return next < len(h.wanted) || left > 0
		})
		if !failed && (whole || next == len(h.wanted)) {
			return
		}
		for i := range h.wanted {
			h.wanted[i].found = false
		}
	}
}

// wantedFrom returns the position of h.wanted[next], or past every
// position when there is none.
func (h *highlighter) wantedFrom(next int) int {
	if next < len(h.wanted) {
		return h.wanted[next].at
	}
	return math.MaxInt
}

// wantedAt returns the wanted word at position at, or nil.
func (h *highlighter) wantedAt(at int) *wantedWord {
	i, ok := slices.BinarySearchFunc(h.wanted, at, func(w wantedWord, at int) int { return w.at - at })
	if !ok {
		return nil
	}
	return &h.wanted[i]
}

// phraseKey tells apart the terms of the n words at position at of field.
func (h *highlighter) phraseKey(field, at, n int) uint64 {
	key := uint64(1) << 63
	for w := range n {
		key = (key*1099511628211 ^ uint64(h.termAt(field, at+w))) | 1<<63
	}
	return key
}

// markMentions adds the marked country and group mentions of m's field to its
// matches, in text order; a word matched both as itself and as a mention is
// one match.
func (h *highlighter) markMentions(m *fieldMarks, only func(*docOccurrence) bool) {
	words := len(m.matches)
	for _, i := range h.occurrencesIn(m.field) {
		o := &h.occ[i]
		if o.kind != occMention || (only != nil && !only(o)) {
			continue
		}
		mt := h.terms.mentions[o.at]
		m.matches = append(m.matches, match{start: int(mt.start), end: int(mt.end), clauses: o.marked, words: o.marked, term: fieldGap})
	}
	// Their places in bytes, stepping through the text once. The mentions
	// were given at build time; trust them only within the text.
	mentions := m.matches[words:]
	slices.SortStableFunc(mentions, func(a, b match) int { return a.start - b.start })
	at, atByte := 0, 0
	kept := mentions[:0]
	for _, x := range mentions {
		for at < x.start && atByte < len(m.text) {
			_, size := utf8.DecodeRuneInString(m.text[atByte:])
			atByte += size
			at++
		}
		end, endByte := at, atByte
		for end < x.end && endByte < len(m.text) {
			_, size := utf8.DecodeRuneInString(m.text[endByte:])
			endByte += size
			end++
		}
		if at == x.start && x.start < end {
			x.from, x.end, x.to = atByte, end, endByte
			kept = append(kept, x)
		}
	}
	m.matches = m.matches[:words+len(kept)]
	// Joined words follow their parts, and mentions the words; order by
	// place in the text. A word matched both as itself and as a mention is
	// one match.
	slices.SortStableFunc(m.matches, func(a, b match) int { return a.start - b.start })
	merged := m.matches[:0]
	for _, x := range m.matches {
		if n := len(merged); n > 0 && merged[n-1].start == x.start && merged[n-1].end == x.end {
			merged[n-1].clauses |= x.clauses
			merged[n-1].words |= x.words
			if merged[n-1].term == fieldGap {
				merged[n-1].term = x.term
			}
			continue
		}
		merged = append(merged, x)
	}
	m.matches = merged
}

// validText returns s, or, when s is not valid UTF-8, s with each invalid
// byte replaced by U+FFFD: the runes that ranging over s gives, so that rune
// offsets into s hold for it. The text is searched as it is; what is shown
// of it is made valid.
func validText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}

// better2 orders window keys: more clauses, then more matches.
func better2(a, b [2]int) bool { return a[0] > b[0] || (a[0] == b[0] && a[1] > b[1]) }

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

// snippetBounds chooses the runes [start, end) of s for a snippet that shows
// the runes [first, last): starting a little before first at a word
// boundary, and ending at a word boundary near snippetRunes later. firstByte
// is the byte offset of rune first; startByte and endByte are those of start
// and end. It steps over the runes near the snippet only, decoding a rune
// where it needs to know whether it is a space.
func snippetBounds(s string, first, firstByte, last int) (start, end, startByte, endByte int) {
	start, startByte = first, firstByte
	for start > 0 && start > first-snippetLead {
		_, size := utf8.DecodeLastRuneInString(s[:startByte])
		startByte -= size
		start--
	}
	if start > 0 {
		// Move forward to the start of a word, not past the match.
		for start < first {
			if r, _ := utf8.DecodeLastRuneInString(s[:startByte]); unicode.IsSpace(r) {
				break
			}
			_, size := utf8.DecodeRuneInString(s[startByte:])
			startByte += size
			start++
		}
	}
	end, endByte = start, startByte
	for target := max(start+snippetRunes, last); end < target && endByte < len(s); end++ {
		if s[endByte] < utf8.RuneSelf {
			endByte++
		} else {
			_, size := utf8.DecodeRuneInString(s[endByte:])
			endByte += size
		}
	}
	if endByte < len(s) {
		// Move back to a space, not into the last match.
		for end > last {
			if r, _ := utf8.DecodeRuneInString(s[endByte:]); unicode.IsSpace(r) {
				break
			}
			_, size := utf8.DecodeLastRuneInString(s[:endByte])
			endByte -= size
			end--
		}
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[:endByte])
		if !unicode.IsSpace(r) {
			break
		}
		endByte -= size
		end--
	}
	return start, end, startByte, endByte
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
	for _, p := range doc.Body() {
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
// and country and group mentions as Search and its snippets: for a reader showing the
// whole article. As in snippets, the guesses at a word (a prefix, a
// compound, a typo) are marked only where the article has none of its
// literal forms, and then only the strongest kind of them (markedTiers).
// The document need not match the query; one the index does not hold is
// marked without its country and group mentions. The filters and paging of q play no
// part. A query without words marks nothing.
func (ix *Index) Highlight(q Query, doc *corpus.Document) Highlights {
	if doc == nil {
		return Highlights{}
	}
	compiled, _, _ := ix.compile(q.Text)
	if len(compiled) == 0 {
		return Highlights{}
	}
	h := ix.newHighlighter(q.Text, compiled)
	if d, ok := ix.docNumber(doc); ok && ix.docs[d] == doc {
		h.terms = ix.termsOf(d)
	} else {
		// Another copy of an article, or one the index lacks: its words
		// as they are now, and the mentions of the indexed article of its
		// id, if any.
		h.terms = ix.analyseTerms(doc)
		if ok {
			h.terms.mentions = ix.mentionsOf(d)
		}
	}
	h.scan()
	var m fieldMarks
	h.mark(&m, 0, doc.Title, nil)
	out := Highlights{Title: mergeSpans(spansOf(m.matches, 0, 0))}
	any := false
	body := doc.Body()
	paragraphs := make([][][2]int, len(body))
	for i, p := range body {
		h.mark(&m, i+1, p.Text, nil)
		if paragraphs[i] = mergeSpans(spansOf(m.matches, 0, 0)); paragraphs[i] != nil {
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
