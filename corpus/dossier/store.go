package dossier

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"reflect"
	"sync"
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
	dict     []byte
	at       []uint64 // record i is text[at[i]:at[i+1]]
	text     []byte
	eventsAt []uint32 // article i's events are events[eventFields*eventsAt[i]:eventFields*eventsAt[i+1]]
	events   []int32
	number   map[string]uint32 // article id -> number

	readers sync.Pool // of flate readers
	mu      sync.Mutex
	cache   [recordCache]cached
}

// recordCache is how many articles' records the store keeps decoded: a
// result page's snippets and the reader ask for the same few again and
// again.
const recordCache = 256

type cached struct {
	number uint32
	record *article // nil for an empty slot
}

// check verifies that the offsets of the records and events are in order
// and inside their sections, so that reading one never goes out of bounds.
func (s *store) check(n int) error {
	if len(s.at) != n+1 || len(s.eventsAt) != n+1 {
		return fmt.Errorf("%d record offsets and %d event offsets for %d articles", len(s.at), len(s.eventsAt), n)
	}
	if s.at[0] != 0 || s.at[n] != uint64(len(s.text)) {
		return fmt.Errorf("the records' offsets do not cover their %d bytes", len(s.text))
	}
	if s.eventsAt[0] != 0 || uint64(s.eventsAt[n])*eventFields != uint64(len(s.events)) {
		return fmt.Errorf("the events' offsets do not cover their %d numbers", len(s.events))
	}
	for i := range n {
		if s.at[i] > s.at[i+1] || s.eventsAt[i] > s.eventsAt[i+1] {
			return fmt.Errorf("the offsets of article %d go backwards", i)
		}
	}
	return nil
}

// record is article i's record, from the cache or read anew. A record that
// cannot be read (the file passed its checksums, so this is a fault of the
// program or the machine) gives a paragraph that says so, rather than an
// article that silently lacks its text.
func (s *store) record(i uint32) *article {
	slot := &s.cache[i%recordCache]
	s.mu.Lock()
	if slot.record != nil && slot.number == i {
		r := slot.record
		s.mu.Unlock()
		return r
	}
	s.mu.Unlock()
	r, err := s.read(i)
	if err != nil {
		r = &article{Paragraphs: []corpus.Paragraph{{Kind: corpus.KindParagraph,
			Text: fmt.Sprintf("(%s: the text of this article cannot be read: %v)", s.path, err)}}}
	}
	s.mu.Lock()
	*slot = cached{number: i, record: r}
	s.mu.Unlock()
	return r
}

func (s *store) read(i uint32) (*article, error) {
	src := bytes.NewReader(s.text[s.at[i]:s.at[i+1]])
	r, _ := s.readers.Get().(io.ReadCloser)
	if r == nil {
		r = flate.NewReaderDict(src, s.dict)
	} else if err := r.(flate.Resetter).Reset(src, s.dict); err != nil {
		return nil, err
	}
	defer s.readers.Put(r)
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var a article
	d := recordDecoder{buf: raw}
	d.value(reflect.ValueOf(&a).Elem())
	if d.err == nil && len(d.buf) > 0 {
		d.err = fmt.Errorf("%d bytes after the record", len(d.buf))
	}
	return &a, d.err
}

// body gives the text of article i.
func (s *store) body(i uint32) func() []corpus.Paragraph {
	return func() []corpus.Paragraph { return s.record(i).Paragraphs }
}

func (s *store) Places(id string) *geo.Places {
	i, ok := s.number[id]
	if !ok {
		return nil
	}
	return &s.record(i).Places
}

func (s *store) Roles(id string) *roles.Article {
	i, ok := s.number[id]
	if !ok {
		return nil
	}
	return &s.record(i).Roles
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
