package geo

// Word is one word of a text as the gazetteer reads it, for analyses that
// build on its mentions (the roles of countries in a sentence): the same
// words, sentences and separators the mentions were found in.
type Word struct {
	// Start and End are byte offsets into the text; RuneStart and RuneEnd
	// the same in runes.
	Start, End, RuneStart, RuneEnd int
	// Sentence counts the text's sentences from 0.
	Sentence int
	// Gap is what separates the word from the one before.
	Gap Gap
	// Capitalised marks a word that starts with a capital letter.
	Capitalised bool
}

// Gap classifies what lies between two words, from the most joining to the
// most separating.
type Gap uint8

const (
	GapNone   = Gap(gapNone)   // nothing: the first word of the text
	GapSpace  = Gap(gapSpace)  // white space within a line
	GapHyphen = Gap(gapHyphen) // a hyphen: "EU-diplomaten"
	GapComma  = Gap(gapComma)  // a comma
	GapBreak  = Gap(gapBreak)  // anything else: a sentence's end, a quote, a bracket, a colon, a semicolon, a dash, a new line
)

// Words splits text into words and sentences as Extract does. A text longer
// than 2 GiB is read up to there.
func Words(text string) []Word {
	text = clip(text)
	return appendTokenWords(nil, tokenize(make([]token, 0, len(text)/6+1), text))
}

func appendTokenWords(dst []Word, tokens []token) []Word {
	for _, t := range tokens {
		dst = append(dst, Word{
			Start: int(t.start), End: int(t.end), RuneStart: int(t.runeStart), RuneEnd: int(t.runeEnd),
			Sentence: int(t.sentence), Gap: Gap(t.gap), Capitalised: t.upper,
		})
	}
	return dst
}

// Joins reports whether a name can run on across the gap: a space or a hyphen.
func (g Gap) Joins() bool { return gap(g).joins() }
