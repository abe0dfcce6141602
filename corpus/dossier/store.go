package dossier

import (
	"fmt"
	"time"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/geo"
	"dossier/corpus/roles"
)

// store reads the articles' records and events from a file's sections on
// demand: it is the library's Analyses, and gives each lazy document its
// text.
type store struct {
	path     string
	texts    records[text]
	found    records[analyses]
	eventsAt []uint32 // article i's events are events[eventFields*eventsAt[i]:eventFields*eventsAt[i+1]]
	events   []int32
	number   map[string]uint32 // article id -> number
}

// check verifies the offsets of the records and the events.
func (s *store) check(n int) error {
	if err := s.texts.check(n); err != nil {
		return fmt.Errorf("text: %w", err)
	}
	if err := s.found.check(n); err != nil {
		return fmt.Errorf("analyses: %w", err)
	}
	if len(s.eventsAt) != n+1 || s.eventsAt[0] != 0 || uint64(s.eventsAt[n])*eventFields != uint64(len(s.events)) {
		return fmt.Errorf("the events' offsets do not cover their %d numbers", len(s.events))
	}
	for i := range n {
		if s.eventsAt[i] > s.eventsAt[i+1] {
			return fmt.Errorf("the events' offsets of article %d go backwards", i)
		}
	}
	return nil
}

// body gives the text of article i. A text that cannot be read (the file
// passed its checksums, so this is a fault of the program or the machine)
// gives a paragraph that says so, rather than an article that silently
// lacks its text.
func (s *store) body(i uint32) func() []corpus.Paragraph {
	return func() []corpus.Paragraph {
		t, err := s.texts.get(i)
		if err != nil {
			return []corpus.Paragraph{{Kind: corpus.KindParagraph,
				Text: fmt.Sprintf("(%s: the text of this article cannot be read: %v)", s.path, err)}}
		}
		return t.Paragraphs
	}
}

// analysesOf are article id's places and roles; an empty record for one
// that cannot be read (see body), nil for an unknown id.
func (s *store) analysesOf(id string) *analyses {
	i, ok := s.number[id]
	if !ok {
		return nil
	}
	a, err := s.found.get(i)
	if err != nil {
		return &analyses{}
	}
	return a
}

func (s *store) Places(id string) *geo.Places {
	if a := s.analysesOf(id); a != nil {
		return &a.Places
	}
	return nil
}

func (s *store) Roles(id string) *roles.Article {
	if a := s.analysesOf(id); a != nil {
		return &a.Roles
	}
	return nil
}

func (s *store) Events(id string) []dates.Event {
	i, ok := s.number[id]
	if !ok || s.eventsAt[i] == s.eventsAt[i+1] {
		return nil
	}
	numbers := s.events[eventFields*s.eventsAt[i] : eventFields*s.eventsAt[i+1]]
	out := make([]dates.Event, 0, len(numbers)/eventFields)
	for k := 0; k < len(numbers); k += eventFields {
		v := numbers[k : k+eventFields]
		out = append(out, dates.Event{
			Date:      dates.Value{Year: int(v[0]), Month: time.Month(v[1]), Day: int(v[2])},
			End:       dates.Value{Year: int(v[3]), Month: time.Month(v[4]), Day: int(v[5])},
			Paragraph: int(v[6]),
			Words:     dates.Span{Start: int(v[7]), End: int(v[8]), RuneStart: int(v[9]), RuneEnd: int(v[10])},
			Sentence:  dates.Span{Start: int(v[11]), End: int(v[12]), RuneStart: int(v[13]), RuneEnd: int(v[14])},
		})
	}
	return out
}
