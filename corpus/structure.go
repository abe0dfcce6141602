package corpus

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// These limits separate the short lines scraping leaves behind (headlines,
// subheadings) from paragraphs. They are generous enough for real headlines and
// tight enough that no sentence of body text passes for one.
const (
	maxHeadlineRunes    = 120
	maxHeadlineWords    = 16
	maxSubheadingRunes  = 80
	maxSubheadingWords  = 10
	maxRunInHeadingWord = 5
	maxCaptionRunes     = 300
	maxDerivedTitle     = 90
)

// leftovers are scraping artefacts that carry no article text.
var leftovers = []string{
	"Lees verder na de advertentie",
	"Lees verder onder de advertentie",
	"Lees verder na advertentie",
}

// wholeBlockLeftovers are dropped only when they make up a block by themselves,
// since the words can occur inside real text.
var wholeBlockLeftovers = map[string]bool{
	"advertentie": true, "lees ook": true, "lees ook:": true, "bekijk ook": true, "bekijk ook:": true,
}

// sentenceStarters are Dutch words that are written in lower case inside a
// sentence, so a capitalised one marks a sentence start. That is how a
// subheading run into its paragraph ("Misleidende mails Uit het …") is found.
var sentenceStarters = wordSet(`de het een uit in op aan bij na met voor door over volgens ook maar en dat die
	dit deze zo toen nu daar hier er wie wat waar hoe als om tot van naar zij ze hij wij we ik je u onder
	tegen sinds tijdens vanwege nadat omdat hoewel terwijl ondanks toch daarna verder intussen inmiddels
	bovendien al nog wel niet geen zijn haar hun ons onze mijn zijn`)

// The credits' patterns are compiled when first used, not when the program
// starts: in the browser, before the window's first frame.
var (
	// A trailing credit such as "(NRC)" or "(ANP, Reuters)": a name, not a remark.
	sourceCredit = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:^|[.!?"'”’)]\s*)\(([\p{Lu}\d][\p{L}\d&/'. ,-]{0,39})\)$`)
	})
	// "Foto: EPA-EFE", "Foto's: ANP", "Beeld: Reuters".
	photoCredit = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(?:Foto|Foto's|Beeld|Illustratie)\s*:\s*`)
	})
)

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// structure turns the blocks of an article body into its title, source and
// reading paragraphs.
func structure(doc *Document, blocks []string) {
	blocks = dropLeftovers(blocks)
	blocks = takeSourceCredit(doc, blocks)
	if len(blocks) == 0 {
		return
	}
	if doc.Title == "" && looksLikeHeadline(blocks[0]) && len(blocks) > 1 {
		doc.Title, doc.TitleInText = blocks[0], true
		blocks = blocks[1:]
	}
	for _, b := range blocks {
		doc.Paragraphs = append(doc.Paragraphs, classify(b)...)
	}
	if doc.Title == "" {
		doc.Title = deriveTitle(doc.Paragraphs)
	}
}

func dropLeftovers(blocks []string) []string {
	kept := blocks[:0]
	for _, b := range blocks {
		for _, l := range leftovers {
			b = strings.ReplaceAll(b, l, "")
		}
		b = collapseSpace(b)
		if b == "" || wholeBlockLeftovers[strings.ToLower(b)] {
			continue
		}
		kept = append(kept, b)
	}
	return kept
}

// takeSourceCredit moves a trailing "(NRC)" from the text into doc.Source.
func takeSourceCredit(doc *Document, blocks []string) []string {
	if len(blocks) == 0 {
		return blocks
	}
	last := blocks[len(blocks)-1]
	if !strings.HasSuffix(last, ")") { // the expression's cheap necessary condition
		return blocks
	}
	m := sourceCredit().FindStringSubmatchIndex(last)
	if m == nil || len(strings.Fields(last[m[2]:m[3]])) > 4 {
		return blocks
	}
	if doc.Source == "" {
		doc.Source = strings.TrimSpace(last[m[2]:m[3]])
	}
	// Keep the sentence's own closing punctuation that the pattern consumed.
	open := strings.LastIndexByte(last, '(')
	rest := strings.TrimSpace(last[:open])
	if rest == "" {
		return blocks[:len(blocks)-1]
	}
	blocks[len(blocks)-1] = rest
	return blocks
}

// classify decides what one block is; a block can hold a run-in subheading or
// a glued caption, so it may yield more than one paragraph.
func classify(block string) []Paragraph {
	if caption, before, after, ok := splitCaption(block); ok {
		var out []Paragraph
		if before != "" {
			out = append(out, classify(before)...)
		}
		out = append(out, Paragraph{Kind: KindCaption, Text: caption})
		if after != "" {
			out = append(out, classify(after)...)
		}
		return out
	}
	if looksLikeSubheading(block) {
		return []Paragraph{{Kind: KindHeading, Text: block}}
	}
	if heading, rest, ok := splitRunInHeading(block); ok {
		return []Paragraph{{Kind: KindHeading, Text: heading}, {Kind: KindParagraph, Text: rest}}
	}
	return []Paragraph{{Kind: KindParagraph, Text: block}}
}

func looksLikeHeadline(s string) bool {
	return utf8.RuneCountInString(s) <= maxHeadlineRunes && countWords(s) <= maxHeadlineWords &&
		countWords(s) > 0 && !endsLikeClause(s) && startsUpper(s)
}

func looksLikeSubheading(s string) bool {
	return utf8.RuneCountInString(s) <= maxSubheadingRunes && countWords(s) <= maxSubheadingWords &&
		countWords(s) > 0 && !endsLikeClause(s) && startsUpper(s) && hasLetter(s)
}

// endsLikeClause reports a block that ends as running text does; headings end
// in a letter, a quote, or a question or exclamation mark.
func endsLikeClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `'"’”`))
	return strings.ContainsRune(".,;:…-–", r)
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// splitRunInHeading finds a subheading that scraping ran into its paragraph:
// a few words without closing punctuation, then a capitalised word that Dutch
// writes in lower case mid-sentence ("Misleidende mails Uit het berichtenverkeer").
// The word after that must be in lower case, so that names such as
// "Volgens De Telegraaf" are not split.
func splitRunInHeading(block string) (heading, rest string, ok bool) {
	words := strings.Fields(block)
	for k := 1; k <= maxRunInHeadingWord && k+1 < len(words); k++ {
		w := words[k-1]
		if endsLikeClause(w) || strings.ContainsAny(w, "?!") || sentenceStarters[strings.ToLower(w)] {
			return "", "", false
		}
		starter, next := words[k], words[k+1]
		if startsUpper(starter) && !isAllUpper(starter) && sentenceStarters[strings.ToLower(starter)] && !startsUpper(next) {
			if !startsUpper(words[0]) {
				return "", "", false
			}
			return strings.Join(words[:k], " "), strings.Join(words[k:], " "), true
		}
	}
	return "", "", false
}

func isAllUpper(w string) bool {
	return strings.IndexFunc(w, unicode.IsLower) < 0
}

// splitCaption finds a photo caption: a short block ending in a photo credit,
// or, in a longer block, the sentence that ends in one. Text glued after the
// credit (the next paragraph, when scraping lost the line break) is returned too.
func splitCaption(block string) (caption, before, after string, ok bool) {
	// Most paragraphs have no credit: a plain search rules them out far
	// faster than the expression (which was a third of the parse time).
	if !strings.Contains(block, "Foto") && !strings.Contains(block, "Beeld") && !strings.Contains(block, "Illustratie") {
		return "", "", "", false
	}
	loc := photoCredit().FindStringIndex(block)
	if loc == nil {
		return "", "", "", false
	}
	creditEnd := loc[1] + creditLength(block[loc[1]:])
	if creditEnd == loc[1] {
		return "", "", "", false
	}
	caption = block[:creditEnd]
	after = strings.TrimSpace(block[creditEnd:])
	if utf8.RuneCountInString(caption) > maxCaptionRunes {
		// The caption is the sentence before the credit; what precedes it is body text.
		start := previousSentenceStart(block, loc[0])
		before, caption = strings.TrimSpace(block[:start]), block[start:creditEnd]
	}
	return strings.TrimSpace(caption), before, after, true
}

// creditLength measures a photo credit such as "EPA-EFE", "ANP/Reuters" or
// "Getty Images": up to four capitalised words, stopping at a sentence start.
func creditLength(s string) int {
	end := 0
	for i, w := range strings.Fields(s) {
		if i >= 4 || !startsUpper(w) || (i > 0 && sentenceStarters[strings.ToLower(w)]) {
			break
		}
		end = strings.Index(s[end:], w) + end + len(w)
		if endsLikeClause(w) {
			break
		}
	}
	return end
}

// previousSentenceStart finds where the sentence that ends just before pos begins.
func previousSentenceStart(s string, pos int) int {
	head := strings.TrimRight(s[:pos], " ")
	head = strings.TrimRight(head, ".!?")
	for i := len(head) - 1; i > 0; i-- {
		if strings.ContainsRune(".!?", rune(head[i])) && i+1 < len(head) && head[i+1] == ' ' && startsUpper(head[i+2:]) {
			return i + 2
		}
	}
	return 0
}

// deriveTitle makes a short title from the first sentence of the first
// paragraph, cut on a word boundary.
func deriveTitle(paragraphs []Paragraph) string {
	for _, p := range paragraphs {
		if p.Kind != KindParagraph {
			continue
		}
		sentence := strings.TrimRight(firstSentence(p.Text), ".")
		return shorten(sentence, maxDerivedTitle)
	}
	if len(paragraphs) > 0 {
		return shorten(paragraphs[0].Text, maxDerivedTitle)
	}
	return ""
}

// firstSentence ends at ". ", "? " or "! " followed by a capital, but not after
// an abbreviation or a single initial ("J. Smith", "o.a. de").
func firstSentence(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		if i+2 >= len(s) || s[i+1] != ' ' || !startsUpper(s[i+2:]) {
			continue
		}
		if c == '.' && isAbbreviation(s[:i]) {
			continue
		}
		return s[:i+1]
	}
	return s
}

var abbreviations = wordSet(`o.a bijv dhr mevr mr dr drs ir prof ca e.d m.b.t d.w.z i.p.v nr blz jl vs etc`)

func isAbbreviation(before string) bool {
	word := before[strings.LastIndexByte(before, ' ')+1:]
	return utf8.RuneCountInString(word) == 1 || abbreviations[strings.ToLower(word)]
}

func shorten(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	runes := []rune(s)
	cut := max
	for cut > 0 && !unicode.IsSpace(runes[cut]) {
		cut--
	}
	if cut == 0 {
		cut = max
	}
	words := strings.Fields(string(runes[:cut]))
	// A title that stops on "door" or "de" reads as broken off mid-thought.
	for len(words) > 1 && sentenceStarters[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return strings.TrimRightFunc(strings.Join(words, " "), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	}) + "…"
}
