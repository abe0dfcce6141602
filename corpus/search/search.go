package search

import (
	"cmp"
	"container/heap"
	"math"
	"slices"

	"dossier/corpus"
	"dossier/corpus/text"
)

// Hit is one matching article.
type Hit struct {
	Doc   *corpus.Document
	Score float64
	// Why lists the kinds of evidence of the article's best match for each
	// query word, strongest first. Empty when the query has no words.
	Why []Reason
	// Snippet is a stretch of the article around its best match, with
	// "…" where it was cut; Spans are the matched words in it, as rune
	// offsets [start, end).
	Snippet string
	Spans   [][2]int
	// TitleSpans are the matched words in Doc.Title, as rune offsets.
	TitleSpans [][2]int
	// Words says, for each word, phrase or OR group of the query in the
	// order typed (exclusions aside), how this article matched it.
	Words []WordMatch
}

// WordMatch is how one word, phrase or OR group of the query matched a hit.
type WordMatch struct {
	// Query is the word, phrase or group as the reader typed it.
	Query string
	// Reason is the strongest evidence for it in the article, or "" when
	// the article lacks it (only in ModePartial).
	Reason Reason
	// Forms are the article's words that matched it, as written there, a
	// few at most, the first found first.
	Forms []string
}

// Mode says how the hits of a Result match the query.
type Mode string

const (
	// ModeAll: every hit matches every word, phrase and group of the query.
	ModeAll Mode = "all"
	// ModePartial: no article matches them all, and the hits are the
	// articles that match the most of them.
	ModePartial Mode = "partial"
)

// Facets count the matching articles per country code and per month. Each
// facet ignores its own filter, so that a country map and a timeline can
// show what choosing another country or month would give: Countries counts
// within the month range, Months within the countries. Months covers every
// month from the index's first to its last.
type Facets struct {
	Countries map[string]int
	Months    corpus.MonthCounts
}

// Result is the answer to a Query.
type Result struct {
	Total  int   // every matching article, not only the hits returned
	Hits   []Hit // best first; newest first for an empty query
	Facets Facets
	// Suggestion is the query with unknown words replaced by the closest
	// frequent words of the corpus ("Bedoelde u Pegasus?"), or "" when
	// every word is known.
	Suggestion string
	// Mode says whether the hits match the whole query or, when no article
	// does, most of it; it is ModeAll for a query without words.
	Mode Mode
	// LeftOut lists the words, phrases and groups of the query, as typed,
	// that the best hit lacks; empty in ModeAll.
	LeftOut []string
}

// scratch holds the per-document state one query needs. Queries borrow one
// from the index's pool, so that a query allocates no memory proportional to
// the corpus.
type scratch struct {
	docs      []docState
	phrase    []uint8  // for a phrase, how many of its words a document has
	touched   []uint32 // the documents the current clause reached
	first     []uint32 // the documents the first clause reached: every candidate
	matches   []scored // the documents that match the query and its filters
	months    []int32  // the month facet, by month index less the index's first month
	countries []int32  // the country facet, by country number
}

// docState is one document's part of a query's evaluation, kept together so
// that updating it touches one cache line.
type docState struct {
	total     float32 // the score so far
	clause    float32 // the current clause's score; -1 marks a document counted but not scored
	matched   uint8   // how many clauses matched so far
	why       uint8   // the tiers that matched, as bits
	clauseWhy uint8   // the current clause's best tier
}

func newScratch(documents, months, countries int) *scratch {
	return &scratch{docs: make([]docState, documents), phrase: make([]uint8, documents),
		months: make([]int32, months), countries: make([]int32, countries)}
}

// reset clears what the last query wrote, which is only ever at the
// candidates of its first clause, and in the facets.
func (s *scratch) reset() {
	for _, d := range s.first {
		s.docs[d] = docState{}
	}
	s.first = s.first[:0]
	s.touched = s.touched[:0]
	s.matches = s.matches[:0]
	clear(s.months)
	clear(s.countries)
}

// compiledClause is a clause with the terms each of its words matches.
type compiledClause struct {
	clause
	terms     [][]expansion // per word of the clause, the terms it matches
	countries []expansion   // the terms of the mentions of the clause's countries
	cost      int           // postings to read
	// alts are the members of an OR group, each a word or phrase; the
	// group matches where any of them does. Empty for a word or phrase.
	alts []compiledClause
}

// members returns the words and phrases that make up c: its alternatives
// for an OR group, else c itself.
func (c *compiledClause) members() []*compiledClause {
	if len(c.alts) == 0 {
		return []*compiledClause{c}
	}
	out := make([]*compiledClause, len(c.alts))
	for i := range c.alts {
		out[i] = &c.alts[i]
	}
	return out
}

// Search runs q. It never fails: any text gives a result, possibly empty.
func (ix *Index) Search(q Query) Result {
	filter := ix.newFilter(q)
	compiled, e := ix.compile(q.Text)
	if len(compiled) == 0 {
		return ix.listAll(q, filter)
	}
	// The cheapest clause first: its documents are the only candidates.
	order := make([]int, len(compiled))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(compiled[a].cost, compiled[b].cost) })

	s := ix.scratch.Get().(*scratch)
	defer func() { s.reset(); ix.scratch.Put(s) }()
	for step, i := range order {
		c := &compiled[i]
		var docFreq int
		if c.phrase && len(c.words) > 1 {
			// A country's name of several words matches as the exact name;
			// only quotes make a phrase.
			t := tierPhrase
			if len(c.clause.countries) > 0 {
				t = tierExact
			}
			docFreq = ix.scorePhrase(s, c, uint8(step), t)
			if len(c.countries) > 0 {
				// The phrase counted the documents with every word of the
				// name, and touched those of them that passed; the
				// mentions touch every other, which is close to the union.
				ix.accumulate(s, c.countries, uint8(step), false)
				docFreq = max(docFreq, len(s.touched))
			}
		} else {
			s.touched = s.touched[:0]
			ix.accumulate(s, c.terms[0], uint8(step), c.phrase)
			ix.accumulate(s, c.countries, uint8(step), false)
			docFreq = len(s.touched)
		}
		if step == 0 {
			s.first = append(s.first, s.touched...)
		}
		if ix.commitClause(s, uint8(step), docFreq) == 0 {
			break // no document matched every clause so far; none will
		}
	}

	need := uint8(len(compiled))
	for _, d := range s.first {
		if s.docs[d].matched == need && ix.countFacets(s, filter, d) {
			s.matches = append(s.matches, scored{doc: d, score: s.docs[d].total})
		}
	}
	res := Result{Total: len(s.matches), Facets: ix.facets(s), Mode: ModeAll}
	page := topScored(s.matches, q.Offset, limitOf(q))
	hl := ix.newHighlighter(q.Text, compiled)
	for _, m := range page {
		h := Hit{Doc: ix.docs[m.doc], Score: float64(m.score), Why: reasons(s.docs[m.doc].why)}
		hl.annotate(&h, m.doc)
		res.Hits = append(res.Hits, h)
	}
	res.Suggestion = ix.suggest(e, q.Text, compiled)
	return res
}

// compile parses query and finds the terms each of its words matches: the
// expansions the search evaluates and the highlighter marks. It returns no
// clauses for a query without words; the expander is the one that found
// the terms, for suggestions.
func (ix *Index) compile(query string) ([]compiledClause, *expander) {
	var a text.Analyzer
	clauses := parseQuery(&a, query, ix.namesCountry())
	if len(clauses) == 0 {
		return nil, nil
	}
	e := newExpander(ix)
	compiled := make([]compiledClause, len(clauses))
	for i, c := range clauses {
		cc := compiledClause{clause: c}
		for _, w := range c.words {
			var terms []expansion
			if c.phrase {
				terms = e.phraseWord(w)
			} else {
				terms = e.withSpellings(e.word(w, c.prefix), w)
			}
			cc.terms = append(cc.terms, terms)
			for _, t := range terms {
				cc.cost += ix.docFreq(t.term)
			}
		}
		cc.countries = e.countries(c.countries)
		for _, t := range cc.countries {
			cc.cost += ix.docFreq(t.term)
		}
		compiled[i] = cc
	}
	return compiled, e
}

// accumulate adds terms, the matches of one word clause, to the clause
// scores: each document keeps its best match among the clause's terms, and
// touched collects the documents reached.
//
// Every document is touched, including those that failed an earlier clause,
// so that the count of touched documents is the clause's document frequency;
// only candidates are scored.
//
// A country mention adds to the clause's literal matches but never hides
// them: a document that names the country and has the word itself keeps the
// better score of the two and the stronger evidence, so that "Frankrijk"
// matches exactly where the article writes "Frankrijk", however often it
// writes "Franse" too.
func (ix *Index) accumulate(s *scratch, terms []expansion, step uint8, quoted bool) {
	for _, t := range terms {
		tierOf := uint8(t.tier)
		if quoted && t.tier == tierExact {
			tierOf = uint8(tierPhrase)
		}
		country := t.tier == tierCountry
		lo, hi := ix.postStarts[t.term], ix.postStarts[t.term+1]
		docs, impacts := ix.postDocs[lo:hi], ix.postImpacts[lo:hi]
		for k, d := range docs {
			st := &s.docs[d]
			old := st.clause
			if old == 0 {
				s.touched = append(s.touched, d)
			}
			if st.matched != step {
				st.clause = -1 // counted, but failed an earlier clause
				continue
			}
			score := t.weight * impactScore(impacts[k])
			if country && old > 0 {
				st.clause = max(old, score)
				st.clauseWhy = min(st.clauseWhy, tierOf)
				continue
			}
			if score > old {
				st.clause = score
				st.clauseWhy = tierOf
			}
		}
	}
}

// titleBonus is what a title match adds to a term's body score. It equals
// the most a body can score (k1 + 1), so that a title match outweighs any
// number of body matches of the same evidence.
const titleBonus = bm25K1 + 1

// impactScore is a posting's BM25 term-frequency score: its body impact plus
// titleBonus when the term is in the title. A posting always has one or the
// other, so the score is never 0, which marks "no match".
func impactScore(impact uint16) float32 {
	score := float32(impact&maxBodyFreq)*(1/impactScale) + 1e-6
	if impact&titleFlag != 0 {
		score += titleBonus
	}
	return score
}

// commitClause adds the current clause's scores, weighted by its inverse
// document frequency, to the documents that matched every clause so far, and
// returns how many there are now.
func (ix *Index) commitClause(s *scratch, step uint8, docFreq int) (matched int) {
	n := float64(docFreq)
	idf := float32(math.Log(1 + (float64(len(ix.docs))-n+0.5)/(n+0.5)))
	for _, d := range s.touched {
		st := &s.docs[d]
		if st.matched == step {
			st.total += idf * st.clause
			st.matched++
			st.why |= 1 << st.clauseWhy
			matched++
		}
		st.clause = 0
	}
	return matched
}

// scorePhrase finds the documents where the phrase's words occur in order
// and scores the occurrences like one term's. It first counts, per document,
// how many of the phrase's words it holds, reading postings only; then reads
// the forward index of the candidates that hold them all, and of those only
// the ones that passed the earlier clauses.
//
// Its matches are evidence of tier evidence.
func (ix *Index) scorePhrase(s *scratch, c *compiledClause, step uint8, evidence tier) (docFreq int) {
	s.touched = s.touched[:0]
	sets := make([][]uint32, len(c.terms))
	for w, terms := range c.terms {
		if len(terms) == 0 {
			return 0
		}
		for _, t := range terms {
			sets[w] = append(sets[w], t.term)
		}
	}
	var seen []uint32 // documents with the first word, to reset s.phrase
	for w, terms := range c.terms {
		for _, t := range terms {
			lo, hi := ix.postStarts[t.term], ix.postStarts[t.term+1]
			for _, d := range ix.postDocs[lo:hi] {
				if int(s.phrase[d]) != w {
					continue // lacks an earlier word, or counted for this one
				}
				if w == 0 {
					seen = append(seen, d)
				}
				s.phrase[d]++
			}
		}
	}
	words := uint8(len(c.terms))
	pairs := ix.phrasePairs(sets)
	for _, d := range seen {
		if s.phrase[d] == words {
			docFreq++
			if st := &s.docs[d]; st.matched == step && ix.pairs.mayHavePhrase(d, pairs) {
				if body, inTitle := ix.countPhrase(d, sets); body > 0 || inTitle {
					st.clause = impactScore(ix.impact(d, min(body, maxBodyFreq), inTitle))
					st.clauseWhy = uint8(evidence)
					s.touched = append(s.touched, d)
				}
			}
		}
		s.phrase[d] = 0
	}
	// docFreq counts the documents with all the words, an upper bound of
	// those with the phrase; the exact count would need the forward index
	// of every one of them.
	return docFreq
}

// countPhrase counts the places in document d where a term of sets[0] is
// followed by a term of sets[1], and so on: in the body, and whether there is
// one in the title.
func (ix *Index) countPhrase(d uint32, sets [][]uint32) (body int, inTitle bool) {
	terms := ix.forward[ix.forwardStarts[d]:ix.forwardStarts[d+1]]
	field := 0 // 0 is the title, then the paragraphs
	for p := 0; p+len(sets) <= len(terms); p++ {
		if terms[p] == fieldGap {
			field++
			continue
		}
		match := true
		for w, set := range sets {
			if !slices.Contains(set, terms[p+w]) {
				match = false
				break
			}
		}
		if match {
			if field == 0 {
				inTitle = true
			} else {
				body++
			}
		}
	}
	return body, inTitle
}

// namesCountry returns the function that finds the countries words name,
// keeping only the countries the index has mentions of, or nil when the
// index has none: a name of a country no article mentions is searched as
// plain words.
func (ix *Index) namesCountry() func(string) []string {
	if ix.countryNames == nil || len(ix.mentions) == 0 {
		return nil
	}
	return func(words string) []string {
		var known []string
		for _, code := range ix.countryNames(words) {
			if id, ok := ix.countryIDs[code]; ok {
				if _, ok := ix.countryTerm(id); ok {
					known = append(known, code)
				}
			}
		}
		return known
	}
}

func reasons(bits uint8) []Reason {
	var out []Reason
	for t := tierExact; t < tierCount; t++ {
		if bits&(1<<t) != 0 {
			out = append(out, t.reason())
		}
	}
	return out
}

func limitOf(q Query) int {
	if q.Limit <= 0 {
		return DefaultLimit
	}
	return q.Limit
}

// listAll answers a query without words: every article that passes the
// filters, newest first.
func (ix *Index) listAll(q Query, filter filter) Result {
	s := ix.scratch.Get().(*scratch)
	defer func() { s.reset(); ix.scratch.Put(s) }()
	res := Result{Mode: ModeAll}
	offset, limit := max(q.Offset, 0), limitOf(q)
	for d := range filter.docs(len(ix.docs)) {
		if !ix.countFacets(s, filter, d) {
			continue
		}
		if res.Total >= offset && len(res.Hits) < limit {
			res.Hits = append(res.Hits, Hit{Doc: ix.docs[d], Snippet: leadSnippet(ix.docs[d])})
		}
		res.Total++
	}
	res.Facets = ix.facets(s)
	return res
}

// countFacets counts document d, which matches the query's text, in the
// facets, and reports whether it passes the filters. Each facet ignores its
// own filter.
func (ix *Index) countFacets(s *scratch, f filter, d uint32) bool {
	if !f.has(d) {
		return false // outside Query.IDs: in no facet
	}
	month := ix.months[d]
	inMonths, inCountries := f.months(month), f.countries(ix, d)
	if inCountries {
		s.months[month-ix.firstMonth]++
	}
	if inMonths {
		for _, c := range ix.countriesOf(d) {
			s.countries[c]++
		}
	}
	return inMonths && inCountries
}

// facets turns the counts into the maps of a Result.
func (ix *Index) facets(s *scratch) Facets {
	f := Facets{Countries: map[string]int{}}
	if len(s.months) > 0 {
		f.Months = corpus.MonthCounts{First: corpus.MonthFromIndex(int(ix.firstMonth)), Counts: make([]int, len(s.months))}
		for m, n := range s.months {
			f.Months.Counts[m] = int(n)
		}
	}
	for c, n := range s.countries {
		if n > 0 {
			f.Countries[ix.countryCodes[c]] = int(n)
		}
	}
	return f
}

func (ix *Index) countriesOf(d uint32) []uint16 {
	return ix.docCountries[ix.countryStarts[d]:ix.countryStarts[d+1]]
}

// scored is a matching document and its score.
type scored struct {
	doc   uint32
	score float32
}

// better orders matches: higher score first, then newer (a lower number).
func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.doc < b.doc
}

// topScored returns matches[offset:offset+limit] in the order of better,
// selecting with a heap instead of sorting every match.
func topScored(matches []scored, offset, limit int) []scored {
	offset = max(offset, 0)
	k := offset + limit
	if k <= 0 || offset >= len(matches) {
		return nil
	}
	if k >= len(matches) {
		slices.SortFunc(matches, func(a, b scored) int {
			if better(a, b) {
				return -1
			}
			return 1
		})
		return matches[offset:]
	}
	h := worstFirst(make([]scored, 0, k))
	for _, m := range matches {
		if len(h) < k {
			heap.Push(&h, m)
		} else if better(m, h[0]) {
			h[0] = m
			heap.Fix(&h, 0)
		}
	}
	top := make([]scored, len(h))
	for i := len(h) - 1; i >= 0; i-- {
		top[i] = heap.Pop(&h).(scored)
	}
	return top[offset:]
}

// worstFirst is a heap whose root is the worst of the kept matches.
type worstFirst []scored

func (h worstFirst) Len() int           { return len(h) }
func (h worstFirst) Less(i, j int) bool { return better(h[j], h[i]) }
func (h worstFirst) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *worstFirst) Push(x any)        { *h = append(*h, x.(scored)) }
func (h *worstFirst) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
