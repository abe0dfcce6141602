package dates

import (
	"time"

	"dossier/corpus"
	"dossier/corpus/geo"
)

// relative reads a date that counts from the publication date with a
// determiner at token i: "vorig jaar", "deze week", "afgelopen vrijdag",
// "vorige week dinsdag", "komende zomer", "afgelopen september", "eerder
// deze week".
func (s *scan) relative(i int) (when, int, bool) {
	earlier := s.earlier(i)
	j := i
	if earlier {
		j++
	}
	mod := s.toks[j].w
	dir := 0
	switch {
	case mod.is(kindBefore):
		dir = -1
	case mod.is(kindAfter):
		dir = 1
	case !mod.is(kindThis):
		return when{}, 0, false
	}
	k := j + 1
	if !s.near(i, k) {
		return when{}, 0, false
	}
	next := s.toks[k].w
	switch {
	case next.is(kindUnit):
		part := 0
		if earlier {
			part = s.toks[i].w.value(kindEarlier)
		}
		return s.relativeUnit(i, k, dir, part)
	case earlier:
		return when{}, 0, false
	case next.is(kindWeekday):
		return s.weekday(k, dir, next.value(kindWeekday)), k + 1, true
	case next.is(kindSeason):
		first, last := next.months(kindSeason)
		return s.relativeSeason(first, last, dir), k + 1, true
	case next.is(kindMonth) && dir != 0:
		m := next.value(kindMonth)
		y := s.published.Year
		pm := int(s.published.Month.Month)
		if dir < 0 && m >= pm {
			y--
		}
		if dir > 0 && m <= pm {
			y++
		}
		return fixedWhen(Value{Year: y, Month: time.Month(m)}, Value{}), k + 1, true
	}
	return when{}, 0, false
}

// relativeUnit reads "vorig jaar", "deze maand", "volgende week" and "vorige
// week dinsdag"; k is the unit's token; part is -1 for "eerder deze week",
// 1 for "later deze week". Plural units ("afgelopen jaren")
// are spans of time, not dates.
func (s *scan) relativeUnit(i, k, dir, part int) (when, int, bool) {
	pub := s.published
	switch s.folded(k) {
	case "jaar":
		return fixedWhen(Value{Year: pub.Year + dir}, Value{}), k + 1, true
	case "maand":
		m := corpus.MonthFromIndex(pub.Month.Index() + dir)
		return fixedWhen(Value{Year: m.Year, Month: m.Month}, Value{}), k + 1, true
	case "weekend":
		if pub.Day == 0 {
			return fixedWhen(monthOf(pub), Value{}), k + 1, true
		}
		// The Saturday and Sunday of this week, of the week before or after;
		// "afgelopen weekend" on a Sunday is the one before.
		day := dayOf(pub)
		saturday := mondayOf(day).AddDate(0, 0, 5)
		switch {
		case dir < 0 && !saturday.AddDate(0, 0, 1).Before(day): // not yet over
			saturday = saturday.AddDate(0, 0, -7)
		case dir > 0 && !saturday.After(day):
			saturday = saturday.AddDate(0, 0, 7)
		}
		return fixedWhen(valueOf(saturday), valueOf(saturday.AddDate(0, 0, 1))), k + 1, true
	case "week":
		if pub.Day == 0 {
			return fixedWhen(monthOf(pub), Value{}), k + 1, true
		}
		monday := mondayOf(dayOf(pub)).AddDate(0, 0, 7*dir)
		if s.is(i, k+1, kindWeekday) { // "vorige week dinsdag"
			d := monday.AddDate(0, 0, s.toks[k+1].w.value(kindWeekday)-1)
			return fixedWhen(valueOf(d), Value{}), k + 2, true
		}
		sunday := monday.AddDate(0, 0, 6)
		switch part {
		case -1: // "eerder deze week": up to the day before
			if before := dayOf(pub).AddDate(0, 0, -1); before.After(monday) {
				sunday = before
			} else {
				sunday = monday
			}
		case 1: // "later deze week": from the day after
			if after := dayOf(pub).AddDate(0, 0, 1); after.Before(sunday) {
				monday = after
			} else {
				monday = sunday
			}
		}
		if sunday.Equal(monday) {
			return fixedWhen(valueOf(monday), Value{}), k + 1, true
		}
		return fixedWhen(valueOf(monday), valueOf(sunday)), k + 1, true
	}
	return when{}, 0, false
}

// relativeSeason is "afgelopen zomer" (the last one that ended before the
// publication month), "komende winter" (the next one to begin after it) or
// "deze zomer" (the one of the publication year: for a winter, the one
// that holds the publication month or begins next).
func (s *scan) relativeSeason(first, last, dir int) when {
	wraps := last < first
	pub := s.published.Month.Index()
	span := func(y int) (int, int) {
		end := y*12 + last - 1
		if wraps {
			end += 12
		}
		return y*12 + first - 1, end
	}
	y := s.published.Year + 1
	switch dir {
	case -1:
		for ; ; y-- {
			if _, end := span(y); end < pub {
				break
			}
		}
	case 1:
		for y = s.published.Year - 1; ; y++ {
			if start, _ := span(y); start > pub {
				break
			}
		}
	default:
		for y = s.published.Year - 1; ; y++ {
			if _, end := span(y); end >= pub {
				break
			}
		}
	}
	return when{year: y, first: first, last: last, wraps: wraps}
}

// weekday is the day of the week wd (Monday 1) nearest to publication: before
// it for dir -1, after it for dir 1, and for dir 0 as the tense of the
// clause says (on or before publication, unless the clause speaks of the
// future). An article dated only by its month gives that month.
func (s *scan) weekday(i, dir, wd int) when {
	pub := s.published
	if pub.Day == 0 {
		return fixedWhen(monthOf(pub), Value{})
	}
	day := dayOf(pub)
	diff := (wd - isoWeekday(day) + 7) % 7 // days forward to the next wd, 0 when it is today
	switch {
	case dir > 0:
		if diff == 0 {
			diff = 7
		}
	case dir < 0:
		diff -= 7 // the one before, a week back when it is today
	case i > 0 && s.near(i, i-1) && s.toks[i-1].w.is(kindSince):
		diff = (diff - 7) % 7 // "sinds vrijdag": on or before
	case s.tense(i, i+1) == tenseFuture:
	default:
		if diff != 0 {
			diff -= 7
		}
	}
	return fixedWhen(valueOf(day.AddDate(0, 0, diff)), Value{})
}

// dayOffset is the day n days from publication, or its month when the
// article has no day.
func (s *scan) dayOffset(n int) Value {
	if s.published.Day == 0 {
		return monthOf(s.published)
	}
	return valueOf(dayOf(s.published).AddDate(0, 0, n))
}

// ago reads "drie jaar geleden", "twee weken geleden", "10 dagen terug".
func (s *scan) ago(i int) (when, int, bool) {
	n := s.count(i)
	if !s.is(i, i+1, kindUnit) || !s.is(i, i+2, kindAgo) || n <= 0 {
		return when{}, 0, false
	}
	return s.shift(i+1, -n, i+3)
}

// hence reads "over twee weken", "over drie jaar" at token i ("over").
func (s *scan) hence(i int) (when, int, bool) {
	n := s.count(i + 1)
	if !s.near(i, i+1) || !s.is(i, i+2, kindUnit) || n <= 0 {
		return when{}, 0, false
	}
	// An adverb of time ends its clause or stands before a verb; before a
	// noun it is an amount: "over twee weken vakantie".
	if next := i + 3; s.near(i, next) && s.toks[next].Gap == geo.GapSpace && !s.verbal(next) {
		return when{}, 0, false
	}
	// In a clause of the past it counts from another time than publication,
	// or spreads something out: "werden over drie dagen uitgesmeerd".
	if s.tense(i, i+3) == tensePast {
		return when{}, 0, false
	}
	return s.shift(i+2, n, i+3)
}

// count is the number at token i, in digits or a word; 0 for none, or for
// more than a thousand.
func (s *scan) count(i int) int {
	if i >= len(s.toks) {
		return 0
	}
	n := s.toks[i].num
	if n < 0 {
		n = s.toks[i].w.value(kindNumber)
	}
	if n > 1000 {
		return 0
	}
	return n
}

// shift is the date n units (the unit at token k) after publication, before
// it for a negative n; end is the token after the expression.
func (s *scan) shift(k, n, end int) (when, int, bool) {
	pub := s.published
	switch u := unit(s.toks[k].w.value(kindUnit)); u {
	case unitDay, unitWeek:
		days := n
		if u == unitWeek {
			days *= 7
		}
		if pub.Day == 0 {
			// Counted from the middle of the month, the month the day most
			// likely fell in.
			d := time.Date(pub.Year, pub.Month.Month, 15, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
			return fixedWhen(Value{Year: d.Year(), Month: d.Month()}, Value{}), end, true
		}
		return fixedWhen(valueOf(dayOf(pub).AddDate(0, 0, days)), Value{}), end, true
	case unitMonth:
		m := corpus.MonthFromIndex(pub.Month.Index() + n)
		return fixedWhen(Value{Year: m.Year, Month: m.Month}, Value{}), end, true
	case unitYear:
		return fixedWhen(Value{Year: pub.Year + n}, Value{}), end, true
	case unitDecade:
		return fixedWhen(Value{Year: pub.Year + 10*n}, Value{}), end, true
	}
	return when{}, 0, false
}

// part reads "begin dit jaar", "eind 2019", "medio 2020", "begin maart",
// "eind jaren negentig", "eind van het jaar".
func (s *scan) part(i int) (when, int, bool) {
	first, last := s.toks[i].w.months(kindPart)
	if y, end, ok := s.yearSpec(i, i+1); ok {
		return fixedWhen(Value{Year: y, Month: time.Month(first)}, Value{Year: y, Month: time.Month(last)}), end, true
	}
	j := i + 1
	if s.near(i, j) && s.folded(j) == "van" {
		j++
	}
	if s.near(i, j+1) && s.folded(j) == "het" && s.folded(j+1) == "jaar" && !(s.near(i, j+2) && s.toks[j+2].digits == 4) {
		y := s.published.Year
		return fixedWhen(Value{Year: y, Month: time.Month(first)}, Value{Year: y, Month: time.Month(last)}), j + 2, true
	}
	if s.near(i, j) && s.folded(j) == "de" {
		j++
	}
	if !s.near(i, j) {
		return when{}, 0, false
	}
	w := s.toks[j].w
	switch {
	case w.is(kindMonth):
		return s.month(j, 0)
	case w.is(kindUnit) && s.folded(j) == "jaren":
		if p, end, ok := s.decade(j); ok {
			// The first, middle or last three years of the decade.
			start := p.from.Year + []int{0, 4, 7}[partIndex(first)]
			return fixedWhen(Value{Year: start}, Value{Year: start + 2}), end, true
		}
	case w.is(kindThis) || w.is(kindBefore) || w.is(kindAfter):
		if p, end, ok := s.relative(j); ok {
			return p, end, true
		}
	}
	return when{}, 0, false
}

// partIndex is 0 for the months of "begin", 1 for "medio", 2 for "eind".
func partIndex(first int) int {
	switch {
	case first <= 3:
		return 0
	case first <= 7:
		return 1
	}
	return 2
}

// portion reads "het derde kwartaal", "de eerste helft van 2019", "het
// laatste kwartaal van vorig jaar".
func (s *scan) portion(i int) (when, int, bool) {
	n := s.toks[i].w.value(kindOrdinal)
	k := i + 1
	if !s.near(i, k) {
		return when{}, 0, false
	}
	var first, last int
	switch w := s.toks[k].w; {
	case w.is(kindQuarter) && n <= 4:
		if n < 0 {
			n = 4
		}
		first, last = 3*n-2, 3*n
	case w.is(kindHalf) && n <= 2:
		if n < 0 {
			n = 2
		}
		first, last = 6*n-5, 6*n
	default:
		return when{}, 0, false
	}
	p := when{first: first, last: last}
	end := k + 1
	if y, e, ok := s.yearSpec(i, k+1); ok {
		p.year, end = y, e
	}
	return p, end, true
}

// decade reads "jaren negentig", "jaren '90", "jaren 90" at token i ("jaren").
func (s *scan) decade(i int) (when, int, bool) {
	j := i + 1
	if !s.near(i, j) {
		return when{}, 0, false
	}
	var start int
	switch t := s.toks[j]; {
	case t.w.is(kindDecade):
		start = 1900 + t.w.value(kindDecade)
	case t.digits == 2 && t.num%10 == 0:
		start = 1900 + t.num
		if start+100 <= s.published.Year {
			start += 100
		}
	default:
		return when{}, 0, false
	}
	return fixedWhen(Value{Year: start}, Value{Year: start + 9}), j + 1, true
}

// resolve gives a date as the text gives it its year, where it has none,
// and returns its value (and end, for a range). The year comes from an
// earlier date of the sentence that has one ("in maart 2019 ... en in
// juni"), else from the tense of the clause; a date that names a thing
// ("de verkiezingen van 21 maart") takes the nearest, whatever the verb
// says of something else.
func (s *scan) resolve(i int, p when) (Value, Value) {
	if p.fixed {
		return p.from, p.to
	}
	if p.year == 0 {
		p.year = s.yearOf(i, p)
	}
	return s.values(p)
}

// yearOf chooses the year of a date without one at token i.
func (s *scan) yearOf(i int, p when) int {
	tense := p.tense
	switch {
	case tense != 0:
	case i > 0 && s.near(i, i-1) && s.toks[i-1].w.is(kindFrom) && !s.sentenceStart(i-1):
		tense = tenseNeutral
	default:
		tense = s.tense(i, i+1)
	}
	if a := s.anchor; a.year != 0 && a.sentence == s.toks[i].Sentence && a.month <= p.first {
		// Unless the tense says the date is on the other side of
		// publication: "begin dit jaar maakte Google bekend ...; de aanval
		// was al half december begonnen".
		at := corpus.Month{Year: a.year, Month: time.Month(p.first)}
		pub := s.published.Month
		if !(tense == tensePast && pub.Before(at) || tense == tenseFuture && at.Before(pub)) {
			return a.year
		}
	}
	return s.chooseYear(p, tense)
}

// values turns a date with its year, not fixed, into a value, or two for a
// stretch of months.
func (s *scan) values(p when) (Value, Value) {
	if p.first == 0 {
		return Value{Year: p.year}, Value{}
	}
	from := Value{Year: p.year, Month: time.Month(p.first), Day: p.day}
	if p.last == p.first || p.day != 0 {
		return from, Value{}
	}
	to := Value{Year: p.year, Month: time.Month(p.last)}
	if p.wraps {
		to.Year++
	}
	return from, to
}

// chooseYear picks the year of a month (or day, or months) that comes
// without one: in a past clause the last one up to publication, in a
// future clause the first one from publication, and otherwise the one
// nearest to it.
func (s *scan) chooseYear(p when, t tense) int {
	pub := s.published
	y, pm := pub.Year, int(pub.Month.Month)
	later := p.first > pm || (p.first == pm && p.day > 0 && pub.Day > 0 && p.day > pub.Day)
	sooner := p.first < pm || (p.first == pm && p.day > 0 && pub.Day > 0 && p.day < pub.Day)
	switch {
	case t == tensePast && later:
		return y - 1
	case t == tenseFuture && sooner:
		return y + 1
	case t == tensePast || t == tenseFuture:
		return y
	}
	// Nearest: compare days, the middle of a month where there is no day.
	at := func(year, month, day int) time.Time {
		if day == 0 {
			day = 15
		}
		return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	}
	ref := at(y, pm, pub.Day)
	best, bestDistance := y, time.Duration(1<<62)
	for _, year := range []int{y - 1, y, y + 1} {
		d := at(year, p.first, p.day).Sub(ref)
		if d < 0 {
			d = -d
		}
		if d < bestDistance {
			best, bestDistance = year, d
		}
	}
	return best
}

func dayOf(d corpus.Date) time.Time {
	return time.Date(d.Year, d.Month.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

func monthOf(d corpus.Date) Value { return Value{Year: d.Year, Month: d.Month.Month} }

func valueOf(t time.Time) Value { return Value{Year: t.Year(), Month: t.Month(), Day: t.Day()} }

// isoWeekday numbers Monday 1 to Sunday 7.
func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

func mondayOf(t time.Time) time.Time { return t.AddDate(0, 0, 1-isoWeekday(t)) }
