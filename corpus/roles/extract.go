package roles

import (
	"cmp"
	"slices"
	"sync"

	"dossier/corpus"
	"dossier/corpus/geo"
)

// Extractor finds the roles in articles. It is read-only once made and safe
// for concurrent use.
type Extractor struct {
	gazetteer *geo.Gazetteer
	names     *names
	cues      *cues
}

// New returns an extractor that reads places with g and groups and agencies
// with t.
func New(g *geo.Gazetteer, t *geo.ThreatActors) *Extractor {
	return &Extractor{gazetteer: g, names: newNames(t), cues: defaultCues()}
}

// Default returns the extractor of the embedded gazetteer and thesaurus,
// made once.
var Default = sync.OnceValue(func() *Extractor {
	return New(geo.Default(), geo.DefaultThreatActors())
})

// Document finds the roles in an article whose places the gazetteer found
// (geo.Gazetteer.Document). The title counts only when it is the article's
// own headline, as for the places; nil places are found here.
func (x *Extractor) Document(d *corpus.Document, p *geo.Places) Article {
	if p == nil {
		places := x.gazetteer.Document(d)
		p = &places
	}
	var c collector
	if d.TitleInText {
		x.paragraph(&c, -1, d.Title, p.Title)
	}
	for i, para := range d.Paragraphs {
		var mentions []geo.Mention
		if i < len(p.Paragraphs) {
			mentions = p.Paragraphs[i]
		}
		x.paragraph(&c, i, para.Text, mentions)
	}
	return c.article(x.gazetteer)
}

// Text finds the roles in one text, read as one paragraph.
func (x *Extractor) Text(text string) Article {
	var c collector
	x.paragraph(&c, 0, text, x.gazetteer.Extract(text))
	return c.article(x.gazetteer)
}

// paragraph reads one paragraph's sentences.
func (x *Extractor) paragraph(c *collector, paragraph int, text string, mentions []geo.Mention) {
	for _, s := range x.sentences(paragraph, text, mentions) {
		x.readSentence(c, s)
	}
}

// collector gathers the roles and groups of one article.
type collector struct {
	actors, targets []Party
	groups          []Group
	marks           []Mark
	order           map[string]int // first time a party was seen, for ties
	// operation says whether the sentence before reported an operation,
	// for a sentence that goes on about it.
	operation bool
}

func (c *collector) add(role Role, code string, e Evidence, mark Mark) {
	list := &c.actors
	if role == Target {
		list = &c.targets
	}
	if c.order == nil {
		c.order = map[string]int{}
	}
	if _, ok := c.order[code]; !ok {
		c.order[code] = len(c.order)
	}
	k := slices.IndexFunc(*list, func(p Party) bool { return p.Code == code })
	if k < 0 {
		k = len(*list)
		*list = append(*list, Party{Code: code})
	}
	p := &(*list)[k]
	// One piece of evidence a sentence: the first rule that decided it.
	if n := len(p.Evidence); n == 0 || p.Evidence[n-1].Paragraph != e.Paragraph || p.Evidence[n-1].Start != e.Start {
		p.Evidence = append(p.Evidence, e)
	}
	c.marks = append(c.marks, mark)
}

func (c *collector) addGroup(g *geo.ThreatActor, mark Mark) {
	k := slices.IndexFunc(c.groups, func(x Group) bool { return x.Name == g.Name })
	if k < 0 {
		k = len(c.groups)
		c.groups = append(c.groups, Group{Name: g.Name, Country: g.Country})
	}
	c.groups[k].Mentions++
	c.marks = append(c.marks, mark)
}

func (c *collector) article(g *geo.Gazetteer) Article {
	a := Article{Actors: c.actors, Targets: c.targets, Groups: c.groups}
	for _, list := range [][]Party{a.Actors, a.Targets} {
		for i := range list {
			list[i].Name = g.Name(list[i].Code, "nl")
		}
		slices.SortStableFunc(list, func(p, q Party) int {
			return cmp.Or(cmp.Compare(len(q.Evidence), len(p.Evidence)), cmp.Compare(c.order[p.Code], c.order[q.Code]))
		})
	}
	slices.SortStableFunc(a.Groups, func(p, q Group) int { return cmp.Compare(q.Mentions, p.Mentions) })
	a.Marks = c.marks
	slices.SortStableFunc(a.Marks, func(p, q Mark) int {
		return cmp.Or(cmp.Compare(p.Paragraph, q.Paragraph), cmp.Compare(p.Start, q.Start), cmp.Compare(p.Kind, q.Kind))
	})
	a.Marks = slices.CompactFunc(a.Marks, func(p, q Mark) bool { return p == q })
	return a
}

// sentences splits a paragraph into sentences.
func (x *Extractor) sentences(paragraph int, text string, mentions []geo.Mention) []*sentence {
	var out []*sentence
	words := geo.Words(text)
	for from := 0; from < len(words); {
		to := from + 1
		for to < len(words) && words[to].Sentence == words[from].Sentence {
			to++
		}
		out = append(out, x.newSentence(paragraph, text, words[from:to], mentions))
		from = to
	}
	return out
}
