package view

import "dossier/corpus/dates"

// Spot is a place in an article to show: a stretch of one of its
// paragraphs, or of its title, such as the sentence of a dated event. The
// reader scrolls to it and marks it.
type Spot struct {
	// Paragraph is the number of the paragraph in Document.Paragraphs, or
	// -1 for the title, as dates.Event.Paragraph counts.
	Paragraph int
	// Span is the stretch, in bytes and runes of that paragraph's text.
	Span dates.Span
}

// Spot is the place in the open article that was asked for with
// OpenArticleAt, and whether there is one. Opening another article drops
// it.
func (s *State) Spot() (Spot, bool) { return s.spot, s.hasSpot }

// OpenArticleAt shows the article with the given id at a stretch of a
// paragraph (-1 for the title): what a click on an event of the timeline
// does, with the event's sentence. It notifies ChangeSpot every time, with
// ChangeOpen when another article opens, in one notification: the reader
// scrolls to the spot again when it is asked for again, after the reader
// scrolled away.
func (s *State) OpenArticleAt(id string, paragraph int, span dates.Span) {
	if id == "" {
		return
	}
	s.Batch(func() {
		s.OpenArticle(id)
		s.spot, s.hasSpot = Spot{Paragraph: paragraph, Span: span}, true
		s.changed(ChangeSpot)
	})
}
