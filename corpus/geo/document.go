package geo

import (
	"cmp"
	"slices"
	"sync"

	"dossier/corpus"
)

// Places are the countries and organisations one article names.
type Places struct {
	// Title holds the mentions in the document's title, for highlighting.
	// They are counted only when the title is the article's own headline:
	// a title derived from the first sentence repeats Paragraphs[0].
	Title []Mention
	// Paragraphs[i] holds the mentions in the document's Paragraphs[i].Text;
	// it is nil for a paragraph that names nothing.
	Paragraphs [][]Mention
	// Countries and Organizations count the mentions of each, most mentioned
	// first, ties in the order the article first names them.
	Countries     []Count
	Organizations []Count
}

// Count is how often an article names one country or organisation.
type Count struct {
	Code     string `json:"code"`
	Name     string `json:"name"` // in Dutch
	Mentions int    `json:"mentions"`
}

// Has reports whether the article names the country or organisation.
func (p *Places) Has(code string) bool {
	return slices.ContainsFunc(p.Countries, func(c Count) bool { return c.Code == code }) ||
		slices.ContainsFunc(p.Organizations, func(c Count) bool { return c.Code == code })
}

// Document finds the countries and organisations an article names, paragraph
// by paragraph: each paragraph is the context that decides what "Brussel"
// stands for.
func (g *Gazetteer) Document(d *corpus.Document) Places {
	return g.DocumentWords(d, nil)
}

// wordBuffers keep the buffers DocumentWords gives words in, from article
// to article: a library opens many, and a fresh buffer each time would be
// most of what reading roles allocates.
var wordBuffers = sync.Pool{New: func() any { return new([]Word) }}

// DocumentWords is Document that also hands the title (paragraph -1) and
// each paragraph, with their mentions, to visit as it reads them, with a
// function that gives their words: an analysis that builds on the mentions
// (the roles of countries) then need not split the text again, and asks
// for the words only where it needs them. The words are valid only during
// the call. visit may be nil.
func (g *Gazetteer) DocumentWords(d *corpus.Document, visit func(paragraph int, text string, mentions []Mention, words func() []Word)) Places {
	var s scanner
	var buf *[]Word
	words := func() []Word {
		if buf == nil {
			buf = wordBuffers.Get().(*[]Word)
		}
		*buf = appendTokenWords((*buf)[:0], s.tokens)
		return *buf
	}
	defer func() {
		if buf != nil {
			wordBuffers.Put(buf)
		}
	}()
	read := func(paragraph int, text string) []Mention {
		mentions := s.extract(g, text)
		if visit != nil {
			visit(paragraph, text, mentions, words)
		}
		return mentions
	}
	body := d.Body()
	p := Places{Title: read(-1, d.Title), Paragraphs: make([][]Mention, len(body))}
	var counted [][]Mention
	if d.TitleInText {
		counted = append(counted, p.Title)
	}
	for i, para := range body {
		p.Paragraphs[i] = read(i, para.Text)
		counted = append(counted, p.Paragraphs[i])
	}
	p.Countries, p.Organizations = g.count(counted)
	return p
}

// count tallies mentions by code, most mentioned first, ties in order of
// first mention.
func (g *Gazetteer) count(groups [][]Mention) (countries, organizations []Count) {
	index := map[string]int{} // code -> position in its list
	for _, mentions := range groups {
		for _, m := range mentions {
			list := &countries
			if m.Kind == Organization {
				list = &organizations
			}
			k, ok := index[m.Code]
			if !ok {
				k = len(*list)
				index[m.Code] = k
				*list = append(*list, Count{Code: m.Code, Name: g.Name(m.Code, "nl")})
			}
			(*list)[k].Mentions++
		}
	}
	byMentions := func(a, b Count) int { return cmp.Compare(b.Mentions, a.Mentions) }
	slices.SortStableFunc(countries, byMentions)
	slices.SortStableFunc(organizations, byMentions)
	return countries, organizations
}

// Total is how many articles of a corpus name one country or organisation,
// and how often.
type Total struct {
	Code     string `json:"code"`
	Name     string `json:"name"` // in Dutch
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
}

// Totals adds up the places of a corpus's articles: per country and per
// organisation, the articles that name it and the mentions in all of them,
// most articles first (then most mentions, then by code).
func Totals(articles []Places) (countries, organizations []Total) {
	return total(articles, func(p *Places) []Count { return p.Countries }),
		total(articles, func(p *Places) []Count { return p.Organizations })
}

func total(articles []Places, counts func(*Places) []Count) []Total {
	index := map[string]int{}
	var totals []Total
	for i := range articles {
		for _, c := range counts(&articles[i]) {
			k, ok := index[c.Code]
			if !ok {
				k = len(totals)
				index[c.Code] = k
				totals = append(totals, Total{Code: c.Code, Name: c.Name})
			}
			totals[k].Articles++
			totals[k].Mentions += c.Mentions
		}
	}
	slices.SortFunc(totals, func(a, b Total) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Code, b.Code))
	})
	return totals
}
