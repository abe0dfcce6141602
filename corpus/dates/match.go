package dates

import (
	"strings"
	"time"

	"dossier/corpus/geo"
)

// match is one dated expression found: tokens [start, end), resolved.
type match struct {
	start, end  int
	date, until Value
}

// when is a date as the text gives it, before a year is chosen for a
// month or day that comes without one.
type when struct {
	// fixed is set when the date is already resolved (from, to): relative
	// dates ("vorig jaar", "dinsdag") and dates with a year.
	fixed    bool
	from, to Value // to is zero unless a range
	// Otherwise the months first..last (of one year, or running into the
	// next with wraps: winter), and day when it is one day.
	year, first, last, day int
	wraps                  bool
	// tense, when set, is what words of the expression itself say ("jl.",
	// "afgelopen september").
	tense tense
}

func fixedWhen(from, to Value) when { return when{fixed: true, from: from, to: to} }

// match finds the dated expression that starts at token i, if any.
func (s *scan) match(i int) (match, bool) {
	w := s.toks[i].w
	switch {
	case w.is(kindSince):
		if p, end, ok := s.point(i + 1); ok {
			if p.tense == 0 {
				p.tense = tensePast // what began "sinds juli" began before the article
			}
			from, to := s.resolve(i, p)
			pub := FromDate(s.published)
			if from.Compare(pub) <= 0 && to.IsZero() {
				return match{start: i, end: end, date: from, until: pub}, true
			}
			return match{start: i, end: end, date: from, until: to}, true
		}
		return match{}, false
	case w.is(kindFrom):
		if m, ok := s.rangeAfter(i, i+1, s.toWord); ok {
			return m, true
		}
		return match{}, false
	case w.is(kindBetween):
		if m, ok := s.rangeAfter(i, i+1, s.andWord); ok {
			return m, true
		}
		return match{}, false
	}
	if m, ok := s.rangeAfter(i, i, s.rangeWord); ok {
		return m, true
	}
	p, end, ok := s.point(i)
	if !ok {
		return match{}, false
	}
	from, to := s.resolve(i, p)
	return match{start: i, end: end, date: from, until: to}, true
}

// rangeAfter reads "P1 <joiner> P2" from token at, the expression starting
// at token start ("van", "tussen" or P1 itself). A first date that lacks
// what the second has takes it: "van 3 tot 5 maart", "tussen januari en
// april 2019".
func (s *scan) rangeAfter(start, at int, joiner func(from, i int) (int, bool)) (match, bool) {
	var p1 when
	end1, ok := 0, false
	if _, to := joiner(start, at+1); s.dayNumber(at) && to && !s.is(start, at+1, kindMonth) {
		p1, end1, ok = when{day: s.toks[at].num}, at+1, true // "van 3 tot 5 maart"
	} else {
		p1, end1, ok = s.point(at)
	}
	if !ok && s.yearLike(at) {
		// A number that reads as a year only with another after it: "de
		// periode 2015-2018", "tussen 2010 en 2011".
		p1, end1, ok = fixedWhen(Value{Year: s.toks[at].num}, Value{}), at+1, true
	}
	if !ok {
		return match{}, false
	}
	j, ok := joiner(start, end1)
	if !ok {
		return match{}, false
	}
	p2, end2, ok := s.point(j)
	if !ok && s.near(start, j) && s.yearLike(j) && (isDash(s.between(j)) || !s.pluralNext(j)) {
		p2, end2, ok = fixedWhen(Value{Year: s.toks[j].num}, Value{}), j+1, true // "tot en met 2018"
	}
	if !ok {
		return match{}, false
	}
	if !p1.fixed && !p2.fixed {
		if p1.first == 0 && p1.year == 0 && p2.first != 0 && p2.day != 0 { // "3 tot 5 maart"
			p1.first, p1.last = p2.first, p2.first
		}
		if p1.first == 0 && p1.year == 0 {
			return match{}, false
		}
		// The second date decides the year of both, the tense read once.
		tense := p2.tense
		if tense == 0 {
			tense = s.tense(start, end2)
		}
		if p2.year == 0 {
			p2.year = s.chooseYear(p2, tense)
		}
		if p1.year == 0 {
			p1.year = p2.year
			if p1.first > p2.first || (p1.first == p2.first && p1.day > p2.day) {
				p1.year--
			}
		}
		from, _ := s.values(p1)
		a, b := s.values(p2)
		if !b.IsZero() {
			a = b
		}
		return match{start: start, end: end2, date: from, until: a}, true
	}
	if !p1.fixed || !p2.fixed {
		// One side relative, the other a month or day without a year: each
		// on its own.
		if !p1.fixed {
			p1 = fixedWhen(s.resolve(start, p1))
		}
		if !p2.fixed {
			p2 = fixedWhen(s.resolve(start, p2))
		}
	}
	until := p2.from
	if !p2.to.IsZero() {
		until = p2.to
	}
	if until.Compare(p1.from) < 0 {
		return match{}, false
	}
	return match{start: start, end: end2, date: p1.from, until: until}, true
}

// toWord reads "tot", "tot en met" or "t/m" at token i and returns the
// token after it.
func (s *scan) toWord(from, i int) (int, bool) {
	switch {
	case s.is(from, i, kindTo):
		if s.near(from, i+2) && s.folded(i+1) == "en" && s.folded(i+2) == "met" {
			return i + 3, true
		}
		return i + 1, true
	case s.near(from, i+1) && s.folded(i) == "t" && s.folded(i+1) == "m" && s.between(i+1) == "/":
		return i + 2, true
	}
	return 0, false
}

// andWord reads the "en" of "tussen ... en".
func (s *scan) andWord(from, i int) (int, bool) {
	if s.near(from, i) && s.folded(i) == "en" {
		return i + 1, true
	}
	return 0, false
}

// rangeWord joins two dates without an opening word: "januari tot en met
// maart", "2015-2018".
func (s *scan) rangeWord(from, i int) (int, bool) {
	if j, ok := s.toWord(from, i); ok && (s.is(from, i, kindTo) && j == i+3 || s.folded(i) == "t") {
		return j, true // "tot en met", "t/m"; a bare "tot" closes nothing it did not open
	}
	if s.near(from, i) && i > 0 && s.toks[i-1].digits == 4 && s.toks[i].digits == 4 && isDash(s.between(i)) {
		return i, true
	}
	return 0, false
}

func isDash(between string) bool {
	switch between {
	case "-", "–", "—", "‐", "‑", " - ", " – ":
		return true
	}
	return false
}

// yearLike reports whether token i is four digits that could be a year and
// are no sum of money or time.
func (s *scan) yearLike(i int) bool {
	return i < len(s.toks) && s.toks[i].digits == 4 && s.toks[i].num >= 1000 && s.toks[i].num <= 2100 && !s.counts(i)
}

// dayNumber reports whether token i is a day of a month written in digits.
func (s *scan) dayNumber(i int) bool {
	return i < len(s.toks) && s.toks[i].digits > 0 && s.toks[i].digits <= 2 && s.toks[i].num >= 1 && s.toks[i].num <= 31
}

// point reads one date starting at token i.
func (s *scan) point(i int) (when, int, bool) {
	if i >= len(s.toks) || s.toks[i].w == nil && s.toks[i].digits == 0 {
		return when{}, 0, false
	}
	t := s.toks[i]
	w := t.w
	switch {
	case w.is(kindBefore) || w.is(kindAfter) || w.is(kindThis) || s.earlier(i):
		if p, end, ok := s.relative(i); ok {
			return p, end, true
		}
	case w.is(kindHence):
		if p, end, ok := s.hence(i); ok {
			return p, end, true
		}
	case w.is(kindPart):
		if p, end, ok := s.part(i); ok {
			return p, end, true
		}
	case w.is(kindOrdinal):
		if p, end, ok := s.portion(i); ok {
			return p, end, true
		}
	case w.is(kindSeason):
		first, last := w.months(kindSeason)
		p := when{first: first, last: last, wraps: last < first}
		end := i + 1
		if y, e, ok := s.yearSpec(i, i+1); ok {
			p.year, end = y, e
		}
		return p, end, true
	case w.is(kindWeekday):
		if s.dayNumber(i+1) && s.is(i, i+2, kindMonth) {
			return s.point(i + 1) // "dinsdag 3 maart": the day says it all
		}
		if !t.lower && i > 0 && s.toks[i-1].Sentence == t.Sentence && !s.sentenceStart(i) {
			break // a name: "Vrijdag"
		}
		return s.weekday(i, 0, w.value(kindWeekday)), i + 1, true
	case w.is(kindDeixis):
		if s.folded(i) == "morgen" && s.morning(i) {
			break
		}
		return fixedWhen(s.dayOffset(w.value(kindDeixis)), Value{}), i + 1, true
	case w.is(kindMonth):
		return s.month(i, 0)
	case w.is(kindNumber) || t.digits > 0:
		if p, end, ok := s.ago(i); ok {
			return p, end, true
		}
		if t.digits > 0 {
			return s.numeric(i)
		}
	case w.is(kindUnit) && w.value(kindUnit) == int(unitYear) && s.folded(i) == "jaren":
		if p, end, ok := s.decade(i); ok {
			return p, end, true
		}
	}
	return when{}, 0, false
}

// numeric reads a date that starts with digits: "3 januari 2019", "3-1-2019",
// "2019".
func (s *scan) numeric(i int) (when, int, bool) {
	t := s.toks[i]
	if s.dayNumber(i) && s.is(i, i+1, kindMonth) {
		return s.month(i+1, t.num)
	}
	if s.dayNumber(i) && s.near(i, i+2) && s.dayNumber(i+1) && s.toks[i+1].num <= 12 && s.toks[i+2].digits == 4 &&
		numericJoin(s.between(i+1)) && s.between(i+2) == s.between(i+1) {
		y, m, d := s.toks[i+2].num, time.Month(s.toks[i+1].num), t.num
		if d <= daysIn(y, m) {
			return fixedWhen(Value{Year: y, Month: m, Day: d}, Value{}), i + 3, true
		}
		return when{}, 0, false
	}
	if s.isYear(i) {
		return fixedWhen(Value{Year: t.num}, Value{}), i + 1, true
	}
	return when{}, 0, false
}

func numericJoin(between string) bool { return between == "-" || between == "/" }

// month reads a month at token i, with day (0 for none) before it, and the
// year or "vorig jaar" after it.
func (s *scan) month(i, day int) (when, int, bool) {
	m := s.toks[i].w.value(kindMonth)
	start := i
	if day > 0 {
		start = i - 1
	}
	abbreviated := len(s.word(i)) < 5 && s.folded(i) != "juni" && s.folded(i) != "juli" && s.folded(i) != "mei"
	if !s.toks[i].lower && day == 0 && start > 0 && !s.sentenceStart(i) && abbreviated {
		return when{}, 0, false // "Jan", a name
	}
	p := when{first: m, last: m, day: day}
	end := i + 1
	// "3 jan. 2019": the abbreviation's full stop ends no sentence.
	next := i + 1
	if abbreviated && next < len(s.toks) && s.toks[next].digits == 4 && s.toks[i].End < len(s.text) && s.text[s.toks[i].End] == '.' {
		p.year, end = s.toks[next].num, next+1
	} else if y, e, ok := s.yearSpec(i, next); ok {
		p.year, end = y, e
	} else if abbreviated && day == 0 {
		return when{}, 0, false // "mar", "jan" alone are other words
	}
	if day > daysIn(max(p.year, 2000), time.Month(m)) {
		return when{}, 0, false
	}
	// "3 maart jl.", "5 mei a.s.".
	if s.near(i, end) && (s.folded(end) == "jl" || s.folded(end) == "jongstleden") {
		p.tense, end = tensePast, end+1
	} else if s.near(i, end) && s.folded(end) == "a.s." {
		p.tense, end = tenseFuture, end+1
	}
	return p, end, true
}

// yearSpec reads the year that may follow a month, a season or a part at
// token i: "2019", "van 2019", "vorig jaar", "van dit jaar", "'19" is not
// read. from is the expression's first token.
func (s *scan) yearSpec(from, i int) (int, int, bool) {
	j := i
	if s.near(from, j) && (s.folded(j) == "van" || s.folded(j) == "in") {
		j++
	}
	if s.near(from, j) && s.folded(j) == "het" {
		j++
	}
	if s.near(from, j) && s.yearLike(j) && (s.toks[j].Gap == geo.GapSpace || s.toks[j].Gap == geo.GapHyphen) {
		return s.toks[j].num, j + 1, true
	}
	if s.near(from, j+1) && s.toks[j+1].w.is(kindUnit) && unit(s.toks[j+1].w.value(kindUnit)) == unitYear && s.folded(j+1) == "jaar" {
		w := s.toks[j].w
		switch {
		case w.is(kindBefore):
			return s.published.Year - 1, j + 2, true
		case w.is(kindAfter):
			return s.published.Year + 1, j + 2, true
		case w.is(kindThis):
			return s.published.Year, j + 2, true
		}
	}
	return 0, 0, false
}

// isYear reports whether the digits at token i are a year: 1900 to 2099,
// where a year is expected (after "in", "uit", "sinds", "van", at the start
// of a sentence before a verb), and not a count ("2000 documenten", "2019
// euro").
func (s *scan) isYear(i int) bool {
	t := s.toks[i]
	if t.digits != 4 || t.num < 1900 || t.num > 2099 || s.counts(i) {
		return false
	}
	if i > 0 && s.toks[i-1].Sentence == t.Sentence && !s.sentenceStart(i) {
		prev := s.folded(i - 1)
		switch prev {
		case "in", "uit", "sinds", "vanaf", "sedert", "tot", "tussen", "rond", "omstreeks", "circa", "anno", "jaar", "voorjaar", "najaar", "zomer", "winter", "lente", "herfst", "begin", "eind", "medio", "midden", "na", "voor", "en", "of", "van":
			if prev == "en" || prev == "of" {
				return s.yearBefore(i - 1) // "uit 2023 en 2024 laten zien"
			}
			// "In 2019 kregen ..." opens a sentence with its verb; elsewhere a
			// plural noun after the number makes it a count: "werd in 2017
			// documenten", "een lek van 2000 bestanden".
			if s.sentenceStart(i - 1) {
				next := i + 1
				return !s.pluralNext(i) || pastPlural(s.toks[next].f)
			}
			return !s.pluralNext(i)
		}
		return false // no word that asks for a year before it
	}
	// At the start of a sentence (or after a colon or a quote): "2019 was
	// een slecht jaar".
	next := i + 1
	return s.near(i, next) && (s.toks[next].w.is(kindPast) || s.toks[next].w.is(kindPerfect) || s.toks[next].w.is(kindFuture) ||
		s.toks[next].Gap == geo.GapComma)
}

// yearBefore reports whether the word before token i (an "en", "of") is a
// year itself: "in 2018 en 2019".
func (s *scan) yearBefore(i int) bool {
	return i > 0 && s.toks[i-1].Sentence == s.toks[i].Sentence && s.toks[i-1].digits == 4
}

// counts reports whether the number at token i counts something: a unit of
// money or time follows it, or a word that makes it a count.
func (s *scan) counts(i int) bool {
	return s.near(i, i+1) && s.toks[i+1].Gap == geo.GapSpace && s.toks[i+1].w.is(kindUnitWord)
}

// pluralNext reports whether a plural noun seems to follow the number at
// token i ("2000 documenten"), rather than a participle ("van 2019
// gehackt").
func (s *scan) pluralNext(i int) bool {
	if !s.near(i, i+1) || s.toks[i+1].Gap != geo.GapSpace || !s.toks[i+1].lower || s.toks[i+1].w != nil {
		return false
	}
	next := s.folded(i + 1)
	if !(strings.HasSuffix(next, "en") || strings.HasSuffix(next, "s")) {
		return false
	}
	for _, p := range []string{"ge", "be", "ver", "ont", "her", "aan", "op", "uit"} {
		if strings.HasPrefix(next, p) {
			return false
		}
	}
	return !functionWord(next)
}

// pastPlural reports whether a word has the shape of a weak verb's past in
// the plural: a consonant, then "-den" or "-ten" ("hackten", "meldden").
func pastPlural(f string) bool {
	n := len(f)
	return n > 4 && (strings.HasSuffix(f, "den") || strings.HasSuffix(f, "ten")) && !isVowel(f[n-4])
}

// sentenceStart reports whether token i begins its sentence or follows a
// colon or a quote.
func (s *scan) sentenceStart(i int) bool {
	return i == 0 || s.toks[i-1].Sentence != s.toks[i].Sentence || s.toks[i].Gap == geo.GapBreak
}

// morning reports whether "morgen" at token i is the morning ("'s
// morgens", "de volgende morgen", "die morgen"), not tomorrow.
func (s *scan) morning(i int) bool {
	if i == 0 || s.toks[i-1].Sentence != s.toks[i].Sentence {
		return false
	}
	switch s.folded(i - 1) {
	case "de", "die", "deze", "s", "elke", "iedere", "volgende", "zelfde", "dezelfde", "vroeg", "in":
		return true
	}
	return s.toks[i-1].w.is(kindAfter) || s.toks[i-1].w.is(kindWeekday)
}

// earlier reports whether token i is "eerder" or "later" before "deze
// week" or "deze maand".
func (s *scan) earlier(i int) bool {
	return s.toks[i].w.is(kindEarlier) && s.is(i, i+1, kindThis) && s.is(i, i+2, kindUnit)
}
