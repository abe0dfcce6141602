package dates

import (
	"sync"

	"dossier/corpus"
	"dossier/corpus/geo"
	"dossier/corpus/text"
)

// tok is one word of a paragraph as the tagger sees it.
type tok struct {
	geo.Word
	w *word // its meanings as a date word; nil for any other word
	// num is the value of a word of digits only, -1 for any other word;
	// digits counts its digits.
	num, digits int
	lower       bool // written in lower case (or digits)
	// f is the word folded (text.Fold); foldStart and foldEnd say where,
	// while loading.
	f                  string
	foldStart, foldEnd int
}

// scan is the tagger's state over one paragraph.
type scan struct {
	t         *Tagger
	text      string
	toks      []tok
	published corpus.Date
	// anchor is the last date of the paragraph with a year of its own,
	// which a later month of its sentence without one takes.
	anchor struct{ sentence, year, month int }
	fold   []byte // the folded forms of the words that fold to another form
}

var scans = sync.Pool{New: func() any { return new(scan) }}

func (t *Tagger) tag(dst []Event, published corpus.Date, paragraph int, text string, words func() []geo.Word) []Event {
	if !t.mayDate(text) {
		return dst
	}
	s := scans.Get().(*scan)
	defer scans.Put(s)
	s.t, s.text, s.published = t, text, published
	s.anchor.year = 0
	s.load(words())
	for i := 0; i < len(s.toks); {
		if s.toks[i].w == nil && s.toks[i].digits == 0 {
			i++ // most words: none begins a date
			continue
		}
		m, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		dst = append(dst, s.event(paragraph, m))
		if s.ownYear(m) {
			last := m.date
			if !m.until.IsZero() {
				last = m.until
			}
			s.anchor.sentence, s.anchor.year, s.anchor.month = s.toks[m.start].Sentence, last.Year, int(last.Month)
		}
		i = m.end
	}
	return dst
}

// ownYear reports whether a match writes its year and is no range: "maart
// 2019", "vorig jaar", "de eerste helft van 2019".
func (s *scan) ownYear(m match) bool {
	if w := s.toks[m.start].w; w.is(kindSince) || w.is(kindFrom) || w.is(kindBetween) {
		return false // a range's year is no year for what follows
	}
	for i := m.start; i < m.end; i++ {
		if s.toks[i].digits == 4 || s.toks[i].w.is(kindUnit) && unit(s.toks[i].w.value(kindUnit)) == unitYear {
			return true
		}
	}
	return false
}

// mayDate reports whether text can hold a date at all: a digit, or a date
// word's first letters. Most paragraphs hold one, but this keeps a text of
// names and quotes from being split into words for nothing.
func (t *Tagger) mayDate(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if '0' <= c && c <= '9' {
			return true
		}
		if c|0x20 >= 'a' && c|0x20 <= 'z' && (i == 0 || !isASCIILetter(text[i-1])) && i+3 <= len(text) {
			if _, ok := t.lexicon.stems[stem3(text[i:i+3])]; ok {
				return true
			}
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// stem3 is the first three bytes of a word, lower case, as a key.
func stem3(s string) [3]byte { return [3]byte{s[0] | 0x20, s[1] | 0x20, s[2] | 0x20} }

// load turns the paragraph's words into toks, each with its folded form:
// the text itself for a word in plain lower case, most words; otherwise a
// piece of one string that holds all the others, made once a paragraph.
func (s *scan) load(words []geo.Word) {
	s.toks = s.toks[:0]
	s.fold = s.fold[:0]
	for _, w := range words {
		word := s.text[w.Start:w.End]
		t := tok{Word: w, num: -1, lower: !w.Capitalised}
		if n, ok := digitsValue(word); ok {
			t.num, t.digits = n, len(word)
		}
		if plainLower(word) {
			t.foldStart, t.foldEnd = -1, 0
		} else {
			t.foldStart = len(s.fold)
			s.fold = text.AppendFold(s.fold, word)
			t.foldEnd = len(s.fold)
		}
		s.toks = append(s.toks, t)
	}
	folded := string(s.fold)
	for i := range s.toks {
		t := &s.toks[i]
		if t.foldStart < 0 {
			t.f = s.text[t.Start:t.End]
		} else {
			t.f = folded[t.foldStart:t.foldEnd]
		}
		if t.digits == 0 {
			t.w = s.t.lexicon.words[t.f]
		}
	}
}

// plainLower reports whether a word is lower-case ASCII letters or digits
// only, which folding leaves as it is.
func plainLower(word string) bool {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// digitsValue reads a word of at most nine digits.
func digitsValue(word string) (int, bool) {
	if len(word) == 0 || len(word) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// is reports whether token i exists, is in the sentence of token from, and
// is a date word of kind k.
func (s *scan) is(from, i int, k kind) bool {
	return s.near(from, i) && s.toks[i].w.is(k)
}

// near reports whether token i exists and is in the sentence of token from.
func (s *scan) near(from, i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Sentence == s.toks[from].Sentence
}

// word is token i's text.
func (s *scan) word(i int) string { return s.text[s.toks[i].Start:s.toks[i].End] }

// folded is token i's text folded, for the few checks of words that are
// not date words ("het", "de", "en").
func (s *scan) folded(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].f
}

// between is the text between tokens i-1 and i.
func (s *scan) between(i int) string { return s.text[s.toks[i-1].End:s.toks[i].Start] }

// event turns a match into an Event, with its sentence.
func (s *scan) event(paragraph int, m match) Event {
	first, last := s.toks[m.start], s.toks[m.end-1]
	e := Event{Date: m.date, End: m.until, Paragraph: paragraph,
		Words: Span{Start: first.Start, End: last.End, RuneStart: first.RuneStart, RuneEnd: last.RuneEnd}}
	lo, hi := m.start, m.end-1
	for lo > 0 && s.toks[lo-1].Sentence == first.Sentence {
		lo--
	}
	for hi+1 < len(s.toks) && s.toks[hi+1].Sentence == last.Sentence {
		hi++
	}
	e.Sentence = Span{Start: s.toks[lo].Start, End: s.toks[hi].End, RuneStart: s.toks[lo].RuneStart, RuneEnd: s.toks[hi].RuneEnd}
	// The sentence's closing punctuation and quotes belong to it.
	for e.Sentence.End < len(s.text) {
		c := s.text[e.Sentence.End]
		if c != '.' && c != '!' && c != '?' && c != '"' && c != '\'' && c != ')' {
			break
		}
		e.Sentence.End++
		e.Sentence.RuneEnd++
	}
	return e
}
