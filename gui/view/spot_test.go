package view

import (
	"slices"
	"testing"

	"dossier/corpus/dates"
)

func TestOpenArticleAtNotifiesOnceAndEveryTime(t *testing.T) {
	s := NewState()
	var changes []Change
	s.listen(func(c Change) { changes = append(changes, c) })
	sentence := dates.Span{Start: 10, End: 40, RuneStart: 9, RuneEnd: 39}

	s.OpenArticleAt("a", 2, sentence)
	if spot, ok := s.Spot(); !ok || spot != (Spot{Paragraph: 2, Span: sentence}) || s.OpenID() != "a" {
		t.Errorf("after OpenArticleAt: open %q, spot %+v %v", s.OpenID(), spot, ok)
	}
	// Again, after the reader scrolled away: the spot is asked for again.
	s.OpenArticleAt("a", 2, sentence)
	// The title of the same article.
	s.OpenArticleAt("a", -1, dates.Span{End: 5, RuneEnd: 5})
	want := []Change{ChangeOpen | ChangeSpot, ChangeSpot, ChangeSpot}
	if !slices.Equal(changes, want) {
		t.Errorf("changes = %v, want %v", changes, want)
	}
	if spot, _ := s.Spot(); spot.Paragraph != -1 {
		t.Errorf("the spot is %+v, want the title's", spot)
	}

	// Opening the same article keeps the spot; another drops it.
	changes = nil
	s.OpenArticle("a")
	if _, ok := s.Spot(); !ok || len(changes) != 0 {
		t.Errorf("opening the open article again dropped the spot (%v) or notified %v", ok, changes)
	}
	s.OpenArticle("b")
	if _, ok := s.Spot(); ok {
		t.Error("opening another article kept the spot")
	}
	s.OpenArticleAt("", 0, sentence)
	if s.OpenID() != "b" || len(changes) != 1 {
		t.Errorf("OpenArticleAt without an id opened %q, notified %v", s.OpenID(), changes)
	}

	// Inside a batch, with other changes: one notification.
	changes = nil
	s.Batch(func() {
		s.SetQuery("pegasus")
		s.OpenArticleAt("c", 0, sentence)
	})
	if want := []Change{ChangeQuery | ChangeOpen | ChangeSpot}; !slices.Equal(changes, want) {
		t.Errorf("a batch notified %v, want %v", changes, want)
	}
}
