package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/text"
)

// wordsOf lists the words each finds in s, as comparable strings: places,
// position, joinedness and the folded term.
func wordsOf(f *wordFinder, s string, whole bool) []string {
	var out []string
	f.each(s, whole, func(w word) bool {
		term := w.term
		if w.plain {
			term = strings.ToLower(term)
		}
		out = append(out, fmt.Sprintf("%d-%d %d-%d @%d joined=%v %q", w.start, w.end, w.from, w.to, w.position, w.joined, term))
		return true
	})
	return out
}

// checkWordFinder: finding words stretch by stretch gives exactly what
// analysing the whole text gives.
func checkWordFinder(t *testing.T, f *wordFinder, s string) {
	t.Helper()
	fast, whole := wordsOf(f, s, false), wordsOf(f, s, true)
	if strings.Join(fast, "\n") != strings.Join(whole, "\n") {
		t.Fatalf("%q:\nstretches %q\nwhole     %q", s, fast, whole)
	}
}

var wordFinderTexts = []string{
	"", " ", "!!!", "Het kabinet sprak er dinsdag over.",
	"EU-diplomaten e-mails, 100.000 euro en 1,5 miljoen; 2.5 of 1.2.3",
	"'s-Gravenhage en 's avonds, collega's en Macron's plan", "don`t `quoted` x`y",
	"Israëlische ideeën, café, naïef, Saudi-Arabië", "ﬁnale ½ ¾ x² ™ …", "习近平在北京 en Xi",
	"zero\u200bwidth soft\u00adhyphen nbsp\u00a0space thin\u2009space", "tab\tnew\nline\r\n  end  ",
	"(Trouw) \"geciteerd\" [haakjes] {accolades} <pijl> a/b a+b a_b a@b.nl http://x.nl/y?z=1",
	"-begin eind- --dubbel-- ''quote'' .punt. ,komma,",
	strings.Repeat("a", 70) + " " + strings.Repeat("b", 64) + " " + strings.Repeat("é", 70),
	"\xff\xfe kapot\xffwoord \xe2\x82 half", "Ⅷ Ⅻ ǆungla ŉ", "e-\u00a0mail", "Noord-Korea's e-mail-adres",
	"“na dat”, ‘s avonds’ „x‟ ‚y‛ «a» ‹b› –c— …d… ’s-Gravenhage Macron’s “’t” —— “” “Israël” „café“",
	"word’ ’word x’’y a–b c—d e…f g“h ‘", "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f",
}

// TestQuoteOrDashIsNoWord: the punctuation the word finder trims around
// plain words folds to no word rune.
func TestQuoteOrDashIsNoWord(t *testing.T) {
	for r := rune(0x80); r <= 0x2fff; r++ {
		if !isQuoteOrDash(r) {
			continue
		}
		for _, f := range text.Fold(string(r)) {
			if unicode.IsLetter(f) || unicode.IsDigit(f) || unicode.IsMark(f) {
				t.Errorf("%q folds to %q, a word rune", r, text.Fold(string(r)))
			}
		}
	}
}

func TestWordFinderAgreesWithAnalyser(t *testing.T) {
	var f wordFinder
	for _, s := range wordFinderTexts {
		checkWordFinder(t, &f, s)
	}
	c, err := corpus.LoadSeed()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := gen.Documents(300, 7)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(c.Docs(), docs...) {
		checkWordFinder(t, &f, d.Title)
		for _, p := range d.Paragraphs {
			checkWordFinder(t, &f, p.Text)
		}
	}
}

// FuzzWordFinder: for any text, finding words stretch by stretch gives what
// analysing the whole text gives.
func FuzzWordFinder(f *testing.F) {
	for _, s := range wordFinderTexts {
		f.Add(s)
	}
	var finder wordFinder
	f.Fuzz(func(t *testing.T, s string) {
		checkWordFinder(t, &finder, s)
	})
}

func TestWordFinderStops(t *testing.T) {
	var f wordFinder
	n := 0
	f.each("een twee drie-vier vijf", false, func(w word) bool {
		n++
		return w.position < 2
	})
	if n != 3 {
		t.Errorf("yielded %d words after being told to stop at the third", n)
	}
	// Plain words before skipTo are stepped over; analysed stretches yield
	// all theirs.
	f.skipTo = 3
	var got []string
	f.each("een twee drie-vier vijf zes", false, func(w word) bool {
		got = append(got, w.term)
		return true
	})
	if want := []string{"drie", "vier", "drievier", "vijf", "zes"}; !slices.Equal(got, want) {
		t.Errorf("from position 3: %q, want %q", got, want)
	}
}
