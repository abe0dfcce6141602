package search

import (
	"math/bits"
	"slices"

	"dossier/corpus"
)

const (
	// maxForms is the most forms a WordMatch lists.
	maxForms = 3
	// maxFormReads bounds the paragraphs read, and apart the mentions,
	// beyond the title and the snippet's paragraph to find forms, so that a
	// long article costs a hit no more than a few short ones.
	maxFormReads = 4
)

// seenKey is a word or phrase that a clause has a form for already.
type seenKey struct {
	clause int
	key    uint64 // a term number, or a phraseKey
}

// words says how the scanned document matched each clause: the strongest
// evidence present (strongestTier), and the marked words as written, those
// of the title first, then those of the snippet, the runes [start, end) of
// h.body, then the rest of its paragraph, then of the other paragraphs in
// order.
func (h *highlighter) words(doc *corpus.Document, start, end int) []WordMatch {
	out := make([]WordMatch, len(h.queries))
	for c := range out {
		out[c].Query = h.queries[c]
		if h.present[c] != 0 {
			out[c].Reason = strongestTier(h.present[c]).reason()
		}
	}
	h.seen = h.seen[:0]
	h.addForms(out, &h.title, func(int, int) bool { return true })
	inside := func(s, e int) bool { return s >= start && e <= end }
	h.addForms(out, &h.body, inside)
	h.addForms(out, &h.body, func(s, e int) bool { return !inside(s, e) })
	if need := needForms(out); need != 0 && h.unseenElsewhere(need) {
		h.formsElsewhere(out, doc)
	}
	return out
}

// needForms returns the clauses that matched and could have more forms, as
// bits.
func needForms(out []WordMatch) uint32 {
	var need uint32
	for c, w := range out {
		if w.Reason != "" && len(w.Forms) < maxForms {
			need |= 1 << c
		}
	}
	return need
}

// addForms adds the forms of the marks of m that keep accepts, by their
// runes [start, end), in text order, to the clauses that want more.
func (h *highlighter) addForms(out []WordMatch, m *fieldMarks, keep func(start, end int) bool) {
	need := needForms(out)
	if m.field < 0 || need == 0 {
		return
	}
	i, j := 0, 0
	for (i < len(m.matches) || j < len(m.phrases)) && need != 0 {
		if j == len(m.phrases) || (i < len(m.matches) && m.matches[i].start <= m.phrases[j].start) {
			x := &m.matches[i]
			i++
			if x.words&need != 0 && keep(x.start, x.end) {
				need &^= h.addForm(out, x.words&need, m.text[x.from:x.to], uint64(x.term), x.term != fieldGap)
			}
			continue
		}
		p := &m.phrases[j]
		j++
		if need&(1<<p.clause) != 0 && keep(p.start, p.end) {
			need &^= h.addForm(out, 1<<p.clause, m.text[p.from:p.to], p.key, true)
		}
	}
}

// addForm adds form, of the word or phrase key when hasKey, to the forms of
// clauses, and returns those of them that have all the forms they show.
func (h *highlighter) addForm(out []WordMatch, clauses uint32, form string, key uint64, hasKey bool) (full uint32) {
	form = validText(form)
	for c := clauses; c != 0; c &= c - 1 {
		i := bits.TrailingZeros32(c)
		if i >= len(out) {
			break
		}
		if hasKey && !h.hasSeen(i, key) {
			h.seen = append(h.seen, seenKey{i, key})
		}
		w := &out[i]
		if w.Reason != "" && len(w.Forms) < maxForms && !slices.Contains(w.Forms, form) {
			w.Forms = append(w.Forms, form)
		}
		if len(w.Forms) >= maxForms {
			full |= 1 << i
		}
	}
	return full
}

func (h *highlighter) hasSeen(clause int, key uint64) bool {
	return slices.Contains(h.seen, seenKey{clause, key})
}

// occurrenceKey tells apart the words of o, a word, joined word or phrase,
// from others'.
func (h *highlighter) occurrenceKey(o *docOccurrence) uint64 {
	switch o.kind {
	case occJoined:
		return uint64(h.terms.joined[o.at])
	case occPhrase:
		return h.phraseKey(int(o.field), int(o.at), len(h.phrases[o.ref].words))
	}
	return uint64(h.termAt(int(o.field), int(o.at)))
}

// elsewhere reports whether field f is neither the title nor the snippet's
// paragraph, whose marks are known.
func (h *highlighter) elsewhere(f int) bool {
	return f != h.title.field && f != h.body.field
}

// unseenElsewhere reports whether, outside the title and the snippet's
// paragraph, a clause of need has a mention or a word or phrase it has no
// form for: whether looking further can give a form. Most often it cannot,
// and this costs one pass over the marked occurrences.
func (h *highlighter) unseenElsewhere(need uint32) bool {
	for f := range h.fields() {
		if h.elsewhere(f) && h.hasUnseen(h.occurrencesIn(f), need, true) {
			return true
		}
	}
	return false
}

// formsElsewhere adds forms from the other paragraphs in order: reading a
// paragraph's words where it has a word or phrase that a clause has no form
// for, and otherwise only its country mentions, whose forms vary
// ("Frankrijk", "Franse") and are read where they are.
func (h *highlighter) formsElsewhere(out []WordMatch, doc *corpus.Document) {
	reads, mentions := 0, 0
	for f := range h.fields() {
		group := h.occurrencesIn(f)
		if !h.elsewhere(f) || len(group) == 0 {
			continue
		}
		need := needForms(out)
		if need == 0 {
			return
		}
		text, ok := fieldText(doc, f)
		if !ok {
			continue
		}
		if reads < maxFormReads && h.hasUnseen(group, need, false) {
			// Only the words and phrases not shown yet, and the mentions.
			reads++
			h.mark(&h.other, f, text, func(o *docOccurrence) bool {
				return o.marked&need != 0 && (o.kind == occMention || h.unseen(o, need))
			})
			h.addForms(out, &h.other, func(int, int) bool { return true })
			continue
		}
		for _, i := range group {
			o := &h.occ[i]
			if o.kind != occMention || o.marked&need == 0 || mentions >= maxFormReads {
				continue
			}
			mentions++
			m := h.terms.mentions[o.at]
			if form := runeRange(text, int(m.start), int(m.end)); form != "" {
				h.addForm(out, o.marked&need, form, 0, false)
			}
		}
	}
}

// hasUnseen reports whether a word or phrase among the occurrences group
// is one that a clause of need has no form for; or, with mentions set, a
// mention for a clause of need.
func (h *highlighter) hasUnseen(group []int32, need uint32, mentions bool) bool {
	for _, i := range group {
		o := &h.occ[i]
		if o.kind == occMention {
			if mentions && o.marked&need != 0 {
				return true
			}
			continue
		}
		if h.unseen(o, need) {
			return true
		}
	}
	return false
}

// unseen reports whether o, a word, joined word or phrase, is one that a
// clause of need has no form for.
func (h *highlighter) unseen(o *docOccurrence, need uint32) bool {
	if o.marked&need == 0 {
		return false
	}
	key := h.occurrenceKey(o)
	for c := o.marked & need; c != 0; c &= c - 1 {
		if !h.hasSeen(bits.TrailingZeros32(c), key) {
			return true
		}
	}
	return false
}

// fieldText returns the text of field field of doc: 0 the title, then the
// paragraphs.
func fieldText(doc *corpus.Document, field int) (string, bool) {
	if field == 0 {
		return doc.Title, true
	}
	if body := doc.Body(); field <= len(body) {
		return body[field-1].Text, true
	}
	return "", false
}

// runeRange returns the runes [start, end) of s, cut to s.
func runeRange(s string, start, end int) string {
	from, to, r := -1, len(s), 0
	for b := range s {
		if r == start {
			from = b
		}
		if r == end {
			to = b
			break
		}
		r++
	}
	if from < 0 || from >= to {
		return ""
	}
	return s[from:to]
}
