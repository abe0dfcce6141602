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
	scratch   sync.Pool // of *scratch
}

// New returns an extractor that reads places with g and groups and agencies
// with t.
func New(g *geo.Gazetteer, t *geo.ThreatActors) *Extractor {
	return &Extractor{gazetteer: g, names: newNames(t),
		scratch: sync.Pool{New: func() any { return new(scratch) }}}
}

// Default returns the extractor of the embedded gazetteer and thesaurus,
// made once.
var Default = sync.OnceValue(func() *Extractor {
	return New(geo.Default(), geo.DefaultThreatActors())
})

// Read finds the places of an article and the roles in it, splitting its
// text into words once for both: what the library does at open. It is
// ReadWith(d, nil).
func (x *Extractor) Read(d *corpus.Document) (geo.Places, Article) { return x.ReadWith(d, nil) }

// ReadWith is Read that also hands every paragraph it reads to also, when
// not nil, with a function that gives its words: the title (paragraph -1)
// when it is the article's own headline (d.TitleInText), then each
// paragraph, those that name nothing included. Another analysis (the dates)
// so reads the article in the same pass, on the same split of the text:
// the words are split at most once a paragraph, for the roles and for also
// alike, and are valid only during the call.
func (x *Extractor) ReadWith(d *corpus.Document, also func(paragraph int, text string, words func() []geo.Word)) (geo.Places, Article) {
	c := collector{scratch: x.scratch.Get().(*scratch)}
	defer x.scratch.Put(c.scratch)
	visit := func(paragraph int, text string, mentions []geo.Mention, words func() []geo.Word) {
		if paragraph >= 0 || d.TitleInText {
			x.read(&c, paragraph, text, mentions, words)
		}
	}
	if also != nil {
		var w paragraphWords
		words := w.get
		visit = func(paragraph int, text string, mentions []geo.Mention, split func() []geo.Word) {
			if paragraph >= 0 || d.TitleInText {
				w = paragraphWords{split: split}
				x.read(&c, paragraph, text, mentions, words)
				also(paragraph, text, words)
			}
		}
	}
	places := x.gazetteer.DocumentWords(d, visit)
	return places, c.article(x.gazetteer)
}

// paragraphWords splits a paragraph into words the first time they are
// asked for, and keeps them for the next.
type paragraphWords struct {
	split func() []geo.Word
	words []geo.Word
	done  bool
}

func (w *paragraphWords) get() []geo.Word {
	if !w.done {
		w.words, w.done = w.split(), true
	}
	return w.words
}

// read reads the roles of one paragraph of an article, passing over one
// that names nothing.
func (x *Extractor) read(c *collector, paragraph int, text string, mentions []geo.Mention, words func() []geo.Word) {
	if len(mentions) == 0 && !x.names.mayNameText(text) {
		// Nothing to give a role to; a sentence that goes on about an
		// operation needs one before it in the paragraph.
		c.operation = false
		return
	}
	x.paragraph(c, paragraph, text, mentions, words())
}

// Text finds the roles in one text, read as one paragraph.
func (x *Extractor) Text(text string) Article {
	c := collector{scratch: new(scratch)}
	x.paragraph(&c, 0, text, x.gazetteer.Extract(text), geo.Words(text))
	return c.article(x.gazetteer)
}

// paragraph reads one paragraph's sentences. Only a sentence that names a
// country, an organisation, a group or an agency can give a role, and most
// sentences name none: those are passed over after a look at their
// capitalised words, which is where every name starts.
func (x *Extractor) paragraph(c *collector, paragraph int, text string, mentions []geo.Mention, words []geo.Word) {
	m := 0
	eachSentence(words, func(ws []geo.Word) {
		start, end := ws[0].Start, ws[len(ws)-1].End
		for m < len(mentions) && mentions[m].End <= start {
			m++
		}
		named := m < len(mentions) && mentions[m].Start < end
		if named || x.names.mayName(text, ws) {
			x.readSentence(c, x.newSentence(&c.sentence, paragraph, text, ws, mentions))
		} else if !continues(len(ws), func(i int) string { return fold(text[ws[i].Start:ws[i].End]) }) {
			c.operation = false
		}
	})
}

// eachSentence calls read with the words of each sentence in turn.
func eachSentence(words []geo.Word, read func([]geo.Word)) {
	for from := 0; from < len(words); {
		to := from + 1
		for to < len(words) && words[to].Sentence == words[from].Sentence {
			to++
		}
		read(words[from:to])
		from = to
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
	*scratch
}

// scratch holds the buffers of reading one article, which the extractor
// keeps from article to article.
type scratch struct {
	words    []geo.Word // a paragraph's words
	sentence sentence   // the sentence being read
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
