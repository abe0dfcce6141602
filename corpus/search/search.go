package search

import (
	"cmp"
	"container/heap"
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

// Facets count the matching articles per country code, per month and per
// role. Each facet ignores its own filter and applies every other, so that
// a country map, a timeline and a map of who spied on whom can show what
// choosing another country, month, actor or target would give: Countries
// counts within the date range (as Query.By reads it) and the roles,
// Months and EventMonths within the countries and the roles, and each
// within the date range unless the range filters it (Months ignores a
// range by publication, EventMonths one by events, both one by either),
// Actors within all but the actor filter, Targets within all but the
// target filter.
// Months covers every month from the index's first to its last.
type Facets struct {
	Countries map[string]int
	Months    corpus.MonthCounts
	// EventMonths counts, per month, the articles with an event that
	// covers it (Options.Events), each once a month however many of its
	// events do. It covers every month from the index's earliest event to
	// its latest, within 1900 to 2100, and is empty when no article has an
	// event.
	EventMonths corpus.MonthCounts
	// Actors and Targets count the matching articles that give a code
	// (a country, or "EU", "UN", "NATO") that role.
	Actors, Targets map[string]int
	// Arcs count, within every filter, the matching articles that name
	// both an actor and a target, once per article for each pair of them.
	Arcs map[Arc]int
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
	// does, most of it; it is ModeAll for an empty query, which lists every
	// article, and ModeNoWords for text with nothing to search for.
	Mode Mode
	// LeftOut lists the words, phrases and groups of the query, as typed,
	// that the best hit lacks; empty in ModeAll.
	LeftOut []string
}

// scratch holds the per-document state one query needs. Queries borrow one
// from the index's pool, so that a query allocates no memory proportional to
// the corpus.
type scratch struct {
	docs    []docState
	phrase  []uint8  // for a phrase, how many of its words a document has
	touched []uint32 // the documents the current clause reached
	first   []uint32 // every candidate: the documents the first clause reached, or in partial mode any clause
	matches []scored // the documents that match the query and its filters
	counts           // the facets
	// excluded holds the documents the query's exclusions leave out, as
	// bits; anyExcluded says whether any bit is set.
	excluded    []uint64
	anyExcluded bool
	// partial is set while the query is evaluated for best partial
	// results: every document a clause reaches is scored, whatever it
	// lacked before.
	partial bool
}

// docState is one document's part of a query's evaluation, kept together so
// that updating it touches one cache line.
type docState struct {
	total     float32 // the score so far
	clause    float32 // the current clause's score; -1 marks a document counted but not scored
	why       uint16  // the tiers that matched, as bits
	have      uint16  // in partial mode, the clauses matched, as bits by query order
	matched   uint8   // how many clauses matched so far
	clauseWhy uint8   // the current clause's best tier
}

func newScratch(documents int, c counts) *scratch {
	return &scratch{docs: make([]docState, documents), phrase: make([]uint8, documents),
		counts: c, excluded: make([]uint64, documents/64+1)}
}

// counts are a query's facets as counted: the months by month index less
// the index's first month, the countries by country number, the actors and
// targets by role number, the arcs by actor number × roles + target
// number, and the months of events as a difference array (see
// events.countMonths).
type counts struct {
	months, countries, actors, targets, arcs, eventMonths []int32
}

// newCounts makes counts the size of the index's facets.
func (ix *Index) newCounts() counts {
	roles := len(ix.roleCodes)
	c := counts{months: make([]int32, ix.monthSpan), countries: make([]int32, len(ix.countryCodes)),
		actors: make([]int32, roles), targets: make([]int32, roles), arcs: make([]int32, roles*roles)}
	if ix.events.count > 0 {
		c.eventMonths = make([]int32, ix.events.count+1)
	}
	return c
}

func (c *counts) clear() {
	clear(c.months)
	clear(c.countries)
	clear(c.actors)
	clear(c.targets)
	clear(c.arcs)
	clear(c.eventMonths)
}

func (c *counts) copyFrom(o *counts) {
	copy(c.months, o.months)
	copy(c.countries, o.countries)
	copy(c.actors, o.actors)
	copy(c.targets, o.targets)
	copy(c.arcs, o.arcs)
	copy(c.eventMonths, o.eventMonths)
}

// reset clears what the last evaluation wrote, which is only ever at the
// candidates, and in the facets. It keeps the exclusions.
func (s *scratch) reset() {
	for _, d := range s.first {
		s.docs[d] = docState{}
	}
	s.first = s.first[:0]
	s.touched = s.touched[:0]
	s.matches = s.matches[:0]
	s.partial = false
	s.counts.clear()
}

// release readies s for the next query and returns it to the pool.
func (ix *Index) release(s *scratch) {
	s.reset()
	if s.anyExcluded {
		clear(s.excluded)
		s.anyExcluded = false
	}
	ix.scratch.Put(s)
}

func (s *scratch) isExcluded(d uint32) bool { return s.excluded[d/64]&(1<<(d%64)) != 0 }

// compiledClause is a clause with the terms each of its words matches.
type compiledClause struct {
	clause
	terms    [][]expansion // per word of the clause, the terms it matches
	mentions []expansion   // the terms of the mentions of what the clause names: countries, groups
	cost     int           // postings to read
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
//
// Every word, phrase and OR group of the query must match, and no
// exclusion. When no article passing the filters has them all, the hits are
// the articles that have the most of them (Result.Mode is ModePartial).
func (ix *Index) Search(q Query) Result {
	s, filter, compiled, exclusions, e := ix.begin(q)
	defer ix.release(s)
	if len(compiled) == 0 {
		return ix.withoutWords(s, q, filter, exclusions)
	}
	hl := ix.newHighlighter(q.Text, compiled)
	if res, ok := ix.nearlyAll(s, q, compiled, filter); ok {
		for i := range res.Hits {
			d, _ := ix.docNumber(res.Hits[i].Doc)
			hl.annotate(&res.Hits[i], d)
		}
		return res
	}
	mode := ix.matchText(s, compiled, filter)
	res := Result{Total: len(s.matches), Facets: ix.facets(s), Mode: mode}
	page := topScored(s.matches, q.Offset, limitOf(q))
	for _, m := range page {
		h := Hit{Doc: ix.docs[m.doc], Score: float64(m.score), Why: reasons(s.docs[m.doc].why)}
		hl.annotate(&h, m.doc)
		res.Hits = append(res.Hits, h)
	}
	if mode == ModePartial {
		// The words the best hit lacks, on every page: the first page
		// starts with it.
		best := page
		if q.Offset > 0 {
			best = topScored(s.matches, 0, 1)
		}
		res.LeftOut = leftOut(q.Text, compiled, s.docs[best[0].doc].have)
	}
	res.Suggestion = ix.suggest(e, q.Text, compiled)
	return res
}

// begin readies q for evaluation: it resolves its filters, compiles its
// text into the clauses to match, and marks what its exclusions leave out
// in a scratch from the pool, which the caller releases (ix.release). It
// returns how many exclusions there are, and the expander that found the
// clauses' terms, for suggestions.
func (ix *Index) begin(q Query) (s *scratch, f filter, compiled []compiledClause, exclusions int, e *expander) {
	f = ix.newFilter(q)
	compiled, excluded, e := ix.compile(q.Text)
	s = ix.scratch.Get().(*scratch)
	for i := range excluded {
		ix.exclude(s, &excluded[i])
	}
	return s, f, compiled, len(excluded), e
}

// matchText finds the documents that match every clause and pass the
// filter, into s.matches; or, when none does, those that match the most
// clauses (ModePartial).
func (ix *Index) matchText(s *scratch, compiled []compiledClause, filter filter) Mode {
	ix.matchAll(s, compiled, filter)
	if len(s.matches) == 0 && len(compiled) > 1 {
		s.reset()
		if ix.matchPartial(s, compiled, filter); len(s.matches) > 0 {
			return ModePartial
		}
	}
	return ModeAll
}

// matchAll finds the documents that match every clause and pass the filter,
// into s.matches.
func (ix *Index) matchAll(s *scratch, compiled []compiledClause, filter filter) {
	// The cheapest clause first: its documents are the only candidates.
	order := make([]int, len(compiled))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(compiled[a].cost, compiled[b].cost) })
	for step, i := range order {
		c := &compiled[i]
		if step > 0 && ix.isUniversalClause(c) {
			if ix.keepHaving(s, c, uint8(step), i) == 0 {
				break
			}
			continue
		}
		docFreq := ix.evaluate(s, c, uint8(step))
		if step == 0 {
			s.first = append(s.first, s.touched...)
		}
		if ix.commitClause(s, uint8(step), i, docFreq) == 0 {
			break // no document matched every clause so far; none will
		}
	}
	need := uint8(len(compiled))
	if filter.none() && !s.anyExcluded {
		// The common case, with nothing to check but the clauses: every
		// match counts in every facet.
		for _, d := range s.first {
			if st := &s.docs[d]; st.matched == need {
				ix.countAll(&s.counts, d, 1)
				s.matches = append(s.matches, scored{doc: d, score: st.total, clauses: need})
			}
		}
		return
	}
	for _, d := range s.first {
		if s.docs[d].matched == need && !s.isExcluded(d) && ix.countFacets(s, filter, d) {
			s.matches = append(s.matches, scored{doc: d, score: s.docs[d].total, clauses: need})
		}
	}
}

// matchPartial finds the documents that match any clause and pass the
// filter, into s.matches, to be ranked by how many clauses they match.
func (ix *Index) matchPartial(s *scratch, compiled []compiledClause, filter filter) {
	s.partial = true
	// A near-universal word makes no document a candidate: an article
	// that has only "de" of "de zwaardvis" is no answer to it.
	var universal []int
	for i := range compiled {
		if ix.isUniversalClause(&compiled[i]) {
			universal = append(universal, i)
			continue
		}
		docFreq := ix.evaluate(s, &compiled[i], 0)
		ix.commitClause(s, 0, i, docFreq)
	}
	for _, i := range universal {
		ix.keepHaving(s, &compiled[i], 0, i)
	}
	for _, d := range s.first {
		if st := &s.docs[d]; !s.isExcluded(d) && ix.countFacets(s, filter, d) {
			s.matches = append(s.matches, scored{doc: d, score: st.total, clauses: st.matched})
		}
	}
}

// evaluate scores clause c, the step-th evaluated, into the documents'
// clause scores. It leaves in s.touched the documents it reached and returns
// the clause's document frequency.
func (ix *Index) evaluate(s *scratch, c *compiledClause, step uint8) (docFreq int) {
	s.touched = s.touched[:0]
	for _, m := range c.members() {
		if m.phrase && len(m.words) > 1 {
			// A country's or a group's name of several words matches as
			// the exact name; only quotes make a phrase.
			t := tierPhrase
			if len(m.clause.names) > 0 {
				t = tierExact
			}
			docFreq = max(docFreq, ix.scorePhrase(s, m, step, t))
			// The phrase counted the documents with every word of the
			// name, and touched those of them that passed; the mentions
			// touch every other, which is close to the union.
			ix.accumulate(s, m.mentions, step, false)
			continue
		}
		ix.accumulate(s, m.terms[0], step, m.phrase)
		ix.accumulate(s, m.mentions, step, false)
		if m.year != 0 {
			ix.accumulateYear(s, m.year, step)
		}
	}
	return max(docFreq, len(s.touched))
}

// leftOut returns the clauses of the query, as typed, that are not among
// have, the clauses a document matched as bits.
func leftOut(query string, compiled []compiledClause, have uint16) []string {
	runes := []rune(query)
	var out []string
	for i, c := range compiled {
		if have&(1<<i) == 0 {
			out = append(out, c.typed(runes))
		}
	}
	return out
}

// compile parses query and finds the terms each of its words matches: the
// expansions the search evaluates and the highlighter marks. It returns the
// clauses to match, in query order, and apart from them those to exclude;
// no clauses for a query without words. The expander is the one that found
// the terms, for suggestions.
func (ix *Index) compile(query string) (compiled, excluded []compiledClause, e *expander) {
	var a text.Analyzer
	clauses := parseQuery(&a, query, ix.namesMentioned())
	if len(clauses) == 0 {
		return nil, nil, nil
	}
	e = newExpander(ix)
	for _, c := range clauses {
		cc := ix.compileClause(e, c)
		if c.exclude {
			excluded = append(excluded, cc)
		} else {
			compiled = append(compiled, cc)
		}
	}
	return compiled, excluded, e
}

// compileClause finds the terms of one clause. An exclusion keeps only the
// literal evidence (the word, its inflections and spellings, its country):
// leaving out an article for a guess at what the reader meant would hide
// what the reader did not ask to hide.
func (ix *Index) compileClause(e *expander, c clause) compiledClause {
	cc := compiledClause{clause: c}
	if len(c.alts) > 0 {
		for _, alt := range c.alts {
			m := ix.compileClause(e, alt)
			cc.cost += m.cost
			cc.alts = append(cc.alts, m)
		}
		return cc
	}
	for _, w := range c.words {
		var terms []expansion
		if c.phrase {
			terms = e.phraseWord(w)
		} else {
			terms = e.withSpellings(e.word(w, c.prefix), w)
		}
		if c.exclude {
			terms = slices.DeleteFunc(terms, func(t expansion) bool { return !t.tier.literal() })
		}
		cc.terms = append(cc.terms, terms)
		for _, t := range terms {
			cc.cost += ix.docFreq(t.term)
		}
	}
	cc.mentions = e.mentions(c.names)
	for _, t := range cc.mentions {
		cc.cost += ix.docFreq(t.term)
	}
	if c.year != 0 {
		cc.cost += ix.publishedIn(c.year)
	}
	return cc
}

// accumulate adds terms, the matches of one word clause, to the clause
// scores: each document keeps its best match among the clause's terms, and
// touched collects the documents reached.
//
// Every document is touched, including those that failed an earlier clause,
// so that the count of touched documents is the clause's document frequency;
// only candidates are scored.
//
// A country or group mention adds to the clause's literal matches but never
// hides them: a document that names the country and has the word itself
// keeps the better score of the two and the stronger evidence, so that
// "Frankrijk" matches exactly where the article writes "Frankrijk", however
// often it writes "Franse" too, and "APT28" where it writes "APT28" and
// "Fancy Bear".
func (ix *Index) accumulate(s *scratch, terms []expansion, step uint8, quoted bool) {
	for _, t := range terms {
		tierOf := uint8(t.tier)
		if quoted && t.tier == tierExact {
			tierOf = uint8(tierPhrase)
		}
		mention := t.tier == tierCountry || t.tier == tierGroup
		lo, hi := ix.postStarts[t.term], ix.postStarts[t.term+1]
		docs, impacts := ix.postDocs[lo:hi], ix.postImpacts[lo:hi]
		for k, d := range docs {
			st := &s.docs[d]
			old := st.clause
			if old == 0 {
				s.touched = append(s.touched, d)
			}
			if !s.partial && st.matched != step {
				st.clause = -1 // counted, but failed an earlier clause
				continue
			}
			score := matchScore(t.tier, t.weight, impacts[k])
			if mention && old > 0 {
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

// commitClause adds the current clause's scores, weighted by its inverse
// document frequency, to the documents that matched every clause so far, and
// returns how many there are now. In partial mode it adds them to every
// document the clause reached, and makes those documents candidates. clause
// is the clause's number in query order.
func (ix *Index) commitClause(s *scratch, step uint8, clause int, docFreq int) (matched int) {
	idf := inverseDocFreq(docFreq, len(ix.docs))
	for _, d := range s.touched {
		st := &s.docs[d]
		if s.partial && st.clause > 0 {
			if st.have == 0 {
				s.first = append(s.first, d)
			}
			st.have |= 1 << clause
		}
		if (s.partial && st.clause > 0) || (!s.partial && st.matched == step) {
			st.total += idf * st.clause
			st.matched++
			st.why |= 1 << st.clauseWhy
			matched++
		}
		st.clause = 0
	}
	return matched
}

// accumulateYear adds to the clause scores the documents published in year,
// as evidence of tierYear as strong as one mention in the body.
func (ix *Index) accumulateYear(s *scratch, year int, step uint8) {
	lo, hi := yearMonths(year)
	weight := tierYear.weight()
	for d, month := range ix.months {
		if month < lo || month > hi {
			continue
		}
		st := &s.docs[d]
		old := st.clause
		if old == 0 {
			s.touched = append(s.touched, uint32(d))
		}
		if !s.partial && st.matched != step {
			st.clause = -1
			continue
		}
		if score := matchScore(tierYear, weight, ix.impact(uint32(d), 1, false)); score > old {
			st.clause = score
			st.clauseWhy = uint8(tierYear)
		}
	}
}

// publishedIn counts the documents published in year, from the month
// counts of the whole collection.
func (ix *Index) publishedIn(year int) int {
	months := ix.wholeFacets().months
	lo, hi := yearMonths(year)
	n := 0
	for m := max(lo, ix.firstMonth); m <= min(hi, ix.firstMonth+int32(len(months))-1); m++ {
		n += int(months[m-ix.firstMonth])
	}
	return n
}

// yearMonths returns the month indexes (corpus.Month.Index) of the first
// and last month of year.
func yearMonths(year int) (first, last int32) { return int32(year * 12), int32(year*12 + 11) }

// exclude marks in s the documents that clause c, an exclusion, matches.
func (ix *Index) exclude(s *scratch, c *compiledClause) {
	mark := func(d uint32) {
		s.excluded[d/64] |= 1 << (d % 64)
		s.anyExcluded = true
	}
	markTerms := func(terms []expansion) {
		for _, t := range terms {
			for _, d := range ix.postDocs[ix.postStarts[t.term]:ix.postStarts[t.term+1]] {
				mark(d)
			}
		}
	}
	for _, m := range c.members() {
		if m.phrase && len(m.words) > 1 {
			ix.findPhrase(s, m, func(uint32) bool { return true }, func(d uint32, _ int, _ bool) { mark(d) })
		} else {
			markTerms(m.terms[0])
		}
		markTerms(m.mentions)
		if m.year != 0 {
			lo, hi := yearMonths(m.year)
			for d, month := range ix.months {
				if lo <= month && month <= hi {
					mark(uint32(d))
				}
			}
		}
	}
}

// scorePhrase scores the documents, among those that passed the earlier
// clauses, where the phrase's words occur in order, and scores the
// occurrences like one term's, as evidence of tier evidence. It returns the
// number of documents with all the words.
func (ix *Index) scorePhrase(s *scratch, c *compiledClause, step uint8, evidence tier) (docFreq int) {
	eligible := func(d uint32) bool { return s.partial || s.docs[d].matched == step }
	return ix.findPhrase(s, c, eligible, func(d uint32, body int, inTitle bool) {
		st := &s.docs[d]
		old := st.clause
		if old == 0 {
			s.touched = append(s.touched, d)
		}
		if score := matchScore(evidence, evidence.weight(), ix.impact(d, min(body, maxBodyFreq), inTitle)); score > old {
			st.clause = score
			st.clauseWhy = uint8(evidence)
		}
	})
}

// findPhrase calls found for each document that keep accepts and that has
// the phrase's words in order, with the number of places in the body and
// whether the title has it. It first counts, per document, how many of the
// phrase's words it holds, reading postings only; then reads the forward
// index of the documents that hold them all and that keep accepts. It
// returns the number of documents with all the words.
func (ix *Index) findPhrase(s *scratch, c *compiledClause, keep func(uint32) bool, found func(d uint32, body int, inTitle bool)) (docFreq int) {
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
			if keep(d) && ix.pairs.mayHavePhrase(d, pairs) {
				if body, inTitle := ix.countPhrase(d, sets); body > 0 || inTitle {
					found(d, body, inTitle)
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

// namesMentioned returns the function that finds the countries and groups
// words name, as the index numbers their mentions (country codes, group
// keys), keeping only those the index has mentions of; or nil when the
// index has none: a name of a country or group no article mentions is
// searched as plain words.
func (ix *Index) namesMentioned() func(string) []string {
	if ix.countryNames == nil && ix.groupNames == nil || len(ix.mentions) == 0 {
		return nil
	}
	return func(words string) []string {
		var known []string
		keep := func(key string) {
			if id, ok := ix.countryIDs[key]; ok {
				if _, ok := ix.mentionTerm(id); ok && !slices.Contains(known, key) {
					known = append(known, key)
				}
			}
		}
		if ix.countryNames != nil {
			for _, code := range ix.countryNames(words) {
				keep(code)
			}
		}
		if ix.groupNames != nil {
			for _, name := range ix.groupNames(words) {
				keep(groupKey(name))
			}
		}
		return known
	}
}

func reasons(bits uint16) []Reason {
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

// listAll answers a query without words to match: every article that
// passes the filters and the exclusions, newest first.
func (ix *Index) listAll(s *scratch, q Query, filter filter) Result {
	if filter.none() {
		but := ix.markExcluded(s, nil)
		res := ix.allBut(s, q, but, nil)
		for i := range res.Hits {
			res.Hits[i].Snippet = leadSnippet(res.Hits[i].Doc)
		}
		return res
	}
	res := Result{Mode: ModeAll}
	offset, limit := max(q.Offset, 0), limitOf(q)
	for d := range filter.docs(len(ix.docs)) {
		if s.isExcluded(d) || !ix.countFacets(s, filter, d) {
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
// own filter and applies every other; the arcs apply them all.
func (ix *Index) countFacets(s *scratch, f filter, d uint32) bool {
	if !f.has(d) {
		return false // outside Query.IDs: in no facet
	}
	month := ix.months[d]
	inRange, inCountries := f.dated(ix, d), f.countries(ix, d)
	inActors, inTargets := f.actors.keeps(ix.actorsOf(d)), f.targets.keeps(ix.targetsOf(d))
	inRoles := inActors && inTargets
	if inCountries && inRoles {
		// Each time facet ignores the range only where it filters that
		// time: by events, the months of publication show when the
		// articles that talk of the range came out; by publication, the
		// events show what the articles of the range talk of.
		if inRange || f.by != ByEvent {
			s.months[month-ix.firstMonth]++
		}
		if s.eventMonths != nil && (inRange || f.by != ByPublished) {
			ix.events.countMonths(s.eventMonths, d, 1)
		}
	}
	if inRange && inRoles {
		for _, c := range ix.countriesOf(d) {
			s.countries[c]++
		}
	}
	if inRange && inCountries {
		if inTargets {
			ix.countActors(&s.counts, d, 1)
		}
		if inActors {
			ix.countTargets(&s.counts, d, 1)
		}
		if inRoles {
			ix.countArcs(&s.counts, d, 1)
		}
	}
	return inRange && inCountries && inRoles
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
	ix.roleFacets(&s.counts, &f)
	f.EventMonths = ix.eventFacet(s.eventMonths)
	return f
}

func (ix *Index) countriesOf(d uint32) []uint16 {
	return ix.docCountries[ix.countryStarts[d]:ix.countryStarts[d+1]]
}

// scored is a matching document, its score and how many clauses it matched.
type scored struct {
	doc     uint32
	score   float32
	clauses uint8
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
