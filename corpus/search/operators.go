package search

import (
	"slices"
	"strconv"
	"unicode"
)

// The operators a reader of Aleph or Datashare types, and what a query
// makes of them:
//
//	A OR B      either (OF is the Dutch word for it)
//	-A, NOT A   leave out articles with A (NIET is the Dutch word)
//	A AND B     both, which is what two words already mean (EN is too
//	            common a Dutch word to be read as an operator)
//	2017        a bare year: articles published in that year, or naming it
//
// Operator words count only in capitals, outside quotes and with something
// to work on: "OR" at the start or end of a query, "NOT" at its end, a lone
// "-", or "or" and "not" in lower case are words like any other. Anything
// else (parentheses, +word, field:value, *) is read as words, never as an
// error.

// opKind is the kind of an operator of a query.
type opKind uint8

const (
	opOr  opKind = iota + 1 // joins the clauses either side into a group
	opNot                   // excludes the clause that follows
	opAnd                   // says what juxtaposition already says
)

// operator is one operator found in a query, by rune offsets: its own runes
// [at, end), and for an exclusion, the end of what it excludes.
type operator struct {
	kind    opKind
	at, end int
	// scope is the end of the stretch an exclusion applies to: the clause
	// must start before it. For "-word" it is the end of the word's chunk;
	// for NOT, the end of the next chunk.
	scope int
}

// opBlank replaces the runes of operators in the text the analyser reads:
// a punctuation mark, so that the operator makes no word and keeps the
// words either side from being read together as one country's name.
const opBlank = ','

// operatorWords maps the words that are operators in capitals.
var operatorWords = map[string]opKind{
	"OR": opOr, "OF": opOr,
	"NOT": opNot, "NIET": opNot,
	"AND": opAnd,
}

// chunk is a stretch of a query between spaces, with a quoted stretch
// (spaces and all) one chunk.
type chunk struct{ start, end int }

// chunks splits text into chunks; quoteAt tells which runes were quotes.
func chunks(text []rune, quoteAt []bool) []chunk {
	var out []chunk
	open := false
	start := -1
	for i, r := range text {
		if quoteAt[i] {
			open = !open
		}
		if !open && !quoteAt[i] && unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, chunk{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, chunk{start, len(text)})
	}
	return out
}

// findOperators finds the operators of a query and blanks them in text, in
// place. quoteAt marks the runes that were quotes (already blanked).
func findOperators(text []rune, quoteAt []bool) []operator {
	cs := chunks(text, quoteAt)
	isOp := func(c chunk) opKind { return operatorWords[string(text[c.start:c.end])] }
	var ops []operator
	for i, c := range cs {
		if kind := isOp(c); kind != 0 {
			hasNext := i+1 < len(cs) && isOp(cs[i+1]) == 0
			hasPrev := i > 0 && isOp(cs[i-1]) == 0
			if kind == opNot && hasNext {
				ops = append(ops, operator{kind: opNot, at: c.start, end: c.end, scope: cs[i+1].end})
			} else if kind != opNot && hasNext && hasPrev {
				ops = append(ops, operator{kind: kind, at: c.start, end: c.end})
			} else {
				continue
			}
			for k := c.start; k < c.end; k++ {
				text[k] = opBlank
			}
			continue
		}
		// A minus that starts a chunk excludes the rest of it: "-China",
		// "-\"geheime dienst\"". "--x" and a lone "-" are not exclusions.
		if text[c.start] == '-' && c.end-c.start > 1 && text[c.start+1] != '-' && (quoteAt[c.start+1] || !unicode.IsSpace(text[c.start+1])) {
			ops = append(ops, operator{kind: opNot, at: c.start, end: c.start + 1, scope: c.end})
			text[c.start] = opBlank
		}
	}
	return ops
}

// excludedAt reports whether an exclusion applies to a clause that starts
// at rune start.
func excludedAt(ops []operator, start int) bool {
	for _, op := range ops {
		if op.kind == opNot && start >= op.end && start < op.scope {
			return true
		}
	}
	return false
}

// applyOperators finds the bare years among clauses and joins the clauses
// that OR joins into groups. clauses are in query order; raw is the query's
// text (quotes and operators blanked).
func applyOperators(clauses []clause, ops []operator, raw []rune) []clause {
	for i := range clauses {
		clauses[i].year = yearOf(clauses[i], raw)
		if clauses[i].year != 0 || clauses[i].exclude {
			clauses[i].prefix = false
		}
	}
	// joined[i] says clause i is ORed with clause i+1.
	joined := make([]bool, len(clauses))
	for _, op := range ops {
		if op.kind != opOr {
			continue
		}
		for i := 0; i+1 < len(clauses); i++ {
			if clauses[i].end <= op.at && clauses[i+1].start >= op.end {
				joined[i] = !clauses[i].exclude && !clauses[i+1].exclude
				break
			}
		}
	}
	var out []clause
	for i := 0; i < len(clauses); i++ {
		if !joined[i] {
			out = append(out, clauses[i])
			continue
		}
		group := clause{start: clauses[i].start}
		for ; i < len(clauses); i++ {
			if !slices.ContainsFunc(group.alts, func(o clause) bool { return sameClause(o, clauses[i]) }) {
				group.alts = append(group.alts, clauses[i])
			}
			group.end = clauses[i].end
			if !joined[i] {
				break
			}
		}
		if len(group.alts) == 1 {
			group = group.alts[0]
		}
		out = append(out, group)
	}
	return out
}

// Bare years are read from 1900 to 2099: the years news is about; a
// number outside is a word like any other.
const (
	firstYear = 1900
	lastYear  = 2099
)

// yearOf returns the year a clause is, or 0: an unquoted word of four
// digits, written as such.
func yearOf(c clause, raw []rune) int {
	if c.phrase || len(c.words) != 1 || len(c.names) > 0 || c.end-c.start != 4 {
		return 0
	}
	for _, r := range raw[c.start:c.end] {
		if r < '0' || r > '9' {
			return 0
		}
	}
	year, err := strconv.Atoi(string(raw[c.start:c.end]))
	if err != nil || year < firstYear || year > lastYear {
		return 0
	}
	return year
}
