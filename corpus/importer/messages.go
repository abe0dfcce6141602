package importer

import (
	"fmt"
	"slices"

	"dossier/corpus"
)

// The keys of every problem the importer reports, with their arguments, so
// that an interface can say them in its own language as it says corpus's
// (see corpus.MessageKeys); Message, in English, is for the command line.
const (
	keyEmpty       = "import.empty"
	keyNotText     = "import.nottext"     // Type
	keyTooLarge    = "import.toolarge"    // Size (int64), Limit
	keyUnreadable  = "import.unreadable"  // Reason (corpus.Phrase)
	keyNoDate      = "import.nodate"      // -
	keyBadDate     = "import.baddate"     // Date (quoted)
	keyNoText      = "import.notext"      // -
	keyNotFeed     = "import.notfeed"     // -
	keyXML         = "import.xml"         // Text
	keyNoColumn    = "import.nocolumn"    // Field, Names
	keyJSON        = "import.json"        // Text
	keyJSONField   = "import.jsonfield"   // Field
	keyCSV         = "import.csv"         // Text
	keyFormat      = "import.format"      // -
	keyExists      = "import.exists"      // File
	keyWrite       = "import.write"       // File, Reason (corpus.Phrase)
	keyInternal    = "import.internal"    // Panic
	keyTooManyTags = "import.toomanytags" // Limit
	keyUnparsable  = "import.unparsable"  // Text
	keyNoItems     = "import.noitems"     // -
	keyJSONArray   = "import.jsonarray"   // -
)

var messageKeys = []string{
	keyEmpty, keyNotText, keyTooLarge, keyUnreadable, keyNoDate, keyBadDate, keyNoText, keyNotFeed,
	keyXML, keyNoColumn, keyJSON, keyJSONField, keyCSV, keyFormat, keyExists, keyWrite, keyInternal,
	keyTooManyTags, keyUnparsable, keyNoItems, keyJSONArray,
}

// MessageKeys lists every key a Problem of this package can carry, so that
// an interface can check it has a text for each. A Reason argument is a
// corpus.Phrase with a key of corpus.MessageKeys.
func MessageKeys() []string { return slices.Clone(messageKeys) }

// reason is why an input, or one item of it, could not become an article.
type reason struct {
	key     string
	args    map[string]any
	message string
}

func because(key string, args map[string]any, format string, a ...any) *reason {
	return &reason{key: key, args: args, message: fmt.Sprintf(format, a...)}
}

// at is the reason as the problem of path at line (0 for the whole file).
func (r *reason) at(path string, line int) corpus.Problem {
	return corpus.Problem{Path: path, Line: line, Message: r.message, Key: r.key, Args: r.args}
}

// args builds a message's arguments from pairs of name and value.
func args(pairs ...any) map[string]any {
	m := make(map[string]any, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		m[pairs[i].(string)] = pairs[i+1]
	}
	return m
}

func noDate() *reason { return because(keyNoDate, nil, "no publication date found") }
func noText() *reason { return because(keyNoText, nil, "no article text found") }

func badDate(s string) *reason {
	q := fmt.Sprintf("%q", clip(s, 40))
	return because(keyBadDate, args("Date", q), "cannot read the date %s", q)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// phraseOf says what the system said, as corpus says it.
func phraseOf(err error) corpus.Phrase { return corpus.OSReason(err) }
