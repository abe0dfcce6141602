package search

import "math"

// The ranking rules, every one of them; ranking_test.go has a test for each.
//
// A hit's score is a sum over the query's clauses (its words, phrases and
// OR groups): each clause's inverse document frequency times the score of
// the document's best match of the clause,
//
//	score = Σ inverseDocFreq(clause) × matchScore(best match of the clause)
//
// where a document keeps, per clause, the best score among the terms the
// clause matches there (accumulate), not their sum: an article that writes
// "diplomaat", "diplomaten" and "topdiplomaat" matches "diplomaat" once,
// exactly. Hits of equal scores come newest first (better). When no
// article matches every clause, the articles with the most clauses come
// first, then by score (better). A word in nearly every article ("de") is
// only a filter and adds nothing (universal.go).
//
// A match's score (matchScore) is, from the strongest part down:
//
//  1. literal before guess: a match of what the reader typed (the word, its
//     inflections, another spelling, a mention of the country or group it
//     names, a phrase) outranks any guess at what the reader meant (a
//     prefix, a compound, a typo), wherever either is in the article
//     (literalFloor);
//  2. the title: within one kind of evidence, a match in the title outranks
//     any number of matches in the body (titleBonus);
//  3. the evidence's weight, exact > stem > spelling > country = group >
//     prefix > compound > typo (tier.weight), and for a typo its edits
//     (typoWeight);
//  4. BM25: how often the body has the term, relative to its length (impact).
//
// Rules 1 and 2 hold for each clause, and so for a query of one word. In a
// query of several, a document can trade a weaker match of one word for a
// stronger match of another; inverseDocFreq decides such trades, in favour
// of the rarer word's.

// BM25 parameters, the usual ones.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// weight scales a match's BM25 score by the strength of its evidence, so
// that for the same frequencies exact > stem > spelling > country = group >
// prefix > compound > typo. A phrase is as strong as an exact word. Another spelling
// of a name ("Poetin" for "Putin") is the name the reader meant, written
// the way Dutch writes it, so it ranks just below the reader's own word.
//
// A country mention ranks below the word itself and its inflections, which
// are what the reader typed, because a mention such as "Franse kaas" or
// "Parijs" names the country less directly than "Frankrijk" does; and above
// a prefix, compound or typo, which are guesses at what the reader meant,
// while a mention certainly refers to the country the reader named. Its
// term frequency counts every mention in the article, so an article about
// the country, which names it often and in many forms, still ranks high.
//
// A group's mention by another of its names ("Fancy Bear", "Sofacy" for
// "APT28") weighs as a country mention, for the same reasons: it certainly
// names the group the reader named, less directly than the name typed.
//
// Publication in the year a bare year names ("2017") weighs as a country
// mention: certain, but less direct than the year written in the text.
//
// Literal matches and guesses are further apart than these weights say:
// see literal.
func (t tier) weight() float32 {
	return [tierCount]float32{1, 0.8, 0.75, 0.7, 0.7, 0.6, 0.45, 0.3, 1, 0.7}[t]
}

// typoWeight is the weight of a typo edits edits away: one edit is more
// likely the word meant than two.
func typoWeight(edits int) float32 {
	return tierTypo.weight() / float32(max(edits, 1))
}

// literal reports whether evidence is what the reader typed, as opposed to a
// guess at what the reader meant: the word, its inflections, another
// spelling of a name, a mention of the country or group a word names,
// quoted words, publication in the year a bare year names.
// A prefix is a guess at how an unfinished word ends, a compound at which
// longer word is meant, a typo at which word was.
//
// A literal match always outranks a guess at the same query word, wherever
// in the article each is: at 100,000 articles, a word that occurs exactly
// in dozens of them must not be pushed off the first page by titles with
// words that merely start with it.
func (t tier) literal() bool { return literalTiers&(1<<t) != 0 }

// literalTiers are the literal kinds of evidence (literal), as bits: what
// ranks a match, leaves out an excluded article and marks a word.
const literalTiers uint16 = 1<<tierExact | 1<<tierStem | 1<<tierSpelling | 1<<tierCountry | 1<<tierGroup | 1<<tierPhrase | 1<<tierYear

// literalFloor is what a literal match adds to its score: the most any match
// can score otherwise (a body's k1 + 1 and titleBonus, at weight 1), so that
// the weakest literal match, a single word in the body of a long article,
// still outranks the strongest guess, whatever the weights.
const literalFloor = bm25K1 + 1 + titleBonus

// titleBonus is what a title match adds to a term's body score. It equals
// the most a body can score (k1 + 1), so that a title match outweighs any
// number of body matches of the same evidence.
const titleBonus = bm25K1 + 1

// matchScore is the score of one match of a query word or phrase: of
// evidence t, with weight (t.weight(), or typoWeight), and the posting's
// impact.
func matchScore(t tier, weight float32, impact uint16) float32 {
	score := weight * impactScore(impact)
	if t.literal() {
		score += literalFloor
	}
	return score
}

// impactScore is a posting's BM25 term-frequency score: its body impact plus
// titleBonus when the term is in the title. A posting always has one or the
// other, so the score is never 0, which marks "no match".
func impactScore(impact uint16) float32 {
	score := float32(impact&maxBodyFreq)*(1/impactScale) + 1e-6
	if impact&titleFlag != 0 {
		score += titleBonus
	}
	return score
}

// impactScale maps BM25's body score, which lies in [0, k1+1), onto the 15
// bits of an impact.
const impactScale = maxBodyFreq / (bm25K1 + 1)

// impact is the quantised BM25 score of a term occurring tf times in the body
// of document d, with titleFlag when it is also in the title. The score
// grows with tf but saturates below k1 + 1, so that repeating a word does
// not make an article about it; and the same tf counts for less in a longer
// body (lengthNorms).
func (ix *Index) impact(d uint32, tf int, inTitle bool) uint16 {
	body := float64(tf) * (bm25K1 + 1) / (float64(tf) + float64(ix.lengthNorm[d]))
	impact := uint16(min(math.Round(body*impactScale), maxBodyFreq))
	if inTitle {
		impact |= titleFlag
	}
	return impact
}

// lengthNorms returns BM25's k1·(1 − b + b·|d|/avg|d|) for each body length.
func lengthNorms(lengths []int) []float32 {
	norms := make([]float32, len(lengths))
	total := 0
	for _, l := range lengths {
		total += l
	}
	if total == 0 {
		total = 1
	}
	average := float64(total) / float64(max(len(lengths), 1))
	for d, l := range lengths {
		norms[d] = float32(bm25K1 * (1 - bm25B + bm25B*float64(l)/average))
	}
	return norms
}

// inverseDocFreq is BM25's weight of a clause that docFreq of docs documents
// match: a rare word tells more about an article than a common one. A
// clause's docFreq counts every document it matches, by any evidence.
func inverseDocFreq(docFreq, docs int) float32 {
	n := float64(docFreq)
	return float32(math.Log(1 + (float64(docs)-n+0.5)/(n+0.5)))
}

// better orders matches: more clauses matched first, which only differs
// for best partial results, where an article with more of the query's
// words is the better answer whatever their scores; then higher score;
// then newer (a lower number, since Build numbers documents newest first),
// so that among equally good hits the reader sees the latest news first,
// as an empty query lists them.
func better(a, b scored) bool {
	if a.clauses != b.clauses {
		return a.clauses > b.clauses
	}
	if a.score != b.score {
		return a.score > b.score
	}
	return a.doc < b.doc
}
