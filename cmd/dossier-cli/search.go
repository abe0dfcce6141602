package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"dossier/corpus"
	"dossier/corpus/search"
)

// stringList is a repeatable option: --country US --country MA.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*l = append(*l, strings.ToUpper(part))
		}
	}
	return nil
}

// idList is a repeatable option of article ids, kept as typed: --id 003
// --id 001,002.
type idList []string

func (l *idList) String() string { return strings.Join(*l, ",") }
func (l *idList) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		if part = strings.TrimSuffix(strings.TrimSpace(part), ".txt"); part != "" {
			*l = append(*l, part)
		}
	}
	return nil
}

// monthFlag is an optional YYYY-MM option; the zero Month leaves the range open.
type monthFlag struct{ corpus.Month }

func (m *monthFlag) String() string {
	if m.Month == (corpus.Month{}) {
		return ""
	}
	return m.Month.String()
}

func (m *monthFlag) Set(v string) error {
	month, err := corpus.ParseMonth(v)
	if err != nil {
		return err
	}
	m.Month = month
	return nil
}

// dateByFlag is --by: what --from and --to filter on.
type dateByFlag struct{ search.DateBy }

func (b *dateByFlag) String() string { return b.DateBy.String() }

func (b *dateByFlag) Set(v string) error {
	by, err := search.ParseDateBy(v)
	if err != nil {
		return err
	}
	b.DateBy = by
	return nil
}

type hitJSON struct {
	ID      string          `json:"id"`
	Date    string          `json:"date"`
	Title   string          `json:"title"`
	Score   float64         `json:"score"`
	Why     []search.Reason `json:"why"`
	Snippet string          `json:"snippet"`
	Spans   [][2]int        `json:"spans"`
	Words   []wordJSON      `json:"words"`
}

// wordJSON is how a hit matched one word, phrase or group of the query:
// reason "none", and no forms, when the hit lacks it.
type wordJSON struct {
	Query  string   `json:"query"`
	Reason string   `json:"reason"`
	Forms  []string `json:"forms"`
}

type resultJSON struct {
	Query      string `json:"query"`
	Total      int    `json:"total"`
	Suggestion string `json:"suggestion,omitempty"`
	// Mode is "all" when every hit has every word, phrase and OR group of
	// the query, "partial" when no article has them all and the hits are
	// those with the most of them; LeftOut then lists, as typed, what the
	// best hit lacks.
	Mode    search.Mode `json:"mode"`
	LeftOut []string    `json:"left_out"`
	Hits    []hitJSON   `json:"hits"`
	Facets  facetsJSON  `json:"facets"`
}

type facetsJSON struct {
	Countries map[string]int `json:"countries"`
	Months    map[string]int `json:"months"`
}

func runSearch(e *env, args []string) int {
	fs := newFlags(e, "search")
	dir := fs.String("corpus", "", corpusUsage)
	var countries stringList
	fs.Var(&countries, "country", "keep articles about country `CC` (ISO code, or EU, UN, NATO; repeat for several)")
	allCountries := fs.Bool("all-countries", false, "keep only articles about every --country, not any of them")
	var actors, targets stringList
	fs.Var(&actors, "actor", "keep articles in which country `CC` (or EU, UN, NATO) spied, hacked or attacked (repeat for any of several)")
	fs.Var(&targets, "target", "keep articles in which country `CC` (or EU, UN, NATO) was the target (repeat for any of several)")
	var ids idList
	fs.Var(&ids, "id", "keep only the article `ID` (a unique start is enough; repeat or separate with commas for several)")
	var from, to monthFlag
	fs.Var(&from, "from", "keep articles from month `YYYY-MM` on")
	fs.Var(&to, "to", "keep articles up to month `YYYY-MM`")
	var by dateByFlag
	fs.Var(&by, "by", "keep articles by `KIND` of date for --from and --to: published (when they appeared; the default), event (the months they talk about) or either")
	limit := fs.Int("limit", 10, "show at most `N` hits")
	asJSON := fs.Bool("json", false, "print JSON")
	words, code, ok := parseArgs(e, fs, args, 0, -1)
	if !ok {
		return code
	}
	if *limit < 1 {
		fmt.Fprintf(e.stderr, "dossier-cli search: --limit must be at least 1\n")
		return exitUsage
	}
	if to.Month != (corpus.Month{}) && to.Month.Before(from.Month) {
		fmt.Fprintf(e.stderr, "dossier-cli search: --to %s is before --from %s\n", to.Month, from.Month)
		return exitUsage
	}
	lib, ok := openLibrary(e, *dir)
	if !ok {
		return exitProblems
	}
	for _, option := range []struct {
		name  string
		codes stringList
	}{{"country", countries}, {"actor", actors}, {"target", targets}} {
		for _, code := range option.codes {
			if lib.Gazetteer().KindOf(code) == 0 {
				fmt.Fprintf(e.stderr, "dossier-cli search: --%s %s is no ISO 3166-1 country code nor EU, UN or NATO (try `dossier-cli countries`)\n", option.name, code)
				return exitUsage
			}
		}
	}
	q := search.Query{Countries: countries, AllCountries: *allCountries, Actors: actors, Targets: targets,
		From: from.Month, To: to.Month, By: by.DateBy, Limit: *limit}
	if len(ids) > 0 {
		q.IDs = make([]string, 0, len(ids))
		for _, id := range ids {
			d, found := findDoc(lib.Corpus(), id)
			if !found {
				fmt.Fprintf(e.stderr, "dossier-cli search: --id %s names no one article (try `dossier-cli docs`)\n", id)
				if guesses := closestIDs(lib.Corpus(), id, 3); len(guesses) > 0 {
					fmt.Fprintf(e.stderr, "Did you mean: %s\n", strings.Join(guesses, ", "))
				}
				return exitUsage
			}
			q.IDs = append(q.IDs, d.ID)
		}
	}
	query := strings.Join(words, " ")
	q.Text = query
	res := lib.Search(q)
	if *asJSON {
		return writeJSON(e, toResultJSON(query, res))
	}
	printResult(e.stdout, query, res)
	return exitOK
}

func toResultJSON(query string, res search.Result) resultJSON {
	out := resultJSON{Query: query, Total: res.Total, Suggestion: res.Suggestion, Mode: res.Mode, LeftOut: res.LeftOut, Hits: []hitJSON{},
		Facets: facetsJSON{Countries: nonNil(res.Facets.Countries), Months: res.Facets.Months.Map()}}
	if out.LeftOut == nil {
		out.LeftOut = []string{}
	}
	for _, h := range res.Hits {
		spans := h.Spans
		if spans == nil {
			spans = [][2]int{}
		}
		why := h.Why
		if why == nil {
			why = []search.Reason{}
		}
		out.Hits = append(out.Hits, hitJSON{ID: h.Doc.ID, Date: h.Doc.Date.String(), Title: h.Doc.Title,
			Score: h.Score, Why: why, Snippet: h.Snippet, Spans: spans, Words: toWordsJSON(h.Words)})
	}
	return out
}

func toWordsJSON(words []search.WordMatch) []wordJSON {
	out := make([]wordJSON, 0, len(words))
	for _, w := range words {
		reason := string(w.Reason)
		if reason == "" {
			reason = "none"
		}
		forms := w.Forms
		if forms == nil {
			forms = []string{}
		}
		out = append(out, wordJSON{Query: w.Query, Reason: reason, Forms: forms})
	}
	return out
}

func nonNil(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}

func printResult(w io.Writer, query string, res search.Result) {
	if res.Total == 0 && res.Mode == search.ModeNoWords {
		fmt.Fprintf(w, "No article matches %q: it has no word to search for, only symbols or emoji.\n", query)
		return
	}
	if res.Total == 0 {
		fmt.Fprintf(w, "No article matches %q.\n", query)
		if res.Suggestion != "" {
			fmt.Fprintf(w, "Did you mean: %s\n", res.Suggestion)
		}
		return
	}
	if res.Mode == search.ModePartial {
		fmt.Fprintf(w, "No article has all the words; these are the best (left out: %s).\n\n", strings.Join(res.LeftOut, ", "))
	}
	for i, h := range res.Hits {
		why := ""
		if len(h.Why) > 0 {
			reasons := make([]string, len(h.Why))
			for j, r := range h.Why {
				reasons[j] = string(r)
			}
			why = "  (" + strings.Join(reasons, ", ") + ")"
		}
		fmt.Fprintf(w, "%2d. %s%s\n    %s · %s\n", i+1, mark(h.Doc.Title, h.TitleSpans), why, h.Doc.Date, h.Doc.ID)
		if h.Snippet != "" {
			fmt.Fprint(w, wrap(mark(h.Snippet, h.Spans), textWidth, "    "))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d of %d %s\n", len(res.Hits), res.Total, plural(res.Total, "article", "articles"))
}

// mark puts »…« around the spans (rune offsets) of s, so matches stand out in
// a terminal and in a pipe alike.
func mark(s string, spans [][2]int) string {
	if len(spans) == 0 {
		return s
	}
	runes := []rune(s)
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		start, end := max(sp[0], at), min(sp[1], len(runes))
		if start >= end {
			continue
		}
		b.WriteString(string(runes[at:start]))
		b.WriteString("»" + string(runes[start:end]) + "«")
		at = end
	}
	b.WriteString(string(runes[at:]))
	return b.String()
}

var _ flag.Value = (*stringList)(nil)
var _ flag.Value = (*monthFlag)(nil)
var _ flag.Value = (*idList)(nil)
var _ flag.Value = (*dateByFlag)(nil)
