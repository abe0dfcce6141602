// Package library opens a corpus for reading: its articles, the countries and
// organisations each one names, and the search index over them. The app and
// dossier-cli both go through it, so they always agree on what a corpus says.
//
// The library is where the gazetteer meets the search engine: the index is
// given every article's country mentions and the gazetteer's Lookup, so that
// a query naming a country ("Frankrijk", "France", "VS") or its inhabitants
// ("Fransen", "Americans") also finds the articles that mention it in any
// form ("de Franse president"), with the reason search.ReasonCountry; and
// the gazetteer's other spellings of names, so that "Putin" also finds
// "Poetin" and "Kyiv" "Kiev", with the reason search.ReasonSpelling.
//
// It is also where the roles meet the search engine: every article's actors
// and targets (package roles) go to the index, which filters on them
// (search.Query.Actors and Targets) and counts them (search.Facets.Actors,
// Targets and Arcs); and the places where it names a threat-actor group,
// with the thesaurus's Lookup, so that a query naming the group by any of
// its names ("APT28", "Fancy Bear") finds the articles that name it by any
// other, with the reason search.ReasonGroup.
package library

import (
	"context"
	"fmt"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/geo"
	"dossier/corpus/roles"
	"dossier/corpus/search"
	"dossier/internal/parallel"
)

// Library is an opened corpus. It is read-only once opened: any number of
// goroutines may use it at once.
type Library struct {
	corpus    *corpus.Corpus
	gazetteer *geo.Gazetteer
	found     Analyses
	index     *search.Index
	// What the analyses add up to, over every article.
	countries     []geo.Total
	organizations []geo.Total
	roleTotals    []roles.Total
	groupArticles map[string]int // by group name
}

// Analyses are what the library found in each article, by id: its places,
// its roles and its dates. A library opened from a folder keeps them in
// memory; one opened from a dossier file reads them from the file when
// asked. Each returns nil for an id it does not have.
type Analyses interface {
	Places(id string) *geo.Places
	Roles(id string) *roles.Article
	Events(id string) []dates.Event
}

// analysed holds the analyses of a library opened from its articles.
type analysed struct {
	places map[string]*geo.Places
	roles  map[string]*roles.Article
	events map[string][]dates.Event
}

func (a *analysed) Places(id string) *geo.Places   { return a.places[id] }
func (a *analysed) Roles(id string) *roles.Article { return a.roles[id] }
func (a *analysed) Events(id string) []dates.Event { return a.events[id] }

// Parts are what a library is made of, for saving it whole and putting it
// together again without reading its articles anew (package dossier).
type Parts struct {
	Corpus   *corpus.Corpus
	Index    *search.Index
	Analyses Analyses
	// Countries, Organizations, RoleTotals and GroupArticles add the
	// analyses up, as Countries, Organizations, RoleTotals and
	// GroupArticles give them.
	Countries, Organizations []geo.Total
	RoleTotals               []roles.Total
	GroupArticles            map[string]int
}

// Parts returns the library's parts.
func (l *Library) Parts() Parts {
	return Parts{Corpus: l.corpus, Index: l.index, Analyses: l.found, Countries: l.countries,
		Organizations: l.organizations, RoleTotals: l.roleTotals, GroupArticles: l.groupArticles}
}

// Assemble puts a library together from its parts, with the gazetteer and
// thesaurus built into Dossier. The parts must belong together: the index
// over the corpus's articles, the analyses and totals of those.
func Assemble(p Parts) *Library {
	return &Library{corpus: p.Corpus, gazetteer: geo.Default(), found: p.Analyses, index: p.Index,
		countries: p.Countries, organizations: p.Organizations, roleTotals: p.RoleTotals, groupArticles: p.GroupArticles}
}

// QueryOptions are the options of the search index that serve queries
// rather than describe articles: how a query's words name countries and
// groups, and their other spellings. Open builds the index with them, and a
// saved index is loaded with them (search.Load).
func QueryOptions() search.Options {
	return search.Options{
		CountryNames: geo.Default().Lookup,
		GroupNames:   groupNames,
		Spellings:    geo.DefaultSpellings().Of,
	}
}

// Stage names a step of Open, for progress reports.
type Stage string

const (
	StagePlaces Stage = "places" // finding the countries each article names, who spied on whom, and the dates it talks about
	StageIndex  Stage = "index"  // building the search index
)

// Options tune Open.
type Options struct {
	// Progress, when set, is called now and then with the stage and how far
	// it has come. It runs on the opening goroutine.
	Progress func(stage Stage, done, total int)
}

// progressEvery keeps progress reports cheap for large corpora.
const progressEvery = 1000

// chunk is how many articles a worker of forEach takes at a time: enough to
// make handing out work cheap, few enough to share it out evenly.
const chunk = 64

// forEach calls work(i) for every i in [0, n) on the machine's cores (see
// parallel.For). It calls progress, when set, on the calling goroutine only:
// with 0 first (when n > 0), then each time another progressEvery items are
// done.
func forEach(ctx context.Context, n int, progress func(done int), work func(i int)) error {
	if err := ctx.Err(); err != nil || n == 0 {
		return err
	}
	var report func(done int)
	if progress != nil {
		progress(0)
		reported := 0
		report = func(done int) {
			if done/progressEvery > reported/progressEvery && done < n {
				reported = done
				progress(done / progressEvery * progressEvery)
			}
		}
	}
	return parallel.For(ctx, n, chunk, report, work)
}

// Open finds the places, the roles and the dates of every article, in one
// reading of each, and indexes the corpus. It stops early with ctx's error
// when ctx is cancelled. The articles are read on up to
// runtime.GOMAXPROCS goroutines; the library is the same however many.
func Open(ctx context.Context, c *corpus.Corpus, opts Options) (*Library, error) {
	found := &analysed{places: make(map[string]*geo.Places, c.Len()),
		roles: make(map[string]*roles.Article, c.Len()), events: make(map[string][]dates.Event, c.Len())}
	l := &Library{corpus: c, gazetteer: geo.Default(), found: found}
	docs := c.Docs()
	all := make([]geo.Places, len(docs))
	var placesProgress func(done int)
	if opts.Progress != nil {
		placesProgress = func(done int) { opts.Progress(StagePlaces, done, len(docs)) }
	}
	// Places, roles and dates in one reading of each article: the roles
	// and the dates build on the places' words, which are split once for
	// all three.
	extractor, tagger := roles.Default(), dates.Default()
	articles := make([]roles.Article, len(docs))
	events := make([][]dates.Event, len(docs))
	if err := forEach(ctx, len(docs), placesProgress, func(i int) {
		d := docs[i]
		all[i], articles[i] = extractor.ReadWith(d, func(paragraph int, text string, words func() []geo.Word) {
			events[i] = tagger.Paragraph(events[i], d.Date, paragraph, text, words)
		})
	}); err != nil {
		return nil, err
	}
	for i, d := range docs {
		found.places[d.ID] = &all[i]
		if events[i] != nil {
			found.events[d.ID] = events[i]
		}
	}
	l.countries, l.organizations = geo.Totals(all)
	l.keepRoles(found, docs, articles)

	var indexProgress func(done, total int)
	if opts.Progress != nil {
		indexProgress = func(done, total int) { opts.Progress(StageIndex, done, total) }
	}
	build := QueryOptions()
	build.Countries, build.Organizations = l.countryCodes, l.organizationCodes
	build.Actors, build.Targets = l.actorCodes, l.targetCodes
	build.CountryMentions, build.GroupMentions = l.countryMentions, l.groupMentions
	build.Events = l.periods
	build.Progress = indexProgress
	ix, err := search.Build(ctx, docs, build)
	if err != nil {
		return nil, fmt.Errorf("index the corpus: %w", err)
	}
	l.index = ix
	return l, nil
}

// OpenSeed opens the articles built into Dossier.
func OpenSeed() (*Library, error) {
	c, err := corpus.LoadSeed()
	if err != nil {
		return nil, err
	}
	return Open(context.Background(), c, Options{})
}

func (l *Library) countryCodes(d *corpus.Document) []string {
	return codes(l.found.Places(d.ID).Countries)
}

// organizationCodes gives the search index the organisations an article
// names, so that the country filter keeps the articles about the EU when
// asked for "EU", as it does for a country; the map, which draws countries,
// never shows them.
func (l *Library) organizationCodes(d *corpus.Document) []string {
	return codes(l.found.Places(d.ID).Organizations)
}

func codes(counts []geo.Count) []string {
	out := make([]string, len(counts))
	for i, c := range counts {
		out[i] = c.Code
	}
	return out
}

// countryMentions gives the search index the places where an article names
// a country, in any form, so that a query naming the country finds them.
// Organisations are left out: no query word names one (Lookup knows
// countries only).
func (l *Library) countryMentions(d *corpus.Document) []search.CountryMention {
	return CountryMentions(l.found.Places(d.ID))
}

// CountryMentions converts the countries of an article's places to the
// mentions the search index takes (search.Options.CountryMentions), with
// rune offsets: the title's, then each paragraph's. Organisations are left
// out. It returns nil for nil places.
func CountryMentions(p *geo.Places) []search.CountryMention {
	if p == nil {
		return nil
	}
	var out []search.CountryMention
	add := func(paragraph int, mentions []geo.Mention) {
		for _, m := range mentions {
			if m.Kind == geo.Country {
				out = append(out, search.CountryMention{Code: m.Code, Paragraph: paragraph, Start: m.RuneStart, End: m.RuneEnd})
			}
		}
	}
	add(-1, p.Title)
	for i, mentions := range p.Paragraphs {
		add(i, mentions)
	}
	return out
}

// Corpus is the library's articles.
func (l *Library) Corpus() *corpus.Corpus { return l.corpus }

// Gazetteer is what the library finds places with, for names of countries.
func (l *Library) Gazetteer() *geo.Gazetteer { return l.gazetteer }

// Places are the countries and organisations an article names, with every
// mention's position; nil for an id the library does not have.
func (l *Library) Places(id string) *geo.Places { return l.found.Places(id) }

// Countries counts, per country, the articles that name it and the mentions,
// most articles first.
func (l *Library) Countries() []geo.Total { return l.countries }

// Organizations is Countries for the EU, the UN and NATO.
func (l *Library) Organizations() []geo.Total { return l.organizations }

// Search runs a query over the library.
func (l *Library) Search(q search.Query) search.Result { return l.index.Search(q) }

// Highlight marks the words of q in article id for a reader, with the
// expansions and country mentions the search uses; nothing for an unknown id.
func (l *Library) Highlight(q search.Query, id string) search.Highlights {
	d, ok := l.corpus.Doc(id)
	if !ok {
		return search.Highlights{}
	}
	return l.index.Highlight(q, d)
}

// Index is the search index, for benchmarks and statistics.
func (l *Library) Index() *search.Index { return l.index }
