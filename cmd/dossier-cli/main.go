// Command dossier-cli reads, checks and searches a Dossier corpus from the
// command line. It uses the same corpus package as the app and needs no cgo.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit codes: problems found (1) differ from a wrong command line (2), so that
// scripts can tell "the corpus is bad" from "I called it wrong".
const (
	exitOK       = 0
	exitProblems = 1
	exitUsage    = 2
)

type command struct {
	name    string
	args    string
	summary string
	run     func(env *env, args []string) int
}

// env is what a command may touch, so tests can run commands in-process.
type env struct {
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{
		{"docs", "[--corpus DIR] [--json]", "list every article", runDocs},
		{"show", "[--corpus DIR] [--json] ID", "print one article as the reader shows it", runShow},
		{"pack", "DIR -o FILE.dossier [--json]", "pack a folder of articles into one dossier file that opens at once; exit 1 if some files were left out", runPack},
		{"validate", "DIR|FILE.dossier", "check every article file in DIR, or every article of a dossier file; exit 1 if any has a problem", runValidate},
		{"search", "[--corpus DIR] [--country CC]... [--all-countries] [--actor CC]... [--target CC]... [--id ID]... [--from YYYY-MM] [--to YYYY-MM] [--by published|event|either] [--limit N] [--json] QUERY...",
			"search the articles, forgiving typos and Dutch inflection; QUERY takes \"a phrase\", A OR B, -word or NOT word, and a year such as 2017", runSearch},
		{"open", "[--corpus DIR] [--lang nl|en] [--limit N] [--json] PATTERN...",
			"find articles, countries and organisations by a few letters, as the app's quick open does", runOpen},
		{"countries", "[--corpus DIR] [--json]", "count the articles and mentions of each country, and the articles that make it actor or target", runCountries},
		{"publish", "FILE.dossier --out DIR [--shell DIR] [--json]", "write DIR, a static site of the web app with the dossier as the collection it opens; exit 1 if the dossier is bad (nothing is written)", runPublish},
		{"gen", "--docs N [--seed S] --out DIR", "write a synthetic corpus for benchmarks", runGen},
		{"import", "[--map date=COL,...] [--json] SRC... --out DIR", "turn saved web pages, RSS and Atom feeds, CSV and JSON Lines into article files in DIR; exit 1 if any input could not be imported", runImport},
		{"bench", "[--corpus DIR] --queries FILE [--runs N] [--json]", "time the index and its queries against naive baselines", runBench},
	}
}

func main() {
	os.Exit(run(os.Args[1:], &env{stdout: os.Stdout, stderr: os.Stderr}))
}

func run(args []string, e *env) int {
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		usage(e.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "dossier-cli: unknown command %q\n\n", name)
	usage(e.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: dossier-cli COMMAND [options]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n  %-9s   %s\n", c.name, c.args, "", c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Without --corpus, commands read the articles built into Dossier.")
	fmt.Fprintln(w, "Run 'dossier-cli COMMAND -h' for the options of one command.")
}

// newFlags makes a flag set whose errors and help go to stderr in the style of
// the rest of the tool.
func newFlags(e *env, c string) *flag.FlagSet {
	fs := flag.NewFlagSet("dossier-cli "+c, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	for _, cmd := range commands() {
		if cmd.name == c {
			fs.Usage = func() {
				fmt.Fprintf(e.stderr, "Usage: dossier-cli %s %s\n\n%s.\n", c, cmd.args, upperFirst(cmd.summary))
				if hasFlags(fs) {
					fmt.Fprintln(e.stderr, "\nOptions:")
					fs.PrintDefaults()
				}
			}
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// parseInterspersed lets options come before or after positional arguments
// ("show ID --json" as well as "show --json ID"), which the flag package alone
// does not. A lone "--" ends the options.
//
// With queryWords, an argument that looks like an option but names none
// ("-Pegasus", "-\"geheime dienst\"") is a word of the query, which
// excludes it.
func parseInterspersed(fs *flag.FlagSet, args []string, queryWords bool) ([]string, error) {
	var positional []string
	for {
		for queryWords && len(args) > 0 && isExclusion(fs, args[0]) {
			positional = append(positional, args[0])
			args = args[1:]
		}
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// isExclusion reports whether arg is a word of a query that starts with a
// minus rather than an option: one dash, and no option of that name.
func isExclusion(fs *flag.FlagSet, arg string) bool {
	if len(arg) < 2 || arg[0] != '-' || arg[1] == '-' {
		return false
	}
	name, _, _ := strings.Cut(arg[1:], "=")
	return fs.Lookup(name) == nil && name != "h" && name != "help"
}

// parseArgs parses options and checks the number of positional arguments,
// reporting a usage error (exit 2) the same way for every command.
func parseArgs(e *env, fs *flag.FlagSet, args []string, minPos, maxPos int) ([]string, int, bool) {
	pos, err := parseInterspersed(fs, args, maxPos < 0)
	if errors.Is(err, flag.ErrHelp) {
		return nil, exitOK, false
	}
	if err != nil {
		return nil, exitUsage, false
	}
	if len(pos) < minPos || (maxPos >= 0 && len(pos) > maxPos) {
		what := "too many arguments"
		if len(pos) < minPos {
			what = "missing argument"
		}
		fmt.Fprintf(e.stderr, "%s: %s\n", fs.Name(), what)
		fs.Usage()
		return nil, exitUsage, false
	}
	return pos, exitOK, true
}
