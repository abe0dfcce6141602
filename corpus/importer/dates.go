package importer

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier/corpus"
	"dossier/corpus/text"
)

// parseDate reads the date of a metadata field, a feed's pubDate or a
// table's cell, as it is written there (the day in the writer's own time
// zone, not converted to UTC):
//
//	2019-03-04, 2019-03-04T14:05:12+01:00, 2019-03 (a month), 2019/03/04
//	Mon, 04 Mar 2019 14:05:12 +0100 (RFC 1123 and its variants)
//	di, 05 mrt 2019 10:30:00 +0100 (Dutch feeds)
//	04-03-2019, 4-3-2019, 04/03/2019, 04.03.2019 (day first, as Dutch writes)
//	4 maart 2019, maandag 4 maart 2019, 4 mrt. 2019, 14:05, March 4, 2019
//
// ok is false when s holds no date it can read or an impossible one
// (31-02-2021).
func parseDate(s string) (corpus.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 100 {
		return corpus.Date{}, false
	}
	if d, ok, iso := parseISODate(s); iso {
		return d, ok
	}
	return parseWordDate(s)
}

// parseISODate reads a date that starts YYYY-MM; iso is false when s does
// not start that way.
func parseISODate(s string) (d corpus.Date, ok, iso bool) {
	if len(s) < 7 || !digits(s[:4]) || (s[4] != '-' && s[4] != '/') || !digits(s[5:7]) {
		return corpus.Date{}, false, false
	}
	year, _ := strconv.Atoi(s[:4])
	month, _ := strconv.Atoi(s[5:7])
	rest := s[7:]
	day := 0
	if len(rest) >= 3 && rest[0] == s[4] && digits(rest[1:3]) {
		day, _ = strconv.Atoi(rest[1:3])
		rest = rest[3:]
	} else if len(rest) >= 2 && rest[0] == s[4] && digits(rest[1:2]) && (len(rest) == 2 || !isDigit(rest[2])) {
		day, _ = strconv.Atoi(rest[1:2])
		rest = rest[2:]
	}
	// What follows is a time ("T14:05", " 14:05:12") or nothing.
	if rest != "" && rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ' && rest[0] != '_' {
		return corpus.Date{}, false, true
	}
	d, ok = makeDate(year, month, day)
	return d, ok, true
}

// parseWordDate reads dates written with words or day first: it splits s
// into numbers and words, leaves out weekdays, times of day and time zones,
// and reads what is left as day, month and year in the orders in use.
func parseWordDate(s string) (corpus.Date, bool) {
	type part struct {
		num    int
		digits int // 0 for a word
		month  int // a word that names a month
	}
	var parts []part
	for _, tok := range splitDate(s) {
		switch {
		case isDigit(tok.text[0]):
			if tok.time || len(tok.text) > 4 {
				continue // 14:05, 14.05 uur, or a number too long to be part of a date
			}
			n, _ := strconv.Atoi(tok.text)
			parts = append(parts, part{num: n, digits: len(tok.text)})
		default:
			if m := monthNumber(tok.text); m > 0 {
				parts = append(parts, part{month: m})
			}
			// Weekdays, "om", "uur", "GMT", "+0100" and the like carry no date.
		}
	}
	if len(parts) != 3 {
		return corpus.Date{}, false
	}
	a, b, c := parts[0], parts[1], parts[2]
	year := func(p part) (int, bool) {
		switch {
		case p.digits == 4:
			return p.num, true
		case p.digits == 2: // RFC 822's two-digit year
			if p.num < 70 {
				return 2000 + p.num, true
			}
			return 1900 + p.num, true
		}
		return 0, false
	}
	small := func(p part) bool { return p.digits == 1 || p.digits == 2 }
	switch {
	case small(a) && b.month > 0 && c.digits > 0: // 4 maart 2019
		if y, ok := year(c); ok {
			return makeDate(y, b.month, a.num)
		}
	case a.month > 0 && small(b) && c.digits == 4: // March 4, 2019
		return makeDate(c.num, a.month, b.num)
	case small(a) && small(b) && c.digits == 4: // 04-03-2019
		return makeDate(c.num, b.num, a.num)
	case a.digits == 4 && small(b) && small(c): // 2019 03 04
		return makeDate(a.num, b.num, c.num)
	}
	return corpus.Date{}, false
}

// dateToken is a run of letters or of digits in a date; time is set for
// digits that belong to a time of day (next to a colon, or before "uur").
type dateToken struct {
	text string
	time bool
}

func splitDate(s string) []dateToken {
	var toks []dateToken
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r >= 0x80 {
			r, _ = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isDigit(s[i]):
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			timePart := (j < len(s) && s[j] == ':') || (i > 0 && s[i-1] == ':') ||
				(i > 0 && s[i-1] == '+') || (i > 0 && s[i-1] == '-' && j-i == 4 && i > 1 && s[i-2] == ' ')
			toks = append(toks, dateToken{text: s[i:j], time: timePart})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r2, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += size
			}
			toks = append(toks, dateToken{text: s[i:j]})
			i = j
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	// "14.05 uur": the numbers before "uur" are a time.
	for k := range toks {
		if strings.EqualFold(toks[k].text, "uur") || strings.EqualFold(toks[k].text, "u") {
			for j := k - 1; j >= 0 && j >= k-2 && isDigit(toks[j].text[0]); j-- {
				toks[j].time = true
			}
		}
	}
	return toks
}

// monthNumber is the month a Dutch or English month name or abbreviation
// names ("maart", "mrt", "March", "Mar"), 0 for any other word.
func monthNumber(word string) int {
	w := text.Fold(word)
	if n, ok := monthWords[w]; ok {
		return n
	}
	return 0
}

// monthWords are the month names of Dutch (as corpus/dates/data/words.tsv
// lists them) and English, in full and abbreviated, folded.
var monthWords = map[string]int{
	"januari": 1, "jan": 1, "january": 1,
	"februari": 2, "feb": 2, "febr": 2, "february": 2,
	"maart": 3, "mrt": 3, "mar": 3, "march": 3, "maa": 3,
	"april": 4, "apr": 4,
	"mei": 5, "may": 5,
	"juni": 6, "jun": 6, "june": 6,
	"juli": 7, "jul": 7, "july": 7,
	"augustus": 8, "aug": 8, "august": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "okt": 10, "oct": 10, "october": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// makeDate checks a year, month and day (0 for none) and makes the date.
func makeDate(year, month, day int) (corpus.Date, bool) {
	if year < 1000 || year > 9999 || month < 1 || month > 12 || day < 0 {
		return corpus.Date{}, false
	}
	if day > 0 && day > time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return corpus.Date{}, false
	}
	return corpus.Date{Month: corpus.Month{Year: year, Month: time.Month(month)}, Day: day}, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
