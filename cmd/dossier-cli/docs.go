package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/sahilm/fuzzy"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/dossier"
	"dossier/corpus/geo"
	"dossier/corpus/library"
	"dossier/corpus/roles"
)

// corpusUsage describes --corpus.
const corpusUsage = "read the articles of the folder or dossier file `PATH` instead of the built-in ones"

// isDossier tells a dossier file from a folder of articles: by its first
// bytes, or by its name when it cannot be read (so that the error is a
// dossier's, not a folder's).
func isDossier(path string) bool {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return false
	}
	return dossier.Sniff(path) || strings.HasSuffix(strings.ToLower(path), dossier.Extension)
}

// openCorpus loads the folder or dossier file named by --corpus, or the
// built-in articles.
// Problems in a user's folder are warnings here: the good articles still count.
// Only `validate` turns them into a failing exit code.
func openCorpus(e *env, dir string) (*corpus.Corpus, bool) {
	if dir == "" {
		c, err := corpus.LoadSeed()
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier-cli: %v\n", err)
			return nil, false
		}
		return c, true
	}
	if isDossier(dir) {
		lib, ok := openLibrary(e, dir)
		if !ok {
			return nil, false
		}
		return lib.Corpus(), true
	}
	c, problems, err := corpus.LoadDir(context.Background(), dir, corpus.LoadOptions{})
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli: %v\n", err)
		return nil, false
	}
	for _, p := range problems {
		fmt.Fprintf(e.stderr, "warning: %v\n", p)
	}
	return c, true
}

// openLibrary opens a corpus with its places and search index, as the app does.
func openLibrary(e *env, dir string) (*library.Library, bool) {
	if dir != "" && isDossier(dir) {
		lib, err := dossier.Open(context.Background(), dir, dossier.Options{})
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier-cli: %v\n", err)
			return nil, false
		}
		return lib, true
	}
	c, ok := openCorpus(e, dir)
	if !ok {
		return nil, false
	}
	lib, err := library.Open(context.Background(), c, library.Options{})
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli: %v\n", err)
		return nil, false
	}
	return lib, true
}

// docSummary is the JSON shape of one article in `docs --json`.
type docSummary struct {
	ID            string      `json:"id"`
	Date          string      `json:"date"`
	Title         string      `json:"title"`
	Source        string      `json:"source"`
	URL           string      `json:"url,omitempty"`
	Words         int         `json:"words"`
	Countries     []geo.Count `json:"countries"`
	Organizations []geo.Count `json:"organizations"`
	// Actors and Targets are who spied on whom, most certain first, each
	// with the sentences that say so; Groups the threat-actor groups the
	// article names. Empty lists for an article about no operation.
	Actors  []partyJSON   `json:"actors"`
	Targets []partyJSON   `json:"targets"`
	Groups  []roles.Group `json:"groups"`
	// Events are the dates the article talks about, in the order of its
	// text; an empty list when it names none.
	Events []eventJSON `json:"events"`
}

// eventJSON is one dated expression of an article: its date (and, for a
// range, its end) as YYYY, YYYY-MM or YYYY-MM-DD, how finely the date is
// known, its words and its sentence.
type eventJSON struct {
	Date      string `json:"date"`
	End       string `json:"end,omitempty"`
	Precision string `json:"precision"`
	Text      string `json:"text"`
	Sentence  string `json:"sentence"`
}

func toEventsJSON(d *corpus.Document, events []dates.Event) []eventJSON {
	out := make([]eventJSON, len(events))
	for i, e := range events {
		out[i] = eventJSON{Date: e.Date.String(), End: e.End.String(), Precision: e.Precision().String(),
			Text: e.Text(d), Sentence: e.SentenceText(d)}
	}
	return out
}

// openListing serves the commands that take only --corpus and --json and
// list what a whole library holds.
func openListing(e *env, name string, args []string) (lib *library.Library, asJSON bool, code int) {
	fs := newFlags(e, name)
	dir := fs.String("corpus", "", corpusUsage)
	jsonFlag := fs.Bool("json", false, "print JSON")
	if _, code, ok := parseArgs(e, fs, args, 0, 0); !ok {
		return nil, false, code
	}
	lib, ok := openLibrary(e, *dir)
	if !ok {
		return nil, false, exitProblems
	}
	return lib, *jsonFlag, exitOK
}

func runDocs(e *env, args []string) int {
	lib, asJSON, code := openListing(e, "docs", args)
	if lib == nil {
		return code
	}
	c := lib.Corpus()
	if asJSON {
		out := make([]docSummary, 0, c.Len())
		for _, d := range c.Docs() {
			places, who := lib.Places(d.ID), lib.Roles(d.ID)
			out = append(out, docSummary{
				ID: d.ID, Date: d.Date.String(), Title: d.Title, Source: d.Source, URL: d.URL,
				Words:         d.Words(),
				Countries:     append([]geo.Count{}, places.Countries...),
				Organizations: append([]geo.Count{}, places.Organizations...),
				Actors:        toPartiesJSON(who.Actors),
				Targets:       toPartiesJSON(who.Targets),
				Groups:        append([]roles.Group{}, who.Groups...),
				Events:        toEventsJSON(d, lib.Events(d.ID)),
			})
		}
		return writeJSON(e, out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tWORDS\tSOURCE\tCOUNTRIES\tACTORS→TARGETS\tTITLE")
	for _, d := range c.Docs() {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\n", d.ID, d.Date, d.Words(), orDash(d.Source),
			orDash(countryCodes(lib.Places(d.ID).Countries, 4)), whoOnWhom(lib.Roles(d.ID)), d.Title)
	}
	tw.Flush()
	fmt.Fprintf(e.stdout, "\n%d %s\n", c.Len(), plural(c.Len(), "article", "articles"))
	return exitOK
}

// articleJSON is the JSON shape of `show --json`.
type articleJSON struct {
	ID         string             `json:"id"`
	Date       string             `json:"date"`
	Title      string             `json:"title"`
	Source     string             `json:"source"`
	URL        string             `json:"url,omitempty"`
	Paragraphs []corpus.Paragraph `json:"paragraphs"`
}

func runShow(e *env, args []string) int {
	fs := newFlags(e, "show")
	dir := fs.String("corpus", "", corpusUsage)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parseArgs(e, fs, args, 1, 1)
	if !ok {
		return code
	}
	c, ok := openCorpus(e, *dir)
	if !ok {
		return exitProblems
	}
	id := strings.TrimSuffix(pos[0], ".txt")
	d, found := findDoc(c, id)
	if !found {
		fmt.Fprintf(e.stderr, "dossier-cli show: no article with id %q\n", id)
		if guesses := closestIDs(c, id, 3); len(guesses) > 0 {
			fmt.Fprintf(e.stderr, "Did you mean: %s\n", strings.Join(guesses, ", "))
		}
		return exitProblems
	}
	if *asJSON {
		return writeJSON(e, articleJSON{ID: d.ID, Date: d.Date.String(), Title: d.Title,
			Source: d.Source, URL: d.URL, Paragraphs: d.Body()})
	}
	printArticle(e.stdout, d)
	return exitOK
}

// findDoc accepts a whole id or a prefix that names one article, since ids
// are long and people type the number they see at the start.
func findDoc(c *corpus.Corpus, id string) (*corpus.Document, bool) {
	if d, ok := c.Doc(id); ok {
		return d, true
	}
	var match *corpus.Document
	for _, d := range c.Docs() {
		if id != "" && strings.HasPrefix(d.ID, id) {
			if match != nil {
				return nil, false
			}
			match = d
		}
	}
	return match, match != nil
}

// closestIDs suggests ids for a mistyped one: a subsequence match is what a
// person does when they type part of a long hexadecimal id.
func closestIDs(c *corpus.Corpus, id string, n int) []string {
	matches := fuzzy.Find(id, c.IDs())
	var out []string
	for i := 0; i < len(matches) && i < n; i++ {
		out = append(out, matches[i].Str)
	}
	return out
}

const textWidth = 78

func printArticle(w io.Writer, d *corpus.Document) {
	fmt.Fprintln(w, d.Title)
	fmt.Fprintln(w, strings.Repeat("=", min(textWidth, len([]rune(d.Title)))))
	meta := []string{d.Date.String()}
	if d.Source != "" {
		meta = append(meta, d.Source)
	}
	meta = append(meta, fmt.Sprintf("%d words", d.Words()), d.ID)
	fmt.Fprintln(w, strings.Join(meta, " · "))
	for _, p := range d.Body() {
		fmt.Fprintln(w)
		switch p.Kind {
		case corpus.KindHeading:
			fmt.Fprintln(w, p.Text)
			fmt.Fprintln(w, strings.Repeat("-", min(textWidth, len([]rune(p.Text)))))
		case corpus.KindCaption:
			fmt.Fprint(w, wrap(p.Text, textWidth, "    "))
		default:
			fmt.Fprint(w, wrap(p.Text, textWidth, ""))
		}
	}
}

// wrap breaks text into lines of at most width runes on word boundaries.
func wrap(text string, width int, indent string) string {
	var b strings.Builder
	line := indent
	for _, word := range strings.Fields(text) {
		if len([]rune(line))+1+len([]rune(word)) > width && strings.TrimSpace(line) != "" {
			b.WriteString(line + "\n")
			line = indent
		}
		if strings.TrimSpace(line) != "" {
			line += " "
		}
		line += word
	}
	if strings.TrimSpace(line) != "" {
		b.WriteString(line + "\n")
	}
	return b.String()
}

func writeJSON(e *env, v any) int {
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(e.stderr, "dossier-cli: %v\n", err)
		return exitProblems
	}
	return exitOK
}

// countryCodes lists the first n codes, "US RU DE +2" style, for a table cell.
func countryCodes(counts []geo.Count, n int) string {
	codes := make([]string, len(counts))
	for i, c := range counts {
		codes[i] = c.Code
	}
	return firstCodes(codes, n)
}

// firstCodes joins the first n codes with spaces and says how many more
// there are: "US RU DE +2".
func firstCodes(codes []string, n int) string {
	if len(codes) > n {
		return strings.Join(codes[:n], " ") + fmt.Sprintf(" +%d", len(codes)-n)
	}
	return strings.Join(codes, " ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
