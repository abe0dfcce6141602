package gui

import (
	"strconv"
	"strings"
	"time"

	"dossier/corpus"
)

// Every text the user reads lives in this file, so that translating the
// interface (a later issue) means replacing one table, not hunting through views.
const (
	textWindowTitle  = "Dossier"
	textArticles     = "Artikelen"
	textNoArticles   = "Geen artikelen"
	textNoneOpen     = "Kies links een artikel om het te lezen."
	textMenuFile     = "Bestand"
	textMenuQuit     = "Afsluiten"
	textMenuView     = "Beeld"
	textMenuTheme    = "Thema"
	textThemeSystem  = "Systeem"
	textThemeLight   = "Licht"
	textThemeDark    = "Donker"
	textMetaSep      = " · "
	textWordSingular = "woord"
	textWordPlural   = "woorden"
	textLoadFailed   = "Dossier kon de artikelen niet laden"
	textOriginal     = "Origineel artikel openen"
)

// shortDate is the compact Dutch date of the article list: "feb 2018", "20 jul 2021".
func shortDate(d corpus.Date) string {
	return formatDate(d, [12]string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"})
}

// longDate is the reader's Dutch date: "februari 2018", "20 juli 2021".
func longDate(d corpus.Date) string {
	return formatDate(d, [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
		"augustus", "september", "oktober", "november", "december"})
}

func formatDate(d corpus.Date, months [12]string) string {
	if d.Month.Month < time.January || d.Month.Month > time.December {
		return d.String() // cannot happen for parsed articles; show something true anyway
	}
	month := months[d.Month.Month-1] + " " + strconv.Itoa(d.Year)
	if d.Day == 0 {
		return month
	}
	return strconv.Itoa(d.Day) + " " + month
}

// wordCount says how long an article is, with Dutch digit grouping: "1.234 woorden".
func wordCount(n int) string {
	if n == 1 {
		return "1 " + textWordSingular
	}
	return groupDigits(n) + " " + textWordPlural
}

func groupDigits(n int) string {
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// joinMeta joins the known parts of a meta line, skipping empty ones, so an
// article without a source reads "feb 2018" and not "feb 2018 · ".
func joinMeta(parts ...string) string {
	kept := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, textMetaSep)
}
