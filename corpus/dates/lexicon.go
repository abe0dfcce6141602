package dates

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"dossier/corpus/text"
)

//go:embed data/words.tsv
var wordsData []byte

// kind is what a date word is; a word may be of several kinds ("van" opens
// a range and joins a date to its year; "een" is a number and an article).
type kind uint8

const (
	kindMonth kind = iota + 1
	kindWeekday
	kindSeason
	kindQuarter
	kindPart
	kindHalf
	kindNumber
	kindOrdinal
	kindUnit
	kindDeixis
	kindBefore
	kindAfter
	kindThis
	kindAgo
	kindEarlier
	kindHence
	kindSince
	kindFrom
	kindTo
	kindBetween
	kindDecade
	kindUnitWord
	kindPast
	kindPerfect
	kindFuture
	kindClause
	kindCount // keep last: the number of kinds
)

var kindNames = map[string]kind{
	"month": kindMonth, "weekday": kindWeekday, "season": kindSeason, "quarter": kindQuarter,
	"part": kindPart, "half": kindHalf, "number": kindNumber, "ordinal": kindOrdinal, "unit": kindUnit,
	"deixis": kindDeixis, "before": kindBefore, "after": kindAfter, "this": kindThis, "ago": kindAgo, "earlier": kindEarlier, "hence": kindHence,
	"since": kindSince, "from": kindFrom, "to": kindTo, "between": kindBetween, "decade": kindDecade,
	"unitword": kindUnitWord, "past": kindPast, "perfect": kindPerfect, "future": kindFuture,
	"clause": kindClause,
}

// unit is what a count of "dagen", "weken", "maanden" or "jaren" counts.
type unit uint8

const (
	unitDay unit = iota + 1
	unitWeek
	unitWeekend
	unitMonth
	unitYear
	unitDecade
)

var unitNames = map[string]unit{"day": unitDay, "week": unitWeek, "weekend": unitWeekend, "month": unitMonth, "year": unitYear, "decade": unitDecade}

// meaning is what one word means as one kind: a number, or a first and
// last month.
type meaning struct {
	a, b int
}

// word is everything a form of the lexicon means.
type word struct {
	kinds    uint32 // 1 << kind
	meanings [kindCount]meaning
}

func (w *word) is(k kind) bool { return w != nil && w.kinds&(1<<k) != 0 }

// value is the number w means as kind k; 0 when it is no such word (or no
// word of the lexicon at all).
func (w *word) value(k kind) int {
	if !w.is(k) {
		return 0
	}
	return w.meanings[k].a
}

func (w *word) months(k kind) (first, last int) {
	if !w.is(k) {
		return 0, 0
	}
	return w.meanings[k].a, w.meanings[k].b
}

// lexicon holds the date words by folded form.
type lexicon struct {
	words map[string]*word
	// stems holds the first three letters of every word without which no
	// text holds a date that is not written in digits: months, weekdays,
	// seasons, parts of a year, units and the days around today.
	stems map[[3]byte]struct{}
}

// triggers are the kinds whose words make stems.
const triggers = 1<<kindMonth | 1<<kindWeekday | 1<<kindSeason | 1<<kindQuarter | 1<<kindHalf | 1<<kindDeixis | 1<<kindUnit

func (lx *lexicon) lookup(folded string) *word { return lx.words[folded] }

// parseLexicon reads data/words.tsv; its errors say path:line: what is
// wrong, all of them.
func parseLexicon(path string, data []byte) (*lexicon, error) {
	lx := &lexicon{words: map[string]*word{}, stems: map[[3]byte]struct{}{}}
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", path, line, fmt.Sprintf(format, args...)))
	}
	for n, line := range strings.Split(string(data), "\n") {
		n++
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			bad(n, "want kind, value and forms separated by tabs, found %d fields", len(fields))
			continue
		}
		k, ok := kindNames[fields[0]]
		if !ok {
			bad(n, "unknown kind %q", fields[0])
			continue
		}
		m, err := parseMeaning(k, fields[1])
		if err != nil {
			bad(n, "%v", err)
			continue
		}
		forms := strings.Fields(fields[2])
		if len(forms) == 0 {
			bad(n, "no forms")
		}
		for _, f := range forms {
			if f != text.Fold(f) {
				bad(n, "form %q is not written folded (lower case, no diacritics)", f)
				continue
			}
			w := lx.words[f]
			if w == nil {
				w = &word{}
				lx.words[f] = w
			}
			if w.is(k) {
				bad(n, "%q is already a %s", f, fields[0])
				continue
			}
			w.kinds |= 1 << k
			w.meanings[k] = m
			if triggers&(1<<k) != 0 {
				if len(f) < 3 {
					bad(n, "%q is too short to find: a word of this kind needs three letters", f)
					continue
				}
				lx.stems[stem3(f)] = struct{}{}
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return lx, nil
}

func parseMeaning(k kind, s string) (meaning, error) {
	switch k {
	case kindUnit:
		u, ok := unitNames[s]
		if !ok {
			return meaning{}, fmt.Errorf("unknown unit %q (want day, week, weekend, month, year or decade)", s)
		}
		return meaning{a: int(u)}, nil
	case kindSeason, kindQuarter, kindPart, kindHalf:
		first, last, ok := strings.Cut(s, "-")
		a, err1 := strconv.Atoi(first)
		b, err2 := strconv.Atoi(last)
		if !ok || err1 != nil || err2 != nil || a < 1 || a > 12 || b < 1 || b > 12 {
			return meaning{}, fmt.Errorf("%q is not a range of months such as 3-5", s)
		}
		return meaning{a: a, b: b}, nil
	}
	v, err := strconv.Atoi(strings.TrimPrefix(s, "+"))
	if err != nil {
		return meaning{}, fmt.Errorf("%q is not a number", s)
	}
	switch {
	case k == kindMonth && (v < 1 || v > 12):
		return meaning{}, fmt.Errorf("month %d is not 1-12", v)
	case k == kindWeekday && (v < 1 || v > 7):
		return meaning{}, fmt.Errorf("weekday %d is not 1-7", v)
	}
	return meaning{a: v}, nil
}
