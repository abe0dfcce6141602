package gui

import (
	"slices"
	"strings"
	"unicode"

	"dossier/corpus/search"
	"dossier/corpus/text"
)

// matcher marks, in any text, the words a query matched. The search engine
// reports its matches only inside snippets and titles, so the matcher learns
// the matched terms from there (which covers typos, compounds and prefixes as
// the engine decided them: "Pegasus" for "pegasis") and adds every other
// inflection of the query's words through the same analysis pipeline
// (corpus/text) the index uses. It is an approximation of the engine's own
// matching, good enough for highlighting; it never decides what matches.
type matcher struct {
	terms    map[string]bool // folded terms the engine matched, and the query's own
	stems    map[string]bool // stems of the query's words
	prefix   string          // the last query word while it is still being typed
	analyzer text.Analyzer
	stemmer  *text.Stemmer
	stemOf   map[string]string
}

func newMatcher(query string, hits []search.Hit) *matcher {
	m := &matcher{terms: map[string]bool{}, stems: map[string]bool{}, stemOf: map[string]string{}}
	words := m.analyzer.Tokens(query)
	if len(words) == 0 {
		return m
	}
	m.stemmer = text.NewStemmer()
	for _, w := range words {
		m.terms[w.Term] = true
		if text.IsWord(w.Term) {
			m.stems[m.stem(w.Term)] = true
		}
	}
	trimmed := strings.TrimRightFunc(query, unicode.IsSpace)
	if last := words[len(words)-1]; len(trimmed) == len(query) && !strings.ContainsAny(query, `"“”`) && len([]rune(last.Term)) >= 2 {
		m.prefix = last.Term
	}
	for _, h := range hits {
		m.learn(h.Snippet, h.Spans)
		m.learn(h.Doc.Title, h.TitleSpans)
	}
	return m
}

// learn adds the terms of s that lie inside the engine's spans. A
// hyphenated word marked whole was matched as one word ("hack-eenheid" for
// "hack"): its joined form is learnt, not its parts, or every "eenheid"
// would light up.
func (m *matcher) learn(s string, spans [][2]int) {
	if len(spans) == 0 {
		return
	}
	inside := func(t text.Token) bool {
		for _, sp := range spans {
			if sp[0] <= t.Start && t.End <= sp[1] {
				return true
			}
		}
		return false
	}
	tokens := m.analyzer.Tokens(s)
	var whole [][2]int // joined words inside a span
	for _, t := range tokens {
		if t.Joined && inside(t) {
			whole = append(whole, [2]int{t.Start, t.End})
			m.terms[t.Term] = true
		}
	}
	for _, t := range tokens {
		if t.Joined || !inside(t) {
			continue
		}
		partOfWhole := false
		for _, w := range whole {
			if w[0] <= t.Start && t.End <= w[1] {
				partOfWhole = true
				break
			}
		}
		if !partOfWhole {
			m.terms[t.Term] = true
		}
	}
}

func (m *matcher) stem(term string) string {
	if s, ok := m.stemOf[term]; ok {
		return s
	}
	s := m.stemmer.Stem(term)
	m.stemOf[term] = s
	return s
}

func (m *matcher) matches(term string) bool {
	if m.terms[term] {
		return true
	}
	if m.prefix != "" && strings.HasPrefix(term, m.prefix) {
		return true
	}
	return len(m.stems) > 0 && text.IsWord(term) && m.stems[m.stem(term)]
}

// spans are the matched words of s as rune offsets [start, end), in order,
// neighbours merged. A hyphenated word is marked by its matching parts, or
// whole when only the joined form matches.
func (m *matcher) spans(s string) [][2]int {
	if m == nil || len(m.terms) == 0 {
		return nil
	}
	var out [][2]int
	tokens := m.analyzer.Tokens(s)
	for i, t := range tokens {
		if !m.matches(t.Term) {
			continue
		}
		if t.Joined && partsMatched(tokens[:i], t, m) {
			continue
		}
		out = append(out, [2]int{t.Start, t.End})
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return mergeSpans(out)
}

// partsMatched reports whether some part of the joined token j, among the
// tokens before it, is already marked.
func partsMatched(before []text.Token, j text.Token, m *matcher) bool {
	for k := len(before) - 1; k >= 0 && before[k].Start >= j.Start; k-- {
		if !before[k].Joined && m.matches(before[k].Term) {
			return true
		}
	}
	return false
}

// mergeSpans joins overlapping and touching spans of a sorted list.
func mergeSpans(spans [][2]int) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		if n := len(out); n > 0 && sp[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}
