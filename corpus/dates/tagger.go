package dates

import (
	"sync"

	"dossier/corpus"
	"dossier/corpus/geo"
)

// Tagger finds and resolves the dates in articles. It is read-only once
// made and safe for concurrent use.
type Tagger struct {
	lexicon *lexicon
}

// New returns a tagger that reads date words from a lexicon in the format
// of data/words.tsv; path names it in errors.
func New(path string, data []byte) (*Tagger, error) {
	lx, err := parseLexicon(path, data)
	if err != nil {
		return nil, err
	}
	return &Tagger{lexicon: lx}, nil
}

// Default returns the tagger of the embedded data/words.tsv, made once.
var Default = sync.OnceValue(func() *Tagger {
	t, err := New("data/words.tsv", wordsData)
	if err != nil {
		panic(err) // the embedded data is checked by the package's tests
	}
	return t
})

// Document finds the dates of an article: its title, when the title is the
// article's own headline, and every paragraph.
func (t *Tagger) Document(d *corpus.Document) []Event {
	var events []Event
	if d.TitleInText {
		events = t.Paragraph(events, d.Date, -1, d.Title, func() []geo.Word { return geo.Words(d.Title) })
	}
	for i, p := range d.Body() {
		events = t.Paragraph(events, d.Date, i, p.Text, func() []geo.Word { return geo.Words(p.Text) })
	}
	return events
}

// Paragraph appends the dates of one paragraph (-1 for the title) to dst,
// resolved against the publication date. words gives the paragraph's words
// as geo splits them (geo.Words, or the function geo.Gazetteer.DocumentWords
// hands out), so that a caller reading places too splits the text once; it
// is not called for a paragraph that cannot hold a date.
func (t *Tagger) Paragraph(dst []Event, published corpus.Date, paragraph int, text string, words func() []geo.Word) []Event {
	return t.tag(dst, published, paragraph, text, words)
}

// Text finds the dates of one text, read as one paragraph.
func (t *Tagger) Text(published corpus.Date, text string) []Event {
	return t.Paragraph(nil, published, 0, text, func() []geo.Word { return geo.Words(text) })
}
