// Package measure holds what the tests of the analyses (roles, dates) use
// to score themselves on hand-labelled sets and to check the spans they
// report: one definition of precision, recall and F1, and of a span that
// points into its text.
package measure

import (
	"fmt"
	"unicode/utf8"
)

// Score counts what an analysis found right (TP), found wrongly (FP) and
// missed (FN).
type Score struct{ TP, FP, FN int }

// Precision is the share of what was found that is right; 1 when nothing
// was found.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is the share of what should be found that was; 1 when nothing
// should be.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s Score) String() string {
	return fmt.Sprintf("precision %.3f  recall %.3f  F1 %.3f  (%d right, %d wrong, %d missed)", s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// CheckSpan reports what is wrong with a span of text given in bytes
// [start, end) and in runes [runeStart, runeEnd): outside the text, or the
// runes not counting the same stretch.
func CheckSpan(text string, start, end, runeStart, runeEnd int) error {
	if start < 0 || end > len(text) || start > end {
		return fmt.Errorf("bytes [%d, %d) outside the text of %d bytes", start, end, len(text))
	}
	if n := utf8.RuneCountInString(text[:start]); n != runeStart {
		return fmt.Errorf("rune start %d, want %d", runeStart, n)
	}
	if n := utf8.RuneCountInString(text[:end]); n != runeEnd {
		return fmt.Errorf("rune end %d, want %d", runeEnd, n)
	}
	return nil
}
