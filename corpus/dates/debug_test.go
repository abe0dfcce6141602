package dates

import (
	"fmt"
	"os"
	"testing"

	"dossier/corpus"
)

// TestDebugSentence prints what the tagger finds in DATES_SENTENCE,
// published DATES_PUBLISHED (YYYY-MM or YYYY-MM-DD): a tool for writing
// rules, skipped otherwise.
func TestDebugSentence(t *testing.T) {
	sentence := os.Getenv("DATES_SENTENCE")
	if sentence == "" {
		t.Skip("set DATES_SENTENCE (and DATES_PUBLISHED) to see what the tagger finds")
	}
	published, err := parsePublished(os.Getenv("DATES_PUBLISHED"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range Default().Text(published, sentence) {
		fmt.Printf("%q = %s\n", sentence[e.Words.Start:e.Words.End], formatEvent(e))
	}
}

// formatEvent writes an event's value as the labelled sets do: the date,
// or date/end for a range.
func formatEvent(e Event) string {
	if e.End.IsZero() {
		return e.Date.String()
	}
	return e.Date.String() + "/" + e.End.String()
}

// parsePublished reads YYYY-MM or YYYY-MM-DD.
func parsePublished(s string) (corpus.Date, error) {
	v, err := ParseValue(s)
	if err != nil || v.Month == 0 {
		return corpus.Date{}, fmt.Errorf("publication date %q: want YYYY-MM or YYYY-MM-DD", s)
	}
	return corpus.Date{Month: corpus.Month{Year: v.Year, Month: v.Month}, Day: v.Day}, nil
}
