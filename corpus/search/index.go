// Package search is Dossier's search engine: an inverted index over the
// articles of a corpus that forgives what readers type. A query's words match
// their exact (folded) form, other inflections of the same Dutch stem, longer
// words while the last word is still being typed, compounds that contain
// them, and words a typo or two away; quoted words match as a phrase. Hits are
// ranked by BM25 with the strength of the evidence, carry a snippet with the
// matched words marked, and the result counts the matching articles per
// country and per month. A word that names a country ("Frankrijk", "France",
// "VS") also matches every mention of that country in any form ("de Franse
// president"), when Build is given the mentions and a way to recognise names
// (Options.CountryMentions and Options.CountryNames).
//
// An Index is built once (Build) and is then read-only: any number of
// goroutines may search it at once.
package search

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"dossier/corpus"
	"dossier/corpus/text"
)

// Options tune Build.
type Options struct {
	// Countries returns the country codes a document is about. The country
	// filter and facet use them; nil means no document has any.
	Countries func(*corpus.Document) []string
	// Organizations returns the codes of the organisations a document is
	// about ("EU", "UN", "NATO"). Query.Countries keeps the articles about
	// them as it keeps those about a country, but the country facet leaves
	// them out: it is what a map of countries draws. nil means no document
	// has any.
	Organizations func(*corpus.Document) []string
	// Actors and Targets return the codes of the countries and
	// organisations a document names as actor (who spied, hacked or
	// attacked) and as target (on whom). Query.Actors and Query.Targets
	// filter on them, and Facets.Actors, Facets.Targets and Facets.Arcs
	// count them; organisations are kept, for the caller to draw or not.
	// nil means no document has any.
	Actors, Targets func(*corpus.Document) []string
	// CountryMentions returns the places where a document names a country,
	// in any form: "Frankrijk", "de Franse president", "Parijs". Build
	// indexes them, one posting list per country code, so that a query
	// word naming the country (see CountryNames) finds them with the reason
	// ReasonCountry, and keeps their places to mark them in snippets and
	// titles. Mentions out of the document's bounds are ignored. nil means
	// no document names any country.
	CountryMentions func(*corpus.Document) []CountryMention
	// GroupMentions returns the places where a document names a
	// threat-actor group, by any of its names: "APT28", "Fancy Bear". They
	// are indexed as CountryMentions are, one posting list per group, so
	// that a query naming the group by any of its names (see GroupNames)
	// finds them with the reason ReasonGroup, and marks them. nil means no
	// document names a group.
	GroupMentions func(*corpus.Document) []GroupMention
	// GroupNames returns the names of the groups (as GroupMention.Group
	// gives them) that a query's words name, by any of their names, or
	// nil; it is called as CountryNames is. nil means no word names a
	// group.
	GroupNames func(words string) []string
	// CountryNames returns the country codes that a query's words name, in
	// Dutch or English ("Frankrijk", "France", "Verenigde Staten", "VS"),
	// or nil. It is given one word, or a few adjacent words, as the reader
	// typed them (case and diacritics intact), and is called while
	// searching, from any goroutine. nil means no word names a country.
	CountryNames func(words string) []string
	// Spellings returns other spellings of a query word, as articles may
	// write it: exonyms and transliterations ("Poetin" and "Putin", "Kiev"
	// and "Kyiv"). A query word then also matches its other spellings, and
	// their inflections, with the reason ReasonSpelling. It is given one
	// word's folded term ("putin") and is called while searching, from any
	// goroutine. nil means no word has another spelling.
	Spellings func(word string) []string
	// Events returns the periods an article talks about: the months (and,
	// for a date known to the day, the days) of each of its dated events,
	// "in maart 2017", "van 2015 tot en met 2018". Query.By filters on them
	// and Facets.EventMonths, EventDays and EventDocs count them. nil means
	// no article has any.
	Events func(*corpus.Document) []Period
	// Progress, when set, is called now and then with the number of
	// documents indexed so far and the total. It runs on the building
	// goroutine.
	Progress func(done, total int)
}

// CountryMention is a place where a document names a country.
type CountryMention struct {
	Code string // as Options.CountryNames and Query.Countries give it: "FR"
	// Paragraph is the number of the paragraph in Document.Paragraphs, or -1
	// for the title.
	Paragraph int
	// Start and End are rune offsets [Start, End) in the paragraph's text
	// or the title.
	Start, End int
}

// Index is a searchable, read-only view of a set of documents.
type Index struct {
	docs   []*corpus.Document // newest first; a document's number is its place here
	months []int32            // corpus.Month.Index of each document
	// firstMonth and monthSpan bound the months, so that the month facet
	// is counted in an array.
	firstMonth int32
	monthSpan  int

	// Countries, interned: document d is about
	// countryCodes[docCountries[countryStarts[d]:countryStarts[d+1]]].
	countryCodes  []string
	countryIDs    map[string]uint16
	countryStarts []uint32
	docCountries  []uint16
	// The organisations document d is about, numbered with the countries:
	// countryCodes[docOrganizations[organizationStarts[d]:organizationStarts[d+1]]].
	// The country filter reads them, the country facet does not.
	organizationStarts []uint32
	docOrganizations   []uint16
	// Roles, interned apart from the countries (see roles.go): document d's
	// actors are roleCodes[docActors[actorStarts[d]:actorStarts[d+1]]], and
	// its targets alike.
	roleCodes                 []string
	roleIDs                   map[string]uint16
	actorStarts, targetStarts []uint32
	docActors, docTargets     []uint16

	dict dictionary

	// Country and group mentions are indexed as terms of their own, one per
	// country or group, numbered after the vocabulary: the documents that
	// name country c (a number of countryCodes, where a group is numbered
	// too, under its groupKey) are the postings of term
	// mentionTermBase + c, for c < mentionTerms. They are not in the
	// dictionary, so that no query word can reach them by spelling, prefix
	// or typo, and no token can collide with them: only a word that
	// CountryNames or GroupNames recognises does. isGroup tells, by
	// number, the groups from the countries.
	mentionTermBase uint32
	mentionTerms    int
	isGroup         []bool
	// The mentions of document d, for marking them:
	// mentions[mentionStarts[d]:mentionStarts[d+1]].
	mentionStarts []uint32
	mentions      []mention
	countryNames  func(string) []string
	groupNames    func(string) []string
	spellings     func(string) []string

	// The periods of each document's events (Options.Events), for
	// Query.By and Facets.EventMonths.
	events events

	// docIDs maps an article's id to its document number, for Query.IDs
	// and Highlight. With two documents of one id, the newer one's.
	docIDs map[string]uint32

	// Postings: the documents with term t are
	// postDocs[postStarts[t]:postStarts[t+1]], in increasing order, and
	// postImpacts holds for each the term's BM25 body score, computed at
	// build time and quantised (see impact), with titleFlag set when the
	// term is in the title. Precomputing spares a division per posting per
	// query.
	postStarts  []uint32
	postDocs    []uint32
	postImpacts []uint16

	// The forward index: the terms of document d in reading order are
	// forward[forwardStarts[d]:forwardStarts[d+1]]: the title, then each
	// paragraph, each followed by fieldGap so that phrases do not run from
	// one into the next. Joined terms ("eudiplomaten") are not in it; their
	// parts are.
	forwardStarts []uint32
	forward       []uint32
	// The joined words ("eudiplomaten" for "EU-diplomaten") of document d,
	// which the forward index holds only as parts, and the field each is
	// in (0 the title, then the paragraphs):
	// joinedTerms[joinedStarts[d]:joinedStarts[d+1]], and joinedFields
	// alike. Snippets need them to find a paragraph that matched only
	// through a joined word.
	joinedStarts []uint32
	joinedTerms  []uint32
	joinedFields []uint16

	// lengthNorm[d] is BM25's k1·(1 − b + b·|d|/avg|d|) for the body length,
	// kept for phrases, whose frequencies are only known at query time.
	lengthNorm []float32

	// pairs tells which documents may hold two terms side by side, for
	// phrases.
	pairs pairFilter

	foldedTitles []string // for QuickOpen

	scratch sync.Pool // of *scratch, sized for this index
	// universal holds what queries learn of the near-universal words.
	universal universal
}

// mention is a country mention of a document: the rune offsets
// [start, end) in field field (0 the title, then the paragraphs).
type mention struct {
	start, end uint32
	country    uint16 // a number of countryCodes
	field      uint16
}

const (
	// titleFlag marks, in a posting's frequency, that the term is in the title.
	titleFlag = 1 << 15
	// maxBodyFreq is the largest body frequency a posting records.
	maxBodyFreq = titleFlag - 1
	// fieldGap ends the title and each paragraph in the forward index.
	fieldGap = ^uint32(0)
	// progressEvery is how many documents Build indexes between progress
	// reports: often enough for a progress bar, rare enough to cost nothing.
	progressEvery = 1000
)

// Len is the number of documents in the index.
func (ix *Index) Len() int { return len(ix.docs) }

// Terms is the number of distinct terms in the index's vocabulary.
func (ix *Index) Terms() int { return ix.dict.terms.len() }

// Docs returns the indexed documents, newest first. The slice is shared: do
// not modify it.
func (ix *Index) Docs() []*corpus.Document { return ix.docs }

// Build indexes docs. It returns early with ctx's error when ctx is
// cancelled.
//
// The words are read on up to runtime.GOMAXPROCS goroutines, each taking a
// run of consecutive documents with a vocabulary of its own, and the runs
// are merged in document order: the index is the same, bit for bit, however
// many goroutines built it. Options.Countries, Organizations, Actors,
// Targets, CountryMentions, GroupMentions and Events are called on the
// calling goroutine, in
// document order, as is Progress.
func Build(ctx context.Context, docs []*corpus.Document, opts Options) (*Index, error) {
	ix := &Index{docs: slices.Clone(docs), countryNames: opts.CountryNames, groupNames: opts.GroupNames, spellings: opts.Spellings}
	slices.SortStableFunc(ix.docs, func(a, b *corpus.Document) int {
		return cmp.Or(b.Date.Compare(a.Date), strings.Compare(a.ID, b.ID))
	})
	n := len(ix.docs)
	ix.months = make([]int32, n)
	ix.countryIDs = map[string]uint16{}
	ix.countryStarts = make([]uint32, n+1)
	ix.organizationStarts = make([]uint32, n+1)
	ix.roleIDs = map[string]uint16{}
	ix.actorStarts = make([]uint32, n+1)
	ix.targetStarts = make([]uint32, n+1)
	ix.forwardStarts = make([]uint32, n+1)
	ix.joinedStarts = make([]uint32, n+1)
	ix.mentionStarts = make([]uint32, n+1)
	ix.events = newEvents(n)
	ix.foldedTitles = make([]string, n)
	ix.docIDs = make(map[string]uint32, n)
	for d := n - 1; d >= 0; d-- {
		ix.docIDs[ix.docs[d].ID] = uint32(d)
	}
	bodyLengths := make([]int, n)

	// The words, a run of documents a goroutine.
	runs := splitRuns(n)
	builders := make([]*builder, len(runs))
	work, cancel := context.WithCancel(ctx)
	defer cancel()
	read := make(chan int, n/reportEvery+2*len(runs)) // documents read; room for every report
	var wg sync.WaitGroup
	for r, run := range runs {
		b := &builder{ix: ix, ids: map[string]uint32{}, bodyLengths: bodyLengths}
		builders[r] = b
		wg.Go(func() {
			last := run.from
			for d := run.from; d < run.to; d++ {
				if d-last == reportEvery {
					read <- d - last
					last = d
					if work.Err() != nil {
						return
					}
				}
				b.read(uint32(d), ix.docs[d])
			}
			read <- run.to - last
		})
	}
	stop := func() error {
		cancel()
		wg.Wait()
		return ctx.Err()
	}

	// Meanwhile, here: the countries and their mentions, in document order,
	// so that countries are numbered as they first appear; and progress.
	done, next := 0, 0
	note := func(k int) {
		done += k
		if opts.Progress != nil && done >= next && next < n {
			at := done / progressEvery * progressEvery
			opts.Progress(at, n)
			next = at + progressEvery
		}
	}
	note(0)
	var mentionPostings []postingBuilder
	for d, doc := range ix.docs {
		if d%progressEvery == 0 {
			if ctx.Err() != nil {
				return nil, stop()
			}
			for drained := false; !drained; {
				select {
				case k := <-read:
					note(k)
				default:
					drained = true
				}
			}
		}
		if opts.Countries != nil {
			for _, code := range opts.Countries(doc) {
				ix.docCountries = append(ix.docCountries, ix.internCountry(code))
			}
		}
		ix.countryStarts[d+1] = uint32(len(ix.docCountries))
		if opts.Organizations != nil {
			for _, code := range opts.Organizations(doc) {
				ix.docOrganizations = append(ix.docOrganizations, ix.internCountry(code))
			}
		}
		ix.organizationStarts[d+1] = uint32(len(ix.docOrganizations))
		if opts.Actors != nil {
			ix.docActors = ix.appendRoles(ix.docActors, ix.actorStarts[d], opts.Actors(doc))
		}
		ix.actorStarts[d+1] = uint32(len(ix.docActors))
		if opts.Targets != nil {
			ix.docTargets = ix.appendRoles(ix.docTargets, ix.targetStarts[d], opts.Targets(doc))
		}
		ix.targetStarts[d+1] = uint32(len(ix.docTargets))
		if opts.CountryMentions != nil {
			mentionPostings = ix.readMentions(mentionPostings, uint32(d), doc, opts.CountryMentions(doc))
		}
		if opts.GroupMentions != nil {
			mentionPostings = ix.readGroupMentions(mentionPostings, uint32(d), doc, opts.GroupMentions(doc))
		}
		ix.mentionStarts[d+1] = uint32(len(ix.mentions))
		var periods []Period
		if opts.Events != nil {
			periods = opts.Events(doc)
		}
		ix.events.add(d, periods)
	}
	for done < n {
		select {
		case k := <-read:
			note(k)
		case <-ctx.Done():
			return nil, stop()
		}
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sorted := ix.merge(builders, runs, mentionPostings, bodyLengths)
	dict, err := buildDictionary(sorted)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	ix.dict = dict
	ix.buildPairFilter()
	if n > 0 {
		ix.firstMonth = slices.Min(ix.months)
		ix.monthSpan = int(slices.Max(ix.months)-ix.firstMonth) + 1
	}
	ix.events.finish()
	ix.scratch.New = func() any { return newScratch(n, ix.newCounts()) }
	if opts.Progress != nil {
		opts.Progress(n, n)
	}
	return ix, nil
}

const (
	// reportEvery is how many documents a goroutine of Build reads between
	// telling how far it is and checking for cancellation.
	reportEvery = 256
	// minRun is the fewest documents worth a goroutine, and a vocabulary,
	// of their own.
	minRun = 1000
	// maxRuns bounds the goroutines, and so the vocabularies merged and the
	// memory they hold at once.
	maxRuns = 8
)

// run is a range [from, to) of document numbers.
type run struct{ from, to int }

// splitRuns cuts n documents into runs of about equal length, one for each
// goroutine that will read them.
func splitRuns(n int) []run {
	k := max(1, min(runtime.GOMAXPROCS(0), maxRuns, n/minRun))
	runs := make([]run, k)
	for i := range runs {
		runs[i] = run{from: n * i / k, to: n * (i + 1) / k}
	}
	return runs
}

// builder holds what one goroutine of Build collects while it reads a run
// of documents, with terms numbered in order of first appearance, until
// merge numbers the terms of every run in byte order.
type builder struct {
	ix          *Index
	analyzer    text.Analyzer
	tokens      []text.Token
	ids         map[string]uint32 // term -> number
	vocabulary  []string          // by number
	postings    []postingBuilder  // by number
	bodyLengths []int             // by document, shared by the builders of every run
	// The run's part of the forward index and of the joined terms, with
	// the run's term numbers; Index.forwardStarts and joinedStarts hold,
	// for the run's documents, offsets into these until merge.
	forward      []uint32
	joinedTerms  []uint32
	joinedFields []uint16
}

// postingBuilder collects one term's postings: the documents, and in each
// how often the term is in the body, with titleFlag for the title.
type postingBuilder struct {
	docs  []uint32
	freqs []uint16
}

// read adds the words of document d: its month, title and paragraphs.
func (b *builder) read(d uint32, doc *corpus.Document) {
	ix := b.ix
	ix.months[d] = int32(doc.Date.Month.Index())
	ix.foldedTitles[d] = text.Fold(doc.Title)
	b.readField(d, 0, doc.Title)
	for p, para := range doc.Body() {
		b.bodyLengths[d] += b.readField(d, p+1, para.Text)
	}
	ix.forwardStarts[d+1] = uint32(len(b.forward))
	ix.joinedStarts[d+1] = uint32(len(b.joinedTerms))
}

// readMentions adds the country mentions of document d to their countries'
// postings, a mention counting as an occurrence of the country's term, and
// keeps their places.
func (ix *Index) readMentions(postings []postingBuilder, d uint32, doc *corpus.Document, mentions []CountryMention) []postingBuilder {
	for _, m := range mentions {
		if m.Code != "" {
			postings = ix.readMention(postings, d, doc, m.Code, false, m.Paragraph, m.Start, m.End)
		}
	}
	return postings
}

// readMention adds one mention of document d, of the country or group
// numbered under key, at the runes [start, end) of paragraph (-1 the
// title). Mentions out of the document's bounds are left out.
func (ix *Index) readMention(postings []postingBuilder, d uint32, doc *corpus.Document, key string, group bool, paragraph, start, end int) []postingBuilder {
	field := paragraph + 1
	if field < 0 || field > len(doc.Body()) || field > math.MaxUint16 || start < 0 || end <= start || end > math.MaxUint32 {
		return postings
	}
	c := ix.internCountry(key)
	ix.isGroup[c] = group
	for len(postings) <= int(c) {
		postings = append(postings, postingBuilder{})
	}
	postings[c].add(d, field == 0)
	ix.mentions = append(ix.mentions, mention{start: uint32(start), end: uint32(end), country: c, field: uint16(field)})
	return postings
}

// readField adds the tokens of field number field (0 for the title) to the
// postings and the forward index, and returns how many positions it has.
func (b *builder) readField(d uint32, field int, s string) (positions int) {
	b.tokens = b.analyzer.AppendTokens(b.tokens[:0], s)
	for _, tok := range b.tokens {
		id := b.add(tok.Term, d, field == 0)
		if tok.Joined {
			b.joinedTerms = append(b.joinedTerms, id)
			b.joinedFields = append(b.joinedFields, uint16(min(field, math.MaxUint16)))
		} else {
			b.forward = append(b.forward, id)
			positions++
		}
	}
	b.forward = append(b.forward, fieldGap)
	return positions
}

// add records one occurrence of term in document d and returns its number.
func (b *builder) add(term string, d uint32, inTitle bool) uint32 {
	id, ok := b.ids[term]
	if !ok {
		id = uint32(len(b.vocabulary))
		term = strings.Clone(term) // do not keep the analyser's buffer alive
		b.ids[term] = id
		b.vocabulary = append(b.vocabulary, term)
		b.postings = append(b.postings, postingBuilder{})
	}
	b.postings[id].add(d, inTitle)
	return id
}

// add records one occurrence in document d, which is the last document
// added or a later one.
func (p *postingBuilder) add(d uint32, inTitle bool) {
	if len(p.docs) == 0 || p.docs[len(p.docs)-1] != d {
		p.docs = append(p.docs, d)
		p.freqs = append(p.freqs, 0)
	}
	f := &p.freqs[len(p.freqs)-1]
	if inTitle {
		*f |= titleFlag
	} else if *f&maxBodyFreq < maxBodyFreq {
		*f++
	}
}

// merge numbers the terms of every run's builder in byte order, so that a
// prefix is a range of numbers; lays the postings out in that order as BM25
// impacts, a term's postings from each run in turn, followed by the
// mentions' postings; and joins the runs' forward indexes and joined terms.
// It returns the sorted vocabulary.
func (ix *Index) merge(builders []*builder, runs []run, mentionPostings []postingBuilder, bodyLengths []int) []string {
	// Each run's terms in byte order, sorted on a goroutine a run.
	orders := make([][]uint32, len(builders))
	var wg sync.WaitGroup
	for r, b := range builders {
		b.ids = nil
		wg.Go(func() {
			order := make([]uint32, len(b.vocabulary))
			for i := range order {
				order[i] = uint32(i)
			}
			slices.SortFunc(order, func(x, y uint32) int { return strings.Compare(b.vocabulary[x], b.vocabulary[y]) })
			orders[r] = order
		})
	}
	wg.Wait()

	// Merge the sorted runs into one vocabulary, numbering each run's
	// terms in it.
	renumber := make([][]uint32, len(builders))
	heads := make([]int, len(builders))
	most := 0
	for r, b := range builders {
		renumber[r] = make([]uint32, len(b.vocabulary))
		most += len(b.vocabulary)
	}
	sorted := make([]string, 0, most)
	for {
		least := -1
		for r, b := range builders {
			if heads[r] < len(orders[r]) &&
				(least < 0 || b.vocabulary[orders[r][heads[r]]] < builders[least].vocabulary[orders[least][heads[least]]]) {
				least = r
			}
		}
		if least < 0 {
			break
		}
		term := builders[least].vocabulary[orders[least][heads[least]]]
		id := uint32(len(sorted))
		sorted = append(sorted, term)
		for r, b := range builders {
			if h := heads[r]; h < len(orders[r]) && b.vocabulary[orders[r][h]] == term {
				renumber[r][orders[r][h]] = id
				heads[r]++
			}
		}
	}
	for _, b := range builders {
		b.vocabulary = nil
	}

	// The forward index and the joined terms, run after run.
	forward, joined := 0, 0
	for _, b := range builders {
		forward += len(b.forward)
		joined += len(b.joinedTerms)
	}
	ix.forward = make([]uint32, 0, forward)
	ix.joinedTerms = make([]uint32, 0, joined)
	ix.joinedFields = make([]uint16, 0, joined)
	for r, b := range builders {
		forwardBase, joinedBase := uint32(len(ix.forward)), uint32(len(ix.joinedTerms))
		for d := runs[r].from + 1; d <= runs[r].to; d++ {
			ix.forwardStarts[d] += forwardBase
			ix.joinedStarts[d] += joinedBase
		}
		for _, id := range b.forward {
			if id != fieldGap {
				id = renumber[r][id]
			}
			ix.forward = append(ix.forward, id)
		}
		for _, id := range b.joinedTerms {
			ix.joinedTerms = append(ix.joinedTerms, renumber[r][id])
		}
		ix.joinedFields = append(ix.joinedFields, b.joinedFields...)
		b.forward, b.joinedTerms, b.joinedFields = nil, nil, nil
	}
	ix.docCountries = slices.Clip(ix.docCountries)
	ix.docOrganizations = slices.Clip(ix.docOrganizations)
	ix.docActors = slices.Clip(ix.docActors)
	ix.docTargets = slices.Clip(ix.docTargets)
	ix.mentions = slices.Clip(ix.mentions)

	// The postings, term after term.
	ix.lengthNorm = lengthNorms(bodyLengths)
	total := 0
	for _, b := range builders {
		for _, p := range b.postings {
			total += len(p.docs)
		}
	}
	for _, p := range mentionPostings {
		total += len(p.docs)
	}
	ix.mentionTermBase = uint32(len(sorted))
	ix.mentionTerms = len(mentionPostings)
	ix.postStarts = make([]uint32, 1, len(sorted)+len(mentionPostings)+1)
	ix.postDocs = make([]uint32, 0, total)
	ix.postImpacts = make([]uint16, 0, total)
	for r := range heads {
		heads[r] = 0
	}
	for id := range uint32(len(sorted)) {
		// Runs hold consecutive documents, in order: a term's postings from
		// one run after another's are still in document order.
		for r, b := range builders {
			if h := heads[r]; h < len(orders[r]) && renumber[r][orders[r][h]] == id {
				ix.appendPostings(&b.postings[orders[r][h]])
				heads[r]++
			}
		}
		ix.postStarts = append(ix.postStarts, uint32(len(ix.postDocs)))
	}
	for c := range mentionPostings {
		ix.appendPostings(&mentionPostings[c])
		ix.postStarts = append(ix.postStarts, uint32(len(ix.postDocs)))
	}
	for _, b := range builders {
		b.postings = nil
	}
	return sorted
}

// appendPostings lays out postings as BM25 impacts, and lets the collector
// have p's.
func (ix *Index) appendPostings(p *postingBuilder) {
	ix.postDocs = append(ix.postDocs, p.docs...)
	for k, freq := range p.freqs {
		ix.postImpacts = append(ix.postImpacts, ix.impact(p.docs[k], int(freq&maxBodyFreq), freq&titleFlag != 0))
	}
	*p = postingBuilder{}
}

// mentionTerm returns the term of country (or group) number c's mentions,
// if any document mentions it.
func (ix *Index) mentionTerm(c uint16) (uint32, bool) {
	if int(c) >= ix.mentionTerms {
		return 0, false
	}
	t := ix.mentionTermBase + uint32(c)
	return t, ix.docFreq(t) > 0
}

// mentionsOf returns the country mentions of document d.
func (ix *Index) mentionsOf(d uint32) []mention {
	return ix.mentions[ix.mentionStarts[d]:ix.mentionStarts[d+1]]
}

func (ix *Index) internCountry(code string) uint16 {
	id, ok := ix.countryIDs[code]
	if !ok {
		if len(ix.countryCodes) > int(^uint16(0)) {
			panic(fmt.Sprintf("search: more than %d distinct country codes", ^uint16(0)))
		}
		id = uint16(len(ix.countryCodes))
		ix.countryIDs[code] = id
		ix.countryCodes = append(ix.countryCodes, code)
		ix.isGroup = append(ix.isGroup, false)
	}
	return id
}

// buildDictionary derives the candidate-generation structures from the
// sorted vocabulary.
func buildDictionary(sorted []string) (dictionary, error) {
	d := dictionary{terms: newSortedStrings(sorted)}
	var err error
	if d.infixes, err = newInfixIndex(d.terms.blob); err != nil {
		return dictionary{}, err
	}

	stemmer := text.NewStemmer()
	stemOf := make([]string, len(sorted))
	for i, term := range sorted {
		if text.IsWord(term) {
			stemOf[i] = stemmer.Stem(term)
		}
	}
	byStem := make([]uint32, 0, len(sorted))
	for i := range sorted {
		if stemOf[i] != "" {
			byStem = append(byStem, uint32(i))
		}
	}
	slices.SortStableFunc(byStem, func(a, b uint32) int { return strings.Compare(stemOf[a], stemOf[b]) })
	var stems []string
	d.stemTerms = byStem
	for i, t := range byStem {
		if i == 0 || stemOf[t] != stemOf[byStem[i-1]] {
			stems = append(stems, stemOf[t])
			d.stemStarts = append(d.stemStarts, uint32(i))
		}
	}
	d.stemStarts = append(d.stemStarts, uint32(len(byStem)))
	d.stems = newSortedStrings(stems)

	d.words = buildTrie(&d.terms, text.IsWord)
	return d, nil
}
