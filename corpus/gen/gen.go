// Package gen generates a synthetic corpus in Dossier's article format, for
// benchmarks: Dutch-like text whose words follow a Zipf distribution, with
// compounds, diacritics, names, country adjectives and numbers, dated from
// 2005 to 2025, about 2 KB an article. Its sentences talk of dates as the
// news does, one to three an article ("in maart 2017", "vorig jaar",
// "dinsdag", "sinds 2015"), among numbers that are none ("2000 documenten",
// "om 14.30 uur"), so that finding them costs what it costs on real text.
//
// Generation is deterministic: the same seed gives the same files, and file
// i depends only on the seed and i, so files can be made in any order or in
// parallel.
package gen

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dossier/corpus"
)

// File is one generated article file.
type File struct {
	Name string // e.g. "000042_5be2f1a09c3d7e84.txt"
	Data []byte
}

// Generator makes the files of one synthetic corpus.
type Generator struct {
	seed  uint64
	vocab vocabulary
}

// vocabularyStream is the PCG stream the vocabulary is drawn from. Article
// i draws from stream i, so no two draw the same numbers.
const vocabularyStream = ^uint64(0)

// Vocabulary sizes: the invented stems, and the compounds that recur.
const (
	inventedStems      = 12000
	recurringCompounds = 12000
	// zipfExponent and zipfOffset shape word frequencies as in natural
	// text: the content word of rank r is drawn in proportion to
	// (r + zipfOffset)^-zipfExponent, so that the most frequent one is about
	// 1.5% of content words and the top hundred about a third.
	zipfExponent = 1.07
	zipfOffset   = 10
	// Function words are fewer and more skewed ("de", "het", "een").
	functionZipfExponent = 1.1
	functionZipfOffset   = 2
)

// New returns the generator for seed.
func New(seed uint64) *Generator {
	return &Generator{seed: seed, vocab: newVocabulary(rand.New(rand.NewPCG(seed, vocabularyStream)))}
}

// Generate returns n files made with seed.
func Generate(n int, seed uint64) []File {
	g := New(seed)
	files := make([]File, n)
	parallel(n, func(i int) { files[i] = g.File(i) })
	return files
}

// WriteDir writes n files made with seed into dir, creating it if needed.
func WriteDir(ctx context.Context, dir string, n int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("generate corpus: %w", err)
	}
	g := New(seed)
	for i := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		f := g.File(i)
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return fmt.Errorf("generate corpus: %w", err)
		}
	}
	return nil
}

// Documents returns n generated articles, parsed by corpus.Parse exactly as
// files on disk would be.
func Documents(n int, seed uint64) ([]*corpus.Document, error) {
	g := New(seed)
	docs := make([]*corpus.Document, n)
	errs := make([]error, n)
	parallel(n, func(i int) {
		f := g.File(i)
		docs[i], errs[i] = corpus.Parse(f.Name, f.Data)
	})
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("generated article does not parse: %w", err)
		}
	}
	return docs, nil
}

// parallel calls fn for 0..n-1 on every processor.
func parallel(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				fn(i)
			}
		})
	}
	wg.Wait()
}

// File returns file i of the corpus.
func (g *Generator) File(i int) File {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)))
	a := article{r: r, v: &g.vocab,
		content:  rand.NewZipf(r, zipfExponent, zipfOffset, uint64(len(g.vocab.content)-1)),
		function: rand.NewZipf(r, functionZipfExponent, functionZipfOffset, uint64(len(g.vocab.function)-1)),
	}
	name := fmt.Sprintf("%06d_%016x.txt", i, r.Uint64())
	return File{Name: name, Data: a.write()}
}

// vocabulary is the word stock of a corpus, drawn once from its seed.
type vocabulary struct {
	function []string // function words, the most frequent words of Dutch
	content  []string // every other word, in Zipf rank order
	nouns    []string // words that compounds are made of
}

func newVocabulary(r *rand.Rand) vocabulary {
	v := vocabulary{function: functionWords()}
	stems := make([]string, inventedStems)
	for i := range stems {
		stems[i] = inventWord(r)
	}
	var invented []string
	for _, s := range stems {
		invented = append(invented, s, plural(s), s+"e")
	}
	v.nouns = append(append([]string{}, stems...), nounsOf(topicWords())...)
	compounds := make([]string, recurringCompounds)
	for i := range compounds {
		compounds[i] = compound(r, v.nouns)
	}
	// The real words take the upper ranks, shuffled among a few invented
	// ones, so that they are frequent, as the words of its subject are in a
	// news archive, but not all the most frequent; the rest follow, shuffled.
	subject := append(append(append(topicWords(), names()...), countryAdjectives()...), invented[:300]...)
	r.Shuffle(len(subject), func(i, j int) { subject[i], subject[j] = subject[j], subject[i] })
	rest := append(invented[300:], compounds...)
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	v.content = append(subject, rest...)
	return v
}

// nounsOf keeps the lower-case single words, the ones that make compounds.
func nounsOf(words []string) []string {
	var out []string
	for _, w := range words {
		if !strings.ContainsAny(w, " -") && unicode.IsLower([]rune(w)[0]) {
			out = append(out, w)
		}
	}
	return out
}

// inventWord makes a Dutch-looking word of one to three syllables. Now and
// then two vowels meet across syllables and the second gets a diaeresis, as
// Dutch spells it ("geïnfiltreerd", "coördinatie").
func inventWord(r *rand.Rand) string {
	var b strings.Builder
	syllables := 1 + r.IntN(20)/9 // one (45%), two (45%) or three (10%)
	for s := range syllables {
		nucleus := pick(r, nuclei())
		if s > 0 && r.IntN(25) == 0 && endsInVowel(b.String()) {
			b.WriteString(diaeresis(nucleus))
			b.WriteString(pick(r, codas()))
			continue
		}
		b.WriteString(pick(r, onsets()))
		b.WriteString(nucleus)
		b.WriteString(pick(r, codas()))
	}
	return b.String()
}

func endsInVowel(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("aeiou", last)
}

// diaeresis puts a diaeresis on the first vowel of a nucleus.
func diaeresis(nucleus string) string {
	var marked string
	switch nucleus[0] {
	case 'a':
		marked = "ä"
	case 'e':
		marked = "ë"
	case 'i':
		marked = "ï"
	case 'o':
		marked = "ö"
	default:
		marked = "ü"
	}
	return marked + nucleus[1:]
}

// plural makes a Dutch plural: "-s" after an unstressed ending, else "-en".
func plural(s string) string {
	if strings.HasSuffix(s, "e") || strings.HasSuffix(s, "el") || strings.HasSuffix(s, "er") {
		return s + "s"
	}
	return s + "en"
}

// compound joins two or three nouns, sometimes with a linking "s" or "en".
func compound(r *rand.Rand, nouns []string) string {
	parts := 2 + r.IntN(4)/3 // mostly two, sometimes three
	var b strings.Builder
	for p := range parts {
		noun := pick(r, nouns)
		b.WriteString(noun)
		if p < parts-1 {
			switch r.IntN(6) {
			case 0:
				b.WriteString("s")
			case 1:
				if !strings.HasSuffix(noun, "en") {
					b.WriteString("en")
				}
			}
		}
	}
	if r.IntN(3) == 0 {
		return plural(b.String())
	}
	return b.String()
}

func pick(r *rand.Rand, words []string) string { return words[r.IntN(len(words))] }

// article writes one article file.
type article struct {
	r        *rand.Rand
	v        *vocabulary
	content  *rand.Zipf // ranks of vocabulary.content
	function *rand.Zipf // ranks of vocabulary.function
	b        strings.Builder
	year     int // of publication
}

// Article shape: paragraphs of sentences of words, near 2 KB in all.
const (
	targetBytes      = 1750
	minSentenceWords = 6
	maxSentenceWords = 24
)

func (a *article) write() []byte {
	r := a.r
	// More recent years hold more articles, as in a news archive.
	year := 2005 + int(21*(1-r.Float64()*r.Float64()))
	year = min(year, 2025)
	a.year = year
	fmt.Fprintf(&a.b, " date %04d-%02d ", year, 1+r.IntN(12))
	if r.IntN(10) < 6 {
		a.headline()
		a.b.WriteString("\n\n")
	}
	for paragraph := 0; a.b.Len() < targetBytes; paragraph++ {
		if paragraph > 0 {
			a.b.WriteString("\n\n")
			switch r.IntN(12) {
			case 0:
				a.headline() // a subheading
				a.b.WriteString("\n\n")
			case 1:
				a.b.WriteString("Lees verder na de advertentie\n\n")
			}
		}
		for range 2 + r.IntN(4) {
			a.sentence()
		}
		if r.IntN(15) == 0 {
			a.b.WriteString(" Foto: ANP")
		}
	}
	if r.IntN(3) == 0 {
		fmt.Fprintf(&a.b, " (%s)", pick(r, sources()))
	}
	return []byte(a.b.String())
}

// headline writes a short capitalised line without closing punctuation.
func (a *article) headline() {
	n := 3 + a.r.IntN(5)
	for i := range n {
		if i > 0 {
			a.b.WriteByte(' ')
		}
		w := a.word()
		if i == 0 {
			w = capitalise(w)
		}
		a.b.WriteString(w)
	}
	if a.r.IntN(5) == 0 {
		a.b.WriteByte('?')
	}
}

func (a *article) sentence() {
	r := a.r
	if a.b.Len() > 0 && !strings.HasSuffix(a.b.String(), "\n\n") && !strings.HasSuffix(a.b.String(), " ") {
		a.b.WriteByte(' ')
	}
	n := minSentenceWords + r.IntN(maxSentenceWords-minSentenceWords+1)
	// Now and then a few words are quoted, with typographic quotes.
	quoteFrom, quoteTo := -1, -1
	if r.IntN(8) == 0 {
		quoteFrom = r.IntN(n)
		quoteTo = min(quoteFrom+r.IntN(3), n-1)
	}
	// Now and then a date, or a number that is none, before a word other
	// than the first.
	dateAt, trapAt := -1, -1
	if r.IntN(dateEvery) == 0 {
		dateAt = 1 + r.IntN(n-1)
	}
	if r.IntN(trapEvery) == 0 {
		trapAt = 1 + r.IntN(n-1)
	}
	for i := range n {
		if i > 0 {
			a.b.WriteByte(' ')
		}
		if i == dateAt {
			a.b.WriteString(a.date())
			a.b.WriteByte(' ')
		}
		if i == trapAt {
			a.b.WriteString(a.trap())
			a.b.WriteByte(' ')
		}
		w := a.word()
		if i == 0 {
			w = capitalise(w)
		}
		if i == quoteFrom {
			a.b.WriteString("“")
		}
		a.b.WriteString(w)
		if i == quoteTo {
			a.b.WriteString("”")
		}
		if i < n-1 && r.IntN(12) == 0 {
			a.b.WriteByte(',')
		}
	}
	if r.IntN(20) == 0 {
		a.b.WriteByte('?')
	} else {
		a.b.WriteByte('.')
	}
}

// word draws one word: a function word, a Zipf-ranked content word, a
// new compound, or a number.
func (a *article) word() string {
	r := a.r
	switch x := r.IntN(1000); {
	case x < 420:
		return a.v.function[a.function.Uint64()]
	case x < 430:
		return compound(r, a.v.nouns) // a compound made for this article only
	case x < 450:
		return a.number()
	}
	return a.v.content[a.content.Uint64()]
}

func (a *article) number() string {
	r := a.r
	switch r.IntN(5) {
	case 0:
		return fmt.Sprint(2005 + r.IntN(21))
	case 1:
		return fmt.Sprintf("%d.%03d", 1+r.IntN(999), r.IntN(1000))
	case 2:
		return fmt.Sprintf("%d,%d", 1+r.IntN(9), r.IntN(10))
	}
	return fmt.Sprint(1 + r.IntN(100))
}

func capitalise(w string) string {
	first, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(first)) + w[size:]
}

// An article has about seventeen sentences: one in dateEvery talks of a
// date, one to three an article, and one in trapEvery has a number that
// looks like one and is none.
const (
	dateEvery = 9
	trapEvery = 20
)

// date writes an expression of time as the news writes it, of the years
// before the article's.
func (a *article) date() string {
	r := a.r
	year := a.year - r.IntN(11)
	month := pick(r, monthNames())
	switch r.IntN(16) {
	case 0, 1:
		return fmt.Sprintf("in %s %d", month, year)
	case 2:
		return fmt.Sprintf("op %d %s %d", 1+r.IntN(28), month, year)
	case 3:
		return fmt.Sprintf("op %d %s", 1+r.IntN(28), month)
	case 4:
		return "in " + month
	case 5:
		return pick(r, []string{"vorig jaar", "vorige maand", "vorige week", "dit jaar", "volgend jaar"})
	case 6, 7:
		return pick(r, weekdays())
	case 8:
		return fmt.Sprintf("sinds %d", year)
	case 9:
		return pick(r, []string{"twee", "drie", "vier", "vijf", "tien"}) + " jaar geleden"
	case 10:
		return pick(r, []string{"begin", "eind", "medio"}) + " " + pick(r, []string{"dit jaar", "vorig jaar", fmt.Sprint(year)})
	case 11:
		return fmt.Sprintf("van %d tot en met %d", year-1-r.IntN(5), year)
	case 12:
		return fmt.Sprintf("in de %s van %d", pick(r, []string{"zomer", "winter", "lente", "herfst"}), year)
	case 13:
		return fmt.Sprintf("tussen %d en %d", year-1-r.IntN(5), year)
	case 14:
		return fmt.Sprintf("in %d", year)
	}
	return fmt.Sprintf("%s %d", pick(r, weekdays()), 1+r.IntN(28)) + " " + month
}

// trap writes a number that a reader does not take for a date: a count, an
// amount, a time of day, an article of law.
func (a *article) trap() string {
	r := a.r
	switch r.IntN(6) {
	case 0:
		return fmt.Sprintf("%d documenten", 1990+r.IntN(40))
	case 1:
		return fmt.Sprintf("om %d.%02d uur", 7+r.IntN(15), 5*r.IntN(12))
	case 2:
		return fmt.Sprintf("%d euro", 1000+r.IntN(2000))
	case 3:
		return fmt.Sprintf("artikel %d", 1+r.IntN(150))
	case 4:
		return fmt.Sprintf("%d mensen", 2000+r.IntN(30))
	}
	return fmt.Sprintf("%d,%d miljoen dollar", 1+r.IntN(9), r.IntN(10))
}
